// SPDX-License-Identifier: GPL-3.0-or-later
#include "domain/material.h"

#include "domain/json_fields.h"
#include "domain/validation_messages.h"

#include <QJsonValue>

namespace etw {

using namespace Qt::StringLiterals;

QJsonObject Material::toJson() const
{
    return {{u"id"_s, id},
            {u"projectId"_s, projectId},
            {u"name"_s, name},
            {u"folder"_s, folder},
            {u"sha256"_s, sha256},
            {u"size"_s, size},
            {u"mime"_s, mime},
            {u"category"_s, category},
            {u"extension"_s, extension},
            {u"authorId"_s, authorId},
            {u"authorName"_s, authorName},
            {u"createdAt"_s, createdAt},
            {u"updatedAt"_s, updatedAt},
            {u"version"_s, version},
            {u"thumbnail"_s, thumbnail}};
}

Result<Material> Material::fromJson(const QJsonObject &o)
{
    json::Reader r(o);
    Material m;
    m.id = r.integer(u"id"_s);
    m.projectId = r.integer(u"projectId"_s);
    m.name = r.string(u"name"_s);
    m.folder = r.string(u"folder"_s, json::Optional);
    m.sha256 = r.string(u"sha256"_s);
    m.size = r.integer(u"size"_s);
    m.mime = r.string(u"mime"_s);
    m.category = r.string(u"category"_s);
    m.extension = r.string(u"extension"_s, json::Optional);
    m.authorId = r.integer(u"authorId"_s, json::Optional);
    m.authorName = r.string(u"authorName"_s, json::Optional);
    m.createdAt = r.integer(u"createdAt"_s, json::Optional);
    m.updatedAt = r.integer(u"updatedAt"_s, json::Optional);
    m.version = r.integer(u"version"_s, json::Optional);
    m.thumbnail = r.boolean(u"thumbnail"_s, json::Optional);
    if (!r.errors().isEmpty())
        return invalidInput(r.errors());
    return m;
}

QString Material::downloadName() const
{
    if (extension.isEmpty())
        return name;
    const QString suffix = name.section(u'.', -1).toLower();
    const bool named =
        name.contains(u'.') && (suffix == extension || (extension == u"jpg" && suffix == u"jpeg"));
    return named ? name : name + u'.' + extension;
}

namespace material {

namespace {
// A file name's rules: what every system the file may be saved on accepts.
QString nameProblem(const QString &name, int maxLength)
{
    if (name.isEmpty())
        return u"required"_s;
    if (name.size() > maxLength)
        return u"too_long"_s;
    if (name == u"." || name == u"..")
        return u"invalid_characters"_s;
    for (const QChar c : name)
        if (c == u'/' || c == u'\\' || c.category() == QChar::Other_Control ||
            c.category() == QChar::Other_Format || c == QChar::LineSeparator ||
            c == QChar::ParagraphSeparator)
            return u"invalid_characters"_s;
    return {};
}
} // namespace

QString normalizedName(const QString &name)
{
    return name.trimmed();
}

QString normalizedFolder(const QString &folder)
{
    QStringList segments;
    for (const QString &segment : folder.split(u'/', Qt::SkipEmptyParts))
        if (const QString s = segment.trimmed(); !s.isEmpty())
            segments.append(s);
    return segments.join(u'/');
}

FieldErrors checkName(const QString &field, const QJsonValue &value)
{
    if (!value.isString())
        return {{field, fieldError(field, value.isUndefined() ? u"required"_s : u"wrong_type"_s)}};
    const QString problem = nameProblem(normalizedName(value.toString()), maxNameLength);
    if (problem.isEmpty())
        return {};
    return {{field, fieldError(field, problem)}};
}

FieldErrors checkFolder(const QString &field, const QJsonValue &value)
{
    if (!value.isString())
        return {{field, fieldError(field, u"wrong_type"_s)}};
    const QString folder = normalizedFolder(value.toString());
    if (folder.size() > maxFolderLength)
        return {{field, fieldError(field, u"too_long"_s)}};
    const QStringList segments = folder.split(u'/', Qt::SkipEmptyParts);
    if (segments.size() > maxFolderDepth)
        return {{field, fieldError(field, u"too_deep"_s)}};
    for (const QString &segment : segments)
        if (const QString problem = nameProblem(segment, maxNameLength); !problem.isEmpty())
            return {{field, fieldError(field, problem)}};
    return {};
}

FieldErrors check(const QJsonObject &data)
{
    FieldErrors errors;
    if (data.contains(u"name"_s))
        errors.insert(checkName(u"name"_s, data.value(u"name"_s)));
    if (data.contains(u"folder"_s))
        errors.insert(checkFolder(u"folder"_s, data.value(u"folder"_s)));
    return errors;
}

} // namespace material

} // namespace etw
