// SPDX-License-Identifier: GPL-3.0-or-later
// Fills combo boxes and checkable lists from the domain catalogues, in the UI language.
#pragma once

#include <QComboBox>
#include <QListWidget>

#include <functional>

namespace etw::ui {

using NameOf = std::function<QString(const QString &code)>;

// "Any …" first (empty code), then the codes sorted by their translated name. Keeps the
// selected code when refilled after a language change.
void fillCombo(QComboBox *combo, const QString &anyText, const QStringList &codes,
               const NameOf &nameOf);
QString comboCode(const QComboBox *combo);

void fillChecklist(QListWidget *list, const QStringList &codes, const NameOf &nameOf);
void setChecked(QListWidget *list, const QStringList &codes);
QStringList checkedCodes(const QListWidget *list);

} // namespace etw::ui
