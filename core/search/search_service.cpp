// SPDX-License-Identifier: GPL-3.0-or-later
#include "search/search_service.h"

#include "store/local_store.h"

namespace etw {

SearchService::SearchService(LocalStore &store, QObject *parent)
    : QObject(parent)
    , m_store(store)
    , m_worker(new QObject) // no parent: it moves to m_thread and is deleted with it
{
    qRegisterMetaType<QList<etw::PartnerRow>>();
    qRegisterMetaType<std::optional<etw::directory_store::PartnerDetail>>();
    m_thread.setObjectName(QStringLiteral("etw-search"));
    m_worker->moveToThread(&m_thread);
    connect(&m_thread, &QThread::finished, m_worker, &QObject::deleteLater);
    // Emitted on the search thread itself: its connection is closed where it was opened.
    connect(
        &m_thread, &QThread::finished, m_worker, [this] { m_store.releaseThreadConnection(); },
        Qt::DirectConnection);
    m_thread.start();
}

SearchService::~SearchService()
{
    m_thread.quit();
    m_thread.wait();
}

void SearchService::reportDamage()
{
    if (directory_store::tookDamage())
        QMetaObject::invokeMethod(this, &SearchService::directoryDamaged, Qt::QueuedConnection);
}

template <typename Work> void SearchService::runOnWorker(Work work)
{
    QMetaObject::invokeMethod(m_worker, std::move(work), Qt::QueuedConnection);
}

int SearchService::fetchRows(const PartnerQuery &query, const std::optional<PartnerRow> &after,
                             int limit)
{
    const int ticket = m_nextTicket++;
    runOnWorker([this, ticket, query, after, limit] {
        QSqlDatabase db = m_store.connection();
        const QList<PartnerRow> rows = directory_store::search(db, query, after, limit);
        reportDamage();
        QMetaObject::invokeMethod(
            this, [this, ticket, rows] { Q_EMIT rowsReady(ticket, rows); }, Qt::QueuedConnection);
    });
    return ticket;
}

int SearchService::fetchCount(const PartnerQuery &query)
{
    const int ticket = m_nextTicket++;
    runOnWorker([this, ticket, query] {
        QSqlDatabase db = m_store.connection();
        const int count = directory_store::count(db, query, countLimit);
        reportDamage();
        QMetaObject::invokeMethod(
            this, [this, ticket, count] { Q_EMIT countReady(ticket, count); },
            Qt::QueuedConnection);
    });
    return ticket;
}

int SearchService::fetchDetail(qint64 teacherId)
{
    const int ticket = m_nextTicket++;
    runOnWorker([this, ticket, teacherId] {
        QSqlDatabase db = m_store.connection();
        const auto detail = directory_store::detail(db, teacherId);
        reportDamage();
        QMetaObject::invokeMethod(
            this, [this, ticket, detail] { Q_EMIT detailReady(ticket, detail); },
            Qt::QueuedConnection);
    });
    return ticket;
}

int SearchService::fetchSchools(const QString &country)
{
    const int ticket = m_nextTicket++;
    runOnWorker([this, ticket, country] {
        QSqlDatabase db = m_store.connection();
        const QList<School> schools = directory_store::schools(db, country);
        reportDamage();
        QMetaObject::invokeMethod(
            this, [this, ticket, schools] { Q_EMIT schoolsReady(ticket, schools); },
            Qt::QueuedConnection);
    });
    return ticket;
}

} // namespace etw
