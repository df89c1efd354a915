// SPDX-License-Identifier: GPL-3.0-or-later
#include "export/export_documents.h"

#include "domain/catalogue.h"

#include <QCoreApplication>
#include <QLocale>

namespace etw::export_documents {

using namespace Qt::StringLiterals;
using export_html::escape;

namespace {

QString kindName(const QString &code)
{
    if (code == u"european")
        return QCoreApplication::translate("etw::ProjectExport", "European project");
    if (code == u"national")
        return QCoreApplication::translate("etw::ProjectExport", "National project");
    return code;
}

QString statusName(const QString &code)
{
    if (code == u"waiting_partners")
        return QCoreApplication::translate("etw::ProjectExport",
                                           "Waiting for the co-founders to accept");
    if (code == u"waiting_approval")
        return QCoreApplication::translate("etw::ProjectExport",
                                           "Waiting for approval by the national support services");
    if (code == u"active")
        return QCoreApplication::translate("etw::ProjectExport", "Active");
    if (code == u"rejected")
        return QCoreApplication::translate("etw::ProjectExport", "Rejected");
    if (code == u"archived")
        return QCoreApplication::translate("etw::ProjectExport", "Archived");
    return code;
}

QString decisionName(const QString &code)
{
    if (code == u"approved")
        return QCoreApplication::translate("etw::ProjectExport", "Approved");
    if (code == u"rejected")
        return QCoreApplication::translate("etw::ProjectExport", "Rejected");
    return code;
}

QString fact(const QString &label, const QString &value)
{
    return value.isEmpty()
               ? QString()
               : u"<dt>"_s + escape(label) + u"</dt><dd>"_s + escape(value) + u"</dd>\n"_s;
}

QString textSection(const QString &heading, const QString &text)
{
    if (text.trimmed().isEmpty())
        return {};
    return u"<section>\n<h2>"_s + escape(heading) + u"</h2>\n"_s + export_html::paragraphs(text) +
           u"</section>\n"_s;
}

QString members(const Project &project, const QString &role, const QString &heading)
{
    QString items;
    for (const ProjectMember &m : project.members) {
        if (m.role != role || m.state != u"active")
            continue;
        QStringList where;
        if (!m.schoolName.isEmpty())
            where.append(m.schoolName);
        if (!m.country.isEmpty())
            where.append(catalogue::countryName(m.country));
        items += u"<li><strong>"_s + escape(m.displayName) + u"</strong>"_s;
        if (!where.isEmpty())
            items += u" — "_s + escape(where.join(u", "_s));
        items += u"</li>\n"_s;
    }
    if (items.isEmpty())
        return {};
    return u"<section>\n<h2>"_s + escape(heading) + u"</h2>\n<ul class=\"members\">\n"_s + items +
           u"</ul>\n</section>\n"_s;
}

QString approvals(const Project &project)
{
    if (project.decisions.isEmpty())
        return {};
    QString rows;
    for (const ProjectDecision &d : project.decisions) {
        rows += u"<tr><td>"_s + escape(catalogue::countryName(d.country)) + u"</td><td>"_s +
                escape(decisionName(d.decision)) + u"</td><td>"_s +
                escape(d.decidedAt ? dateText(QDateTime::fromMSecsSinceEpoch(d.decidedAt))
                                   : QString()) +
                u"</td><td>"_s + escape(d.reason) + u"</td></tr>\n"_s;
    }
    return u"<section>\n<h2>"_s +
           escape(QCoreApplication::translate("etw::ProjectExport", "National approvals")) +
           u"</h2>\n<table>\n<thead><tr><th>"_s +
           escape(QCoreApplication::translate("etw::ProjectExport", "Country")) + u"</th><th>"_s +
           escape(QCoreApplication::translate("etw::ProjectExport", "Decision")) + u"</th><th>"_s +
           escape(QCoreApplication::translate("etw::ProjectExport", "Date")) + u"</th><th>"_s +
           escape(QCoreApplication::translate("etw::ProjectExport", "Reason")) +
           u"</th></tr></thead>\n<tbody>\n"_s + rows + u"</tbody>\n</table>\n</section>\n"_s;
}

QString names(const QStringList &codes, QString (*name)(const QString &))
{
    QStringList out;
    for (const QString &code : codes)
        out.append(name(code));
    return out.join(u", "_s);
}

QString sizeText(qint64 size)
{
    return size > 0 ? QLocale().formattedDataSize(size, 1, QLocale::DataSizeSIFormat) : QString();
}

QString typeText(const MaterialRow &m)
{
    return m.extension.isEmpty() ? m.mime : m.extension.toUpper();
}

} // namespace

QString missingAnchor(const QString &sha256)
{
    return u"missing-"_s + sha256;
}

QString displayName(const MaterialRow &material)
{
    return material.name.isEmpty()
               ? QCoreApplication::translate("etw::ProjectExport", "Unnamed material %1")
                     .arg(material.sha256.left(12))
               : material.name;
}

QString dateText(const QDateTime &at)
{
    return at.isValid() ? QLocale().toString(at.date(), QLocale::LongFormat) : QString();
}

QString indexHtml(const export_html::Site &site, const Project &project)
{
    QString main = u"<h1>"_s + escape(project.title) + u"</h1>\n"_s;
    if (!project.summary.trimmed().isEmpty())
        main += u"<div class=\"summary\">\n"_s + export_html::paragraphs(project.summary) +
                u"</div>\n"_s;
    QString ages;
    if (project.ageMin > 0 && project.ageMax > 0)
        ages = project.ageMin == project.ageMax
                   ? QString::number(project.ageMin)
                   : u"%1–%2"_s.arg(project.ageMin).arg(project.ageMax);
    // English is the source language and has no catalogue: "(s)" would show as typed.
    QString duration;
    if (project.durationMonths == 1)
        duration = QCoreApplication::translate("etw::ProjectExport", "1 month");
    else if (project.durationMonths > 1)
        duration = QCoreApplication::translate("etw::ProjectExport", "%n month(s)", nullptr,
                                               project.durationMonths);
    main +=
        u"<dl class=\"facts\">\n"_s +
        fact(QCoreApplication::translate("etw::ProjectExport", "Kind"), kindName(project.kind)) +
        fact(QCoreApplication::translate("etw::ProjectExport", "Status"),
             statusName(project.status)) +
        fact(QCoreApplication::translate("etw::ProjectExport", "Subjects"),
             names(project.subjects, catalogue::subjectName)) +
        fact(QCoreApplication::translate("etw::ProjectExport", "Languages"),
             names(project.languages, catalogue::languageName)) +
        fact(QCoreApplication::translate("etw::ProjectExport", "Pupils' ages"), ages) +
        fact(QCoreApplication::translate("etw::ProjectExport", "Duration"), duration) +
        u"</dl>\n"_s;
    main += textSection(QCoreApplication::translate("etw::ProjectExport", "Description"),
                        project.description) +
            textSection(QCoreApplication::translate("etw::ProjectExport", "Aims"), project.aims) +
            textSection(QCoreApplication::translate("etw::ProjectExport", "Work process"),
                        project.workProcess) +
            textSection(QCoreApplication::translate("etw::ProjectExport", "Expected results"),
                        project.expectedResults);
    main += members(project, u"founder"_s,
                    QCoreApplication::translate("etw::ProjectExport", "Founders")) +
            members(project, u"partner"_s,
                    QCoreApplication::translate("etw::ProjectExport", "Partners"));
    main += approvals(project);
    main += u"<section>\n<h2>"_s +
            escape(QCoreApplication::translate("etw::ProjectExport", "Pages")) + u"</h2>\n"_s;
    main += site.pages.isEmpty() ? u"<p>"_s +
                                       escape(QCoreApplication::translate(
                                           "etw::ProjectExport", "This project has no pages.")) +
                                       u"</p>\n"_s
                                 : export_html::pageTree(site, export_html::Place::Root, -1);
    main += u"<p><a href=\"materials.html\">"_s +
            escape(QCoreApplication::translate("etw::ProjectExport", "Materials")) +
            u"</a></p>\n</section>\n"_s;
    export_html::Document doc;
    doc.place = export_html::Place::Root;
    doc.title = project.title;
    doc.home = true;
    doc.main = main;
    return export_html::document(site, doc);
}

QString pageHtml(const export_html::Site &site, const PageView &page)
{
    const export_html::SitePage &self = site.pages[page.index];
    // The breadcrumbs: the project, then each ancestor, then this page (not a link).
    QList<int> ancestors;
    for (int p = self.parent; p >= 0 && ancestors.size() < site.pages.size();
         p = site.pages[p].parent)
        ancestors.prepend(p);
    QString main = u"<ol class=\"breadcrumbs\" aria-label=\""_s +
                   escape(QCoreApplication::translate("etw::ProjectExport", "You are here")) +
                   u"\">\n<li><a href=\"../index.html\">"_s + escape(site.title) + u"</a></li>\n"_s;
    for (const int a : ancestors)
        main += u"<li><a href=\"../"_s + escape(site.pages[a].file) + u"\">"_s +
                escape(site.pages[a].title) + u"</a></li>\n"_s;
    main += u"<li aria-current=\"page\">"_s + escape(self.title) + u"</li>\n</ol>\n"_s;
    main += u"<article>\n<h1>"_s + escape(self.title) + u"</h1>\n"_s;
    QString version;
    const QString date = dateText(page.publishedAt);
    if (page.revision > 0 && !date.isEmpty() && !page.author.isEmpty())
        version =
            QCoreApplication::translate("etw::ProjectExport", "Version %1, published on %2 by %3")
                .arg(page.revision)
                .arg(date, page.author);
    else if (page.revision > 0 && !date.isEmpty())
        version = QCoreApplication::translate("etw::ProjectExport", "Version %1, published on %2")
                      .arg(page.revision)
                      .arg(date);
    else if (page.revision > 0)
        version =
            QCoreApplication::translate("etw::ProjectExport", "Version %1").arg(page.revision);
    if (!version.isEmpty())
        main += u"<p class=\"version\">"_s + escape(version) + u"</p>\n"_s;
    main += page.body.trimmed().isEmpty()
                ? u"<p class=\"empty\">"_s +
                      escape(QCoreApplication::translate("etw::ProjectExport",
                                                         "This page has no text.")) +
                      u"</p>\n"_s
                : u"<div class=\"text\">\n"_s + page.body + u"</div>\n"_s;
    main += u"</article>\n"_s;
    export_html::Document doc;
    doc.place = export_html::Place::Pages;
    doc.title = self.title + u" — "_s + site.title;
    doc.current = page.index;
    doc.main = main;
    return export_html::document(site, doc);
}

QString materialsHtml(const export_html::Site &site, const QList<MaterialRow> &materials)
{
    QString present, missing;
    for (const MaterialRow &m : materials) {
        const QString name = displayName(m);
        if (!m.file.isEmpty()) {
            present += u"<tr id=\"material-"_s + escape(m.sha256) + u"\"><td><a href=\""_s +
                       escape(m.file) + u"\">"_s + escape(name) + u"</a></td><td>"_s +
                       escape(typeText(m)) + u"</td><td class=\"size\">"_s +
                       escape(sizeText(m.size)) + u"</td></tr>\n"_s;
        } else {
            QStringList about;
            if (!typeText(m).isEmpty())
                about.append(typeText(m));
            if (m.size > 0)
                about.append(sizeText(m.size));
            missing += u"<li id=\""_s + escape(missingAnchor(m.sha256)) + u"\" title=\""_s +
                       escape(QCoreApplication::translate(
                           "etw::ProjectExport",
                           "This material was not on the computer that made this export")) +
                       u"\">"_s + escape(name);
            if (!about.isEmpty())
                missing += u" ("_s + escape(about.join(u", "_s)) + u')';
            missing += u"</li>\n"_s;
        }
    }
    QString main = u"<h1>"_s +
                   escape(QCoreApplication::translate("etw::ProjectExport", "Materials")) +
                   u"</h1>\n"_s;
    if (materials.isEmpty())
        main += u"<p>"_s +
                escape(QCoreApplication::translate("etw::ProjectExport",
                                                   "This project has no materials.")) +
                u"</p>\n"_s;
    if (!present.isEmpty())
        main += u"<table class=\"materials\">\n<thead><tr><th>"_s +
                escape(QCoreApplication::translate("etw::ProjectExport", "Name")) + u"</th><th>"_s +
                escape(QCoreApplication::translate("etw::ProjectExport", "Type")) + u"</th><th>"_s +
                escape(QCoreApplication::translate("etw::ProjectExport", "Size")) +
                u"</th></tr></thead>\n<tbody>\n"_s + present + u"</tbody>\n</table>\n"_s;
    if (!missing.isEmpty())
        main += u"<section id=\"missing\">\n<h2>"_s +
                escape(QCoreApplication::translate("etw::ProjectExport", "Not in this export")) +
                u"</h2>\n<p>"_s +
                escape(QCoreApplication::translate(
                    "etw::ProjectExport",
                    "These materials were not on the computer that made this export: the "
                    "pages name them where they show, and their files are not here.")) +
                u"</p>\n<ul class=\"missing\">\n"_s + missing + u"</ul>\n</section>\n"_s;
    export_html::Document doc;
    doc.place = export_html::Place::Root;
    doc.title =
        QCoreApplication::translate("etw::ProjectExport", "Materials") + u" — "_s + site.title;
    doc.materials = true;
    doc.main = main;
    return export_html::document(site, doc);
}

QString styleCss()
{
    // System fonts only: the export must look the same with no network, now and in 20 years.
    return u"body { margin: 0; font: 1rem/1.5 system-ui, -apple-system, \"Segoe UI\", Roboto, "
           u"\"Noto Sans\", \"DejaVu Sans\", sans-serif; color: #1a1a1a; background: #fff; }\n"
           u".bar { display: flex; gap: 1.5rem; align-items: baseline; padding: .75rem 1.5rem; "
           u"background: #0b3d91; }\n"
           u".bar a { color: #fff; text-decoration: none; }\n"
           u".bar a.project { font-weight: bold; font-size: 1.1rem; }\n"
           u".bar a[aria-current] { text-decoration: underline; }\n"
           u".layout { display: flex; gap: 2rem; max-width: 72rem; margin: 0 auto; "
           u"padding: 1rem 1.5rem; }\n"
           u"nav.tree { flex: 0 0 16rem; font-size: .95rem; }\n"
           u"nav.tree h2 { font-size: 1rem; margin-top: .5rem; }\n"
           u"nav.tree ul { list-style: none; padding-left: 1rem; margin: .2rem 0; }\n"
           u"nav.tree > ul { padding-left: 0; }\n"
           u"nav.tree a.current { font-weight: bold; color: #1a1a1a; text-decoration: none; }\n"
           u"main { flex: 1; min-width: 0; max-width: 48rem; }\n"
           u"a { color: #0b3d91; }\n"
           u"h1 { font-size: 1.8rem; line-height: 1.2; }\n"
           u".summary { font-size: 1.1rem; }\n"
           u"dl.facts { display: grid; grid-template-columns: max-content 1fr; gap: .25rem 1rem; "
           u"}\n"
           u"dl.facts dt { font-weight: bold; }\n"
           u"dl.facts dd { margin: 0; }\n"
           u"table { border-collapse: collapse; margin: 1rem 0; }\n"
           u"th, td { border: 1px solid #bbb; padding: .3rem .6rem; text-align: left; "
           u"vertical-align: top; }\n"
           u"td.size { text-align: right; white-space: nowrap; }\n"
           u"img { max-width: 100%; height: auto; }\n"
           u"ol.breadcrumbs { list-style: none; padding: 0; font-size: .9rem; color: #555; }\n"
           u"ol.breadcrumbs li { display: inline; }\n"
           u"ol.breadcrumbs li + li::before { content: \" › \"; }\n"
           u".version { color: #555; font-size: .9rem; }\n"
           u".missing-material { color: #8a4b00; }\n"
           u"footer { max-width: 72rem; margin: 2rem auto 0; padding: 1rem 1.5rem; "
           u"border-top: 1px solid #ddd; color: #555; font-size: .85rem; }\n"
           u"@media (max-width: 45rem) { .layout { display: block; } }\n"
           u"@media print {\n"
           u"  .bar, nav.tree { display: none; }\n"
           u"  .layout { display: block; padding: 0; }\n"
           u"  body { font-size: 11pt; }\n"
           u"  main a[href^=\"http\"]::after { content: \" (\" attr(href) \")\"; font-size: 90%; "
           u"}\n"
           u"  h1, h2 { break-after: avoid; }\n"
           u"  tr, img { break-inside: avoid; }\n"
           u"}\n"_s;
}

} // namespace etw::export_documents
