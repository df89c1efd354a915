// SPDX-License-Identifier: GPL-3.0-or-later
#include "button_keys.h"

#include <QAbstractButton>
#include <QShortcut>

namespace etw {

namespace {
constexpr char keysProperty[] = "etwKeys";
}

void giveKeys(QAbstractButton *button, const QKeySequence &keys)
{
    // Parented to the button: a shortcut of a hidden widget (another tab's) does not fire.
    auto *shortcut = new QShortcut(keys, button);
    shortcut->setContext(Qt::WindowShortcut);
    QObject::connect(shortcut, &QShortcut::activated, button, [button] {
        if (button->isEnabled())
            button->click();
    });
    button->setProperty(keysProperty, keys);
}

QKeySequence keysOf(const QAbstractButton *button)
{
    return button->property(keysProperty).value<QKeySequence>();
}

QString withKeys(const QAbstractButton *button, const QString &tip)
{
    const QString keys = keysOf(button).toString(QKeySequence::NativeText);
    return keys.isEmpty() ? tip : QStringLiteral("%1 (%2)").arg(tip, keys);
}

} // namespace etw
