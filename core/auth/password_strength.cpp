// SPDX-License-Identifier: GPL-3.0-or-later
#include "auth/password_strength.h"

#include "domain/sign_up.h"

#include <zxcvbn.h>

#include <QRegularExpression>

#include <vector>

namespace etw::password_strength {

using namespace Qt::StringLiterals;

QStringList personalWords(const QString &email, const QString &displayName)
{
    QStringList words;
    auto add = [&words](const QString &word) {
        const QString w = word.trimmed().toLower();
        if (w.size() >= 3 && !words.contains(w))
            words.append(w);
    };
    const QString address = email.trimmed();
    add(address);
    static const QRegularExpression separators(u"[@.\\s_+-]+"_s);
    const qsizetype at = address.indexOf(u'@');
    add(address.left(at));
    for (const QString &part : address.split(separators, Qt::SkipEmptyParts))
        add(part);
    add(displayName);
    for (const QString &part : displayName.split(separators, Qt::SkipEmptyParts))
        add(part);
    // Concatenated, the way people glue them ("emiliedurand").
    add(displayName.split(separators, Qt::SkipEmptyParts).join(QString()));
    return words;
}

Estimate estimate(const QString &password, const QStringList &personal)
{
    Estimate e;
    if (password.size() < sign_up::minPasswordLength)
        return e;
    // zxcvbn reads UTF-8 bytes; its dictionary matching is case-insensitive for ASCII only,
    // so the user's words are given as typed and lower-cased.
    std::vector<QByteArray> utf8;
    utf8.reserve(size_t(personal.size()) * 2);
    for (const QString &w : personal) {
        utf8.push_back(w.toUtf8());
        if (w.toLower() != w)
            utf8.push_back(w.toLower().toUtf8());
    }
    std::vector<const char *> dictionary;
    for (const QByteArray &w : utf8)
        dictionary.push_back(w.constData());
    dictionary.push_back(nullptr);
    const QByteArray bytes = password.toUtf8();
    e.bits = ZxcvbnMatch(bytes.constData(), dictionary.data(), nullptr);
    e.level = e.bits < minBits ? Level::Weak : e.bits < strongBits ? Level::Fair : Level::Strong;
    return e;
}

} // namespace etw::password_strength
