// SPDX-License-Identifier: GPL-3.0-or-later
#include "session/review_desk.h"

#include "domain/text_fold.h"
#include "domain/validation_messages.h"
#include "store/form_drafts.h"
#include "store/label_setting_cache.h"
#include "store/local_store.h"
#include "store/outbox.h"
#include "store/page_cache.h"
#include "store/project_cache.h"
#include "sync/sync_controller.h"

#include <QCoreApplication>
#include <QDateTime>

namespace etw {

using namespace Qt::StringLiterals;

namespace {
QString translated(const char *text)
{
    return QCoreApplication::translate("etw::ReviewDesk", text);
}

Error notSaved()
{
    return {u"cache_unavailable"_s,
            translated(QT_TRANSLATE_NOOP("etw::ReviewDesk",
                                         "Your change could not be saved on this computer.")),
            {}};
}

bool inQueue(const review_cache::Item &i, ReviewDesk::Queue queue)
{
    // An item decided here and not yet sent stays in its queue, marked: it can still be seen
    // there until the server has it.
    switch (queue) {
    case ReviewDesk::Queue::Registrations:
        return i.type == u"registration" && i.waiting;
    case ReviewDesk::Queue::Projects:
        return i.type == u"project" && i.waiting;
    case ReviewDesk::Queue::Decided:
        return !i.waiting;
    }
    return false;
}

qint64 dayStart(const QDate &d)
{
    return d.startOfDay().toMSecsSinceEpoch();
}
} // namespace

ReviewDesk::ReviewDesk(LocalStore &store, SyncController *sync, Account account, QObject *parent)
    : QObject(parent)
    , m_store(store)
    , m_sync(sync)
    , m_account(std::move(account))
{
    if (m_sync) {
        connect(m_sync, &SyncController::reviewChanged, this, &ReviewDesk::changed);
        connect(m_sync, &SyncController::projectsChanged, this, &ReviewDesk::changed);
    }
}

template <typename T> T ReviewDesk::sent(T result)
{
    if (result) {
        Q_EMIT changed();
        if (m_sync)
            m_sync->syncNow();
    }
    return result;
}

QList<review_cache::Item> ReviewDesk::items(const Filter &f)
{
    QSqlDatabase db = m_store.connection();
    const QStringList terms = searchTerms(foldForSearch(f.text));
    QList<review_cache::Item> out;
    for (review_cache::Item &i : review_cache::items(db, m_account.country)) {
        if (!inQueue(i, f.queue) || (!f.region.isEmpty() && !i.regions.contains(f.region)))
            continue;
        if (f.from.isValid() && i.queuedAt < dayStart(f.from))
            continue;
        if (f.to.isValid() && i.queuedAt >= dayStart(f.to.addDays(1)))
            continue;
        if (!std::all_of(terms.cbegin(), terms.cend(),
                         [&i](const QString &t) { return i.folded.contains(t); }))
            continue;
        out.append(std::move(i));
    }
    if (f.queue == Queue::Decided)
        std::stable_sort(out.begin(), out.end(),
                         [](const auto &a, const auto &b) { return a.decidedAt > b.decidedAt; });
    return out;
}

int ReviewDesk::count(Queue queue, const QString &region)
{
    const Counts c = counts(region);
    return queue == Queue::Registrations ? c.registrations
           : queue == Queue::Projects    ? c.projects
                                         : c.decided;
}

ReviewDesk::Counts ReviewDesk::counts(const QString &region)
{
    QSqlDatabase db = m_store.connection();
    Counts c;
    for (const review_cache::Item &i : review_cache::items(db, m_account.country)) {
        if (!region.isEmpty() && !i.regions.contains(region))
            continue;
        c.registrations += inQueue(i, Queue::Registrations);
        c.projects += inQueue(i, Queue::Projects);
        c.decided += inQueue(i, Queue::Decided);
    }
    return c;
}

bool ReviewDesk::decides()
{
    return !isRegional() || setting().regionalDecisions;
}

std::optional<Registration> ReviewDesk::registration(qint64 id)
{
    QSqlDatabase db = m_store.connection();
    return review_cache::registration(db, id);
}

std::optional<Project> ReviewDesk::project(qint64 id)
{
    QSqlDatabase db = m_store.connection();
    return project_cache::project(db, id, false);
}

Result<QString> ReviewDesk::queue(const QString &type, const QString &op, qint64 entityId,
                                  const QJsonObject &data)
{
    QSqlDatabase db = m_store.connection();
    CacheTransaction tx(db);
    if (!tx.isActive())
        return notSaved();
    const QString id = outbox::enqueueAction(db, type, op, entityId, data);
    if (id.isEmpty() || !tx.commit())
        return notSaved();
    return id;
}

Result<QString> ReviewDesk::decide(const QString &type, qint64 id, bool approve,
                                   const QString &reason)
{
    const QString why = reason.trimmed();
    if (!approve && why.isEmpty())
        return invalidInput({{u"reason"_s, fieldError(u"reason"_s, u"required"_s)}});
    if (why.size() > registration::maxReasonLength)
        return invalidInput({{u"reason"_s, fieldError(u"reason"_s, u"too_long"_s)}});
    if (!decides())
        return Error{u"forbidden"_s,
                     translated(QT_TRANSLATE_NOOP("etw::ReviewDesk",
                                                  "Your national support service decides on "
                                                  "this item: it has not let regional "
                                                  "correspondents decide.")),
                     {}};
    QSqlDatabase db = m_store.connection();
    const auto all = review_cache::items(db, m_account.country);
    const auto it = std::find_if(all.cbegin(), all.cend(), [&](const review_cache::Item &i) {
        return i.type == type && i.id == id;
    });
    if (it == all.cend() || !it->waiting || !it->queuedDecision.isEmpty())
        return Error{
            u"already_decided"_s,
            translated(QT_TRANSLATE_NOOP("etw::ReviewDesk", "This item is already decided.")),
            {}};
    if (type == u"registration") {
        const auto g = review_cache::registration(db, id);
        return sent(queue(u"registration_decision"_s, u"create"_s, id,
                          {{u"decision"_s, approve ? u"validate"_s : u"reject"_s},
                           {u"reason"_s, why},
                           {u"request"_s, g ? g->request : 1}}));
    }
    return sent(queue(u"project_decision"_s, u"create"_s, id,
                      {{u"decision"_s, approve ? u"approve"_s : u"reject"_s}, {u"reason"_s, why}}));
}

QList<ReviewNote> ReviewDesk::notes(const QString &type, qint64 id)
{
    QSqlDatabase db = m_store.connection();
    return review_cache::notes(db, type, id);
}

Result<qint64> ReviewDesk::addNote(const QString &type, qint64 id, const QString &text)
{
    const FieldErrors errors = review::validateNote({{u"text"_s, text}});
    if (!errors.isEmpty())
        return invalidInput(errors);
    const qint64 local = page_cache::newLocalId();
    auto queued = queue(u"review_note"_s, u"create"_s, local,
                        {{u"itemType"_s, type},
                         {u"itemId"_s, id},
                         {u"text"_s, text.trimmed()},
                         {u"writtenAt"_s, QDateTime::currentMSecsSinceEpoch()}});
    if (!sent(queued))
        return queued.error();
    return local;
}

Result<bool> ReviewDesk::deleteNote(qint64 noteId)
{
    auto queued = sent(queue(u"review_note"_s, u"delete"_s, noteId, {}));
    if (!queued)
        return queued.error();
    return true;
}

QList<ReasonTemplate> ReviewDesk::templates(const QString &kind)
{
    QSqlDatabase db = m_store.connection();
    return review_cache::templates(db, kind);
}

Result<qint64> ReviewDesk::saveTemplate(qint64 id, const QString &kind, const QString &title,
                                        const QString &text)
{
    const QJsonObject data{
        {u"kind"_s, kind}, {u"title"_s, title.trimmed()}, {u"text"_s, text.trimmed()}};
    const FieldErrors errors = review::validateTemplate(data);
    if (!errors.isEmpty())
        return invalidInput(errors);
    const qint64 entity = id != 0 ? id : page_cache::newLocalId();
    auto queued =
        sent(queue(u"reason_template"_s, id != 0 ? u"update"_s : u"create"_s, entity, data));
    if (!queued)
        return queued.error();
    return entity;
}

Result<bool> ReviewDesk::deleteTemplate(qint64 id)
{
    auto queued = sent(queue(u"reason_template"_s, u"delete"_s, id, {}));
    if (!queued)
        return queued.error();
    return true;
}

ReviewSetting ReviewDesk::setting()
{
    QSqlDatabase db = m_store.connection();
    return review_cache::setting(db, m_account.country);
}

Result<bool> ReviewDesk::setRegionalDecisions(bool allowed)
{
    auto queued =
        sent(queue(u"review_setting"_s, u"update"_s, 1, {{u"regionalDecisions"_s, allowed}}));
    if (!queued)
        return queued.error();
    return true;
}

label::SchoolYearStart ReviewDesk::yearStart()
{
    QSqlDatabase db = m_store.connection();
    return label_setting_cache::setting(db, m_account.country).yearStart;
}

Result<bool> ReviewDesk::setYearStart(label::SchoolYearStart start)
{
    const QJsonObject data{{u"country"_s, m_account.country},
                           {u"yearStartMonth"_s, start.month},
                           {u"yearStartDay"_s, start.day}};
    if (const FieldErrors errors = label::validateSetting(data); !errors.isEmpty())
        return invalidInput(errors);
    auto queued = sent(queue(u"label_setting"_s, u"update"_s, 1, data));
    if (!queued)
        return queued.error();
    return true;
}

bool ReviewDesk::keepTyped(const QString &key, const QJsonObject &typed)
{
    QSqlDatabase db = m_store.connection();
    return form_drafts::save(db, key, typed);
}

std::optional<QJsonObject> ReviewDesk::typed(const QString &key)
{
    QSqlDatabase db = m_store.connection();
    return form_drafts::load(db, key);
}

bool ReviewDesk::forgetTyped(const QString &key)
{
    QSqlDatabase db = m_store.connection();
    return form_drafts::remove(db, key);
}

} // namespace etw
