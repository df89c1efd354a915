// SPDX-License-Identifier: GPL-3.0-or-later
#include "eql_store.h"

#include "change_feed.h"
#include "database.h"
#include "label_store.h"
#include "scopes.h"

#include <QJsonDocument>
#include <QSet>
#include <QSqlQuery>

namespace etw::server::eql_store {

using namespace Qt::StringLiterals;

std::optional<EqlSettings> settings(QSqlDatabase &db, const QString &schoolYear)
{
    QSqlQuery q(db);
    if (!Database::run(q,
                       u"SELECT share_percent, threshold, version FROM eql_settings "
                       u"WHERE school_year = ?"_s,
                       {schoolYear}))
        return std::nullopt;
    EqlSettings s;
    s.schoolYear = schoolYear;
    if (q.next()) {
        s.sharePercent = q.value(0).toInt();
        s.threshold = q.value(1).toDouble();
        s.version = q.value(2).toLongLong();
    }
    return s;
}

bool saveSettings(QSqlDatabase &db, const EqlSettings &s, qint64 by, qint64 now)
{
    QSqlQuery q(db);
    return Database::run(q,
                         u"INSERT INTO eql_settings (school_year, share_percent, threshold, "
                         u"version, updated_by, updated_at) VALUES (?, ?, ?, ?, ?, ?) "
                         u"ON CONFLICT (school_year) DO UPDATE SET "
                         u"share_percent = excluded.share_percent, "
                         u"threshold = excluded.threshold, version = excluded.version, "
                         u"updated_by = excluded.updated_by, updated_at = excluded.updated_at"_s,
                         {s.schoolYear, s.sharePercent, s.threshold, s.version, by, now});
}

std::optional<QList<EqlCandidate>> candidates(QSqlDatabase &db, const QString &schoolYear)
{
    const auto s = settings(db, schoolYear);
    if (!s)
        return std::nullopt;
    QSqlQuery q(db);
    if (!Database::run(q,
                       u"SELECT a.id, a.project_id, p.title, a.country FROM label_applications a "
                       u"JOIN projects p ON p.id = a.project_id "
                       u"WHERE a.school_year = ? AND a.decision = 'awarded' ORDER BY a.id"_s,
                       {schoolYear}))
        return std::nullopt;
    QList<std::pair<qint64, eql::Labelled>> found;
    while (q.next())
        found.append({q.value(0).toLongLong(),
                      {q.value(1).toLongLong(), q.value(2).toString(), q.value(3).toString(), 0}});
    QList<eql::Labelled> labels;
    for (auto &[application, labelled] : found) {
        const auto scored = label_store::assessments(db, application);
        if (!scored)
            return std::nullopt;
        labelled.score = grid::averageTotal(*scored);
        labels.append(labelled);
    }
    QMap<qint64, QStringList> nominations;
    if (!Database::run(q,
                       u"SELECT project_id, country FROM eql_nominations WHERE school_year = ?"_s,
                       {schoolYear}))
        return std::nullopt;
    while (q.next())
        nominations[q.value(0).toLongLong()].append(q.value(1).toString());
    QSet<qint64> awarded;
    if (!Database::run(q, u"SELECT project_id FROM eql_awards WHERE school_year = ?"_s,
                       {schoolYear}))
        return std::nullopt;
    while (q.next())
        awarded.insert(q.value(0).toLongLong());
    return eql::candidates(labels, *s, nominations, awarded);
}

bool nominate(QSqlDatabase &db, const QString &schoolYear, const QString &country, qint64 projectId,
              qint64 by, qint64 now)
{
    QSqlQuery q(db);
    return Database::run(q,
                         u"INSERT INTO eql_nominations (school_year, country, project_id, "
                         u"nominated_by, nominated_at) VALUES (?, ?, ?, ?, ?)"_s,
                         {schoolYear, country, projectId, by, now});
}

bool award(QSqlDatabase &db, const QString &schoolYear, qint64 projectId, qint64 by, qint64 now)
{
    QSqlQuery q(db);
    return Database::run(q,
                         u"INSERT INTO eql_awards (school_year, project_id, awarded_by, "
                         u"awarded_at) VALUES (?, ?, ?, ?)"_s,
                         {schoolYear, projectId, by, now});
}

bool publish(QSqlDatabase &db, const QString &schoolYear, QList<ChangeRecord> *collected)
{
    const auto now = candidates(db, schoolYear);
    if (!now)
        return false;
    QSqlQuery q(db);
    if (!Database::run(q,
                       u"SELECT project_id, body, version FROM eql_candidates "
                       u"WHERE school_year = ?"_s,
                       {schoolYear}))
        return false;
    QHash<qint64, std::pair<QString, qint64>> before;
    while (q.next())
        before.insert(q.value(0).toLongLong(), {q.value(1).toString(), q.value(2).toLongLong()});
    QList<ChangeRecord> records;
    for (EqlCandidate c : *now) {
        const auto old = before.take(c.id);
        const QString body =
            QString::fromUtf8(QJsonDocument(c.toJson()).toJson(QJsonDocument::Compact));
        if (old.first == body)
            continue; // unchanged: nothing to send
        c.version = old.second + 1;
        if (!Database::run(q,
                           u"INSERT INTO eql_candidates (school_year, project_id, body, version) "
                           u"VALUES (?, ?, ?, ?) ON CONFLICT (school_year, project_id) DO UPDATE "
                           u"SET body = excluded.body, version = excluded.version"_s,
                           {schoolYear, c.id, body, c.version}))
            return false;
        records += scopes::ofEqlCandidate(c, false);
    }
    // No longer a candidate (a label withdrawn): a tombstone where it showed.
    for (auto it = before.cbegin(); it != before.cend(); ++it) {
        auto gone = EqlCandidate::fromJson(QJsonDocument::fromJson(it->first.toUtf8()).object());
        if (!gone ||
            !Database::run(q,
                           u"DELETE FROM eql_candidates WHERE school_year = ? AND project_id = ?"_s,
                           {schoolYear, it.key()}))
            return false;
        gone.value().version = it->second + 1;
        records += scopes::ofEqlCandidate(gone.value(), true);
    }
    if (collected) {
        collected->append(records);
        return true;
    }
    return records.isEmpty() || change_feed::record(db, records);
}

} // namespace etw::server::eql_store
