// SPDX-License-Identifier: GPL-3.0-or-later
// Partner search results, fetched a page at a time from the search thread as the list scrolls.
#pragma once

#include "search/partner_query.h"

#include <QAbstractListModel>

namespace etw {

class SearchService;

class PartnerListModel : public QAbstractListModel
{
    Q_OBJECT
public:
    enum Role { IdRole = Qt::UserRole + 1 };
    static constexpr int pageSize = 100;

    explicit PartnerListModel(SearchService *search, QObject *parent = nullptr);

    // Starts a new search: the list empties, then fills as pages arrive.
    void setQuery(const PartnerQuery &query);
    const PartnerQuery &query() const { return m_query; }
    // Runs the same search again (the directory changed underneath).
    void refresh();
    // Texts depend on the UI language (country names): repaint them.
    void retranslate();

    int totalCount() const { return m_total; }
    bool isLoading() const { return m_rowsTicket != 0 || m_countTicket != 0; }
    const PartnerRow &rowAt(int row) const { return m_rows.at(row); }

    int rowCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role) const override;
    bool canFetchMore(const QModelIndex &parent) const override;
    void fetchMore(const QModelIndex &parent) override;

Q_SIGNALS:
    void totalCountChanged(int count);
    void loadingChanged(bool loading);

private:
    void onRows(int ticket, const QList<etw::PartnerRow> &rows);
    void onCount(int ticket, int count);

    SearchService *m_search;
    PartnerQuery m_query;
    QList<PartnerRow> m_rows;
    int m_total = -1;
    bool m_exhausted = false;
    int m_rowsTicket = 0;
    int m_countTicket = 0;
};

} // namespace etw
