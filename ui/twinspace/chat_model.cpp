// SPDX-License-Identifier: GPL-3.0-or-later
#include "chat_model.h"

#include "session/chat.h"

#include <QDateTime>
#include <QLocale>

namespace etw {

ChatModel::ChatModel(Chat *chat, QObject *parent)
    : QAbstractListModel(parent)
    , m_chat(chat)
{}

void ChatModel::setProject(qint64 projectId)
{
    beginResetModel();
    m_projectId = projectId;
    m_rows.clear();
    if (projectId != 0) {
        m_rows = m_chat->before(projectId, 0, pageSize);
        m_olderLeft = m_rows.size() == pageSize;
        m_rows += m_chat->waiting(projectId);
    }
    endResetModel();
}

void ChatModel::refresh()
{
    if (m_projectId == 0)
        return;
    // From the oldest message shown: the rows before the first difference stay (a reader's
    // place in the list and selection with them), the rest are replaced.
    qint64 oldest = 0;
    for (const chat_cache::Entry &e : std::as_const(m_rows))
        if (!e.waiting) {
            oldest = e.message.id;
            break;
        }
    QList<chat_cache::Entry> now = oldest > 0 ? m_chat->from(m_projectId, oldest, 1'000'000)
                                              : m_chat->before(m_projectId, 0, pageSize);
    if (oldest == 0)
        m_olderLeft = now.size() == pageSize;
    now += m_chat->waiting(m_projectId);
    int same = 0;
    while (same < m_rows.size() && same < now.size() &&
           m_rows[same].message.id == now[same].message.id &&
           m_rows[same].waiting == now[same].waiting &&
           m_rows[same].message.text == now[same].message.text)
        ++same;
    if (same < m_rows.size()) {
        beginRemoveRows({}, same, int(m_rows.size()) - 1);
        m_rows.erase(m_rows.begin() + same, m_rows.end());
        endRemoveRows();
    }
    if (same < now.size()) {
        beginInsertRows({}, same, int(now.size()) - 1);
        m_rows.append(now.mid(same));
        endInsertRows();
    }
}

int ChatModel::waitingCount() const
{
    return int(std::count_if(m_rows.cbegin(), m_rows.cend(),
                             [](const chat_cache::Entry &e) { return e.waiting; }));
}

int ChatModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

QString ChatModel::author(const chat_cache::Entry &e) const
{
    if (e.waiting || e.message.authorId == m_chat->me())
        return tr("You");
    return e.message.authorName.isEmpty() ? tr("A former member") : e.message.authorName;
}

QString ChatModel::time(const chat_cache::Entry &e) const
{
    const QDateTime at = QDateTime::fromMSecsSinceEpoch(e.message.createdAt);
    const QLocale locale;
    if (at.date() == QDate::currentDate())
        return locale.toString(at.time(), QLocale::ShortFormat);
    return locale.toString(at, QLocale::ShortFormat);
}

QVariant ChatModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= m_rows.size())
        return {};
    const chat_cache::Entry &e = m_rows[index.row()];
    switch (role) {
    case Qt::DisplayRole:
    case Qt::AccessibleTextRole:
        // What a screen reader says of a row: who, when, what, and whether it has left yet.
        return e.waiting ? tr("%1, waiting to be sent: %2").arg(author(e), e.message.text)
                         : tr("%1 at %2: %3").arg(author(e), time(e), e.message.text);
    case TextRole:
        return e.message.text;
    case AuthorRole:
        return author(e);
    case TimeRole:
        return e.waiting ? tr("waiting to be sent") : time(e);
    case WaitingRole:
        return e.waiting;
    case MineRole:
        return e.waiting || e.message.authorId == m_chat->me();
    case IdRole:
        return e.message.id;
    default:
        return {};
    }
}

int ChatModel::loadOlder()
{
    if (!m_olderLeft)
        return 0;
    qint64 oldest = 0;
    for (const chat_cache::Entry &e : std::as_const(m_rows))
        if (!e.waiting) {
            oldest = e.message.id;
            break;
        }
    const QList<chat_cache::Entry> older = m_chat->before(m_projectId, oldest, pageSize);
    m_olderLeft = older.size() == pageSize;
    if (older.isEmpty())
        return 0;
    beginInsertRows({}, 0, int(older.size()) - 1);
    m_rows = older + m_rows;
    endInsertRows();
    return int(older.size());
}

} // namespace etw
