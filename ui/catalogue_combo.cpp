// SPDX-License-Identifier: GPL-3.0-or-later
#include "catalogue_combo.h"

#include <QCollator>

#include <algorithm>

namespace etw::ui {

namespace {
QList<QPair<QString, QString>> sortedByName(const QStringList &codes, const NameOf &nameOf)
{
    QList<QPair<QString, QString>> items;
    for (const QString &code : codes)
        items.append({nameOf(code), code});
    QCollator collator; // the UI locale's alphabetical order ("Émirats" after "Egypte")
    std::sort(items.begin(), items.end(),
              [&](const auto &a, const auto &b) { return collator.compare(a.first, b.first) < 0; });
    return items;
}
} // namespace

void fillCombo(QComboBox *combo, const QString &anyText, const QStringList &codes,
               const NameOf &nameOf)
{
    const QString selected = comboCode(combo);
    const QSignalBlocker blocker(combo);
    combo->clear();
    combo->addItem(anyText, QString());
    for (const auto &[name, code] : sortedByName(codes, nameOf))
        combo->addItem(name, code);
    combo->setCurrentIndex(std::max(0, combo->findData(selected)));
}

QString comboCode(const QComboBox *combo)
{
    return combo->currentData().toString();
}

void fillChecklist(QListWidget *list, const QStringList &codes, const NameOf &nameOf)
{
    const QStringList checked = checkedCodes(list);
    const QSignalBlocker blocker(list);
    list->clear();
    for (const auto &[name, code] : sortedByName(codes, nameOf)) {
        auto *item = new QListWidgetItem(name, list);
        item->setData(Qt::UserRole, code);
        item->setFlags(Qt::ItemIsEnabled | Qt::ItemIsUserCheckable);
        item->setCheckState(checked.contains(code) ? Qt::Checked : Qt::Unchecked);
    }
}

void setChecked(QListWidget *list, const QStringList &codes)
{
    for (int i = 0; i < list->count(); ++i) {
        QListWidgetItem *item = list->item(i);
        item->setCheckState(codes.contains(item->data(Qt::UserRole).toString()) ? Qt::Checked
                                                                                : Qt::Unchecked);
    }
}

QStringList checkedCodes(const QListWidget *list)
{
    QStringList out;
    for (int i = 0; i < list->count(); ++i)
        if (list->item(i)->checkState() == Qt::Checked)
            out.append(list->item(i)->data(Qt::UserRole).toString());
    return out;
}

} // namespace etw::ui
