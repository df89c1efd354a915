// SPDX-License-Identifier: GPL-3.0-or-later
// The .zip of an export: the folder itself as its top directory, so that it unpacks as one.
#pragma once

#include <QDateTime>
#include <QString>
#include <QStringList>

namespace etw::export_zip {

// Writes `zipFile` (which must not exist) holding each of `files` (relative to `folder`,
// "/"-separated) as <topName>/<file>, dated `at`. Empty on success, else the reason.
QString write(const QString &zipFile, const QString &folder, const QString &topName,
              const QStringList &files, const QDateTime &at);

} // namespace etw::export_zip
