// SPDX-License-Identifier: GPL-3.0-or-later
// Quality Labels as the window uses them: a teacher's applications (typed here, checked
// against the rules, submitted when they say) and a service's assessments and decisions.
// Everything is saved here at once and queued; sync sends it.
#pragma once

#include "domain/account.h"
#include "domain/assessment_grid.h"
#include "domain/european_label.h"
#include "domain/label.h"

#include <QObject>

namespace etw {

class LocalStore;
class SyncController;

class LabelDesk : public QObject
{
    Q_OBJECT
public:
    LabelDesk(LocalStore &store, SyncController *sync, Account account, QObject *parent);

    const Account &account() const { return m_account; }

    // The teacher's side. Their applications, newest first (one not yet sent: "waiting").
    QList<LabelApplication> mine();
    // What the rules say of applying for a project now, each met or not; empty when the
    // project is not one of the teacher's.
    QList<label::Prerequisite> prerequisites(qint64 projectId);
    // Today's school year in the teacher's country, its first and last days as its national
    // support service sets them: the one applications are counted in.
    std::pair<QDate, QDate> schoolYear();
    // The application being written for a project (answers, criteria, ownRole, evidence).
    std::optional<QJsonObject> draft(qint64 projectId);
    bool keepDraft(qint64 projectId, const QJsonObject &typed);
    // The project's published pages and materials, to pick evidence from.
    QList<LabelEvidence> evidenceOffered(qint64 projectId);
    // Checks the draft (field errors in the UI language, the first unmet rule), then queues it
    // and forgets the draft. Returns the mutation id.
    Result<QString> submit(qint64 projectId);

    // The service's side. Its applications, oldest first.
    QList<LabelApplication> queue();
    std::optional<LabelApplication> application(qint64 id);
    // Whether the application's project can be read here (its TwinSpace came with the sync).
    bool canReadTwinSpace(qint64 projectId);
    std::optional<AssessmentGrid> grid(const LabelApplication &application);
    QList<LabelAssessment> assessments(qint64 applicationId);
    // This account's scores, comments per sub-criterion and overall comment: a partial change.
    Result<QString> assess(qint64 applicationId, const QJsonObject &change);
    // Why the label cannot be awarded now, one sentence per reason (empty: it can).
    QStringList whyNotAward(qint64 applicationId);
    Result<QString> decide(qint64 applicationId, bool award, const QString &feedback);

    // The European Quality Label. Its candidates held here, newest year first.
    QList<EqlCandidate> europeanCandidates();
    // Why this account may not nominate a candidate now (empty: it may), as the server checks.
    QString nominationRefusal(const EqlCandidate &candidate);
    // A national service's nomination; the central support service's award.
    Result<QString> nominate(const EqlCandidate &candidate);
    Result<QString> awardEuropean(const EqlCandidate &candidate);
    // The central support service's settings of a school year: the share of its labelled
    // projects each country may nominate (1–100 %) and the average score above which it may.
    Result<QString> setEuropeanSettings(const QString &schoolYear, int sharePercent,
                                        double threshold);
    bool isCentralService() const { return m_account.role == Role::Admin; }

    // What an assessor is typing (a comment, feedback), kept on this computer until it is sent.
    bool keepTyped(const QString &key, const QJsonObject &typed);
    std::optional<QJsonObject> typed(const QString &key);
    bool forgetTyped(const QString &key);

Q_SIGNALS:
    void changed();

private:
    Result<QString> queued(const QString &type, const QString &op, qint64 entityId,
                           const QJsonObject &data);
    label::SchoolYearStart yearStart();

    LocalStore &m_store;
    SyncController *m_sync;
    Account m_account;
};

} // namespace etw
