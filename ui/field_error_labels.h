// SPDX-License-Identifier: GPL-3.0-or-later
// The labels under a form's fields that say what is wrong with each one, in the user's language.
#pragma once

#include "domain/error.h"

#include <QHash>
#include <QStringList>

class QLabel;
class QWidget;

namespace etw {

class FieldErrorLabels
{
public:
    // A hidden label for `field` (object name "error_<field>", which tests look for).
    QLabel *add(const QString &field, QWidget *parent = nullptr);
    // Shows each field's error and hides the others: all fields, or only those given.
    void show(const FieldErrors &errors, const QStringList &fields = {}) const;

private:
    QHash<QString, QLabel *> m_labels; // owned by the widgets they are laid out in
};

} // namespace etw
