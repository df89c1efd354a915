// SPDX-License-Identifier: GPL-3.0-or-later
// What the transfers say to the user, in the UI language, each naming the file (context
// etw::TransferController, for lupdate).
#pragma once

#include <QJsonObject>
#include <QString>

namespace etw::transfer_messages {

QString unreadable(const QString &name);
QString sourceGone(const QString &name);
QString copyFailed(const QString &name, const QString &detail);
QString localCopyGone(const QString &name);
// The server's refusal of an upload (`error`: the answer's error object, with roomBytes for
// quota_exceeded); `localRefusal`: what material_type says of the copy here, when it refuses.
QString uploadRefused(const QString &name, const QString &code, const QJsonObject &error,
                      const QString &localRefusal);
QString waiting(const QString &name, const QString &code);
QString signInAgain(const QString &name);
QString downloadGone(const QString &name);
QString downloadDamaged(const QString &name);
QString saveFailed(const QString &name, const QString &detail);
QString unexpected(const QString &name, int status, const QString &code);

} // namespace etw::transfer_messages
