// SPDX-License-Identifier: GPL-3.0-or-later
// Runs partner searches on a thread of their own, so typing never waits on SQL.
#pragma once

#include "search/partner_query.h"
#include "store/directory_store.h"

#include <QObject>
#include <QThread>

#include <optional>

namespace etw {

class LocalStore;

class SearchService : public QObject
{
    Q_OBJECT
public:
    explicit SearchService(LocalStore &store, QObject *parent = nullptr);
    ~SearchService() override;

    // Each call returns a ticket; the answer arrives with the same ticket.
    int fetchRows(const PartnerQuery &query, const std::optional<PartnerRow> &after, int limit);
    // Counts up to countLimit; countReady then says countLimit + 1 for "more than that".
    int fetchCount(const PartnerQuery &query);
    static constexpr int countLimit = 10000;
    int fetchDetail(qint64 teacherId);
    // The schools of a country the directory holds, by name.
    int fetchSchools(const QString &country);

Q_SIGNALS:
    void rowsReady(int ticket, const QList<etw::PartnerRow> &rows);
    void countReady(int ticket, int count);
    void detailReady(int ticket, const std::optional<etw::directory_store::PartnerDetail> &detail);
    void schoolsReady(int ticket, const QList<etw::School> &schools);
    // A search found the directory file damaged (its answer was empty).
    void directoryDamaged();

private:
    template <typename Work> void runOnWorker(Work work);
    void reportDamage(); // on the search thread, after each query

    LocalStore &m_store;
    QThread m_thread;
    QObject *m_worker; // context object living on m_thread
    int m_nextTicket = 1;
};

} // namespace etw

Q_DECLARE_METATYPE(std::optional<etw::directory_store::PartnerDetail>)
