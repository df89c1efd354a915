// SPDX-License-Identifier: GPL-3.0-or-later
// Checks of a screen as a user meets it: a screen reader names every control, and a picture
// of it for a person to look at.
#pragma once

class QAccessibleInterface;
class QString;
class QWidget;

namespace etw::test {

// Every control, row and cell below `node` that is shown has a name (as AT-SPI's bridge
// exposes Qt's accessible tree).
bool namesEveryNode(QAccessibleInterface *node, int depth = 0);
// The same for every control of `root`, and each of its buttons, fields and views.
bool namesEveryControl(QWidget *root);
// Grabs `w` into the build folder as `name`, once its layout is done.
void saveScreenshot(QWidget *w, const QString &name, const QString &folder);

} // namespace etw::test
