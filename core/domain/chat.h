// SPDX-License-Identifier: GPL-3.0-or-later
// The TwinSpace chat: a project's room of short messages, written live or offline; shared by
// client and server.
#pragma once

#include "domain/error.h"

#include <QJsonObject>

namespace etw {

struct ChatMessage
{
    qint64 id = 0;
    qint64 projectId = 0;
    QString text; // plain text, links written out
    qint64 authorId = 0;
    QString authorName;
    qint64 createdAt = 0;
    qint64 version = 0;

    QJsonObject toJson() const;
    static Result<ChatMessage> fromJson(const QJsonObject &object);
};

namespace chat {
// A line in a live exchange between classes, not a letter (the forum is for those).
inline constexpr int maxTextLength = 2000;
// The fields a chat_message/create carries: its text (projectId is the rules' own).
FieldErrors checkMessage(const QJsonObject &data);
} // namespace chat

} // namespace etw
