// SPDX-License-Identifier: GPL-3.0-or-later
#include "partner_list_model.h"

#include "domain/catalogue.h"
#include "search/search_service.h"

#include <QDate>

namespace etw {

PartnerListModel::PartnerListModel(SearchService *search, QObject *parent)
    : QAbstractListModel(parent)
    , m_search(search)
{
    connect(m_search, &SearchService::rowsReady, this, &PartnerListModel::onRows);
    connect(m_search, &SearchService::countReady, this, &PartnerListModel::onCount);
}

void PartnerListModel::setQuery(const PartnerQuery &query)
{
    m_query = query;
    refresh();
}

void PartnerListModel::refresh()
{
    beginResetModel();
    m_rows.clear();
    m_exhausted = false;
    endResetModel();
    // Older answers still on their way carry other tickets and are dropped.
    m_rowsTicket = m_search->fetchRows(m_query, std::nullopt, pageSize);
    m_countTicket = m_search->fetchCount(m_query);
    Q_EMIT loadingChanged(true);
}

void PartnerListModel::retranslate()
{
    if (!m_rows.isEmpty())
        Q_EMIT dataChanged(index(0), index(int(m_rows.size()) - 1));
}

int PartnerListModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

QVariant PartnerListModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= m_rows.size())
        return {};
    const PartnerRow &r = m_rows.at(index.row());
    switch (role) {
    case Qt::DisplayRole: {
        // An eTwinning School says so after its name.
        const QString school =
            !r.schoolLabelUntil.isEmpty() &&
                    r.schoolLabelUntil >= QDate::currentDate().toString(Qt::ISODate)
                ? tr("%1 (eTwinning School)").arg(r.schoolName)
                : r.schoolName;
        // So does a teacher holding Quality Labels.
        const QString name =
            r.qualityLabels > 0
                ? tr("%1 · %n Quality Label(s)", nullptr, r.qualityLabels).arg(r.displayName)
                : r.displayName;
        // Many school names already say their town ("Liceum nr 1, Poznań"): not twice.
        if (!r.city.isEmpty() && r.schoolName.contains(r.city))
            //: One search result: name on the first line; school and country on the second.
            return tr("%1\n%2 · %3").arg(name, school, catalogue::countryName(r.country));
        //: One search result: name on the first line; school, city and country on the second.
        return tr("%1\n%2 · %3 · %4").arg(name, school, r.city, catalogue::countryName(r.country));
    }
    case Qt::ToolTipRole: {
        QStringList subjects;
        for (const QString &s : r.subjects)
            subjects.append(catalogue::subjectName(s));
        return tr("%1 — %2; pupils aged %3 to %4")
            .arg(r.displayName, subjects.join(QStringLiteral(", ")))
            .arg(r.ageMin)
            .arg(r.ageMax);
    }
    case IdRole:
        return r.id;
    default:
        return {};
    }
}

bool PartnerListModel::canFetchMore(const QModelIndex &parent) const
{
    return !parent.isValid() && !m_exhausted && m_rowsTicket == 0 && !m_rows.isEmpty();
}

void PartnerListModel::fetchMore(const QModelIndex &parent)
{
    if (!canFetchMore(parent))
        return;
    m_rowsTicket = m_search->fetchRows(m_query, m_rows.constLast(), pageSize);
    Q_EMIT loadingChanged(true);
}

void PartnerListModel::onRows(int ticket, const QList<PartnerRow> &rows)
{
    if (ticket != m_rowsTicket)
        return;
    m_rowsTicket = 0;
    m_exhausted = rows.size() < pageSize;
    if (!rows.isEmpty()) {
        beginInsertRows({}, int(m_rows.size()), int(m_rows.size() + rows.size()) - 1);
        m_rows.append(rows);
        endInsertRows();
    }
    if (!isLoading())
        Q_EMIT loadingChanged(false);
}

void PartnerListModel::onCount(int ticket, int count)
{
    if (ticket != m_countTicket)
        return;
    m_countTicket = 0;
    m_total = count;
    Q_EMIT totalCountChanged(count);
    if (!isLoading())
        Q_EMIT loadingChanged(false);
}

} // namespace etw
