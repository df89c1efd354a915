// SPDX-License-Identifier: GPL-3.0-or-later
#include "session/material_copies.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QStandardPaths>

namespace etw::material_copies {

using namespace Qt::StringLiterals;

QString forViewer(const QString &localCopy, const Material &material)
{
    const QString folder = QDir(QStandardPaths::writableLocation(QStandardPaths::TempLocation))
                               .filePath(u"etwinning-materials/%1"_s.arg(material.id));
    if (!QDir().mkpath(folder))
        return {};
    QFile::setPermissions(folder, QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner);
    const QString target = QDir(folder).filePath(material.downloadName());
    const QFileInfo existing(target);
    // The same content under this name already: a viewer may still have it open.
    if (existing.exists() && existing.size() == material.size)
        return target;
    QFile::remove(target);
    if (!QFile::copy(localCopy, target))
        return {};
    QFile::setPermissions(target, QFile::ReadOwner | QFile::WriteOwner);
    return target;
}

} // namespace etw::material_copies
