// SPDX-License-Identifier: GPL-3.0-or-later
#include "sync_status_label.h"

#include <QEvent>
#include <QLocale>

namespace etw {

using namespace Qt::StringLiterals;

namespace {
// A time within the next minutes, to the second (the waits a server asks for are that short),
// in the user's language; without the time zone a long format would add.
QString timeOf(const QDateTime &at)
{
    const QLocale locale;
    QString format;
    bool quoted = false;
    for (const QChar c : locale.timeFormat(QLocale::LongFormat)) {
        quoted = c == u'\'' ? !quoted : quoted;
        if (quoted || c != u't') // t: the zone, outside quoted text
            format.append(c);
    }
    return locale.toString(at.time(), format.trimmed());
}
} // namespace

SyncStatusLabel::SyncStatusLabel(QWidget *parent)
    : QLabel(parent)
{
    setObjectName(QStringLiteral("syncStatus"));
    render();
}

void SyncStatusLabel::setStatus(const SyncStatus &status)
{
    m_status = status;
    m_signedOut = false;
    render();
}

void SyncStatusLabel::setSignedOut()
{
    m_signedOut = true;
    render();
}

void SyncStatusLabel::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        render();
    QLabel::changeEvent(event);
}

void SyncStatusLabel::render()
{
    using State = SyncStatus::State;
    QString text;
    if (m_status.checkingDirectory) {
        text = tr("Checking this computer's copy of the directory…");
    } else if (m_signedOut) {
        text = tr("Offline: sign in to synchronise");
    } else {
        switch (m_status.state) {
        case State::Idle:
            text = tr("Ready");
            break;
        case State::Syncing:
            text = m_status.total > 0 ? tr("Synchronising… %L1 of %L2")
                                            .arg(m_status.done)
                                            .arg(std::max(m_status.total, m_status.done))
                                      : tr("Synchronising…");
            break;
        case State::UpToDate:
            text = tr("Up to date (%1)")
                       .arg(QLocale().toString(m_status.lastSynced.time(), QLocale::ShortFormat));
            break;
        case State::AskedToWait:
            text = tr("The server asked to wait: your edits are sent again at %1")
                       .arg(timeOf(m_status.retryAt));
            break;
        case State::Offline:
            text = m_status.retryAt.isValid()
                       ? tr("Offline: the server asked to wait; trying again at %1")
                             .arg(timeOf(m_status.retryAt))
                       : tr("Offline: working from this computer's copy");
            break;
        case State::SignInNeeded:
            text = tr("Sign in again to synchronise");
            break;
        case State::Failed:
            text = tr("Synchronisation failed: %1").arg(m_status.message);
            break;
        }
    }
    if (m_status.waitingEdits > 0)
        text += u" · "_s + (m_status.waitingEdits == 1
                                ? tr("1 edit waiting to be sent")
                                : tr("%L1 edits waiting to be sent").arg(m_status.waitingEdits));
    if (m_status.issues > 0)
        text += u" · "_s + (m_status.issues == 1
                                ? tr("1 edit needs your attention")
                                : tr("%L1 edits need your attention").arg(m_status.issues));
    setText(text);
    setToolTip(m_status.message);
}

} // namespace etw
