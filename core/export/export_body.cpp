// SPDX-License-Identifier: GPL-3.0-or-later
#include "export/export_body.h"

#include "export/export_html.h"

#include <QCoreApplication>
#include <QList>
#include <QSet>
#include <QStringList>

namespace etw::export_body {

using namespace Qt::StringLiterals;

namespace {

struct Attribute
{
    QString name;
    QString value; // entities decoded
};

bool isAsciiLetter(QChar c)
{
    return (c >= u'a' && c <= u'z') || (c >= u'A' && c <= u'Z');
}

bool isAsciiSpace(QChar c)
{
    return c == u' ' || c == u'\t' || c == u'\n' || c == u'\r' || c == u'\f';
}

// What the server's sanitiser writes (server/html_sanitizer.cpp), and nothing more.
bool allowedTag(const QString &tag)
{
    static const QSet<QString> tags = {
        u"p"_s,     u"br"_s,         u"h1"_s,     u"h2"_s,    u"h3"_s, u"h4"_s, u"h5"_s,
        u"h6"_s,    u"b"_s,          u"strong"_s, u"i"_s,     u"em"_s, u"u"_s,  u"s"_s,
        u"sub"_s,   u"sup"_s,        u"span"_s,   u"a"_s,     u"ul"_s, u"ol"_s, u"li"_s,
        u"table"_s, u"thead"_s,      u"tbody"_s,  u"tfoot"_s, u"tr"_s, u"th"_s, u"td"_s,
        u"img"_s,   u"blockquote"_s, u"pre"_s,    u"code"_s,  u"hr"_s};
    return tags.contains(tag);
}

bool isVoid(const QString &tag)
{
    return tag == u"br" || tag == u"img" || tag == u"hr";
}

bool allowedAttribute(const QString &tag, const QString &name)
{
    const bool heading = tag.size() == 2 && tag[0] == u'h' && tag[1] >= u'1' && tag[1] <= u'6';
    const bool cell = tag == u"td" || tag == u"th";
    if (name == u"style")
        return tag == u"p" || heading || cell || tag == u"span" || tag == u"li" ||
               tag == u"table" || tag == u"ul" || tag == u"ol";
    if (name == u"align")
        return tag == u"p" || heading || cell;
    if (tag == u"a")
        return name == u"href" || name == u"title";
    if (tag == u"table")
        return name == u"border" || name == u"cellspacing" || name == u"cellpadding" ||
               name == u"width";
    if (cell)
        return name == u"colspan" || name == u"rowspan" || name == u"width";
    if (tag == u"ol")
        return name == u"start" || name == u"type";
    return false; // img is written on its own
}

// The sanitiser keeps plain keywords and colours only; this refuses what could load or run
// something, should anything else ever be found here.
bool safeStyle(const QString &value)
{
    const QString v = value.toLower();
    for (const QStringView bad :
         {u"url(", u"expression", u"\\", u"/*", u"javascript", u"@import", u"<", u"image"})
        if (v.contains(bad))
            return false;
    return true;
}

bool isSha256(QStringView s)
{
    if (s.size() != 64)
        return false;
    for (const QChar c : s)
        if (!((c >= u'0' && c <= u'9') || (c >= u'a' && c <= u'f')))
            return false;
    return true;
}

// The sha-256 of a material: URL, or empty.
QString materialSha(const QString &url)
{
    const QString u = url.trimmed();
    if (!u.startsWith(u"material:", Qt::CaseInsensitive))
        return {};
    const QString sha = u.mid(9);
    return isSha256(sha) ? sha : QString();
}

// Links that leave the export are kept as they are: the web, and e-mail.
bool isExternal(const QString &url)
{
    const QString u = url.trimmed().toLower();
    return (u.startsWith(u"https://") && u.size() > 8) ||
           (u.startsWith(u"http://") && u.size() > 7) || (u.startsWith(u"mailto:") && u.size() > 7);
}

QString decodeEntities(QStringView s)
{
    QString out;
    out.reserve(s.size());
    for (qsizetype i = 0; i < s.size(); ++i) {
        if (s[i] != u'&') {
            out += s[i];
            continue;
        }
        const qsizetype semicolon = s.indexOf(u';', i);
        if (semicolon < 0 || semicolon - i > 10) {
            out += s[i];
            continue;
        }
        const QStringView entity = s.mid(i + 1, semicolon - i - 1);
        char32_t code = 0;
        if (entity == u"amp")
            code = u'&';
        else if (entity == u"lt")
            code = u'<';
        else if (entity == u"gt")
            code = u'>';
        else if (entity == u"quot")
            code = u'"';
        else if (entity == u"apos")
            code = u'\'';
        else if (entity == u"nbsp")
            code = 0xa0;
        else if (entity.startsWith(u'#')) {
            bool ok = false;
            const uint n = entity.size() > 1 && (entity[1] == u'x' || entity[1] == u'X')
                               ? entity.mid(2).toUInt(&ok, 16)
                               : entity.mid(1).toUInt(&ok, 10);
            if (ok && n > 0 && n <= 0x10ffff && !(n >= 0xd800 && n <= 0xdfff))
                code = n;
        }
        if (!code) {
            out += s[i];
            continue;
        }
        out += QString::fromUcs4(&code, 1);
        i = semicolon;
    }
    return out;
}

class Rewriter
{
public:
    Rewriter(const QString &in, const Resolve &resolve)
        : m_in(in)
        , m_resolve(resolve)
    {}

    QString run()
    {
        while (m_i < m_in.size()) {
            if (m_in[m_i] == u'<')
                tag();
            else
                text();
        }
        closeDownTo(0); // what the text left open ends with it, not in the page around it
        return m_out;
    }

private:
    void text()
    {
        qsizetype end = m_in.indexOf(u'<', m_i);
        if (end < 0)
            end = m_in.size();
        m_out += QStringView(m_in).mid(m_i, end - m_i);
        m_i = end;
    }

    void skipPast(QStringView what)
    {
        const qsizetype end = m_in.indexOf(what, m_i);
        m_i = end < 0 ? m_in.size() : end + what.size();
    }

    void tag()
    {
        if (QStringView(m_in).mid(m_i).startsWith(u"<!--")) {
            skipPast(u"-->");
            return;
        }
        qsizetype j = m_i + 1;
        const bool closing = j < m_in.size() && m_in[j] == u'/';
        if (closing)
            ++j;
        if (j >= m_in.size() || !isAsciiLetter(m_in[j])) {
            if (!closing && j < m_in.size() && (m_in[j] == u'!' || m_in[j] == u'?')) {
                skipPast(u">"); // a doctype or a processing instruction: nothing to show
                return;
            }
            m_out += u"&lt;"_s; // a "<" that opens no tag is text
            ++m_i;
            return;
        }
        const qsizetype nameStart = j;
        while (j < m_in.size() && (isAsciiLetter(m_in[j]) || m_in[j].isDigit()))
            ++j;
        const QString name = m_in.mid(nameStart, j - nameStart).toLower();
        QList<Attribute> attributes;
        bool closed = false;
        while (j < m_in.size()) {
            while (j < m_in.size() && (isAsciiSpace(m_in[j]) || m_in[j] == u'/'))
                ++j;
            if (j >= m_in.size())
                break;
            if (m_in[j] == u'>') {
                ++j;
                closed = true;
                break;
            }
            const qsizetype attrStart = j;
            while (j < m_in.size() && !isAsciiSpace(m_in[j]) && m_in[j] != u'=' &&
                   m_in[j] != u'>' && m_in[j] != u'/')
                ++j;
            Attribute a{m_in.mid(attrStart, j - attrStart).toLower(), {}};
            while (j < m_in.size() && isAsciiSpace(m_in[j]))
                ++j;
            if (j < m_in.size() && m_in[j] == u'=') {
                ++j;
                while (j < m_in.size() && isAsciiSpace(m_in[j]))
                    ++j;
                qsizetype valueStart = j, valueEnd = j;
                if (j < m_in.size() && (m_in[j] == u'"' || m_in[j] == u'\'')) {
                    const QChar quote = m_in[j];
                    valueStart = j + 1;
                    valueEnd = m_in.indexOf(quote, valueStart);
                    if (valueEnd < 0)
                        valueEnd = m_in.size();
                    j = qMin(valueEnd + 1, m_in.size());
                } else {
                    while (j < m_in.size() && !isAsciiSpace(m_in[j]) && m_in[j] != u'>')
                        ++j;
                    valueEnd = j;
                }
                a.value = decodeEntities(QStringView(m_in).mid(valueStart, valueEnd - valueStart));
            }
            if (!a.name.isEmpty())
                attributes.append(a);
        }
        m_i = j;
        if (!closed || !allowedTag(name))
            return; // a tag cut off at the end is dropped, as a browser would
        if (closing)
            endTag(name);
        else if (name == u"img")
            image(attributes);
        else
            startTag(name, attributes);
    }

    // An end tag closes what was opened inside its element too; one with nothing to close is
    // dropped. The text stays well formed whatever it was.
    void endTag(const QString &name)
    {
        const qsizetype open = m_open.lastIndexOf(name);
        if (open >= 0)
            closeDownTo(open);
    }

    void closeDownTo(qsizetype depth)
    {
        while (m_open.size() > depth)
            m_out += u"</"_s + m_open.takeLast() + u'>';
    }

    bool inLink() const { return m_open.contains(u"a"_s); }

    void startTag(const QString &name, const QList<Attribute> &attributes)
    {
        QString written;
        QSet<QString> seen;
        bool missing = false;
        for (const Attribute &a : attributes) {
            if (!allowedAttribute(name, a.name) || seen.contains(a.name))
                continue;
            seen.insert(a.name); // the first one counts, as in a browser
            QString value = a.value;
            if (a.name == u"href") {
                if (const QString sha = materialSha(value); !sha.isEmpty()) {
                    const MaterialLink link = m_resolve(sha);
                    value = link.href;
                    missing = !link.present;
                } else if (!isExternal(value)) {
                    continue;
                }
            } else if (a.name == u"style" && !safeStyle(value)) {
                continue;
            }
            written += u' ' + a.name + u"=\""_s + export_html::escape(value) + u'"';
        }
        if (missing)
            written += u" class=\"missing-material\""_s;
        if (name == u"a" && inLink())
            return; // links in links: a browser would split them; keep the outer one
        m_out += u'<' + name + written + u'>';
        if (!isVoid(name))
            m_open.append(name);
    }

    void image(const QList<Attribute> &attributes)
    {
        QString sha, alt, width, height;
        for (const Attribute &a : attributes) {
            if (a.name == u"src" && sha.isEmpty())
                sha = materialSha(a.value);
            else if (a.name == u"alt" && alt.isEmpty())
                alt = a.value;
            else if (a.name == u"width" && width.isEmpty())
                width = a.value;
            else if (a.name == u"height" && height.isEmpty())
                height = a.value;
        }
        if (sha.isEmpty())
            return; // images come from the project's materials only
        const MaterialLink link = m_resolve(sha);
        if (link.present && link.image) {
            m_out += u"<img src=\""_s + export_html::escape(link.href) + u"\" alt=\""_s +
                     export_html::escape(alt) + u'"';
            if (!width.isEmpty())
                m_out += u" width=\""_s + export_html::escape(width) + u'"';
            if (!height.isEmpty())
                m_out += u" height=\""_s + export_html::escape(height) + u'"';
            m_out += u'>';
            return;
        }
        // Not a picture here: its name stands in its place, a link to the file or to why not.
        const QString label = export_html::escape(!link.name.isEmpty() ? link.name
                                                  : !alt.isEmpty()     ? alt
                                                                       : sha);
        const QString kind = link.present ? u"material"_s : u"missing-material"_s;
        const QString title = link.present
                                  ? QString()
                                  : u" title=\""_s +
                                        export_html::escape(QCoreApplication::translate(
                                            "etw::ProjectExport",
                                            "This material was not on the computer that made this "
                                            "export")) +
                                        u'"';
        if (inLink())
            m_out += u"<span class=\""_s + kind + u'"' + title + u'>' + label + u"</span>"_s;
        else
            m_out += u"<a class=\""_s + kind + u"\" href=\""_s + export_html::escape(link.href) +
                     u'"' + title + u'>' + label + u"</a>"_s;
    }

    const QString &m_in;
    const Resolve &m_resolve;
    qsizetype m_i = 0;
    QStringList m_open; // elements open, outermost first
    QString m_out;
};

} // namespace

QString rewrite(const QString &html, const Resolve &resolve)
{
    return Rewriter(html, resolve).run();
}

} // namespace etw::export_body
