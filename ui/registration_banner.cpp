// SPDX-License-Identifier: GPL-3.0-or-later
#include "registration_banner.h"

#include "domain/catalogue.h"
#include "session/account_session.h"

#include <QEvent>
#include <QHBoxLayout>
#include <QLabel>

namespace etw {

using namespace Qt::StringLiterals;

RegistrationBanner::RegistrationBanner(AccountSession *session, QWidget *parent)
    : QFrame(parent)
    , m_session(session)
    , m_text(new QLabel(this))
{
    setObjectName(u"registrationBanner"_s);
    m_text->setObjectName(u"registrationText"_s);
    m_text->setWordWrap(true);
    m_text->setTextFormat(Qt::PlainText);
    // Read by screen readers as the window opens; selectable for a reason to be copied.
    m_text->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    setFrameShape(QFrame::StyledPanel);
    setAutoFillBackground(true);
    auto *layout = new QHBoxLayout(this);
    layout->addWidget(m_text);
    hide();
    reload();
}

void RegistrationBanner::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        reload();
    QFrame::changeEvent(event);
}

void RegistrationBanner::reload()
{
    const auto profile = m_session->myProfile();
    const QString status = profile ? profile->status : QString();
    const QString country = catalogue::countryName(m_session->account().country);
    QString why;
    if (status == u"pending") {
        m_text->setText(
            tr("Your account is waiting for validation. The national support service of %1 "
               "validates new accounts. Until it has, you are not in the partner directory, "
               "you cannot be invited to a project and you cannot register one. You can "
               "already complete your profile.")
                .arg(country));
        why = tr("Your account is waiting for validation by the national support service of %1.")
                  .arg(country);
    } else if (status == u"rejected") {
        const QString reason = profile->statusReason.trimmed();
        m_text->setText(
            (reason.isEmpty()
                 ? tr("The national support service of %1 did not validate your account.")
                       .arg(country)
                 : tr("The national support service of %1 did not validate your account. Its "
                      "reason: %2")
                       .arg(country, reason)) +
            u"\n"_s +
            tr("If your school was not the right one, choose yours in My profile: changing "
               "school asks for a new validation."));
        why = tr("The national support service of %1 did not validate your account.").arg(country);
    }
    // A warm background that reads as a notice in light and dark themes alike.
    setStyleSheet(status == u"rejected" ? u"#registrationBanner { background: #fde7e9; }"_s
                                        : u"#registrationBanner { background: #fff4ce; }"_s);
    m_text->setStyleSheet(u"color: #1f1f1f"_s);
    setVisible(!why.isEmpty());
    setAccessibleName(why);
    if (why != m_restriction) {
        m_restriction = why;
        Q_EMIT restrictionChanged(why);
    }
}

} // namespace etw
