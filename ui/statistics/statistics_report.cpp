// SPDX-License-Identifier: GPL-3.0-or-later
#include "statistics/statistics_report.h"

#include <QDir>
#include <QFileInfo>
#include <QPageLayout>
#include <QPageSize>
#include <QPdfWriter>
#include <QTextDocument>
#include <QUrl>

namespace etw::statistics_report {

using namespace Qt::StringLiterals;

namespace {
QString esc(const QString &text)
{
    return text.toHtmlEscaped();
}
} // namespace

QString write(const QString &path, const Content &c)
{
    if (!QFileInfo(path).absoluteDir().exists())
        return u"the folder does not exist"_s;
    QPdfWriter pdf(path);
    pdf.setTitle(c.title + u" — "_s + c.territory);
    pdf.setCreator(u"eTwinning Desktop"_s);
    pdf.setPageLayout(QPageLayout(QPageSize(QPageSize::A4), QPageLayout::Portrait,
                                  QMarginsF(15, 15, 15, 15), QPageLayout::Millimeter));
    pdf.setResolution(300);

    QTextDocument doc;
    doc.setDefaultStyleSheet(u"h1 { font-size: 26pt; } h2 { font-size: 15pt; } "
                             u"td, th { font-size: 7.5pt; } th { background-color: #e6ecf5; }"_s);
    QString html = u"<html><body>"_s;
    // The title page.
    html += u"<p align=\"center\" style=\"font-size: 10pt; color: #2d5c9e\">eTwinning</p>"
            u"<h1 align=\"center\" style=\"margin-top: 260px\">%1</h1>"
            u"<p align=\"center\" style=\"font-size: 22pt\">%2</p>"
            u"<p align=\"center\" style=\"font-size: 16pt\">%3</p>"
            u"<p align=\"center\" style=\"font-size: 11pt; margin-top: 50px\">%4</p>"
            u"<p align=\"center\" style=\"font-size: 12pt; margin-top: 50px\">%5</p>"
            u"<p align=\"center\" style=\"font-size: 8pt; margin-top: 200px; "
            u"page-break-after: always\">%6</p>"_s.arg(esc(c.title), esc(c.territory),
                                                       esc(c.schoolYear), esc(c.summary),
                                                       esc(c.dated), esc(c.note));
    int n = 0;
    for (const auto &[caption, image] : c.charts) {
        // Two charts a page: a third starts the next one, its title with it.
        const bool newPage = n > 0 && n % 2 == 0;
        const QUrl name(u"chart:%1"_s.arg(n++));
        doc.addResource(QTextDocument::ImageResource, name, image);
        html += u"<h2%1>%2</h2><p align=\"center\"><img src=\"%3\" width=\"640\"></p>"_s.arg(
            newPage ? u" style=\"page-break-before: always\""_s : QString(), esc(caption),
            name.toString());
    }
    for (const Table &t : c.tables) {
        html +=
            u"<h2 style=\"page-break-before: always\">%1</h2>"
            u"<table border=\"1\" cellspacing=\"0\" cellpadding=\"3\" width=\"100%\"><tr>"_s.arg(
                esc(t.title));
        for (const QString &h : t.header)
            html += u"<th nowrap>"_s + esc(h) + u"</th>"_s;
        html += u"</tr>"_s;
        for (const QStringList &row : t.rows) {
            html += u"<tr>"_s;
            for (qsizetype i = 0; i < row.size(); ++i)
                html += (i == 0 ? u"<td width=\"24%\">"_s : u"<td align=\"right\">"_s) +
                        esc(row[i]) + u"</td>"_s;
            html += u"</tr>"_s;
        }
        html += u"</table>"_s;
    }
    html += u"</body></html>"_s;
    doc.setHtml(html);
    // Laid out on a page of the PDF's size in points of 1/96 inch, as on screen.
    const QSizeF page = pdf.pageLayout().paintRect(QPageLayout::Point).size() * (96.0 / 72.0);
    doc.setPageSize(page);
    doc.print(&pdf);
    if (!QFileInfo(path).exists() || QFileInfo(path).size() == 0)
        return u"the file could not be written"_s;
    return {};
}

} // namespace etw::statistics_report
