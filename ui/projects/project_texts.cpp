// SPDX-License-Identifier: GPL-3.0-or-later
#include "projects/project_texts.h"

#include <QCoreApplication>
#include <QStringList>

namespace etw::project_texts {

using namespace Qt::StringLiterals;

namespace {
QString tr(const char *text)
{
    // The context lupdate gives tr() calls in this namespace.
    return QCoreApplication::translate("etw::project_texts", text);
}
} // namespace

QString status(const QString &code)
{
    if (code == u"waiting_partners")
        return tr("Waiting for the co-founders to accept");
    if (code == u"waiting_approval")
        return tr("Waiting for approval by the national support services");
    if (code == u"active")
        return tr("Active");
    if (code == u"rejected")
        return tr("Rejected");
    if (code == u"archived")
        return tr("Archived");
    if (code == u"editing")
        return tr("Draft (on this computer only)");
    if (code == u"submitted")
        return tr("Registration waiting to be sent");
    if (code == u"registered")
        return tr("Registered");
    return code;
}

QString kind(const QString &code)
{
    if (code == u"european")
        return tr("European project");
    if (code == u"national")
        return tr("National project");
    return code;
}

QString role(const QString &code)
{
    if (code == u"founder")
        return tr("Founder");
    if (code == u"partner")
        return tr("Partner");
    // The roles pupils and visitors will have in a project's TwinSpace (a later version).
    if (code == u"pupil")
        return tr("Pupil");
    if (code == u"visitor")
        return tr("Visitor");
    return code;
}

QString memberState(const QString &code)
{
    if (code == u"active")
        return tr("Member");
    if (code == u"invited")
        return tr("Invited");
    if (code == u"declined")
        return tr("Declined");
    if (code == u"withdrawn")
        return tr("Invitation withdrawn");
    if (code == u"removed")
        return tr("Removed");
    return code;
}

QString decision(const QString &code)
{
    if (code == u"approved")
        return tr("Approved");
    if (code == u"rejected")
        return tr("Rejected");
    return code;
}

QString schools(const Project &project)
{
    QStringList parts;
    for (const ProjectMember &m : project.members)
        if (m.state == u"active")
            parts.append(
                u"%1 (%2)"_s.arg(m.schoolName.isEmpty() ? m.displayName : m.schoolName, m.country));
    return parts.join(u", "_s);
}

} // namespace etw::project_texts
