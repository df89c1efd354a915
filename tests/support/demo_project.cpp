// SPDX-License-Identifier: GPL-3.0-or-later
#include "demo_project.h"

#include <QJsonArray>

namespace etw::test {

using namespace Qt::StringLiterals;

bool DemoAccounts::signIn(const QUrl &server, const QStringList &usernames)
{
    for (const QString &name : usernames) {
        auto http = std::make_shared<Http>(server);
        const HttpResult in = http->signIn(name, u"demo1234"_s);
        if (in.status != 200)
            return false;
        m_ids.insert(name, in.json[u"account"_s][u"id"_s].toInteger());
        m_http.insert(name, http);
    }
    return true;
}

QJsonObject DemoAccounts::mutate(const QString &username, const QString &type, const QString &op,
                                 qint64 entityId, const QJsonObject &data)
{
    return as(username).mutate(type, op, entityId, data);
}

QJsonObject DemoAccounts::projectForm(const QString &title, const QJsonArray &invitations)
{
    return {{u"kind"_s, u"european"_s},
            {u"title"_s, title},
            {u"summary"_s, u"Pupils compare the rivers of their towns."_s},
            {u"subjects"_s, QJsonArray{u"geography"_s}},
            {u"languages"_s, QJsonArray{u"en"_s}},
            {u"ageMin"_s, 10},
            {u"ageMax"_s, 12},
            {u"durationMonths"_s, 6},
            {u"aims"_s, u"Write in English for real readers."_s},
            {u"invitations"_s, invitations}};
}

qint64 DemoAccounts::activeProject(const QString &title)
{
    const QJsonObject form = projectForm(
        title,
        QJsonArray{QJsonObject{{u"accountId"_s, id(u"teacher.it"_s)}, {u"role"_s, u"founder"_s}},
                   QJsonObject{{u"accountId"_s, id(u"teacher.de"_s)}, {u"role"_s, u"partner"_s}}});
    const qint64 project =
        mutate(u"teacher.fr"_s, u"project"_s, u"create"_s, 0, form)[u"entityId"_s].toInteger();
    if (project <= 0)
        return 0;
    for (const QString &who : {u"teacher.it"_s, u"teacher.de"_s})
        if (mutate(who, u"project_invitation"_s, u"update"_s, project,
                   {{u"response"_s, u"accept"_s}})[u"status"_s]
                .toString() != u"applied")
            return 0;
    for (const QString &service : {u"correspondent.fr"_s, u"correspondent.it"_s})
        if (mutate(service, u"project_decision"_s, u"create"_s, project,
                   {{u"decision"_s, u"approve"_s}})[u"status"_s]
                .toString() != u"applied")
            return 0;
    return project;
}

bool DemoAccounts::archive(qint64 projectId)
{
    return mutate(u"teacher.fr"_s, u"project_status"_s, u"update"_s, projectId,
                  {{u"status"_s, u"archived"_s}})[u"status"_s]
               .toString() == u"applied";
}

} // namespace etw::test
