// SPDX-License-Identifier: GPL-3.0-or-later
#include "chat_mutations.h"

#include "change_feed.h"
#include "chat_store.h"
#include "creation_limits.h"
#include "domain/validation_messages.h"
#include "scopes.h"

namespace etw::server::chat_mutations {

using namespace Qt::StringLiterals;

namespace {
const QString messageType = u"chat_message"_s;

// Beyond the account's limits the message waits, unanswered, for its client to send it again:
// slowed, never refused; the room's other writers count on their own.
std::optional<MutationResult> throttled(MutationContext &c)
{
    const auto wait = creation_limits::secondsToWait(
        c,
        {{c.limits.shortWindowMs, c.limits.chatMessagesPerMinute},
         {3'600'000, c.limits.chatMessagesPerHour}},
        [&c](qint64 since) -> std::optional<creation_limits::Recent> {
            const auto sent = chat_store::sentSince(c.db, c.account.id, since);
            if (!sent)
                return std::nullopt;
            return creation_limits::Recent{sent->count, sent->oldest};
        });
    if (!wait)
        return databaseFailure(c.mutation);
    if (*wait == 0)
        return std::nullopt;
    c.retryAfterSecs = *wait;
    return rejected(c.mutation, u"too_many_messages"_s,
                    u"Many chat messages were sent from this account in a short time: the next "
                    u"ones will be sent in %1 s. Nothing is lost."_s.arg(c.retryAfterSecs));
}

MutationResult createMessage(MutationContext &c)
{
    const Mutation &m = c.mutation;
    FieldErrors errors = chat::checkMessage(m.data);
    for (auto it = m.data.constBegin(); it != m.data.constEnd(); ++it)
        if (it.key() != u"projectId" && it.key() != u"text")
            errors.insert(it.key(), fieldError(it.key(), u"not_editable"_s));
    if (m.entityId > 0)
        errors.insert(u"entityId"_s, fieldError(u"entityId"_s, u"unknown_value"_s));
    if (!errors.isEmpty())
        return invalid(m, errors);
    if (const auto slowed = throttled(c))
        return *slowed;
    ChatMessage message;
    message.projectId = c.project->project.id;
    message.text = m.data.value(u"text"_s).toString();
    message.authorId = c.account.id;
    message.createdAt = c.now;
    message.version = 1;
    message.id = chat_store::insert(c.db, message);
    if (!message.id)
        return databaseFailure(m);
    const auto stored = chat_store::load(c.db, message.id);
    if (!stored || !change_feed::record(c.db, {scopes::ofChatMessage(*stored)}))
        return databaseFailure(m);
    return applied(m, message.version, message.id);
}
} // namespace

QList<MutationHandler> handlers()
{
    return {{messageType, u"create"_s, Access::TwinSpaceWriter, createMessage}};
}

} // namespace etw::server::chat_mutations
