// SPDX-License-Identifier: GPL-3.0-or-later
#include "mutation_handler.h"

#include "domain/validation_messages.h"

namespace etw::server {

using namespace Qt::StringLiterals;

MutationResult applied(const Mutation &m, qint64 version, qint64 entityId)
{
    MutationResult r;
    r.id = m.id;
    r.status = MutationResult::Status::Applied;
    r.version = version;
    r.entityId = entityId;
    return r;
}

MutationResult rejected(const Mutation &m, const QString &code, const QString &message,
                        const FieldErrors &fields)
{
    MutationResult r;
    r.id = m.id;
    r.status = MutationResult::Status::Rejected;
    r.error = Error{code, message, fields};
    return r;
}

MutationResult invalid(const Mutation &m, const FieldErrors &errors)
{
    const Error e = invalidInput(errors);
    return rejected(m, e.code, e.message, e.fields);
}

MutationResult databaseFailure(const Mutation &m)
{
    return rejected(m, u"database_error"_s, u"The change could not be saved."_s);
}

MutationResult conflict(const Mutation &m, const QJsonObject &current)
{
    MutationResult r;
    r.id = m.id;
    r.status = MutationResult::Status::Conflict;
    r.current = current;
    return r;
}

} // namespace etw::server
