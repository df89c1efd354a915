// SPDX-License-Identifier: GPL-3.0-or-later
#include "projects/project_detail_view.h"

#include "domain/catalogue.h"
#include "projects/project_texts.h"

#include <QDateTime>
#include <QEvent>

namespace etw {

using namespace Qt::StringLiterals;

namespace {
QString esc(const QString &text)
{
    return text.toHtmlEscaped().replace(u'\n', u"<br>"_s);
}

QString names(const QStringList &codes, QString (*nameOf)(const QString &))
{
    QStringList out;
    for (const QString &c : codes)
        out.append(nameOf(c));
    return out.join(u", "_s);
}
} // namespace

ProjectDetailView::ProjectDetailView(QWidget *parent)
    : QTextBrowser(parent)
{
    setObjectName(u"projectDetail"_s);
    setOpenLinks(false);
    render();
}

void ProjectDetailView::showProject(const std::optional<Project> &project)
{
    m_project = project;
    render();
}

void ProjectDetailView::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        render();
    QTextBrowser::changeEvent(event);
}

void ProjectDetailView::render()
{
    if (!m_project) {
        setHtml(u"<p style='color:gray'>%1</p>"_s.arg(esc(tr("Choose a project to see it here."))));
        return;
    }
    const Project &p = *m_project;
    QString html = u"<h2>%1</h2><p><b>%2</b> · %3 · %4</p>"_s.arg(
        esc(p.title), esc(project_texts::status(p.status)), esc(project_texts::kind(p.kind)),
        esc(tr("project number %1").arg(p.id)));
    for (const ProjectDecision &d : p.decisions)
        if (d.decision == u"rejected")
            html += u"<p style='color:#b00020'>%1</p>"_s.arg(
                esc(tr("Rejected by the national support service of %1: %2")
                        .arg(catalogue::countryName(d.country), d.reason)));
    html += u"<p>%1</p>"_s.arg(esc(p.summary));
    auto row = [&html](const QString &label, const QString &value) {
        if (!value.trimmed().isEmpty())
            html += u"<p><b>%1</b><br>%2</p>"_s.arg(esc(label), esc(value));
    };
    row(tr("Description"), p.description);
    row(tr("Subjects"), names(p.subjects, &catalogue::subjectName));
    row(tr("Languages of work"), names(p.languages, &catalogue::languageName));
    row(tr("Pupils' ages"), tr("%1 to %2").arg(p.ageMin).arg(p.ageMax));
    row(tr("Duration"),
        p.durationMonths == 1 ? tr("1 month") : tr("%1 months").arg(p.durationMonths));
    row(tr("Aims"), p.aims);
    row(tr("Work process"), p.workProcess);
    row(tr("Expected results"), p.expectedResults);

    html += u"<h3>%1</h3><table cellpadding='3'>"_s.arg(esc(tr("Schools and teachers")));
    for (const ProjectMember &m : p.members) {
        if (m.state == u"withdrawn" || m.state == u"removed")
            continue;
        html += u"<tr><td>%1</td><td>%2</td><td>%3</td><td>%4</td><td>%5</td></tr>"_s.arg(
            esc(m.displayName), esc(m.schoolName), esc(catalogue::countryName(m.country)),
            esc(project_texts::role(m.role)), esc(project_texts::memberState(m.state)));
    }
    html += u"</table>"_s;
    if (!p.decisions.isEmpty()) {
        html += u"<h3>%1</h3><ul>"_s.arg(esc(tr("National approval")));
        for (const ProjectDecision &d : p.decisions)
            html += u"<li>%1: %2 (%3)</li>"_s.arg(
                esc(catalogue::countryName(d.country)), esc(project_texts::decision(d.decision)),
                esc(QLocale().toString(QDateTime::fromMSecsSinceEpoch(d.decidedAt).date(),
                                       QLocale::ShortFormat)));
        html += u"</ul>"_s;
    }
    if (!p.labels.isEmpty()) {
        html += u"<h3>%1</h3><ul>"_s.arg(esc(tr("Quality Labels")));
        for (const ProjectLabel &l : p.labels)
            html += u"<li>%1</li>"_s.arg(esc(
                l.kind == u"european"
                    ? tr("European Quality Label, %1").arg(l.schoolYear)
                    : tr("National Quality Label of %1, %2: %3")
                          .arg(catalogue::countryName(l.country), l.schoolYear, l.teacherName)));
        html += u"</ul>"_s;
    }
    html += u"<p style='color:gray'>%1</p>"_s.arg(
        esc(tr("Last activity: %1")
                .arg(QLocale().toString(QDateTime::fromMSecsSinceEpoch(p.updatedAt),
                                        QLocale::ShortFormat))));
    setHtml(html);
}

} // namespace etw
