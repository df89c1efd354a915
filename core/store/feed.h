// SPDX-License-Identifier: GPL-3.0-or-later
// A project's updates: what changed in its TwinSpace (a page published, a material added, a
// thread or a reply posted…), newest first, read from what the project's scope brought — each
// kind of data says what of it is news (EntityKind::feed); nothing extra is synced.
#pragma once

#include <QList>
#include <QSqlDatabase>
#include <QString>

namespace etw {

struct FeedItem
{
    QString what; // "page", "material", "discussion", "thread", "post", "member_joined",
                  // "member_left" (a member's id is their account's), "project_approved",
                  // "project_closed" (by nobody in particular: no author)
    qint64 id = 0;
    qint64 projectId = 0;
    qint64 parentId = 0; // a reply's thread
    QString title;       // the page's, material's, thread's (for a reply: its thread's)
    qint64 authorId = 0;
    QString authorName;
    qint64 at = 0; // ms
    bool unread = false;
};

namespace feed {

// Newest first, at most `limit`; `me` tells what others did (unread after the read mark).
QList<FeedItem> items(QSqlDatabase &db, qint64 projectId, qint64 me, int limit = 200);
// What others did since the project's updates were last looked at here (never: everything).
int unread(QSqlDatabase &db, qint64 projectId, qint64 me);
bool markRead(QSqlDatabase &db, qint64 projectId, qint64 at);

// For the kinds' feed(): the newest rows of a project-scope table as items. `at` and `title`
// are JSON paths into a row's data ('$.createdAt'), `id` the column naming what opens; the
// author is the row's authorId and authorName.
struct Source
{
    QString what;
    QString table;
    QString at = QStringLiteral("$.createdAt");
    QString title = QStringLiteral("$.title");
    QString id = QStringLiteral("id");
};
QList<FeedItem> newest(QSqlDatabase &db, const Source &source, qint64 projectId, int limit);

} // namespace feed

} // namespace etw
