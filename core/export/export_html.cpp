// SPDX-License-Identifier: GPL-3.0-or-later
#include "export/export_html.h"

#include <QCoreApplication>
#include <QHash>

#include <functional>

namespace etw::export_html {

using namespace Qt::StringLiterals;

QString escape(const QString &text)
{
    // Qt's escaping (& < > "), and the apostrophe too, for attributes in either quotes.
    return text.toHtmlEscaped().replace(u'\'', u"&#39;"_s);
}

QString paragraphs(const QString &text)
{
    QString normalised = text;
    normalised.replace(u"\r\n"_s, u"\n"_s);
    normalised.replace(u'\r', u'\n');
    QString out;
    const QStringList blocks = normalised.split(u"\n\n"_s, Qt::SkipEmptyParts);
    for (const QString &block : blocks) {
        const QString trimmed = block.trimmed();
        if (trimmed.isEmpty())
            continue;
        QStringList lines = trimmed.split(u'\n');
        for (QString &line : lines)
            line = escape(line.trimmed());
        out += u"<p>"_s + lines.join(u"<br>"_s) + u"</p>\n"_s;
    }
    return out;
}

QString up(Place place)
{
    return place == Place::Pages ? u"../"_s : QString();
}

namespace {

// A language tag goes into an attribute: letters, digits and hyphens only.
bool isLanguageTag(const QString &tag)
{
    if (tag.isEmpty() || tag.size() > 12)
        return false;
    for (const QChar c : tag)
        if (!(c.isLetterOrNumber() && c.unicode() < 128) && c != u'-')
            return false;
    return true;
}

} // namespace

QString pageTree(const Site &site, Place place, int current)
{
    QHash<int, QList<int>> children;
    for (int i = 0; i < site.pages.size(); ++i)
        children[site.pages[i].parent].append(i);
    const QString prefix = up(place);
    std::function<QString(int)> list = [&](int parent) -> QString {
        QString out = u"<ul>\n"_s;
        for (const int i : children.value(parent)) {
            const SitePage &p = site.pages[i];
            out += u"<li><a href=\""_s + escape(prefix + p.file) + u'"';
            if (i == current)
                out += u" aria-current=\"page\" class=\"current\""_s;
            out += u'>' + escape(p.title) + u"</a>"_s;
            if (children.contains(i))
                out += u'\n' + list(i);
            out += u"</li>\n"_s;
        }
        return out + u"</ul>\n"_s;
    };
    return site.pages.isEmpty() ? QString() : list(-1);
}

QString document(const Site &site, const Document &doc)
{
    const QString prefix = up(doc.place);
    QString out = u"<!DOCTYPE html>\n<html"_s;
    if (isLanguageTag(site.lang))
        out += u" lang=\""_s + site.lang + u'"';
    out +=
        u">\n<head>\n<meta charset=\"utf-8\">\n"
        u"<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n"
        u"<title>"_s +
        escape(doc.title) + u"</title>\n<link rel=\"stylesheet\" href=\""_s + prefix +
        u"style.css\">\n</head>\n<body>\n<header class=\"bar\">\n<a class=\"project\" href=\""_s +
        prefix + u"index.html\""_s + (doc.home ? u" aria-current=\"page\""_s : QString()) + u'>' +
        escape(site.title) + u"</a>\n<a href=\""_s + prefix + u"materials.html\""_s +
        (doc.materials ? u" aria-current=\"page\""_s : QString()) + u'>' +
        escape(QCoreApplication::translate("etw::ProjectExport", "Materials")) +
        u"</a>\n</header>\n<div class=\"layout\">\n"_s;
    if (!site.pages.isEmpty()) {
        const QString pages = escape(QCoreApplication::translate("etw::ProjectExport", "Pages"));
        out += u"<nav class=\"tree\" aria-label=\""_s + pages + u"\">\n<h2>"_s + pages +
               u"</h2>\n"_s + pageTree(site, doc.place, doc.current) + u"</nav>\n"_s;
    }
    out += u"<main>\n"_s + doc.main + u"</main>\n</div>\n<footer>\n<p>"_s + escape(site.exported) +
           u"</p>\n</footer>\n</body>\n</html>\n"_s;
    return out;
}

} // namespace etw::export_html
