// SPDX-License-Identifier: GPL-3.0-or-later
// A TwinSpace material (a file shared in a project): what it is, where it is filed, its JSON.
#pragma once

#include "domain/error.h"

#include <QJsonObject>

namespace etw {

struct Material
{
    qint64 id = 0;
    qint64 projectId = 0;
    QString name;   // as its sender named it (or renamed it since)
    QString folder; // "" at the top, else "Photos/Trip" (segments, no leading or trailing '/')
    QString sha256; // lower-case hex of the content: the content's name in the store
    qint64 size = 0;
    QString mime;      // from the content, never from the name
    QString category;  // material_type::categoryCode
    QString extension; // the content's true extension, without the dot
    qint64 authorId = 0;
    QString authorName;
    qint64 createdAt = 0;
    qint64 updatedAt = 0;
    qint64 version = 0;
    bool thumbnail = false; // GET …/thumbnail has a picture for it

    QJsonObject toJson() const;
    static Result<Material> fromJson(const QJsonObject &object);
    // The name a download is saved under: the material's name, with the content's extension
    // added when the name does not end with it (a PNG sent as "holiday.pdf" stays a PNG).
    QString downloadName() const;
};

namespace material {
inline constexpr int maxNameLength = 255;
inline constexpr int maxFolderLength = 500;
inline constexpr int maxFolderDepth = 8;

// A name or a folder as typed, tidied: surrounding spaces gone; a folder's empty segments and
// its leading and trailing '/' dropped.
QString normalizedName(const QString &name);
QString normalizedFolder(const QString &folder);
// Field errors for a name (a file name: no '/', '\\', control characters, nor "." or "..") and
// a folder (such names joined by '/'), after normalisation; `field` names them in the errors.
FieldErrors checkName(const QString &field, const QJsonValue &name);
FieldErrors checkFolder(const QString &field, const QJsonValue &folder);
// The fields a material/update carries (name, folder), when present.
FieldErrors check(const QJsonObject &data);
} // namespace material

} // namespace etw
