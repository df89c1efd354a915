// SPDX-License-Identifier: GPL-3.0-or-later
// The TwinSpace forum: a project's discussions, their threads (a title and an opening text),
// and the replies in each thread; shared by client and server.
#pragma once

#include "domain/error.h"

#include <QJsonObject>

namespace etw {

struct ForumDiscussion
{
    qint64 id = 0;
    qint64 projectId = 0;
    QString title;
    QString description;
    qint64 authorId = 0;
    QString authorName;
    qint64 createdAt = 0;
    qint64 updatedAt = 0;
    qint64 version = 0;

    QJsonObject toJson() const;
    static Result<ForumDiscussion> fromJson(const QJsonObject &object);
};

struct ForumThread
{
    qint64 id = 0;
    qint64 projectId = 0;
    qint64 discussionId = 0;
    QString title;
    QString text; // the opening text: plain text, links written out
    qint64 authorId = 0;
    QString authorName;
    qint64 createdAt = 0;
    qint64 updatedAt = 0; // the thread itself edited
    qint64 version = 0;

    QJsonObject toJson() const;
    static Result<ForumThread> fromJson(const QJsonObject &object);
};

struct ForumPost
{
    qint64 id = 0;
    qint64 projectId = 0;
    qint64 threadId = 0;
    QString text; // plain text, links written out
    qint64 authorId = 0;
    QString authorName;
    qint64 createdAt = 0;
    qint64 updatedAt = 0; // > createdAt once edited
    qint64 version = 0;

    QJsonObject toJson() const;
    static Result<ForumPost> fromJson(const QJsonObject &object);
};

namespace forum {
inline constexpr int maxTitleLength = 200;
inline constexpr int maxDescriptionLength = 5000; // as a project's description
// A post or a thread's opening text: a long considered message, not a document.
inline constexpr int maxTextLength = 20000;

// The fields a forum mutation carries, when present: title, description (a discussion), text
// (a thread or a post), discussionId / threadId (where it goes). `creating`: the fields a
// creation must have are required.
FieldErrors checkDiscussion(const QJsonObject &data, bool creating);
FieldErrors checkThread(const QJsonObject &data, bool creating);
FieldErrors checkPost(const QJsonObject &data, bool creating);
} // namespace forum

} // namespace etw
