// SPDX-License-Identifier: GPL-3.0-or-later
#include "domain/validation_messages.h"

#include "domain/assessment_grid.h"
#include "domain/catalogue.h"
#include "domain/chat.h"
#include "domain/forum.h"
#include "domain/label.h"
#include "domain/material.h"
#include "domain/page.h"
#include "domain/profile.h"
#include "domain/project.h"
#include "domain/sign_up.h"
#include "domain/sync_types.h"

#include <QCoreApplication>

namespace etw {

using namespace Qt::StringLiterals;

QString fieldLabel(const QString &field)
{
    static const QHash<QString, const char *> labels{
        {u"username"_s, QT_TRANSLATE_NOOP("etw::Validation", "User name")},
        {u"password"_s, QT_TRANSLATE_NOOP("etw::Validation", "Password")},
        {u"subjects"_s, QT_TRANSLATE_NOOP("etw::Validation", "Subjects")},
        {u"languages"_s, QT_TRANSLATE_NOOP("etw::Validation", "Languages")},
        {u"ageMin"_s, QT_TRANSLATE_NOOP("etw::Validation", "Pupils' minimum age")},
        {u"ageMax"_s, QT_TRANSLATE_NOOP("etw::Validation", "Pupils' maximum age")},
        {u"bio"_s, QT_TRANSLATE_NOOP("etw::Validation", "About me")},
        {u"lookingForPartners"_s, QT_TRANSLATE_NOOP("etw::Validation", "Looking for partners")},
        {u"since"_s, QT_TRANSLATE_NOOP("etw::Validation", "Cursor")},
        {u"limit"_s, QT_TRANSLATE_NOOP("etw::Validation", "Page size")},
        {u"mutations"_s, QT_TRANSLATE_NOOP("etw::Validation", "Mutations")},
        {u"id"_s, QT_TRANSLATE_NOOP("etw::Validation", "Identifier")},
        {u"type"_s, QT_TRANSLATE_NOOP("etw::Validation", "Type")},
        {u"op"_s, QT_TRANSLATE_NOOP("etw::Validation", "Operation")},
        {u"entityId"_s, QT_TRANSLATE_NOOP("etw::Validation", "Entity")},
        {u"baseVersion"_s, QT_TRANSLATE_NOOP("etw::Validation", "Base version")},
        {u"data"_s, QT_TRANSLATE_NOOP("etw::Validation", "Data")},
        {u"kind"_s, QT_TRANSLATE_NOOP("etw::Validation", "Kind of project")},
        {u"title"_s, QT_TRANSLATE_NOOP("etw::Validation", "Title")},
        {u"summary"_s, QT_TRANSLATE_NOOP("etw::Validation", "Summary")},
        {u"description"_s, QT_TRANSLATE_NOOP("etw::Validation", "Description")},
        {u"durationMonths"_s, QT_TRANSLATE_NOOP("etw::Validation", "Duration in months")},
        {u"aims"_s, QT_TRANSLATE_NOOP("etw::Validation", "Aims")},
        {u"workProcess"_s, QT_TRANSLATE_NOOP("etw::Validation", "Work process")},
        {u"expectedResults"_s, QT_TRANSLATE_NOOP("etw::Validation", "Expected results")},
        {u"invitations"_s, QT_TRANSLATE_NOOP("etw::Validation", "Invited teachers")},
        {u"accountId"_s, QT_TRANSLATE_NOOP("etw::Validation", "Teacher")},
        {u"role"_s, QT_TRANSLATE_NOOP("etw::Validation", "Role")},
        {u"response"_s, QT_TRANSLATE_NOOP("etw::Validation", "Answer")},
        {u"decision"_s, QT_TRANSLATE_NOOP("etw::Validation", "Decision")},
        {u"reason"_s, QT_TRANSLATE_NOOP("etw::Validation", "Reason")},
        {u"status"_s, QT_TRANSLATE_NOOP("etw::Validation", "Status")},
        {u"body"_s, QT_TRANSLATE_NOOP("etw::Validation", "Page text")},
        {u"parentId"_s, QT_TRANSLATE_NOOP("etw::Validation", "Parent page")},
        {u"position"_s, QT_TRANSLATE_NOOP("etw::Validation", "Position")},
        {u"projectId"_s, QT_TRANSLATE_NOOP("etw::Validation", "Project")},
        {u"text"_s, QT_TRANSLATE_NOOP("etw::Validation", "Text")},
        {u"message"_s, QT_TRANSLATE_NOOP("etw::Validation", "Message")},
        {u"discussionId"_s, QT_TRANSLATE_NOOP("etw::Validation", "Discussion")},
        {u"threadId"_s, QT_TRANSLATE_NOOP("etw::Validation", "Thread")},
        {u"email"_s, QT_TRANSLATE_NOOP("etw::Validation", "E-mail address")},
        {u"displayName"_s, QT_TRANSLATE_NOOP("etw::Validation", "Name")},
        {u"country"_s, QT_TRANSLATE_NOOP("etw::Validation", "Country")},
        {u"schoolId"_s, QT_TRANSLATE_NOOP("etw::Validation", "School")},
        {u"schoolName"_s, QT_TRANSLATE_NOOP("etw::Validation", "School's name")},
        {u"schoolCity"_s, QT_TRANSLATE_NOOP("etw::Validation", "Town or city")},
        {u"schoolAddress"_s, QT_TRANSLATE_NOOP("etw::Validation", "School's address")},
        {u"schoolType"_s, QT_TRANSLATE_NOOP("etw::Validation", "Kind of school")},
        {u"region"_s, QT_TRANSLATE_NOOP("etw::Validation", "Region")},
        {u"schoolRole"_s, QT_TRANSLATE_NOOP("etw::Validation", "Role in the school")},
        {u"feedback"_s, QT_TRANSLATE_NOOP("etw::Validation", "Feedback to the teacher")},
        {u"comment"_s, QT_TRANSLATE_NOOP("etw::Validation", "Comment")},
        {u"yearStartMonth"_s, QT_TRANSLATE_NOOP("etw::Validation", "Month the school year starts")},
        {u"yearStartDay"_s, QT_TRANSLATE_NOOP("etw::Validation", "Day the school year starts")},
    };
    const auto it = labels.constFind(field);
    return it == labels.cend() ? field : QCoreApplication::translate("etw::Validation", *it);
}

namespace {
// The bounds an "out_of_range" error names, per field.
std::pair<int, int> rangeOf(const QString &field)
{
    if (field == u"durationMonths")
        return {project::minDurationMonths, project::maxDurationMonths};
    if (field == u"yearStartMonth")
        return {1, 12};
    if (field == u"yearStartDay")
        return {1, 28};
    return {catalogue::minPupilAge, catalogue::maxPupilAge};
}
} // namespace

QString validationMessage(const QString &field, const QString &code)
{
    QString reason;
    if (code == u"required")
        reason = QCoreApplication::translate("etw::Validation", "is required.");
    else if (code == u"wrong_type")
        reason = QCoreApplication::translate("etw::Validation", "has the wrong type.");
    else if (code == u"too_long")
        reason =
            QCoreApplication::translate("etw::Validation", "is too long (at most %1 characters).")
                .arg(field == u"bio"                            ? profile::maxBioLength
                     : field == u"body"                         ? page::maxBodyLength
                     : field == u"text"                         ? forum::maxTextLength
                     : field == u"message"                      ? chat::maxTextLength
                     : field == u"name" || field == u"filename" ? material::maxNameLength
                     : field == u"folder"                       ? material::maxFolderLength
                     : field == u"feedback"                     ? label::maxFeedbackLength
                     : field == u"comment"                      ? grid::maxCommentLength
                     : sign_up::maxLength(field) > 0            ? sign_up::maxLength(field)
                                                                : project::maxLength(field));
    else if (code == u"too_short")
        reason =
            QCoreApplication::translate("etw::Validation", "is too short (at least %1 characters).")
                .arg(field == u"password" ? sign_up::minPasswordLength : project::minTitleLength);
    else if (code == u"too_many")
        reason =
            QCoreApplication::translate("etw::Validation", "has too many entries (at most %1).")
                .arg(field == u"mutations"     ? maxMutationBatch
                     : field == u"invitations" ? project::maxInvitations
                                               : profile::maxListSize);
    else if (code == u"unknown_value")
        reason = QCoreApplication::translate("etw::Validation",
                                             "contains a value that is not in the list.");
    else if (code == u"duplicate")
        reason = QCoreApplication::translate("etw::Validation", "contains the same entry twice.");
    else if (code == u"out_of_range")
        reason = QCoreApplication::translate("etw::Validation", "must be between %1 and %2.")
                     .arg(rangeOf(field).first)
                     .arg(rangeOf(field).second);
    else if (code == u"below_minimum_age")
        reason = QCoreApplication::translate("etw::Validation",
                                             "must not be lower than the minimum age.");
    else if (code == u"not_editable")
        reason = QCoreApplication::translate("etw::Validation", "cannot be changed here.");
    else if (code == u"not_uuid")
        reason = QCoreApplication::translate("etw::Validation", "must be a UUID.");
    else if (code == u"co_founder_abroad_needed")
        reason = QCoreApplication::translate(
            "etw::Validation", "needs a co-founder from another country for a European project.");
    else if (code == u"co_founder_needed")
        reason = QCoreApplication::translate(
            "etw::Validation", "needs a co-founder from your own country for a national project.");
    else if (code == u"not_email")
        reason = QCoreApplication::translate("etw::Validation",
                                             "is not an e-mail address (name@example.org).");
    else if (code == u"taken")
        reason = QCoreApplication::translate("etw::Validation",
                                             "already has an account: sign in with it instead.");
    else if (code == u"too_weak")
        reason = QCoreApplication::translate(
            "etw::Validation", "is too easy to guess: use a few unrelated words, or a longer "
                               "sentence of your own.");
    else if (code == u"too_large")
        reason = QCoreApplication::translate("etw::Validation", "is too large.");
    else
        reason = QCoreApplication::translate("etw::Validation", "is not valid.");
    return QCoreApplication::translate("etw::Validation", "%1: %2").arg(fieldLabel(field), reason);
}

FieldError fieldError(const QString &field, const QString &code)
{
    return {code, validationMessage(field, code)};
}

void checkCodeList(FieldErrors &errors, const QString &field, const QStringList &codes,
                   bool (*known)(const QString &), int maxSize)
{
    if (codes.isEmpty())
        errors.insert(field, fieldError(field, u"required"_s));
    else if (codes.size() > maxSize)
        errors.insert(field, fieldError(field, u"too_many"_s));
    else if (!std::all_of(codes.cbegin(), codes.cend(), known))
        errors.insert(field, fieldError(field, u"unknown_value"_s));
    else if (QStringList(codes).removeDuplicates() > 0)
        errors.insert(field, fieldError(field, u"duplicate"_s));
}

Error invalidInput(const FieldErrors &fields)
{
    return {u"validation_failed"_s,
            QCoreApplication::translate("etw::Validation", "Some fields are not valid."), fields};
}

namespace {
// The refusals of the project rules, said in the UI language (the server writes English).
std::optional<QString> refusalMessage(const QString &code)
{
    static const QHash<QString, const char *> messages{
        {u"forbidden"_s, QT_TRANSLATE_NOOP("etw::Validation",
                                           "You may not do this: only the project's founders, or "
                                           "the national support service concerned, can.")},
        {u"not_found"_s, QT_TRANSLATE_NOOP("etw::Validation",
                                           "This project does not exist or is not open to you.")},
        {u"invalid_state"_s,
         QT_TRANSLATE_NOOP("etw::Validation",
                           "This is not possible at this stage of the project.")},
        {u"wrong_country"_s,
         QT_TRANSLATE_NOOP("etw::Validation",
                           "The founders of a national project are all from one country: invite "
                           "this teacher as a partner, or register a European project.")},
        {u"already_member"_s,
         QT_TRANSLATE_NOOP("etw::Validation", "This teacher is already in the project or "
                                              "already invited.")},
        {u"no_invitation"_s,
         QT_TRANSLATE_NOOP("etw::Validation", "There is no open invitation to this project for "
                                              "you any more (it may have been withdrawn).")},
        {u"founders_complete"_s,
         QT_TRANSLATE_NOOP("etw::Validation",
                           "The project was submitted to the national services without you as "
                           "a founder: ask its founders to invite you as a partner.")},
        {u"not_member"_s,
         QT_TRANSLATE_NOOP("etw::Validation", "This teacher is not in the project.")},
        {u"cannot_remove_founder"_s,
         QT_TRANSLATE_NOOP("etw::Validation", "A founder cannot be removed from the project.")},
        {u"project_closed"_s,
         QT_TRANSLATE_NOOP("etw::Validation", "This project is closed: it can no longer be "
                                              "changed.")},
        {u"already_decided"_s,
         QT_TRANSLATE_NOOP("etw::Validation", "This country had already decided on the project; "
                                              "the first decision stands.")},
    };
    const auto it = messages.constFind(code);
    if (it == messages.cend())
        return std::nullopt;
    return QCoreApplication::translate("etw::Validation", *it);
}
} // namespace

Error localized(Error error)
{
    if (const auto message = refusalMessage(error.code))
        error.message = *message;
    for (auto it = error.fields.begin(); it != error.fields.end(); ++it)
        it->message = validationMessage(it.key(), it->code);
    if (error.code == u"validation_failed")
        error.message =
            QCoreApplication::translate("etw::Validation", "Some fields are not valid.");
    return error;
}

} // namespace etw
