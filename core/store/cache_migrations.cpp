// SPDX-License-Identifier: GPL-3.0-or-later
#include "store/cache_migrations.h"

#include "store/local_store.h"

#include <QCoreApplication>
#include <QSqlError>
#include <QSqlQuery>

#include <vector>

namespace etw::cache_migrations {

using namespace Qt::StringLiterals;

namespace {

const std::vector<std::vector<const char *>> &steps()
{
    static const std::vector<std::vector<const char *>> all{
        // 1: sync state, the partner directory with its search index, the account's own
        // entities and the outbox of edits waiting for the server.
        {
            "CREATE TABLE sync_state (scope TEXT PRIMARY KEY, cursor INTEGER NOT NULL, "
            "epoch TEXT NOT NULL DEFAULT '', synced_at INTEGER)",
            "CREATE TABLE schools (id INTEGER PRIMARY KEY, name TEXT NOT NULL, city TEXT NOT NULL, "
            "country TEXT NOT NULL, type TEXT NOT NULL, version INTEGER NOT NULL)",
            // School fields are copied into each teacher row so that a search needs no join.
            "CREATE TABLE teachers (id INTEGER PRIMARY KEY, display_name TEXT NOT NULL, "
            "sort_key TEXT NOT NULL, school_id INTEGER NOT NULL, school_name TEXT NOT NULL, "
            "city TEXT NOT NULL, school_type TEXT NOT NULL, country TEXT NOT NULL, "
            "age_min INTEGER NOT NULL, age_max INTEGER NOT NULL, version INTEGER NOT NULL, "
            "data TEXT NOT NULL)",
            "CREATE INDEX teachers_sort ON teachers (sort_key)",
            "CREATE INDEX teachers_country ON teachers (country, sort_key)",
            "CREATE INDEX teachers_school ON teachers (school_id)",
            // Keyed by teacher for updates, indexed by value for the filters.
            "CREATE TABLE teacher_subjects (teacher_id INTEGER NOT NULL, subject TEXT NOT NULL, "
            "PRIMARY KEY (teacher_id, subject)) WITHOUT ROWID",
            "CREATE INDEX teacher_subjects_subject ON teacher_subjects (subject, teacher_id)",
            "CREATE TABLE teacher_languages (teacher_id INTEGER NOT NULL, language TEXT NOT NULL, "
            "PRIMARY KEY (teacher_id, language)) WITHOUT ROWID",
            "CREATE INDEX teacher_languages_language ON teacher_languages (language, teacher_id)",
            // Folded text (see foldForSearch), so matching ignores case and diacritics.
            "CREATE VIRTUAL TABLE teacher_fts USING fts5(name, school, city, bio, "
            "tokenize = 'unicode61 remove_diacritics 0')",
            "CREATE TABLE me_entities (type TEXT NOT NULL, id INTEGER NOT NULL, "
            "version INTEGER NOT NULL, data TEXT NOT NULL, PRIMARY KEY (type, id))",
            "CREATE TABLE outbox (seq INTEGER PRIMARY KEY AUTOINCREMENT, id TEXT NOT NULL UNIQUE, "
            "type TEXT NOT NULL, op TEXT NOT NULL, entity_id INTEGER NOT NULL, "
            "base_version INTEGER NOT NULL, data TEXT NOT NULL, created_at INTEGER NOT NULL, "
            "attempts INTEGER NOT NULL DEFAULT 0, last_error TEXT NOT NULL DEFAULT '')",
            // Edits the server refused or that conflict: kept until the user has seen them.
            "CREATE TABLE sync_issues (id INTEGER PRIMARY KEY, mutation_id TEXT NOT NULL, "
            "type TEXT NOT NULL, entity_id INTEGER NOT NULL, kind TEXT NOT NULL, "
            "data TEXT NOT NULL, error TEXT NOT NULL, created_at INTEGER NOT NULL)",
        },
        // 2: projects as their scopes deliver them, and registration drafts kept here until
        // the teacher submits them (then queued) and the server has them.
        {
            "CREATE TABLE projects (scope TEXT NOT NULL, id INTEGER NOT NULL, "
            "version INTEGER NOT NULL, data TEXT NOT NULL, PRIMARY KEY (scope, id))",
            // state: editing → submitted (queued as mutation_id) → registered (server_id).
            "CREATE TABLE project_drafts (local_id TEXT PRIMARY KEY, data TEXT NOT NULL, "
            "state TEXT NOT NULL DEFAULT 'editing', mutation_id TEXT, server_id INTEGER, "
            "created_at INTEGER NOT NULL, updated_at INTEGER NOT NULL)",
        },
        // 3: the directory moves to a file of its own (see directory_schema), attached to
        // every connection as "directory": a first sync can then take a whole snapshot from
        // the server. Nothing typed here lives in it; it is pulled again.
        {
            "DROP TABLE teacher_fts",
            "DROP TABLE teacher_languages",
            "DROP TABLE teacher_subjects",
            "DROP TABLE teachers",
            "DROP TABLE schools",
            "DELETE FROM sync_state WHERE scope = 'directory'",
            // Which directory file is in use: <cache>.directory-<generation>.sqlite.
            "CREATE TABLE cache_meta (key TEXT PRIMARY KEY, value NOT NULL)",
            "INSERT INTO cache_meta (key, value) VALUES ('directory_generation', 0)",
        },
        // 4: what is typed in a form, kept as typed (within a second, and on focus loss) until
        // the user saves or submits it: a kill loses nothing. The wizard reopens on its page.
        {
            "CREATE TABLE form_drafts (key TEXT PRIMARY KEY, data TEXT NOT NULL, "
            "updated_at INTEGER NOT NULL)",
            "ALTER TABLE project_drafts ADD COLUMN page INTEGER NOT NULL DEFAULT 0",
        },
        // 5: which queued rows travel in order is said by each kind of data (outbox::orderKey),
        // stored with the row; the rows already queued get the rule version 4 applied.
        {
            "ALTER TABLE outbox ADD COLUMN order_key TEXT",
            "UPDATE outbox SET order_key = CASE WHEN op = 'create' AND entity_id = 0 THEN id "
            "WHEN type LIKE 'project%' THEN 'project:' || entity_id "
            "ELSE type || ':' || entity_id END",
            "CREATE INDEX outbox_order ON outbox (order_key, seq)",
        },
        // 6: the TwinSpace's pages (published ones from the project's scope, the account's
        // drafts from its own) and every revision of them, for the history, offline.
        {
            "CREATE TABLE pages (scope TEXT NOT NULL, id INTEGER NOT NULL, "
            "project_id INTEGER NOT NULL, version INTEGER NOT NULL, data TEXT NOT NULL, "
            "PRIMARY KEY (scope, id))",
            "CREATE INDEX pages_project ON pages (project_id)",
            "CREATE TABLE page_revisions (scope TEXT NOT NULL, id INTEGER NOT NULL, "
            "page_id INTEGER NOT NULL, number INTEGER NOT NULL, data TEXT NOT NULL, "
            "PRIMARY KEY (scope, id))",
            "CREATE INDEX page_revisions_page ON page_revisions (page_id, number)",
        },
        // 7: the TwinSpace's materials as the project's scope describes them (their contents
        // are files of their own, see core/transfers).
        {
            "CREATE TABLE materials (scope TEXT NOT NULL, id INTEGER NOT NULL, "
            "project_id INTEGER NOT NULL, version INTEGER NOT NULL, sha256 TEXT NOT NULL, "
            "data TEXT NOT NULL, PRIMARY KEY (scope, id))",
            "CREATE INDEX materials_project ON materials (project_id)",
        },
        // 8: transfers of materials (tus uploads, downloads), with all they need to go on after
        // a close or a kill; the local copies of contents (by sha256, least recently used first
        // out); what the user keeps offline; and which content each material known here has.
        {
            // direction: upload | download. state: preparing, waiting, running, paused, failed,
            // done, cancelled, or cleared (cancelled, out of the list, its DELETE still owed).
            // source: the user's file an upload copies from. location: the tus upload's URL once
            // created (a cancelled row still holding one owes its DELETE).
            // damaged: downloads that failed their sha256 (the second one fails the transfer).
            "CREATE TABLE transfers (id INTEGER PRIMARY KEY AUTOINCREMENT, "
            "direction TEXT NOT NULL, project_id INTEGER NOT NULL, "
            "material_id INTEGER NOT NULL DEFAULT 0, name TEXT NOT NULL, "
            "folder TEXT NOT NULL DEFAULT '', source TEXT NOT NULL DEFAULT '', "
            "sha256 TEXT NOT NULL DEFAULT '', size INTEGER NOT NULL DEFAULT -1, "
            "done INTEGER NOT NULL DEFAULT 0, location TEXT NOT NULL DEFAULT '', "
            "state TEXT NOT NULL, error_code TEXT NOT NULL DEFAULT '', "
            "error TEXT NOT NULL DEFAULT '', attempts INTEGER NOT NULL DEFAULT 0, "
            "damaged INTEGER NOT NULL DEFAULT 0, created_at INTEGER NOT NULL, "
            "updated_at INTEGER NOT NULL)",
            "CREATE INDEX transfers_state ON transfers (state, id)",
            "CREATE INDEX transfers_sha256 ON transfers (sha256)",
            // <files>/<first 2 hex>/<sha256>: one row per content here.
            "CREATE TABLE material_files (sha256 TEXT PRIMARY KEY, size INTEGER NOT NULL, "
            "last_used INTEGER NOT NULL)",
            "CREATE INDEX material_files_used ON material_files (last_used)",
            // A material (material_id > 0, folder ''), or a folder and its sub-folders of a
            // project (material_id 0; folder '' is the whole project).
            "CREATE TABLE offline_keeps (project_id INTEGER NOT NULL, material_id INTEGER NOT "
            "NULL, folder TEXT NOT NULL, PRIMARY KEY (project_id, material_id, folder))",
            // What a material holds, as the transfers learnt it (downloads, uploads, the lists
            // given after a sync): which local copies a keep covers.
            "CREATE TABLE material_contents (project_id INTEGER NOT NULL, "
            "material_id INTEGER NOT NULL, folder TEXT NOT NULL, sha256 TEXT NOT NULL, "
            "name TEXT NOT NULL, size INTEGER NOT NULL, PRIMARY KEY (project_id, material_id))",
            "CREATE INDEX material_contents_sha256 ON material_contents (sha256)",
        },
        // 9: an upload's creation key (tus `Upload-Metadata` "key"): a creation whose answer was
        // lost is asked again with it and finds the upload the server already made.
        {
            "ALTER TABLE transfers ADD COLUMN upload_key TEXT NOT NULL DEFAULT ''",
        },
        // 10: the TwinSpace forum as the project's scope brings it (discussions, threads with
        // their opening text, replies), and which threads were read here (this computer's own:
        // never sent).
        {
            "CREATE TABLE forum_discussions (scope TEXT NOT NULL, id INTEGER NOT NULL, "
            "project_id INTEGER NOT NULL, version INTEGER NOT NULL, data TEXT NOT NULL, "
            "PRIMARY KEY (scope, id))",
            "CREATE INDEX forum_discussions_project ON forum_discussions (project_id)",
            "CREATE TABLE forum_threads (scope TEXT NOT NULL, id INTEGER NOT NULL, "
            "project_id INTEGER NOT NULL, discussion_id INTEGER NOT NULL, "
            "version INTEGER NOT NULL, data TEXT NOT NULL, PRIMARY KEY (scope, id))",
            "CREATE INDEX forum_threads_discussion ON forum_threads (discussion_id)",
            "CREATE TABLE forum_posts (scope TEXT NOT NULL, id INTEGER NOT NULL, "
            "project_id INTEGER NOT NULL, thread_id INTEGER NOT NULL, "
            "created_at INTEGER NOT NULL, version INTEGER NOT NULL, data TEXT NOT NULL, "
            "PRIMARY KEY (scope, id))",
            "CREATE INDEX forum_posts_thread ON forum_posts (thread_id, created_at)",
            "CREATE TABLE forum_reads (thread_id INTEGER PRIMARY KEY, read_at INTEGER NOT NULL)",
        },
        // 11: up to when each project's updates were looked at here (never sent).
        {
            "CREATE TABLE feed_reads (project_id INTEGER PRIMARY KEY, read_at INTEGER NOT NULL)",
        },
        // 12: the TwinSpaces' chat rooms, as pulled (messages only ever added); the room pages
        // back through (project_id, id).
        {
            "CREATE TABLE chat_messages (scope TEXT NOT NULL, id INTEGER NOT NULL, "
            "project_id INTEGER NOT NULL, created_at INTEGER NOT NULL, data TEXT NOT NULL, "
            "PRIMARY KEY (scope, id))",
            "CREATE INDEX chat_messages_room ON chat_messages (project_id, id)",
        },
        // 13: a national service's review, as pulled: teachers' registrations (the queue by
        // status and age), private notes on items, reason templates and the country's setting.
        {
            "CREATE TABLE review_registrations (scope TEXT NOT NULL, id INTEGER NOT NULL, "
            "version INTEGER NOT NULL, status TEXT NOT NULL, region TEXT NOT NULL, "
            "requested_at INTEGER NOT NULL, data TEXT NOT NULL, PRIMARY KEY (scope, id))",
            "CREATE INDEX review_registrations_queue ON review_registrations (status, "
            "requested_at)",
            "CREATE TABLE review_notes (scope TEXT NOT NULL, id INTEGER NOT NULL, "
            "version INTEGER NOT NULL, item_type TEXT NOT NULL, item_id INTEGER NOT NULL, "
            "data TEXT NOT NULL, PRIMARY KEY (scope, id))",
            "CREATE INDEX review_notes_item ON review_notes (item_type, item_id)",
            "CREATE TABLE reason_templates (scope TEXT NOT NULL, id INTEGER NOT NULL, "
            "version INTEGER NOT NULL, data TEXT NOT NULL, PRIMARY KEY (scope, id))",
            "CREATE TABLE review_settings (scope TEXT NOT NULL, id INTEGER NOT NULL, "
            "version INTEGER NOT NULL, data TEXT NOT NULL, PRIMARY KEY (scope, id))",
        },
        // 14: the territory's statistics, as pulled from the review scope: one record per
        // country or region ('' for the whole country) and month, read by territory and school
        // year (statistics_cache).
        {
            "CREATE TABLE statistics (scope TEXT NOT NULL, id INTEGER NOT NULL, "
            "version INTEGER NOT NULL, country TEXT NOT NULL, region TEXT NOT NULL, "
            "month TEXT NOT NULL, school_year TEXT NOT NULL, data TEXT NOT NULL, "
            "PRIMARY KEY (scope, id))",
            "CREATE INDEX statistics_territory ON statistics (country, region, school_year, "
            "month)",
        },
        // 15: Quality Labels, as pulled: applications (the teacher's own from "me", those a
        // service assesses from its review scope), each assessor's scores, the grids.
        {
            "CREATE TABLE label_applications (scope TEXT NOT NULL, id INTEGER NOT NULL, "
            "version INTEGER NOT NULL, project_id INTEGER NOT NULL, status TEXT NOT NULL, "
            "data TEXT NOT NULL, PRIMARY KEY (scope, id))",
            "CREATE INDEX label_applications_project ON label_applications (project_id)",
            "CREATE TABLE label_assessments (scope TEXT NOT NULL, id INTEGER NOT NULL, "
            "version INTEGER NOT NULL, application_id INTEGER NOT NULL, data TEXT NOT NULL, "
            "PRIMARY KEY (scope, id))",
            "CREATE INDEX label_assessments_application ON label_assessments (application_id)",
            "CREATE TABLE assessment_grids (scope TEXT NOT NULL, id INTEGER NOT NULL, "
            "version INTEGER NOT NULL, data TEXT NOT NULL, PRIMARY KEY (scope, id))",
        },
        // 16: the European Quality Label's candidates of each school year, as pulled from a
        // review scope or the central support service's.
        {
            "CREATE TABLE eql_candidates (scope TEXT NOT NULL, id INTEGER NOT NULL, "
            "version INTEGER NOT NULL, data TEXT NOT NULL, PRIMARY KEY (scope, id))",
        },
        // 17: the eTwinning School label, as pulled: the school's eligibility (from its school
        // scope), its application (there, and in the review scopes once submitted).
        {
            "CREATE TABLE school_eligibility (scope TEXT NOT NULL, id INTEGER NOT NULL, "
            "version INTEGER NOT NULL, data TEXT NOT NULL, PRIMARY KEY (scope, id))",
            "CREATE TABLE school_applications (scope TEXT NOT NULL, id INTEGER NOT NULL, "
            "version INTEGER NOT NULL, school_id INTEGER NOT NULL, school_year TEXT NOT NULL, "
            "status TEXT NOT NULL, data TEXT NOT NULL, PRIMARY KEY (scope, id))",
        },
        // 18: the country's label setting (when its school year starts), from its country
        // scope.
        {
            "CREATE TABLE label_settings (scope TEXT NOT NULL, id INTEGER NOT NULL, "
            "version INTEGER NOT NULL, data TEXT NOT NULL, PRIMARY KEY (scope, id))",
        },
    };
    return all;
}

} // namespace

int latestVersion()
{
    return int(steps().size());
}

Result<int> migrate(QSqlDatabase db)
{
    QSqlQuery q(db);
    if (!q.exec(u"PRAGMA user_version"_s) || !q.next())
        return Error{u"cache_unavailable"_s, q.lastError().text(), {}};
    const int current = q.value(0).toInt();
    q.finish();
    if (current > latestVersion())
        return Error{u"cache_too_new"_s,
                     QCoreApplication::translate(
                         "etw::LocalStore",
                         "This cache was written by a newer version of eTwinning Desktop "
                         "(format %1, this version knows %2). Update the program to open it.")
                         .arg(current)
                         .arg(latestVersion()),
                     {}};
    for (int version = current + 1; version <= latestVersion(); ++version) {
        CacheTransaction tx(db);
        for (const char *statement : steps()[version - 1])
            if (!LocalStore::run(q, QString::fromUtf8(statement)))
                return Error{u"cache_unavailable"_s, q.lastError().text(), {}};
        if (!q.exec(u"PRAGMA user_version = %1"_s.arg(version)) || !tx.commit())
            return Error{u"cache_unavailable"_s, q.lastError().text(), {}};
    }
    return latestVersion();
}

} // namespace etw::cache_migrations
