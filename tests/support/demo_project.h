// SPDX-License-Identifier: GPL-3.0-or-later
// The demo accounts signed in over HTTP, and an active European project among them, for tests
// and benchmarks of what lives in a project's TwinSpace.
#pragma once

#include "http.h"

#include <QHash>
#include <QJsonArray>
#include <QStringList>

#include <memory>

namespace etw::test {

class DemoAccounts
{
public:
    // Signs each in (password demo1234); false when one fails.
    bool signIn(const QUrl &server, const QStringList &usernames);
    Http &as(const QString &username) { return *m_http[username]; }
    qint64 id(const QString &username) const { return m_ids.value(username); }

    // One mutation, answered: its result object.
    QJsonObject mutate(const QString &username, const QString &type, const QString &op,
                       qint64 entityId, const QJsonObject &data);
    // A European project's registration form (rivers of two towns), with these invitations.
    static QJsonObject projectForm(const QString &title, const QJsonArray &invitations);
    // teacher.fr founds it with teacher.it (founder) and teacher.de (partner), both accept, and
    // correspondent.fr and correspondent.it approve it: active. 0 when a step failed.
    qint64 activeProject(const QString &title);
    // A founder closes it: archived (read-only).
    bool archive(qint64 projectId);

private:
    QHash<QString, std::shared_ptr<Http>> m_http;
    QHash<QString, qint64> m_ids;
};

} // namespace etw::test
