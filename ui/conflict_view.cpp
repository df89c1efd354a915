// SPDX-License-Identifier: GPL-3.0-or-later
#include "conflict_view.h"

#include "domain/catalogue.h"
#include "domain/validation_messages.h"

#include <QComboBox>
#include <QGridLayout>
#include <QJsonArray>
#include <QLabel>

namespace etw {

using namespace Qt::StringLiterals;

ConflictView::ConflictView(QWidget *parent)
    : QWidget(parent)
    , m_grid(new QGridLayout(this))
{
    setObjectName(u"conflictView"_s);
    m_grid->setContentsMargins(0, 0, 0, 0);
}

QString ConflictView::shown(const QString &field, const QJsonValue &value)
{
    if (value.isArray()) {
        QStringList names;
        for (const QJsonValue v : value.toArray())
            names.append(field == u"subjects"    ? catalogue::subjectName(v.toString())
                         : field == u"languages" ? catalogue::languageName(v.toString())
                                                 : v.toString());
        return names.join(u", "_s);
    }
    if (value.isBool())
        return value.toBool() ? tr("yes") : tr("no");
    if (value.isDouble())
        return QString::number(value.toInteger());
    const QString text = value.toString();
    return text.size() > 200 ? text.left(200) + u'…' : text;
}

void ConflictView::showIssue(const me_store::Issue &issue)
{
    m_issue = issue;
    m_rows.clear(); // their widgets go with the grid's items below
    while (QLayoutItem *item = m_grid->takeAt(0)) {
        delete item->widget();
        delete item;
    }
    auto header = [this](const QString &text, int column) {
        auto *label = new QLabel(u"<b>%1</b>"_s.arg(text.toHtmlEscaped()), this);
        m_grid->addWidget(label, 0, column);
    };
    header(tr("Field"), 0);
    header(tr("Yours"), 1);
    header(tr("On the server now"), 2);
    header(tr("Keep"), 3);
    int row = 1;
    for (auto it = issue.data.constBegin(); it != issue.data.constEnd(); ++it, ++row) {
        auto *name = new QLabel(fieldLabel(it.key()), this);
        auto *mine = new QLabel(shown(it.key(), it.value()), this);
        auto *theirs = new QLabel(shown(it.key(), issue.error.value(it.key())), this);
        for (QLabel *l : {mine, theirs}) {
            l->setWordWrap(true);
            l->setTextInteractionFlags(Qt::TextSelectableByMouse);
        }
        mine->setObjectName(u"mine_"_s + it.key());
        theirs->setObjectName(u"theirs_"_s + it.key());
        auto *choice = new QComboBox(this);
        choice->setObjectName(u"keep_"_s + it.key());
        choice->addItem(tr("mine"), true);
        choice->addItem(tr("the server's"), false);
        m_grid->addWidget(name, row, 0);
        m_grid->addWidget(mine, row, 1);
        m_grid->addWidget(theirs, row, 2);
        m_grid->addWidget(choice, row, 3);
        m_rows.append({it.key(), mine, theirs, choice});
    }
    m_grid->setColumnStretch(1, 1);
    m_grid->setColumnStretch(2, 1);
}

QJsonObject ConflictView::kept() const
{
    QJsonObject keep;
    for (const Row &r : m_rows)
        if (r.choice->currentData().toBool())
            keep.insert(r.field, m_issue.data.value(r.field));
    return keep;
}

void ConflictView::keepMine(const QString &field, bool mine)
{
    for (const Row &r : std::as_const(m_rows))
        if (r.field == field)
            r.choice->setCurrentIndex(mine ? 0 : 1);
}

QPair<QString, QString> ConflictView::values(const QString &field) const
{
    for (const Row &r : m_rows)
        if (r.field == field)
            return {r.mine->text(), r.theirs->text()};
    return {};
}

} // namespace etw
