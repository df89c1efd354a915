// SPDX-License-Identifier: GPL-3.0-or-later
// One review queue as a table: who or what, school or founders, region, how long it has waited,
// and what was decided (here and not yet sent, or by the service).
#pragma once

#include "store/review_cache.h"

#include <QAbstractTableModel>

namespace etw {

class ReviewQueueModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column { Title, Detail, Region, Waiting, State, ColumnCount };
    using QAbstractTableModel::QAbstractTableModel;

    void setItems(QList<review_cache::Item> items);
    const review_cache::Item *item(int row) const;
    // The row of an item, -1 when the queue no longer holds it.
    int rowOf(const QString &type, qint64 id) const;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role) const override;

    // What the state column says of an item, in the UI language.
    static QString stateText(const review_cache::Item &item);

private:
    QList<review_cache::Item> m_items;
};

} // namespace etw
