// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui_checks.h"

#include <QAbstractButton>
#include <QAbstractItemView>
#include <QAccessible>
#include <QComboBox>
#include <QCoreApplication>
#include <QDebug>
#include <QHeaderView>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QTextEdit>
#include <QWidget>

namespace etw::test {

bool namesEveryNode(QAccessibleInterface *node, int depth)
{
    // A hidden part (a combo box's closed popup, a tab not shown) is not read out.
    if (!node || depth > 12 || node->state().invisible)
        return true;
    const QAccessible::Role role = node->role();
    const bool named = role == QAccessible::PushButton || role == QAccessible::CheckBox ||
                       role == QAccessible::ComboBox || role == QAccessible::EditableText ||
                       role == QAccessible::PageTab || role == QAccessible::Tree ||
                       role == QAccessible::Table || role == QAccessible::TreeItem ||
                       role == QAccessible::List || role == QAccessible::ListItem ||
                       role == QAccessible::ProgressBar;
    if (named && node->text(QAccessible::Name).isEmpty()) {
        QAccessibleInterface *parent = node->parent();
        qWarning() << "unnamed accessible node, role" << role << "under"
                   << (parent ? parent->text(QAccessible::Name) : QString())
                   << (parent && parent->object() ? parent->object()->objectName() : QString());
        return false;
    }
    for (int i = 0; i < node->childCount(); ++i)
        if (!namesEveryNode(node->child(i), depth + 1))
            return false;
    return true;
}

bool namesEveryControl(QWidget *root)
{
    // Without an assistive technology listening (offscreen), a view does not tell its cached
    // accessible cells of a model reset; a fresh interface reads the view as one told would.
    if (!QAccessible::isActive())
        for (QAbstractItemView *view : root->findChildren<QAbstractItemView *>())
            if (QAccessibleInterface *cached = QAccessible::queryAccessibleInterface(view))
                QAccessible::deleteAccessibleInterface(QAccessible::uniqueId(cached));
    if (!namesEveryNode(QAccessible::queryAccessibleInterface(root)))
        return false;
    for (QWidget *w : root->findChildren<QWidget *>()) {
        if (!w->isVisible() || qobject_cast<QHeaderView *>(w) ||
            !(qobject_cast<QAbstractButton *>(w) || qobject_cast<QLineEdit *>(w) ||
              qobject_cast<QTextEdit *>(w) || qobject_cast<QPlainTextEdit *>(w) ||
              qobject_cast<QComboBox *>(w) || qobject_cast<QAbstractItemView *>(w)))
            continue;
        QAccessibleInterface *a = QAccessible::queryAccessibleInterface(w);
        if (!a || a->text(QAccessible::Name).isEmpty()) {
            qWarning() << "no accessible name:" << w->metaObject()->className() << w->objectName();
            return false;
        }
    }
    return true;
}

void saveScreenshot(QWidget *w, const QString &name, const QString &folder)
{
    // The layout requests still posted (a page just shown), handled before the picture.
    QCoreApplication::sendPostedEvents(nullptr, QEvent::LayoutRequest);
    QCoreApplication::processEvents();
    w->grab().save(folder + u'/' + name);
}

} // namespace etw::test
