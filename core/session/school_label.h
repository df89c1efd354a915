// SPDX-License-Identifier: GPL-3.0-or-later
// The eTwinning School label as the window uses it: the teacher's school's eligibility, its
// one shared application (written here at once, sent by the sync, submitted when complete),
// and a national service's decisions on the applications of its territory.
#pragma once

#include "domain/account.h"
#include "store/school_label_cache.h"

#include <QObject>

namespace etw {

class LocalStore;
class SyncController;

class SchoolLabel : public QObject
{
    Q_OBJECT
public:
    SchoolLabel(LocalStore &store, SyncController *sync, Account account, QObject *parent);

    // The teacher's side: their school's eligibility (nullopt before the server counted it),
    // its application this round as it will be.
    std::optional<SchoolEligibility> eligibility();
    std::optional<school_label_cache::Shown> application();
    // Writes fields of the shared application (the questions, "headName", "declared"),
    // starting it if the school has none: saved here at once, merged with what is not sent
    // yet. Errors name the field, in the UI language.
    Result<bool> write(const QJsonObject &fields);
    // Sends it to the national service: complete, declared, the school eligible.
    Result<QString> submit();

    // A national service's side: its territory's applications, oldest first.
    QList<SchoolApplication> queue();
    std::optional<SchoolApplication> reviewed(qint64 id);
    Result<QString> decide(qint64 applicationId, bool award, const QString &feedback);
    // The feedback an assessor is typing for an application, kept here until decided.
    bool keepFeedback(qint64 applicationId, const QString &text);
    QString feedback(qint64 applicationId);

Q_SIGNALS:
    void changed();

private:
    LocalStore &m_store;
    SyncController *m_sync;
    Account m_account;
};

} // namespace etw
