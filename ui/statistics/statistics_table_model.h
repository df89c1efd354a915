// SPDX-License-Identifier: GPL-3.0-or-later
// A table of figures: one row per measure, one column per month or school year, and a total.
#pragma once

#include <QAbstractTableModel>
#include <QMap>
#include <QStringList>

namespace etw {

class StatisticsTableModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    using Figures = QMap<QString, qint64>;
    struct Column
    {
        QString key;   // the month or school year
        QString title; // its header
    };

    explicit StatisticsTableModel(QObject *parent = nullptr);

    // `rows`: measure → its name, in order; `figures`: column key → figures. With `total`, a
    // last column adds the row up (the months of a year; not the years, whose sum means little).
    void reset(const QList<std::pair<QString, QString>> &rows, const QList<Column> &columns,
               const QMap<QString, Figures> &figures, const QString &totalTitle = {});

    qint64 value(int row, int column) const;
    QString rowName(int row) const { return m_rows.value(row).second; }
    QString columnTitle(int column) const;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role) const override;

private:
    QList<std::pair<QString, QString>> m_rows;
    QList<Column> m_columns;
    QMap<QString, Figures> m_figures;
    QString m_totalTitle;
};

} // namespace etw
