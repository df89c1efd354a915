// SPDX-License-Identifier: GPL-3.0-or-later
// Portable DDL only: {ID} is an auto-increment key (see SqlDialect::ddl); booleans are 0/1
// integers and times are milliseconds since the epoch, so both engines read them alike.
#include "migrations.h"

#include "username_key.h"

#include <QSqlQuery>
#include <QVariant>

namespace etw::server {

namespace {
bool fillUsernameKeys(QSqlDatabase &db)
{
    QSqlQuery read(db), write(db);
    read.setForwardOnly(true);
    if (!read.exec(QStringLiteral("SELECT id, username FROM accounts")) ||
        !write.prepare(QStringLiteral("UPDATE accounts SET username_key = ? WHERE id = ?")))
        return false;
    QList<std::pair<qint64, QString>> rows;
    while (read.next())
        rows.append({read.value(0).toLongLong(), usernameKey(read.value(1).toString())});
    read.finish();
    for (const auto &[id, key] : rows) {
        write.addBindValue(key);
        write.addBindValue(id);
        if (!write.exec())
            return false;
    }
    return true;
}
} // namespace

const std::vector<MigrationStep> &migrations()
{
    static const std::vector<MigrationStep> steps{
        // 1: accounts, schools, profiles, sessions, the change feed, idempotent mutations.
        {{
            "CREATE TABLE server_meta (key TEXT PRIMARY KEY, value TEXT NOT NULL)",
            // The single row every writer updates inside its transaction: writers serialise
            // on it, so change numbers become visible in the order they are handed out.
            "CREATE TABLE feed_counter (id INTEGER PRIMARY KEY, value BIGINT NOT NULL)",
            "INSERT INTO feed_counter (id, value) VALUES (1, 0)",
            "CREATE TABLE schools (id {ID}, name TEXT NOT NULL, city TEXT NOT NULL, "
            "country TEXT NOT NULL, type TEXT NOT NULL, version BIGINT NOT NULL DEFAULT 1)",
            "CREATE TABLE accounts (id {ID}, username TEXT NOT NULL UNIQUE, password_hash TEXT, "
            "role TEXT NOT NULL, country TEXT NOT NULL DEFAULT '', display_name TEXT NOT NULL, "
            "created_at BIGINT NOT NULL)",
            "CREATE TABLE teacher_profiles (account_id BIGINT PRIMARY KEY REFERENCES accounts(id), "
            "school_id BIGINT NOT NULL REFERENCES schools(id), subjects TEXT NOT NULL, "
            "languages TEXT NOT NULL, age_min INTEGER NOT NULL, age_max INTEGER NOT NULL, "
            "bio TEXT NOT NULL DEFAULT '', looking INTEGER NOT NULL DEFAULT 0, "
            "status TEXT NOT NULL DEFAULT 'pending', version BIGINT NOT NULL DEFAULT 1, "
            "field_versions TEXT NOT NULL DEFAULT '{}')",
            "CREATE INDEX teacher_profiles_school ON teacher_profiles (school_id)",
            "CREATE TABLE sessions (token_hash TEXT PRIMARY KEY, "
            "account_id BIGINT NOT NULL REFERENCES accounts(id), created_at BIGINT NOT NULL, "
            "expires_at BIGINT NOT NULL)",
            "CREATE INDEX sessions_account ON sessions (account_id)",
            "CREATE TABLE login_failures (key TEXT PRIMARY KEY, window_start BIGINT NOT NULL, "
            "failures INTEGER NOT NULL)",
            // One row per entity and scope: the latest change only. payload is the JSON the
            // scope may see, written once so that pulls are a single index range scan.
            "CREATE TABLE changes (seq BIGINT PRIMARY KEY, scope TEXT NOT NULL, "
            "entity_type TEXT NOT NULL, entity_id BIGINT NOT NULL, version BIGINT NOT NULL, "
            "deleted INTEGER NOT NULL, payload TEXT)",
            "CREATE UNIQUE INDEX changes_entity ON changes (scope, entity_type, entity_id)",
            "CREATE INDEX changes_scope_seq ON changes (scope, seq)",
            "CREATE TABLE mutations (id TEXT PRIMARY KEY, account_id BIGINT NOT NULL, "
            "result TEXT NOT NULL, created_at BIGINT NOT NULL)",
        }},
        // 2: user names compare without case ("Teacher.FR" signs in as teacher.fr), and two
        // accounts can no longer differ by case alone.
        {{"ALTER TABLE accounts ADD COLUMN username_key TEXT"},
         fillUsernameKeys,
         {"CREATE UNIQUE INDEX accounts_case_folded_username ON accounts (username_key)"}},
        // 3: projects, their founders and partners (with invitations), national decisions.
        {{
            "CREATE TABLE projects (id {ID}, kind TEXT NOT NULL, title TEXT NOT NULL, "
            "summary TEXT NOT NULL, description TEXT NOT NULL DEFAULT '', subjects TEXT NOT NULL, "
            "languages TEXT NOT NULL, age_min INTEGER NOT NULL, age_max INTEGER NOT NULL, "
            "duration_months INTEGER NOT NULL, aims TEXT NOT NULL DEFAULT '', "
            "work_process TEXT NOT NULL DEFAULT '', expected_results TEXT NOT NULL DEFAULT '', "
            "status TEXT NOT NULL, created_by BIGINT NOT NULL REFERENCES accounts(id), "
            "created_at BIGINT NOT NULL, updated_at BIGINT NOT NULL, "
            "version BIGINT NOT NULL DEFAULT 1, field_versions TEXT NOT NULL DEFAULT '{}')",
            // joined_seq keeps members in the order they were first invited.
            "CREATE TABLE project_members (project_id BIGINT NOT NULL REFERENCES projects(id), "
            "account_id BIGINT NOT NULL REFERENCES accounts(id), role TEXT NOT NULL, "
            "state TEXT NOT NULL, invited_by BIGINT, updated_at BIGINT NOT NULL, "
            "joined_seq INTEGER NOT NULL, PRIMARY KEY (project_id, account_id))",
            "CREATE INDEX project_members_account ON project_members (account_id, state)",
            // One decision per country and project: the first one wins.
            "CREATE TABLE project_decisions (project_id BIGINT NOT NULL REFERENCES projects(id), "
            "country TEXT NOT NULL, decision TEXT NOT NULL, reason TEXT NOT NULL DEFAULT '', "
            "decided_by BIGINT NOT NULL REFERENCES accounts(id), decided_at BIGINT NOT NULL, "
            "PRIMARY KEY (project_id, country))",
        }},
        // 4: the TwinSpace's pages (a tree per project), every published text of each, and
        // the ids a client gave to what it created offline (so that what it queued after a
        // creation finds it, even when the creation's answer was lost).
        {{
            "CREATE TABLE pages (id {ID}, project_id BIGINT NOT NULL REFERENCES projects(id), "
            "parent_id BIGINT NOT NULL DEFAULT 0, position DOUBLE PRECISION NOT NULL DEFAULT 0, "
            "title TEXT NOT NULL, state TEXT NOT NULL, "
            "author_id BIGINT NOT NULL REFERENCES accounts(id), "
            "revision BIGINT NOT NULL DEFAULT 0, last_revision BIGINT NOT NULL DEFAULT 0, "
            "body TEXT NOT NULL DEFAULT '', version BIGINT NOT NULL DEFAULT 1, "
            "created_at BIGINT NOT NULL, updated_at BIGINT NOT NULL, "
            "deleted INTEGER NOT NULL DEFAULT 0)",
            "CREATE INDEX pages_project ON pages (project_id, parent_id)",
            "CREATE TABLE page_revisions (page_id BIGINT NOT NULL REFERENCES pages(id), "
            "number BIGINT NOT NULL, title TEXT NOT NULL, body TEXT NOT NULL, "
            "author_id BIGINT NOT NULL REFERENCES accounts(id), created_at BIGINT NOT NULL, "
            "kind TEXT NOT NULL, restored_from BIGINT NOT NULL DEFAULT 0, mutation_id TEXT, "
            "PRIMARY KEY (page_id, number))",
            "CREATE TABLE client_ids (account_id BIGINT NOT NULL REFERENCES accounts(id), "
            "kind TEXT NOT NULL, local_id BIGINT NOT NULL, server_id BIGINT NOT NULL, "
            "PRIMARY KEY (account_id, kind, local_id))",
        }},
        // 5: TwinSpace materials and the resumable uploads that bring them. An upload's bytes
        // are in <data>/uploads/<id>.part until complete, then in the content-addressed store
        // (<data>/blobs); `received` is the offset acknowledged to the client, never more than
        // the part file holds. A material names its content by sha256: one file for every
        // material with the same bytes.
        {{
            "CREATE TABLE uploads (id TEXT PRIMARY KEY, "
            "account_id BIGINT NOT NULL REFERENCES accounts(id), "
            "project_id BIGINT NOT NULL REFERENCES projects(id), filename TEXT NOT NULL, "
            "folder TEXT NOT NULL DEFAULT '', sha256 TEXT NOT NULL, length BIGINT NOT NULL, "
            "received BIGINT NOT NULL DEFAULT 0, state TEXT NOT NULL, "
            "head_checked INTEGER NOT NULL DEFAULT 0, error TEXT NOT NULL DEFAULT '', "
            "material_id BIGINT NOT NULL DEFAULT 0, created_at BIGINT NOT NULL, "
            "updated_at BIGINT NOT NULL, expires_at BIGINT NOT NULL)",
            "CREATE INDEX uploads_account ON uploads (account_id, state)",
            "CREATE INDEX uploads_project ON uploads (project_id, state)",
            "CREATE INDEX uploads_expiry ON uploads (expires_at)",
            "CREATE TABLE materials (id {ID}, project_id BIGINT NOT NULL REFERENCES projects(id), "
            "name TEXT NOT NULL, folder TEXT NOT NULL DEFAULT '', sha256 TEXT NOT NULL, "
            "size BIGINT NOT NULL, mime TEXT NOT NULL, category TEXT NOT NULL, "
            "extension TEXT NOT NULL, author_id BIGINT NOT NULL REFERENCES accounts(id), "
            "thumbnail INTEGER NOT NULL DEFAULT 0, upload_id TEXT UNIQUE, "
            "created_at BIGINT NOT NULL, updated_at BIGINT NOT NULL, "
            "version BIGINT NOT NULL DEFAULT 1, deleted INTEGER NOT NULL DEFAULT 0)",
            "CREATE INDEX materials_project ON materials (project_id, deleted)",
            "CREATE INDEX materials_content ON materials (sha256, deleted)",
        }},
        // 6: an upload's creation key, chosen by its client (tus `Upload-Metadata` "key"): a
        // creation asked again after its answer was lost finds the upload already made instead
        // of leaving it orphaned, holding quota until it expires.
        {{
            "ALTER TABLE uploads ADD COLUMN client_key TEXT NOT NULL DEFAULT ''",
            "CREATE INDEX uploads_client_key ON uploads (account_id, client_key)",
        }},
        // 7: the TwinSpace's forum: discussions, their threads (a title and an opening text)
        // and the replies in each. field_versions, as for projects, lets two edits of different
        // fields of one item merge instead of conflicting. The (author_id, created_at) indexes
        // count an account's recent creations for its rate limit.
        {{
            "CREATE TABLE forum_discussions (id {ID}, "
            "project_id BIGINT NOT NULL REFERENCES projects(id), title TEXT NOT NULL, "
            "description TEXT NOT NULL DEFAULT '', "
            "author_id BIGINT NOT NULL REFERENCES accounts(id), created_at BIGINT NOT NULL, "
            "updated_at BIGINT NOT NULL, version BIGINT NOT NULL DEFAULT 1, "
            "field_versions TEXT NOT NULL DEFAULT '{}', deleted INTEGER NOT NULL DEFAULT 0)",
            "CREATE INDEX forum_discussions_project ON forum_discussions (project_id, deleted)",
            "CREATE INDEX forum_discussions_author ON forum_discussions (author_id, created_at)",
            "CREATE TABLE forum_threads (id {ID}, "
            "project_id BIGINT NOT NULL REFERENCES projects(id), "
            "discussion_id BIGINT NOT NULL REFERENCES forum_discussions(id), "
            "title TEXT NOT NULL, text TEXT NOT NULL, "
            "author_id BIGINT NOT NULL REFERENCES accounts(id), created_at BIGINT NOT NULL, "
            "updated_at BIGINT NOT NULL, version BIGINT NOT NULL DEFAULT 1, "
            "field_versions TEXT NOT NULL DEFAULT '{}', deleted INTEGER NOT NULL DEFAULT 0)",
            "CREATE INDEX forum_threads_project ON forum_threads (project_id, deleted)",
            "CREATE INDEX forum_threads_discussion ON forum_threads (discussion_id, deleted)",
            "CREATE INDEX forum_threads_author ON forum_threads (author_id, created_at)",
            "CREATE TABLE forum_posts (id {ID}, "
            "project_id BIGINT NOT NULL REFERENCES projects(id), "
            "thread_id BIGINT NOT NULL REFERENCES forum_threads(id), text TEXT NOT NULL, "
            "author_id BIGINT NOT NULL REFERENCES accounts(id), created_at BIGINT NOT NULL, "
            "updated_at BIGINT NOT NULL, version BIGINT NOT NULL DEFAULT 1, "
            "deleted INTEGER NOT NULL DEFAULT 0)",
            "CREATE INDEX forum_posts_project ON forum_posts (project_id, deleted)",
            "CREATE INDEX forum_posts_thread ON forum_posts (thread_id, deleted)",
            "CREATE INDEX forum_posts_author ON forum_posts (author_id, created_at)",
        }},
        // 8: the TwinSpace's chat room: messages only ever added. The (author_id, created_at)
        // index counts an account's recent messages for its rate limit.
        {{
            "CREATE TABLE chat_messages (id {ID}, "
            "project_id BIGINT NOT NULL REFERENCES projects(id), text TEXT NOT NULL, "
            "author_id BIGINT NOT NULL REFERENCES accounts(id), created_at BIGINT NOT NULL, "
            "version BIGINT NOT NULL DEFAULT 1)",
            "CREATE INDEX chat_messages_project ON chat_messages (project_id, id)",
            "CREATE INDEX chat_messages_author ON chat_messages (author_id, created_at)",
        }},
        // 9: when each account last used the server (a project's members page shows it), its
        // first request of the day (UTC): written once a day at most, 0 until then.
        {{
            "ALTER TABLE accounts ADD COLUMN last_active_at BIGINT NOT NULL DEFAULT 0",
        }},
        // 10: the national services' review. Accounts made by their teachers (an e-mail, a
        // role in the school), regional correspondents (a region), schools' regions and
        // addresses; each validation request of a teacher (`request`, from 1; a change of
        // school asks again) and the one decision on it (the first wins); a service's setting
        // (may its regional correspondents decide), its reason templates and its private notes.
        {{
            "ALTER TABLE accounts ADD COLUMN email TEXT NOT NULL DEFAULT ''",
            "ALTER TABLE accounts ADD COLUMN region TEXT NOT NULL DEFAULT ''",
            "ALTER TABLE schools ADD COLUMN region TEXT NOT NULL DEFAULT ''",
            "ALTER TABLE schools ADD COLUMN address TEXT NOT NULL DEFAULT ''",
            "ALTER TABLE schools ADD COLUMN created_by BIGINT NOT NULL DEFAULT 0",
            "ALTER TABLE schools ADD COLUMN created_at BIGINT NOT NULL DEFAULT 0",
            "CREATE INDEX schools_country ON schools (country, region)",
            "ALTER TABLE teacher_profiles ADD COLUMN school_role TEXT NOT NULL DEFAULT 'teacher'",
            "ALTER TABLE teacher_profiles ADD COLUMN request BIGINT NOT NULL DEFAULT 1",
            "ALTER TABLE teacher_profiles ADD COLUMN requested_at BIGINT NOT NULL DEFAULT 0",
            "CREATE TABLE registration_decisions ("
            "account_id BIGINT NOT NULL REFERENCES accounts(id), request BIGINT NOT NULL, "
            "decision TEXT NOT NULL, reason TEXT NOT NULL DEFAULT '', "
            "decided_by BIGINT NOT NULL REFERENCES accounts(id), decided_at BIGINT NOT NULL, "
            "PRIMARY KEY (account_id, request))",
            "CREATE INDEX registration_decisions_time ON registration_decisions (decided_at)",
            "CREATE TABLE review_settings (country TEXT PRIMARY KEY, "
            "regional_decisions INTEGER NOT NULL DEFAULT 0, version BIGINT NOT NULL DEFAULT 1, "
            "updated_by BIGINT NOT NULL DEFAULT 0, updated_at BIGINT NOT NULL DEFAULT 0)",
            "CREATE TABLE reason_templates (id {ID}, country TEXT NOT NULL, kind TEXT NOT NULL, "
            "title TEXT NOT NULL, text TEXT NOT NULL, "
            "updated_by BIGINT NOT NULL REFERENCES accounts(id), updated_at BIGINT NOT NULL, "
            "version BIGINT NOT NULL DEFAULT 1, deleted INTEGER NOT NULL DEFAULT 0)",
            "CREATE INDEX reason_templates_country ON reason_templates (country, deleted)",
            "CREATE TABLE review_notes (id {ID}, country TEXT NOT NULL, "
            "item_type TEXT NOT NULL, item_id BIGINT NOT NULL, "
            "author_id BIGINT NOT NULL REFERENCES accounts(id), text TEXT NOT NULL, "
            "created_at BIGINT NOT NULL, updated_at BIGINT NOT NULL, "
            "version BIGINT NOT NULL DEFAULT 1, deleted INTEGER NOT NULL DEFAULT 0)",
            "CREATE INDEX review_notes_item ON review_notes (country, item_type, item_id)",
        }},
        // 11: accounts teachers create themselves: each attempt from a client address that
        // passed the form's checks, kept an hour, so that an address creates only so many
        // (--account-creations-per-hour), whichever instance it reaches.
        {{
            "CREATE TABLE account_creations (address TEXT NOT NULL, created_at BIGINT NOT NULL)",
            "CREATE INDEX account_creations_address ON account_creations (address, created_at)",
        }},
        // 12: the territories' statistics, computed by the server (statistics_store): one
        // record per country or region ('' for the whole country) and month, its counts as a
        // JSON object. Its version changes only when its figures do, so that a sync round with
        // nothing new sends nothing.
        {{
            "CREATE TABLE statistics (id {ID}, country TEXT NOT NULL, region TEXT NOT NULL, "
            "month TEXT NOT NULL, school_year TEXT NOT NULL, figures TEXT NOT NULL, "
            "version BIGINT NOT NULL DEFAULT 1, updated_at BIGINT NOT NULL)",
            "CREATE UNIQUE INDEX statistics_territory ON statistics (country, region, month)",
        }},
        // 13: Quality Labels. Assessment grids as data (the default has no country and no
        // year; each import is the next version of its country and year); a country's label
        // settings (when its school year starts); teachers' applications (one row per attempt,
        // the texts as JSON in body) and each assessor's scores on one.
        {{
            "CREATE TABLE assessment_grids (id {ID}, country TEXT NOT NULL, "
            "school_year TEXT NOT NULL, version INTEGER NOT NULL, body TEXT NOT NULL, "
            "source TEXT NOT NULL DEFAULT '', imported_at BIGINT NOT NULL)",
            "CREATE UNIQUE INDEX assessment_grids_version ON assessment_grids "
            "(country, school_year, version)",
            "CREATE TABLE label_settings (country TEXT PRIMARY KEY, "
            "year_start_month INTEGER NOT NULL DEFAULT 9, year_start_day INTEGER NOT NULL "
            "DEFAULT 1, updated_by BIGINT NOT NULL DEFAULT 0, updated_at BIGINT NOT NULL "
            "DEFAULT 0)",
            "CREATE TABLE label_applications (id {ID}, "
            "project_id BIGINT NOT NULL REFERENCES projects(id), "
            "applicant_id BIGINT NOT NULL REFERENCES accounts(id), school_id BIGINT NOT NULL, "
            "country TEXT NOT NULL, region TEXT NOT NULL DEFAULT '', school_year TEXT NOT NULL, "
            "attempt INTEGER NOT NULL, status TEXT NOT NULL, body TEXT NOT NULL, "
            "submitted_at BIGINT NOT NULL, grid_id BIGINT NOT NULL DEFAULT 0, "
            "decision TEXT NOT NULL DEFAULT '', feedback TEXT NOT NULL DEFAULT '', "
            "decided_by BIGINT NOT NULL DEFAULT 0, decided_at BIGINT NOT NULL DEFAULT 0, "
            "version BIGINT NOT NULL DEFAULT 1)",
            "CREATE UNIQUE INDEX label_applications_attempt ON label_applications "
            "(applicant_id, project_id, attempt)",
            "CREATE INDEX label_applications_year ON label_applications "
            "(applicant_id, school_year)",
            "CREATE INDEX label_applications_review ON label_applications (country, status)",
            "CREATE TABLE label_assessments (id {ID}, "
            "application_id BIGINT NOT NULL REFERENCES label_applications(id), "
            "assessor_id BIGINT NOT NULL REFERENCES accounts(id), scores TEXT NOT NULL, "
            "comments TEXT NOT NULL, comment TEXT NOT NULL DEFAULT '', "
            "updated_at BIGINT NOT NULL, version BIGINT NOT NULL DEFAULT 1)",
            "CREATE UNIQUE INDEX label_assessments_assessor ON label_assessments "
            "(application_id, assessor_id)",
        }},
        // 14: the European Quality Label. Each school year's settings (the share of its labelled
        // projects a country may nominate, the average score they must be above), the
        // nominations, the awards, and the candidates as last published (so that a recount
        // sends only what changed).
        {{
            "CREATE TABLE eql_settings (school_year TEXT PRIMARY KEY, "
            "share_percent INTEGER NOT NULL, threshold DOUBLE PRECISION NOT NULL, "
            "version BIGINT NOT NULL DEFAULT 1, updated_by BIGINT NOT NULL DEFAULT 0, "
            "updated_at BIGINT NOT NULL DEFAULT 0)",
            "CREATE TABLE eql_nominations (school_year TEXT NOT NULL, country TEXT NOT NULL, "
            "project_id BIGINT NOT NULL REFERENCES projects(id), "
            "nominated_by BIGINT NOT NULL REFERENCES accounts(id), nominated_at BIGINT NOT NULL, "
            "PRIMARY KEY (school_year, country, project_id))",
            "CREATE TABLE eql_awards (school_year TEXT NOT NULL, "
            "project_id BIGINT NOT NULL REFERENCES projects(id), "
            "awarded_by BIGINT NOT NULL REFERENCES accounts(id), awarded_at BIGINT NOT NULL, "
            "PRIMARY KEY (school_year, project_id))",
            "CREATE TABLE eql_candidates (school_year TEXT NOT NULL, project_id BIGINT NOT NULL, "
            "body TEXT NOT NULL, version BIGINT NOT NULL, PRIMARY KEY (school_year, project_id))",
        }},
        // 15: the eTwinning School label. A round per school year (its rule set, its cut-off
        // date; the default applies without a row), each school's eligibility as last published
        // (so that a recount sends only what changed), the one application per school and
        // round (its shared fields as JSON, each field's last version for conflicts), and the
        // last day of a school's label.
        {{
            "CREATE TABLE school_label_rounds (school_year TEXT PRIMARY KEY, "
            "rule_set TEXT NOT NULL, cutoff TEXT NOT NULL, updated_at BIGINT NOT NULL)",
            "CREATE TABLE school_eligibility (school_id BIGINT PRIMARY KEY REFERENCES schools(id), "
            "body TEXT NOT NULL, version BIGINT NOT NULL)",
            "CREATE TABLE school_applications (id {ID}, "
            "school_id BIGINT NOT NULL REFERENCES schools(id), school_year TEXT NOT NULL, "
            "country TEXT NOT NULL, region TEXT NOT NULL DEFAULT '', status TEXT NOT NULL, "
            "body TEXT NOT NULL, field_versions TEXT NOT NULL DEFAULT '{}', "
            "version BIGINT NOT NULL DEFAULT 1)",
            "CREATE UNIQUE INDEX school_applications_round ON school_applications "
            "(school_id, school_year)",
            "CREATE INDEX school_applications_review ON school_applications (country, status)",
            "ALTER TABLE schools ADD COLUMN label_until TEXT NOT NULL DEFAULT ''",
        }},
        // 16: a country's label setting is published to its accounts (its country scope), so
        // it has a version like every published entity.
        {{
            "ALTER TABLE label_settings ADD COLUMN version BIGINT NOT NULL DEFAULT 1",
        }},
    };
    return steps;
}

} // namespace etw::server
