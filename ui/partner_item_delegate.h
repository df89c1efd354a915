// SPDX-License-Identifier: GPL-3.0-or-later
// Draws a two-line row with its first line in bold: a teacher over their school, town and
// country in the search; a project over its status and schools in "My projects".
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
