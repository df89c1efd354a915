// SPDX-License-Identifier: GPL-3.0-or-later
#include "field_error_labels.h"

#include <QLabel>

namespace etw {

using namespace Qt::StringLiterals;

QLabel *FieldErrorLabels::add(const QString &field, QWidget *parent)
{
    auto *label = new QLabel(parent);
    label->setObjectName(u"error_"_s + field);
    label->setStyleSheet(u"color: #b00020"_s);
    label->setWordWrap(true);
    label->hide();
    m_labels.insert(field, label);
    return label;
}

void FieldErrorLabels::show(const FieldErrors &errors, const QStringList &fields) const
{
    for (auto it = m_labels.cbegin(); it != m_labels.cend(); ++it) {
        if (!fields.isEmpty() && !fields.contains(it.key()))
            continue;
        const bool has = errors.contains(it.key());
        (*it)->setText(has ? errors.value(it.key()).message : QString());
        (*it)->setVisible(has);
    }
}

} // namespace etw
