// SPDX-License-Identifier: GPL-3.0-or-later
#include "partner_detail_view.h"

#include "domain/catalogue.h"

#include <QDate>
#include <QEvent>
#include <QLocale>

namespace etw {

using namespace Qt::StringLiterals;

PartnerDetailView::PartnerDetailView(QWidget *parent)
    : QTextBrowser(parent)
{
    setOpenLinks(false);
    setObjectName(u"partnerDetail"_s);
    render();
}

void PartnerDetailView::showPartner(const std::optional<directory_store::PartnerDetail> &detail)
{
    m_detail = detail;
    m_unlisted.reset();
    render();
}

void PartnerDetailView::showUnlisted(const QString &name, const QString &schoolName,
                                     const QString &country, bool lookedUp)
{
    m_detail.reset();
    m_unlisted = Unlisted{name, schoolName, country, lookedUp};
    render();
}

void PartnerDetailView::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        render();
    QTextBrowser::changeEvent(event);
}

void PartnerDetailView::render()
{
    if (m_unlisted) {
        QString html = u"<h2>%1</h2>"_s.arg(m_unlisted->name.toHtmlEscaped());
        html += u"<p><b>%1</b><br>%2</p>"_s.arg(
            m_unlisted->schoolName.toHtmlEscaped(),
            catalogue::countryName(m_unlisted->country).toHtmlEscaped());
        if (m_unlisted->lookedUp)
            html += u"<p style='color:gray'>%1</p>"_s.arg(
                tr("The rest of this teacher's profile is not in the partner directory on this "
                   "computer: they are not looking for partners at the moment, or the directory "
                   "has not been synchronised yet.")
                    .toHtmlEscaped());
        setHtml(html);
        return;
    }
    if (!m_detail) {
        setHtml(u"<p style='color:gray'>%1</p>"_s.arg(
            tr("Select a teacher in the list to see their profile.").toHtmlEscaped()));
        return;
    }
    const TeacherProfile &t = m_detail->teacher;
    const School &s = m_detail->school;
    QStringList subjects, languages;
    for (const QString &code : t.subjects)
        subjects.append(catalogue::subjectName(code));
    for (const QString &code : t.languages)
        languages.append(catalogue::languageName(code));
    auto row = [](const QString &label, const QString &value) {
        return u"<tr><td style='color:#555;padding-right:12px'>%1</td><td>%2</td></tr>"_s.arg(
            label.toHtmlEscaped(), value.toHtmlEscaped());
    };
    QString html = u"<h2>%1</h2>"_s.arg(t.displayName.toHtmlEscaped());
    html += u"<p><b>%1</b><br>%2</p>"_s.arg(
        s.name.toHtmlEscaped(),
        tr("%1, %2 — %3")
            .arg(s.city, catalogue::countryName(s.country), catalogue::schoolTypeName(s.type))
            .toHtmlEscaped());
    if (s.labelledOn(QDate::currentDate()))
        html += u"<p>%1</p>"_s.arg(
            tr("An eTwinning School until %1.")
                .arg(QLocale().toString(QDate::fromString(s.labelUntil, Qt::ISODate),
                                        QLocale::LongFormat))
                .toHtmlEscaped());
    // The Quality Labels the teacher was awarded, each with its project and year.
    if (!t.labels.isEmpty()) {
        html += u"<p><b>%1</b></p><ul>"_s.arg(tr("Quality Labels").toHtmlEscaped());
        for (const TeacherLabel &l : t.labels)
            html += u"<li>%1</li>"_s.arg(
                (l.kind == u"european"
                     ? tr("European Quality Label %1 — “%2”").arg(l.schoolYear, l.projectTitle)
                     : tr("National Quality Label %1 (%2) — “%3”")
                           .arg(l.schoolYear, catalogue::countryName(l.country), l.projectTitle))
                    .toHtmlEscaped());
        html += u"</ul>"_s;
    }
    html += u"<table>"_s;
    html += row(tr("Subjects"), subjects.join(u", "_s));
    html += row(tr("Languages"), languages.join(u", "_s));
    html += row(tr("Pupils' ages"), tr("%1 to %2 years").arg(t.ageMin).arg(t.ageMax));
    html += row(tr("Partners"), t.lookingForPartners ? tr("Looking for partners")
                                                     : tr("Not looking for partners now"));
    html += u"</table>"_s;
    if (!t.bio.isEmpty())
        html += u"<h3>%1</h3><p>%2</p>"_s.arg(tr("About").toHtmlEscaped(), t.bio.toHtmlEscaped());
    setHtml(html);
}

} // namespace etw
