// SPDX-License-Identifier: GPL-3.0-or-later
// GET /api/v1/schools?country=FR&q=…: the sign-up form finds the teacher's school as they type.
#pragma once

#include "address_throttle.h"
#include "api_types.h"
#include "database.h"
#include "server_config.h"

#include "domain/school.h"

#include <QHash>
#include <QMutex>

namespace etw::server {

class SchoolLookup
{
public:
    static constexpr int maxResults = 20;
    // How old a country's list may get: a school published meanwhile is found after this.
    static constexpr qint64 listLifetimeMs = 30'000;

    SchoolLookup(Database &database, const ServerConfig &config);

    // No account needed (the form comes before one); throttled per address, in memory.
    ApiResponse find(const ApiRequest &request);

private:
    struct Entry
    {
        School school;
        QStringList words; // the name's and the city's, folded as partner search folds
    };
    struct CountryList
    {
        qint64 loadedAt = 0;
        QList<Entry> entries; // by folded name
    };
    // The country's offered schools, read again when older than listLifetimeMs: a lookup per
    // keystroke then reads memory, not the database.
    std::optional<QList<Entry>> listOf(const QString &country, qint64 now);

    Database &m_database;
    AddressThrottle m_throttle;
    QMutex m_lock;
    QHash<QString, CountryList> m_lists;
};

} // namespace etw::server
