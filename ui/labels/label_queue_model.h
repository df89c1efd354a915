// SPDX-License-Identifier: GPL-3.0-or-later
// The label applications a service assesses, as a table: teacher, project, region, when it was
// submitted, its state and the assessors' average.
#pragma once

#include "domain/label.h"

#include <QAbstractTableModel>

namespace etw {

class LabelQueueModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column { Teacher, Project, Region, Submitted, State, ColumnCount };
    using QAbstractTableModel::QAbstractTableModel;

    void setApplications(QList<LabelApplication> applications);
    const LabelApplication *application(int row) const;
    int rowOf(qint64 id) const; // -1 when not listed

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role) const override;

    // What the state column says, in the UI language.
    static QString stateText(const LabelApplication &application);

private:
    QList<LabelApplication> m_applications;
};

} // namespace etw
