// SPDX-License-Identifier: GPL-3.0-or-later
#include "partner_item_delegate.h"

#include <QApplication>
#include <QPainter>

namespace etw {

namespace {
constexpr int padding = 4;
}

void PartnerItemDelegate::paint(QPainter *painter, const QStyleOptionViewItem &option,
                                const QModelIndex &index) const
{
    QStyleOptionViewItem opt = option;
    initStyleOption(&opt, index);
    // The model's text is "name\nschool · town · country": the style draws the background and
    // selection, we draw the two lines.
    const QStringList lines = index.data(Qt::DisplayRole).toString().split(u'\n');
    opt.text.clear();
    const QWidget *widget = option.widget;
    QStyle *style = widget ? widget->style() : QApplication::style();
    style->drawControl(QStyle::CE_ItemViewItem, &opt, painter, widget);

    const bool selected = opt.state & QStyle::State_Selected;
    const QRect area = opt.rect.adjusted(padding * 2, padding, -padding, -padding);
    QFont bold = opt.font;
    bold.setBold(true);
    painter->save();
    painter->setPen(opt.palette.color(selected ? QPalette::HighlightedText : QPalette::Text));
    painter->setFont(bold);
    const QFontMetrics boldMetrics(bold);
    painter->drawText(area.topLeft() + QPoint(0, boldMetrics.ascent()),
                      boldMetrics.elidedText(lines.value(0), Qt::ElideRight, area.width()));
    painter->setFont(opt.font);
    if (!selected)
        painter->setPen(opt.palette.color(QPalette::PlaceholderText));
    const QFontMetrics metrics(opt.font);
    painter->drawText(area.topLeft() + QPoint(0, boldMetrics.height() + metrics.ascent()),
                      metrics.elidedText(lines.value(1), Qt::ElideRight, area.width()));
    painter->restore();
}

QSize PartnerItemDelegate::sizeHint(const QStyleOptionViewItem &option, const QModelIndex &) const
{
    QFont bold = option.font;
    bold.setBold(true);
    return {200, QFontMetrics(bold).height() + QFontMetrics(option.font).height() + 2 * padding};
}

} // namespace etw
