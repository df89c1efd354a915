// SPDX-License-Identifier: GPL-3.0-or-later
// One conflict side by side: each field as the user typed it and as the server has it now,
// with a choice per field.
#pragma once

#include "store/me_store.h"

#include <QJsonObject>
#include <QWidget>

class QComboBox;
class QGridLayout;
class QLabel;

namespace etw {

class ConflictView : public QWidget
{
    Q_OBJECT
public:
    explicit ConflictView(QWidget *parent = nullptr);

    void showIssue(const me_store::Issue &issue);
    // The fields whose typed value the user keeps, with that value.
    QJsonObject kept() const;
    // Chooses for one field (tests and keyboard users): true keeps what was typed.
    void keepMine(const QString &field, bool mine);
    // The texts shown for a field: {yours, server's}.
    QPair<QString, QString> values(const QString &field) const;

    // A field's value as the user would write it (lists by name, yes/no, trimmed text).
    static QString shown(const QString &field, const QJsonValue &value);

private:
    QGridLayout *m_grid;
    me_store::Issue m_issue;
    struct Row
    {
        QString field;
        QLabel *mine;
        QLabel *theirs;
        QComboBox *choice;
    };
    QList<Row> m_rows;
};

} // namespace etw
