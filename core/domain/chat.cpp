// SPDX-License-Identifier: GPL-3.0-or-later
#include "domain/chat.h"

#include "domain/json_fields.h"
#include "domain/validation_messages.h"

namespace etw {

using namespace Qt::StringLiterals;

QJsonObject ChatMessage::toJson() const
{
    return {{u"id"_s, id},
            {u"projectId"_s, projectId},
            {u"text"_s, text},
            {u"authorId"_s, authorId},
            {u"authorName"_s, authorName},
            {u"createdAt"_s, createdAt},
            {u"version"_s, version}};
}

Result<ChatMessage> ChatMessage::fromJson(const QJsonObject &o)
{
    json::Reader r(o);
    ChatMessage m;
    m.id = r.integer(u"id"_s);
    m.projectId = r.integer(u"projectId"_s);
    m.text = r.string(u"text"_s);
    m.authorId = r.integer(u"authorId"_s, json::Optional);
    m.authorName = r.string(u"authorName"_s, json::Optional);
    m.createdAt = r.integer(u"createdAt"_s, json::Optional);
    m.version = r.integer(u"version"_s, json::Optional);
    if (!r.errors().isEmpty())
        return invalidInput(r.errors());
    return m;
}

namespace chat {

FieldErrors checkMessage(const QJsonObject &data)
{
    FieldErrors errors;
    const QString field = u"text"_s;
    // Under the message's own name and limit ("Message is too long (at most 2000…)"), not a
    // forum text's.
    auto refuse = [&](const QString &code) {
        errors.insert(field, {code, validationMessage(u"message"_s, code)});
    };
    if (!data.contains(field))
        refuse(u"required"_s);
    else if (!data.value(field).isString())
        refuse(u"wrong_type"_s);
    else if (data.value(field).toString().trimmed().isEmpty())
        refuse(u"required"_s);
    else if (data.value(field).toString().size() > maxTextLength)
        refuse(u"too_long"_s);
    return errors;
}

} // namespace chat

} // namespace etw
