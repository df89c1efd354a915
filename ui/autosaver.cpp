// SPDX-License-Identifier: GPL-3.0-or-later
#include "autosaver.h"

#include <QAbstractButton>
#include <QAbstractSpinBox>
#include <QComboBox>
#include <QEvent>
#include <QLineEdit>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QSpinBox>
#include <QTextEdit>

namespace etw {

Autosaver::Autosaver(std::function<void()> save, QObject *parent)
    : QObject(parent)
    , m_save(std::move(save))
{
    m_timer.setSingleShot(true);
    m_timer.setInterval(delayMs);
    connect(&m_timer, &QTimer::timeout, this, &Autosaver::flush);
}

void Autosaver::watch(QWidget *root)
{
    watchOne(root);
    const QList<QWidget *> fields = root->findChildren<QWidget *>();
    for (QWidget *field : fields)
        watchOne(field);
}

void Autosaver::watchOne(QWidget *field)
{
    if (field->property("etwAutosaved").toBool())
        return;
    bool watched = true;
    if (auto *line = qobject_cast<QLineEdit *>(field))
        connect(line, &QLineEdit::textChanged, this, &Autosaver::changed);
    else if (auto *plain = qobject_cast<QPlainTextEdit *>(field))
        connect(plain, &QPlainTextEdit::textChanged, this, &Autosaver::changed);
    else if (auto *rich = qobject_cast<QTextEdit *>(field))
        connect(rich, &QTextEdit::textChanged, this, &Autosaver::changed);
    else if (auto *spin = qobject_cast<QSpinBox *>(field))
        connect(spin, &QSpinBox::valueChanged, this, &Autosaver::changed);
    else if (auto *button = qobject_cast<QAbstractButton *>(field); button && button->isCheckable())
        connect(button, &QAbstractButton::toggled, this, &Autosaver::changed);
    else if (auto *list = qobject_cast<QListWidget *>(field))
        connect(list, &QListWidget::itemChanged, this, &Autosaver::changed);
    else if (auto *combo = qobject_cast<QComboBox *>(field))
        connect(combo, &QComboBox::currentIndexChanged, this, &Autosaver::changed);
    else
        watched = false;
    if (!watched)
        return;
    field->setProperty("etwAutosaved", true);
    field->installEventFilter(this);
}

void Autosaver::changed()
{
    if (m_paused)
        return;
    m_pending = true;
    m_timer.start();
}

void Autosaver::flush()
{
    m_timer.stop();
    if (!m_pending)
        return; // nothing new since the last save
    m_pending = false;
    m_save();
    Q_EMIT saved();
}

bool Autosaver::eventFilter(QObject *watched, QEvent *event)
{
    if (event->type() == QEvent::FocusOut)
        flush();
    return QObject::eventFilter(watched, event);
}

} // namespace etw
