// SPDX-License-Identifier: GPL-3.0-or-later
#include "transfers/transfer_messages.h"

#include <QCoreApplication>
#include <QLocale>

namespace etw::transfer_messages {

using namespace Qt::StringLiterals;

namespace {
QString bytes(qint64 n)
{
    return QLocale().formattedDataSize(n, 1, QLocale::DataSizeSIFormat);
}
} // namespace

QString unreadable(const QString &name)
{
    return QCoreApplication::translate(
               "etw::TransferController",
               "“%1” cannot be read: check that it is a file and that you may open it.")
        .arg(name);
}

QString sourceGone(const QString &name)
{
    return QCoreApplication::translate(
               "etw::TransferController",
               "“%1” could not be read to be sent: it was moved, deleted or changed before its "
               "copy was made. Retry once it is back.")
        .arg(name);
}

QString copyFailed(const QString &name, const QString &detail)
{
    return QCoreApplication::translate(
               "etw::TransferController",
               "“%1” could not be copied among the materials on this computer (%2). Make room on "
               "the disk, then retry.")
        .arg(name, detail);
}

QString localCopyGone(const QString &name)
{
    return QCoreApplication::translate(
               "etw::TransferController",
               "The copy of “%1” kept on this computer is gone. Retry to make it again from the "
               "file.")
        .arg(name);
}

QString uploadRefused(const QString &name, const QString &code, const QJsonObject &error,
                      const QString &localRefusal)
{
    if ((code == u"type_not_allowed" || code == u"too_large") && !localRefusal.isEmpty())
        return localRefusal;
    if (code == u"quota_exceeded") {
        const qint64 room = error.value(u"roomBytes"_s).toInteger(-1);
        if (room >= 0)
            return QCoreApplication::translate(
                       "etw::TransferController",
                       "“%1” does not fit in this project's TwinSpace: it has room for %2 more. "
                       "Delete materials the project no longer needs, then retry.")
                .arg(name, bytes(room));
        return QCoreApplication::translate(
                   "etw::TransferController",
                   "“%1” does not fit in this project's TwinSpace. Delete materials the project "
                   "no longer needs, then retry.")
            .arg(name);
    }
    if (code == u"too_large")
        return QCoreApplication::translate(
                   "etw::TransferController",
                   "“%1” is too large: a material may be at most 100 MB (an image 10 MB).")
            .arg(name);
    if (code == u"type_not_allowed")
        return QCoreApplication::translate(
                   "etw::TransferController",
                   "“%1” was refused by the server: its content is not of a type a material may "
                   "have.")
            .arg(name);
    if (code == u"too_many_uploads")
        return QCoreApplication::translate(
                   "etw::TransferController",
                   "“%1” was not sent: your account has too many uploads in progress (on this "
                   "computer or another). Let them finish or cancel one, then retry.")
            .arg(name);
    if (code == u"project_closed")
        return QCoreApplication::translate(
                   "etw::TransferController",
                   "“%1” was not sent: the project is archived, its TwinSpace is read-only.")
            .arg(name);
    if (code == u"invalid_state")
        return QCoreApplication::translate(
                   "etw::TransferController",
                   "“%1” was not sent: the project's TwinSpace opens once the project is "
                   "approved.")
            .arg(name);
    if (code == u"not_found")
        return QCoreApplication::translate(
                   "etw::TransferController",
                   "“%1” was not sent: the project no longer exists, or you are no longer one of "
                   "its members.")
            .arg(name);
    if (code == u"checksum_mismatch")
        return QCoreApplication::translate(
                   "etw::TransferController",
                   "“%1” arrived on the server different from the copy sent. Retry to send it "
                   "again.")
            .arg(name);
    if (code == u"validation_failed")
        return QCoreApplication::translate(
                   "etw::TransferController",
                   "“%1” was refused by the server: its name or its folder is not valid.")
            .arg(name);
    return QCoreApplication::translate("etw::TransferController",
                                       "“%1” was refused by the server (%2).")
        .arg(name, code);
}

QString waiting(const QString &name, const QString &code)
{
    if (code == u"unreachable")
        return QCoreApplication::translate(
                   "etw::TransferController",
                   "“%1” waits for the server, which cannot be reached at the moment; the transfer "
                   "goes on by itself.")
            .arg(name);
    return QCoreApplication::translate(
               "etw::TransferController",
               "“%1” waits: the server is busy or unavailable at the moment (%2); the transfer "
               "goes on by itself.")
        .arg(name, code);
}

QString signInAgain(const QString &name)
{
    return QCoreApplication::translate("etw::TransferController",
                                       "“%1” waits until you sign in again.")
        .arg(name);
}

QString downloadGone(const QString &name)
{
    return QCoreApplication::translate(
               "etw::TransferController",
               "“%1” cannot be downloaded: it was deleted from the TwinSpace, or you are no longer "
               "a member of its project.")
        .arg(name);
}

QString downloadDamaged(const QString &name)
{
    return QCoreApplication::translate(
               "etw::TransferController",
               "“%1” arrived damaged twice, and was not kept. Retry to download it again.")
        .arg(name);
}

QString saveFailed(const QString &name, const QString &detail)
{
    return QCoreApplication::translate(
               "etw::TransferController",
               "“%1” could not be saved on this computer (%2). Make room on the disk, then retry.")
        .arg(name, detail);
}

QString unexpected(const QString &name, int status, const QString &code)
{
    return QCoreApplication::translate(
               "etw::TransferController",
               "The transfer of “%1” stopped: the server answered with HTTP status %2 (%3).")
        .arg(name)
        .arg(status)
        .arg(code.isEmpty() ? u"-"_s : code);
}

} // namespace etw::transfer_messages
