// SPDX-License-Identifier: GPL-3.0-or-later
// A correspondent's review as the window uses it: the queues with their filters, decisions,
// notes and reason templates. Everything is saved here at once and queued; sync sends it.
#pragma once

#include "domain/account.h"
#include "domain/label_setting.h"
#include "store/review_cache.h"

#include <QDate>
#include <QObject>

namespace etw {

class LocalStore;
class SyncController;

class ReviewDesk : public QObject
{
    Q_OBJECT
public:
    ReviewDesk(LocalStore &store, SyncController *sync, Account account, QObject *parent);

    enum class Queue { Registrations, Projects, Decided };
    struct Filter
    {
        Queue queue = Queue::Registrations;
        QString region; // empty: the whole territory
        QString text;   // folded like partner search
        QDate from;     // queued on or after (null: no bound)
        QDate to;       // queued on or before
    };
    // The items of a queue that pass the filter, longest waiting first (history: latest first).
    QList<review_cache::Item> items(const Filter &filter);
    // How many items each queue holds (without the filter's text and dates, with its region).
    int count(Queue queue, const QString &region = {});
    // The three queues' counts from one read of the cache (the workspace's tabs).
    struct Counts
    {
        int registrations = 0, projects = 0, decided = 0;
    };
    Counts counts(const QString &region = {});

    const Account &account() const { return m_account; }
    bool isRegional() const { return !m_account.region.isEmpty(); }
    // Whether this account may decide (a regional correspondent when the country lets them).
    bool decides();
    std::optional<Registration> registration(qint64 id);
    std::optional<Project> project(qint64 id);

    // Queues a decision: approve (validate a registration) or refuse it with a reason. Field
    // errors in the UI language (a refusal without a reason, an item decided already).
    Result<QString> decide(const QString &type, qint64 id, bool approve, const QString &reason);

    QList<ReviewNote> notes(const QString &type, qint64 id);
    Result<qint64> addNote(const QString &type, qint64 id, const QString &text);
    Result<bool> deleteNote(qint64 noteId);

    QList<ReasonTemplate> templates(const QString &kind);
    // A new template (id 0) or a change to one; the national service only.
    Result<qint64> saveTemplate(qint64 id, const QString &kind, const QString &title,
                                const QString &text);
    Result<bool> deleteTemplate(qint64 id);
    ReviewSetting setting();
    Result<bool> setRegionalDecisions(bool allowed);
    // When the country's school year starts (its teachers' four applications are counted per
    // school year); the national service only.
    label::SchoolYearStart yearStart();
    Result<bool> setYearStart(label::SchoolYearStart start);

    // What is being typed (a reason, a note), kept on this computer until it is sent.
    bool keepTyped(const QString &key, const QJsonObject &typed);
    std::optional<QJsonObject> typed(const QString &key);
    bool forgetTyped(const QString &key);

Q_SIGNALS:
    // The queues changed: something was decided or written here, or the sync brought news.
    void changed();

private:
    template <typename T> T sent(T result);
    Result<QString> queue(const QString &type, const QString &op, qint64 entityId,
                          const QJsonObject &data);

    LocalStore &m_store;
    SyncController *m_sync;
    Account m_account;
};

} // namespace etw
