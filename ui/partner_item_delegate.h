// SPDX-License-Identifier: GPL-3.0-or-later
// Draws a search result as the teacher's name in bold over their school, town and country.
#pragma once

#include <QStyledItemDelegate>

namespace etw {

class PartnerItemDelegate : public QStyledItemDelegate
{
    Q_OBJECT
public:
    using QStyledItemDelegate::QStyledItemDelegate;

    void paint(QPainter *painter, const QStyleOptionViewItem &option,
               const QModelIndex &index) const override;
    QSize sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const override;
};

} // namespace etw
