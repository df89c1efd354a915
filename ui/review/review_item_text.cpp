// SPDX-License-Identifier: GPL-3.0-or-later
#include "review/review_item_text.h"

#include "domain/catalogue.h"
#include "domain/regions.h"
#include "projects/project_texts.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QLocale>

namespace etw::review_item_text {

using namespace Qt::StringLiterals;

namespace {
QString translated(const char *text)
{
    return QCoreApplication::translate("etw::ReviewItemText", text);
}

// Everything typed by someone else is escaped: a name or a title never becomes markup.
QString e(const QString &text)
{
    return text.toHtmlEscaped();
}

QString row(const QString &label, const QString &value)
{
    return u"<tr><th align=left valign=top>%1</th><td>%2</td></tr>"_s.arg(e(label), value);
}

QString date(qint64 ms)
{
    return ms > 0 ? QLocale().toString(QDateTime::fromMSecsSinceEpoch(ms), QLocale::ShortFormat)
                  : QString();
}

QString names(const QStringList &codes, QString (*name)(const QString &))
{
    QStringList out;
    for (const QString &c : codes)
        out.append(name(c));
    return e(out.join(u", "_s));
}

QString schoolRole(const QString &code)
{
    if (code == u"head_teacher")
        return translated(QT_TRANSLATE_NOOP("etw::ReviewItemText", "Head teacher"));
    if (code == u"librarian")
        return translated(QT_TRANSLATE_NOOP("etw::ReviewItemText", "Librarian"));
    if (code == u"other_staff")
        return translated(QT_TRANSLATE_NOOP("etw::ReviewItemText", "Other school staff"));
    if (code == u"student_teacher")
        return translated(QT_TRANSLATE_NOOP("etw::ReviewItemText", "Student teacher"));
    return translated(QT_TRANSLATE_NOOP("etw::ReviewItemText", "Teacher"));
}
} // namespace

QString registration(const Registration &g)
{
    QString html = u"<h2>%1</h2><table cellspacing=4>"_s.arg(e(g.displayName));
    html += row(translated(QT_TRANSLATE_NOOP("etw::ReviewItemText", "E-mail")), e(g.email));
    html += row(translated(QT_TRANSLATE_NOOP("etw::ReviewItemText", "Role in the school")),
                e(schoolRole(g.schoolRole)));
    QString school = e(g.schoolName);
    if (!g.schoolCity.isEmpty())
        school += u", "_s + e(g.schoolCity);
    if (!g.schoolAddress.isEmpty())
        school += u"<br>"_s + e(g.schoolAddress);
    if (g.newSchool)
        school += u"<br><b>%1</b>"_s.arg(e(translated(QT_TRANSLATE_NOOP(
            "etw::ReviewItemText", "A new school, added by this teacher: check that it exists."))));
    html += row(translated(QT_TRANSLATE_NOOP("etw::ReviewItemText", "School")), school);
    html += row(translated(QT_TRANSLATE_NOOP("etw::ReviewItemText", "School type")),
                e(catalogue::schoolTypeName(g.schoolType)));
    html += row(translated(QT_TRANSLATE_NOOP("etw::ReviewItemText", "Country and region")),
                e(catalogue::countryName(g.country) +
                  (g.region.isEmpty() ? QString() : u" · "_s + regions::name(g.region))));
    html += row(translated(QT_TRANSLATE_NOOP("etw::ReviewItemText", "Subjects")),
                names(g.subjects, catalogue::subjectName));
    html += row(translated(QT_TRANSLATE_NOOP("etw::ReviewItemText", "Languages")),
                names(g.languages, catalogue::languageName));
    html += row(translated(QT_TRANSLATE_NOOP("etw::ReviewItemText", "Registered")),
                e(date(g.registeredAt)));
    html += row(translated(QT_TRANSLATE_NOOP("etw::ReviewItemText", "Waiting since")),
                e(date(g.requestedAt)));
    if (g.request > 1)
        html +=
            row(translated(QT_TRANSLATE_NOOP("etw::ReviewItemText", "Request")),
                e(translated(QT_TRANSLATE_NOOP("etw::ReviewItemText",
                                               "Asked again after a change of school (request %1)"))
                      .arg(g.request)));
    if (g.decision) {
        const QString what =
            g.decision->decision == u"validated"
                ? translated(QT_TRANSLATE_NOOP("etw::ReviewItemText", "Validated by %1 on %2"))
                : translated(QT_TRANSLATE_NOOP("etw::ReviewItemText", "Refused by %1 on %2"));
        QString text = e(what.arg(g.decision->decidedByName, date(g.decision->decidedAt)));
        if (!g.decision->reason.isEmpty())
            text += u"<br>"_s + e(g.decision->reason);
        html += row(translated(QT_TRANSLATE_NOOP("etw::ReviewItemText", "Decision")), text);
    }
    return html + u"</table>"_s;
}

QString project(const Project &p)
{
    QString html = u"<h2>%1</h2><p>%2 · %3</p><table cellspacing=4>"_s.arg(
        e(p.title), e(project_texts::kind(p.kind)), e(project_texts::status(p.status)));
    html += row(translated(QT_TRANSLATE_NOOP("etw::ReviewItemText", "Summary")), e(p.summary));
    html +=
        row(translated(QT_TRANSLATE_NOOP("etw::ReviewItemText", "Description")), e(p.description));
    html += row(translated(QT_TRANSLATE_NOOP("etw::ReviewItemText", "Aims")), e(p.aims));
    html +=
        row(translated(QT_TRANSLATE_NOOP("etw::ReviewItemText", "Work process")), e(p.workProcess));
    html += row(translated(QT_TRANSLATE_NOOP("etw::ReviewItemText", "Expected results")),
                e(p.expectedResults));
    html += row(translated(QT_TRANSLATE_NOOP("etw::ReviewItemText", "Subjects")),
                names(p.subjects, catalogue::subjectName));
    html += row(translated(QT_TRANSLATE_NOOP("etw::ReviewItemText", "Languages")),
                names(p.languages, catalogue::languageName));
    html += row(translated(QT_TRANSLATE_NOOP("etw::ReviewItemText", "Pupils' ages")),
                e(u"%1–%2"_s.arg(p.ageMin).arg(p.ageMax)));
    html += row(
        translated(QT_TRANSLATE_NOOP("etw::ReviewItemText", "Duration")),
        e(translated(QT_TRANSLATE_NOOP("etw::ReviewItemText", "%1 months")).arg(p.durationMonths)));
    QString members;
    for (const ProjectMember &m : p.members) {
        if (m.state != u"active" && m.state != u"invited")
            continue;
        members += u"<li>%1 — %2, %3 (%4)%5</li>"_s.arg(
            e(m.displayName), e(project_texts::role(m.role)), e(m.schoolName),
            e(catalogue::countryName(m.country) +
              (m.region.isEmpty() ? QString() : u" · "_s + regions::name(m.region))),
            m.state == u"invited" ? u" — "_s + e(project_texts::memberState(m.state)) : QString());
    }
    html += row(translated(QT_TRANSLATE_NOOP("etw::ReviewItemText", "Founders and partners")),
                u"<ul>"_s + members + u"</ul>"_s);
    QString decisions;
    for (const ProjectDecision &d : p.decisions)
        decisions += u"<li>%1: %2%3</li>"_s.arg(
            e(catalogue::countryName(d.country)),
            e(project_texts::decision(d.decision) + u" — "_s +
              (d.decidedByName.isEmpty() ? QString() : d.decidedByName + u", "_s) +
              date(d.decidedAt)),
            d.reason.isEmpty() ? QString() : u"<br>"_s + e(d.reason));
    if (!decisions.isEmpty())
        html += row(translated(QT_TRANSLATE_NOOP("etw::ReviewItemText", "Decisions")),
                    u"<ul>"_s + decisions + u"</ul>"_s);
    return html + u"</table>"_s;
}

QString notes(const QList<ReviewNote> &list)
{
    if (list.isEmpty())
        return u"<p><i>%1</i></p>"_s.arg(e(translated(QT_TRANSLATE_NOOP(
            "etw::ReviewItemText",
            "No note yet. A note is for your colleagues of the service only; the teacher never "
            "sees it."))));
    QString html;
    for (const ReviewNote &n : list)
        html += u"<p><b>%1</b> · %2<br>%3</p>"_s.arg(
            e(n.id < 0
                  ? translated(QT_TRANSLATE_NOOP("etw::ReviewItemText", "You (waiting to be sent)"))
                  : n.authorName),
            e(date(n.createdAt)), e(n.text).replace(u"\n"_s, u"<br>"_s));
    return html;
}

} // namespace etw::review_item_text
