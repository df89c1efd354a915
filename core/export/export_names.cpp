// SPDX-License-Identifier: GPL-3.0-or-later
#include "export/export_names.h"

#include "domain/text_fold.h"

#include <QStringList>

namespace etw::export_names {

using namespace Qt::StringLiterals;

namespace {

// Greek and Cyrillic have no decomposition to Latin letters: without these, a Greek or a
// Bulgarian title would give no name at all. Folded letters only (lower case, no accents).
const char *latinSpelling(char16_t c)
{
    switch (c) {
    // Greek (ELOT 743, simplified)
    case u'α':
        return "a";
    case u'β':
        return "v";
    case u'γ':
        return "g";
    case u'δ':
        return "d";
    case u'ε':
        return "e";
    case u'ζ':
        return "z";
    case u'η':
        return "i";
    case u'θ':
        return "th";
    case u'ι':
        return "i";
    case u'κ':
        return "k";
    case u'λ':
        return "l";
    case u'μ':
        return "m";
    case u'ν':
        return "n";
    case u'ξ':
        return "x";
    case u'ο':
        return "o";
    case u'π':
        return "p";
    case u'ρ':
        return "r";
    case u'σ':
        return "s";
    case u'ς':
        return "s";
    case u'τ':
        return "t";
    case u'υ':
        return "y";
    case u'φ':
        return "f";
    case u'χ':
        return "ch";
    case u'ψ':
        return "ps";
    case u'ω':
        return "o";
    // Cyrillic (Bulgarian, Macedonian, Serbian, Ukrainian)
    case u'а':
        return "a";
    case u'б':
        return "b";
    case u'в':
        return "v";
    case u'г':
        return "g";
    case u'ґ':
        return "g";
    case u'д':
        return "d";
    case u'ђ':
        return "dj";
    case u'е':
        return "e";
    case u'є':
        return "ye";
    case u'ж':
        return "zh";
    case u'з':
        return "z";
    case u'ѕ':
        return "dz";
    case u'и':
        return "i";
    case u'і':
        return "i";
    case u'ј':
        return "j";
    case u'к':
        return "k";
    case u'л':
        return "l";
    case u'љ':
        return "lj";
    case u'м':
        return "m";
    case u'н':
        return "n";
    case u'њ':
        return "nj";
    case u'о':
        return "o";
    case u'п':
        return "p";
    case u'р':
        return "r";
    case u'с':
        return "s";
    case u'т':
        return "t";
    case u'ћ':
        return "c";
    case u'у':
        return "u";
    case u'ф':
        return "f";
    case u'х':
        return "h";
    case u'ц':
        return "ts";
    case u'ч':
        return "ch";
    case u'џ':
        return "dz";
    case u'ш':
        return "sh";
    case u'щ':
        return "sht";
    case u'ъ':
        return "a";
    case u'ы':
        return "y";
    case u'ь':
        return "";
    case u'э':
        return "e";
    case u'ю':
        return "yu";
    case u'я':
        return "ya";
    default:
        return nullptr;
    }
}

bool isAsciiLetterOrDigit(char16_t c)
{
    return (c >= u'a' && c <= u'z') || (c >= u'0' && c <= u'9');
}

} // namespace

QString slug(const QString &text, int maxLength)
{
    QString out;
    bool gap = false;
    char16_t previous = 0;
    for (const QChar qc : foldForSearch(text)) {
        const char16_t c = qc.unicode();
        QString spelt;
        if (isAsciiLetterOrDigit(c))
            spelt = qc;
        else if (c == u'υ' && (previous == u'α' || previous == u'ε' || previous == u'η'))
            spelt = u"v"_s; // αυ, ευ, ηυ: "Ευρώπη" is Evropi
        else if (c == u'υ' && previous == u'ο')
            spelt = u"u"_s; // ου: "Κουρούπη" is Kouroupi
        else if (const char *latin = latinSpelling(c))
            spelt = QString::fromLatin1(latin);
        else {
            gap = true;
            previous = 0;
            continue;
        }
        previous = c;
        if (spelt.isEmpty())
            continue; // a soft sign: part of the word, spelt as nothing
        if (gap && !out.isEmpty())
            out += u'-';
        gap = false;
        out += spelt;
    }
    if (out.size() > maxLength) {
        // Cut between words when that keeps most of it, so that a name never ends mid-word
        // needlessly; a single long word is cut where it must be.
        const qsizetype hyphen = out.lastIndexOf(u'-', maxLength);
        out.truncate(hyphen > maxLength / 2 ? hyphen : maxLength);
    }
    while (out.endsWith(u'-'))
        out.chop(1);
    return out;
}

bool isReserved(const QString &name)
{
    const QString stem = name.section(u'.', 0, 0).toLower();
    static const QStringList plain = {u"con"_s, u"prn"_s, u"aux"_s, u"nul"_s};
    if (plain.contains(stem))
        return true;
    return stem.size() == 4 && (stem.startsWith(u"com") || stem.startsWith(u"lpt")) &&
           stem[3] >= u'1' && stem[3] <= u'9';
}

QString folderName(const QString &title, QDate date, int copy)
{
    QString name = slug(title);
    if (name.isEmpty() || isReserved(name))
        name = name.isEmpty() ? u"project"_s : name + u"-project"_s;
    name += u'-' + date.toString(u"yyyy-MM-dd"_s);
    if (copy > 1)
        name += u'-' + QString::number(copy);
    return name;
}

QString pageFile(int number, const QString &title)
{
    const QString name = slug(title, 40);
    return u"pages/"_s + QString::number(number) + u'-' + (name.isEmpty() ? u"page"_s : name) +
           u".html"_s;
}

QString materialFile(const QString &sha256, const QString &name, const QString &extension,
                     int prefixLength)
{
    QString prefix;
    for (const QChar c : sha256.toLower())
        if (isAsciiLetterOrDigit(c.unicode()) && c <= u'f')
            prefix += c;
    prefix.truncate(prefixLength);
    QString ext;
    for (const QChar c : extension.toLower())
        if (isAsciiLetterOrDigit(c.unicode()))
            ext += c;
    ext.truncate(10);
    if (ext.isEmpty())
        ext = u"bin"_s;
    // Senders often type the extension into the name too: "poster.pdf" is not "poster-pdf.pdf".
    QString base = name.trimmed();
    if (base.endsWith(u'.' + extension, Qt::CaseInsensitive))
        base.chop(extension.size() + 1);
    QString safe = slug(base, 40);
    if (safe.isEmpty())
        safe = u"material"_s;
    return u"materials/"_s + prefix + u'-' + safe + u'.' + ext;
}

} // namespace etw::export_names
