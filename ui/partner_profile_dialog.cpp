// SPDX-License-Identifier: GPL-3.0-or-later
#include "partner_profile_dialog.h"

#include "partner_detail_view.h"
#include "search/search_service.h"

#include <QDialogButtonBox>
#include <QEvent>
#include <QPushButton>
#include <QVBoxLayout>

namespace etw {

using namespace Qt::StringLiterals;

PartnerProfileDialog::PartnerProfileDialog(SearchService *search, QWidget *parent)
    : QDialog(parent)
    , m_search(search)
    , m_detail(new PartnerDetailView(this))
    , m_buttons(new QDialogButtonBox(QDialogButtonBox::Close, this))
{
    setObjectName(u"partnerProfile"_s);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_detail, 1);
    layout->addWidget(m_buttons);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    if (m_search)
        connect(m_search, &SearchService::detailReady, this,
                [this](int ticket, const std::optional<directory_store::PartnerDetail> &detail) {
                    if (ticket != m_ticket)
                        return; // an answer for a teacher shown before
                    if (detail)
                        m_detail->showPartner(detail);
                    else
                        m_detail->showUnlisted(m_name, m_schoolName, m_country);
                    Q_EMIT shown();
                });
    resize(520, 460);
    retranslateUi();
}

void PartnerProfileDialog::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QDialog::changeEvent(event);
}

void PartnerProfileDialog::retranslateUi()
{
    setWindowTitle(m_name.isEmpty() ? tr("Profile") : tr("Profile of %1").arg(m_name));
    m_detail->setAccessibleName(m_name.isEmpty() ? tr("Profile") : tr("Profile of %1").arg(m_name));
    if (QPushButton *close = m_buttons->button(QDialogButtonBox::Close))
        close->setAccessibleName(tr("Close"));
}

void PartnerProfileDialog::showTeacher(qint64 accountId, const QString &name,
                                       const QString &schoolName, const QString &country)
{
    m_accountId = accountId;
    m_name = name;
    m_schoolName = schoolName;
    m_country = country;
    retranslateUi();
    // Until the directory answers (a moment): what the project knows already.
    m_detail->showUnlisted(name, schoolName, country, false);
    if (m_search) {
        m_ticket = m_search->fetchDetail(accountId);
    } else {
        m_ticket = 0;
        m_detail->showUnlisted(name, schoolName, country);
        Q_EMIT shown();
    }
}

} // namespace etw
