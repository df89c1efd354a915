// SPDX-License-Identifier: GPL-3.0-or-later
#include "session/school_label.h"

#include "domain/validation_messages.h"
#include "store/form_drafts.h"
#include "store/local_store.h"
#include "store/outbox.h"
#include "store/page_cache.h"
#include "sync/sync_controller.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QSqlQuery>

namespace etw {

using namespace Qt::StringLiterals;

namespace {
Error notSaved()
{
    return {u"cache_unavailable"_s,
            QCoreApplication::translate("etw::SchoolLabel",
                                        "Your change could not be saved on this computer."),
            {}};
}

QString thisRound()
{
    // Rounds start on 1 September, as the server counts them.
    return label::schoolYearOf(QDateTime::currentDateTimeUtc().date());
}

QString feedbackKey(qint64 applicationId)
{
    return u"school_feedback:"_s + QString::number(applicationId);
}

// Whether the start queued here is still unsent (what is written then joins it).
bool startUnsent(QSqlDatabase &db, qint64 localId)
{
    QSqlQuery q(db);
    return LocalStore::run(q,
                           u"SELECT attempts FROM outbox WHERE type = 'school_application' AND "
                           u"op = 'create' AND entity_id = ?"_s,
                           {localId}) &&
           q.next() && q.value(0).toInt() == 0;
}
} // namespace

SchoolLabel::SchoolLabel(LocalStore &store, SyncController *sync, Account account, QObject *parent)
    : QObject(parent)
    , m_store(store)
    , m_sync(sync)
    , m_account(std::move(account))
{
    if (m_sync) {
        connect(m_sync, &SyncController::projectsChanged, this, &SchoolLabel::changed);
        connect(m_sync, &SyncController::reviewChanged, this, &SchoolLabel::changed);
    }
}

std::optional<SchoolEligibility> SchoolLabel::eligibility()
{
    QSqlDatabase db = m_store.connection();
    return school_label_cache::eligibility(db);
}

std::optional<school_label_cache::Shown> SchoolLabel::application()
{
    QSqlDatabase db = m_store.connection();
    return school_label_cache::own(db, thisRound());
}

Result<bool> SchoolLabel::write(const QJsonObject &fields)
{
    if (const FieldErrors errors = school_application::validateEdit(fields); !errors.isEmpty())
        return invalidInput(errors);
    QSqlDatabase db = m_store.connection();
    CacheTransaction tx(db);
    if (!tx.isActive())
        return notSaved();
    const auto shown = school_label_cache::own(db, thisRound());
    if (shown && shown->application.status != u"draft")
        return Error{u"already_submitted"_s,
                     QCoreApplication::translate("etw::SchoolLabel",
                                                 "Your school's application was sent: it is not "
                                                 "changed any more."),
                     {}};
    bool queued = false;
    const QString type = u"school_application"_s;
    if (!shown)
        queued = outbox::enqueue(db, type, page_cache::newLocalId(), 0, fields, u"create"_s);
    else if (shown->application.id < 0 && startUnsent(db, shown->application.id))
        queued = outbox::enqueue(db, type, shown->application.id, 0, fields, u"create"_s);
    else
        // On the version the server had (1 for one started here): a colleague's change of the
        // same field since then is a conflict, never overwritten.
        queued =
            outbox::enqueue(db, type, shown->application.id,
                            shown->application.id < 0 ? 1 : shown->application.version, fields);
    if (!queued || !tx.commit())
        return notSaved();
    Q_EMIT changed();
    if (m_sync)
        m_sync->syncNow();
    return true;
}

Result<QString> SchoolLabel::submit()
{
    const auto e = eligibility();
    if (!e || !e->eligible)
        return Error{u"school_not_eligible"_s,
                     QCoreApplication::translate("etw::SchoolLabel",
                                                 "Your school does not meet the label's "
                                                 "prerequisites: see which above."),
                     {}};
    QSqlDatabase db = m_store.connection();
    CacheTransaction tx(db);
    if (!tx.isActive())
        return notSaved();
    const auto shown = school_label_cache::own(db, thisRound());
    if (!shown)
        return invalidInput(school_application::validateSubmission({}));
    if (shown->application.status != u"draft")
        return Error{u"already_submitted"_s,
                     QCoreApplication::translate("etw::SchoolLabel",
                                                 "Your school's application was sent already."),
                     {}};
    if (const FieldErrors errors = school_application::validateSubmission(shown->application);
        !errors.isEmpty())
        return invalidInput(errors);
    const QString id =
        outbox::enqueueAction(db, u"school_submission"_s, u"create"_s, shown->application.id, {});
    if (id.isEmpty() || !tx.commit())
        return notSaved();
    Q_EMIT changed();
    if (m_sync)
        m_sync->syncNow();
    return id;
}

QList<SchoolApplication> SchoolLabel::queue()
{
    QSqlDatabase db = m_store.connection();
    return school_label_cache::inReview(db);
}

std::optional<SchoolApplication> SchoolLabel::reviewed(qint64 id)
{
    QSqlDatabase db = m_store.connection();
    return school_label_cache::reviewed(db, id);
}

Result<QString> SchoolLabel::decide(qint64 applicationId, bool award, const QString &feedback)
{
    const auto a = reviewed(applicationId);
    if (!a)
        return Error{u"application_gone"_s,
                     QCoreApplication::translate("etw::SchoolLabel",
                                                 "This application is not in your review."),
                     {}};
    if (a->decision)
        return Error{
            u"already_decided"_s,
            QCoreApplication::translate("etw::SchoolLabel", "This application is decided already."),
            {}};
    const QString text = feedback.trimmed();
    // Said of the school, not of a teacher (the National Quality Label's wording).
    if (!award && text.isEmpty())
        return invalidInput(
            {{u"feedback"_s,
              {u"required"_s, QCoreApplication::translate(
                                  "etw::SchoolLabel", "Feedback to the school: needed to refuse "
                                                      "the label, so that it knows why.")}}});
    if (text.size() > label::maxFeedbackLength)
        return invalidInput(
            {{u"feedback"_s,
              {u"too_long"_s,
               QCoreApplication::translate("etw::SchoolLabel", "Feedback to the school: at most %1 "
                                                               "characters.")
                   .arg(label::maxFeedbackLength)}}});
    QSqlDatabase db = m_store.connection();
    CacheTransaction tx(db);
    if (!tx.isActive())
        return notSaved();
    const QString id = outbox::enqueueAction(
        db, u"school_decision"_s, u"create"_s, applicationId,
        {{u"decision"_s, award ? u"awarded"_s : u"not_awarded"_s}, {u"feedback"_s, text}});
    if (id.isEmpty() || !form_drafts::remove(db, feedbackKey(applicationId)) || !tx.commit())
        return notSaved();
    Q_EMIT changed();
    if (m_sync)
        m_sync->syncNow();
    return id;
}

bool SchoolLabel::keepFeedback(qint64 applicationId, const QString &text)
{
    QSqlDatabase db = m_store.connection();
    return form_drafts::save(db, feedbackKey(applicationId), {{u"feedback"_s, text}});
}

QString SchoolLabel::feedback(qint64 applicationId)
{
    QSqlDatabase db = m_store.connection();
    return form_drafts::load(db, feedbackKey(applicationId))
        .value_or(QJsonObject())
        .value(u"feedback"_s)
        .toString();
}

} // namespace etw
