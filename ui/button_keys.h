// SPDX-License-Identifier: GPL-3.0-or-later
// A key for a button besides its mnemonic (Ctrl+Shift+U as well as Alt+U): a button keeps one
// shortcut only, and setText() replaces it with the text's mnemonic.
#pragma once

#include <QKeySequence>

class QAbstractButton;

namespace etw {

// The button is clicked by `keys` while it is shown and enabled in the active window.
void giveKeys(QAbstractButton *button, const QKeySequence &keys);
// What giveKeys gave it (empty: none), for its tooltip.
QKeySequence keysOf(const QAbstractButton *button);
// "tip (Ctrl+Shift+U)", or the tip alone for a button without keys.
QString withKeys(const QAbstractButton *button, const QString &tip);

} // namespace etw
