// SPDX-License-Identifier: GPL-3.0-or-later
#include "eql_mutations.h"

#include "scopes.h"

#include "change_feed.h"

#include "project_store.h"

#include "domain/validation_messages.h"
#include "eql_store.h"
#include "label_store.h"
#include "profile_store.h"
#include "sql_dialect.h"

#include <QRegularExpression>

namespace etw::server::eql_mutations {

using namespace Qt::StringLiterals;

namespace {
// Nominations of one country in one year are counted one after the other on every instance.
constexpr qint64 shareLockKey = 0x0e91000000;

std::optional<QString> schoolYear(const Mutation &m, MutationResult *refusal)
{
    static const QRegularExpression pattern(u"^(\\d{4})-(\\d{4})$"_s);
    const QString year = m.data.value(u"schoolYear"_s).toString();
    const auto match = pattern.match(year);
    if (!match.hasMatch() || match.captured(2).toInt() != match.captured(1).toInt() + 1) {
        *refusal = invalid(m, {{u"schoolYear"_s, fieldError(u"schoolYear"_s, u"required"_s)}});
        return std::nullopt;
    }
    return year;
}

MutationResult refused(const Mutation &m, const QString &code)
{
    static const QHash<QString, QString> english{
        {u"not_candidate"_s,
         u"This project is not a candidate: it needs a National Quality Label in two countries "
         u"at least."_s},
        {u"not_labelled_here"_s, u"A service nominates only projects labelled in its country."_s},
        {u"below_threshold"_s,
         u"The project's average score in your country is not above the year's threshold."_s},
        {u"share_exhausted"_s, u"Your country's share of nominations for the year is used up."_s},
        {u"already_nominated"_s, u"Your service has nominated this project already."_s},
        {u"already_awarded"_s, u"This project has the European Quality Label already."_s},
        {u"not_nominated"_s, u"No national service has nominated this project."_s},
    };
    return rejected(m, code, english.value(code, code));
}

std::optional<EqlCandidate> candidate(QSqlDatabase &db, const QString &year, qint64 projectId,
                                      bool *failed)
{
    const auto all = eql_store::candidates(db, year);
    *failed = !all;
    if (!all)
        return std::nullopt;
    for (const EqlCandidate &c : *all)
        if (c.id == projectId)
            return c;
    return std::nullopt;
}

MutationResult nominate(MutationContext &c)
{
    const Mutation &m = c.mutation;
    if (!c.account.region.isEmpty())
        return rejected(m, u"forbidden"_s,
                        u"Only the national support service nominates for the country."_s);
    MutationResult refusal;
    const auto year = schoolYear(m, &refusal);
    if (!year)
        return refusal;
    if (!SqlDialect::lockKey(c.db, shareLockKey + qHash(*year + c.account.country) % 0xffffff))
        return databaseFailure(m);
    bool failed = false;
    const auto found = candidate(c.db, *year, m.entityId, &failed);
    if (failed)
        return databaseFailure(m);
    if (!found)
        return refused(m, u"not_candidate"_s);
    const QString why = eql::nominationRefusal(*found, c.account.country);
    if (!why.isEmpty())
        return refused(m, why);
    if (!eql_store::nominate(c.db, *year, c.account.country, m.entityId, c.account.id, c.now) ||
        !eql_store::publish(c.db, *year))
        return databaseFailure(m);
    return applied(m, 1);
}

MutationResult award(MutationContext &c)
{
    const Mutation &m = c.mutation;
    if (c.account.role != Role::Admin)
        return rejected(m, u"forbidden"_s,
                        u"The central support service awards the European Quality Label."_s);
    MutationResult refusal;
    const auto year = schoolYear(m, &refusal);
    if (!year)
        return refusal;
    bool failed = false;
    const auto found = candidate(c.db, *year, m.entityId, &failed);
    if (failed)
        return databaseFailure(m);
    if (!found)
        return refused(m, u"not_candidate"_s);
    if (found->awarded)
        return refused(m, u"already_awarded"_s);
    if (!found->nominated())
        return refused(m, u"not_nominated"_s);
    // The label shows on the project too, and on the profiles of its teachers who hold the
    // national one for it that year: published again, on the same version.
    std::optional<project_store::StoredProject> project;
    std::optional<QList<qint64>> holders;
    // The project's row, its teachers' profiles, then the candidates' rows, then the feed's
    // counter: the order of every other writer of them.
    QList<ChangeRecord> records;
    if (!eql_store::award(c.db, *year, m.entityId, c.account.id, c.now) ||
        !(project = project_store::loadForUpdate(c.db, m.entityId)) ||
        !(holders = label_store::nationalHolders(c.db, m.entityId, *year)) ||
        !profile_store::republish(c.db, *holders, records) ||
        !eql_store::publish(c.db, *year, &records) ||
        !change_feed::record(c.db, records + scopes::ofProject(project->project)))
        return databaseFailure(m);
    return applied(m, 1);
}

MutationResult updateSettings(MutationContext &c)
{
    const Mutation &m = c.mutation;
    if (c.account.role != Role::Admin)
        return rejected(m, u"forbidden"_s,
                        u"The central support service sets the European label's year."_s);
    MutationResult refusal;
    const auto year = schoolYear(m, &refusal);
    if (!year)
        return refusal;
    const QJsonValue share = m.data.value(u"sharePercent"_s),
                     threshold = m.data.value(u"threshold"_s);
    FieldErrors errors;
    if (!share.isDouble() || share.toInt() < 1 || share.toInt() > 100)
        errors.insert(u"sharePercent"_s, fieldError(u"sharePercent"_s, u"out_of_range"_s));
    if (!threshold.isDouble() || threshold.toDouble() < 0 || threshold.toDouble() > 1000)
        errors.insert(u"threshold"_s, fieldError(u"threshold"_s, u"out_of_range"_s));
    if (!errors.isEmpty())
        return invalid(m, errors);
    auto s = eql_store::settings(c.db, *year);
    if (!s)
        return databaseFailure(m);
    s->sharePercent = share.toInt();
    s->threshold = threshold.toDouble();
    s->version += 1;
    if (!eql_store::saveSettings(c.db, *s, c.account.id, c.now) || !eql_store::publish(c.db, *year))
        return databaseFailure(m);
    return applied(m, s->version);
}
} // namespace

QList<MutationHandler> handlers()
{
    // clang-format off
    return {
        {u"eql_nomination"_s, u"create"_s, Access::Correspondent, nominate},
        {u"eql_award"_s,      u"create"_s, Access::SignedIn,      award},
        {u"eql_setting"_s,    u"update"_s, Access::SignedIn,      updateSettings},
    };
    // clang-format on
}

} // namespace etw::server::eql_mutations
