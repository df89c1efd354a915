// SPDX-License-Identifier: GPL-3.0-or-later
#include "school_lookup.h"

#include "school_store.h"

#include "domain/catalogue.h"
#include "domain/text_fold.h"
#include "domain/validation_messages.h"

#include <QDateTime>
#include <QJsonArray>

#include <algorithm>

namespace etw::server {

using namespace Qt::StringLiterals;

namespace {
constexpr int maxQueryLength = 100;
}

SchoolLookup::SchoolLookup(Database &database, const ServerConfig &config)
    : m_database(database)
    , m_throttle(config.schoolLookupsPerMinute, 60)
{}

std::optional<QList<SchoolLookup::Entry>> SchoolLookup::listOf(const QString &country, qint64 now)
{
    {
        const QMutexLocker locker(&m_lock);
        const auto it = m_lists.constFind(country);
        if (it != m_lists.cend() && now - it->loadedAt < listLifetimeMs)
            return it->entries;
    }
    // Read outside the lock: a slow country does not hold up the others' lookups (two threads
    // may read the same one at once; either result is as good).
    QSqlDatabase db = m_database.connection();
    const auto schools = school_store::offered(db, country);
    if (!schools)
        return std::nullopt;
    QList<std::pair<QString, Entry>> sorted;
    sorted.reserve(schools->size());
    for (const School &s : *schools) {
        const QString folded = foldForSearch(s.name);
        sorted.append({folded, {s, searchTerms(folded + u' ' + foldForSearch(s.city))}});
    }
    std::sort(sorted.begin(), sorted.end(), [](const auto &a, const auto &b) {
        return a.first != b.first ? a.first < b.first : a.second.school.id < b.second.school.id;
    });
    CountryList list{now, {}};
    list.entries.reserve(sorted.size());
    for (auto &[key, entry] : sorted)
        list.entries.append(std::move(entry));
    const QMutexLocker locker(&m_lock);
    m_lists.insert(country, list);
    return list.entries;
}

ApiResponse SchoolLookup::find(const ApiRequest &request)
{
    const qint64 now = QDateTime::currentMSecsSinceEpoch();
    if (const int wait = m_throttle.take(request.remote, now)) {
        ApiResponse r = ApiResponse::error(
            429, u"too_many_requests"_s,
            u"Too many school lookups from this address. Try again in %1 seconds."_s.arg(wait));
        r.addHeader("Retry-After", QByteArray::number(wait));
        return r;
    }
    const QString country = request.query.queryItemValue(u"country"_s, QUrl::FullyDecoded);
    const QString text =
        request.query.queryItemValue(u"q"_s, QUrl::FullyDecoded).left(maxQueryLength);
    if (!catalogue::isCountry(country))
        return ApiResponse::error(
            422,
            invalidInput({{u"country"_s,
                           fieldError(u"country"_s,
                                      country.isEmpty() ? u"required"_s : u"unknown_value"_s)}}));
    const auto list = listOf(country, now);
    if (!list)
        return ApiResponse::error(503, u"database_error"_s,
                                  u"The schools could not be read; try again."_s);
    // Each word typed starts a word of the name or the city, as in partner search:
    // "lycee hugo" finds "Lycée Victor-Hugo".
    const QStringList terms = searchTerms(foldForSearch(text));
    QJsonArray found;
    for (const Entry &e : *list) {
        const bool matches = std::all_of(terms.cbegin(), terms.cend(), [&](const QString &t) {
            return std::any_of(e.words.cbegin(), e.words.cend(),
                               [&](const QString &w) { return w.startsWith(t); });
        });
        if (!matches)
            continue;
        QJsonObject school = e.school.toJson();
        school.remove(u"version"_s);
        found.append(school);
        if (found.size() == maxResults)
            break;
    }
    return ApiResponse::json({{u"schools"_s, found}});
}

} // namespace etw::server
