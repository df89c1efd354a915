// SPDX-License-Identifier: GPL-3.0-or-later
// Recognises the type of a TwinSpace material from its bytes, and says why a file is refused.
#pragma once

#include <QByteArray>
#include <QString>

#include <optional>

class QIODevice;

namespace etw::material_type {

enum class Category { Image, Document, Presentation, Spreadsheet, Pdf, Audio, Video };

struct Type
{
    QString mime; // "image/png", "application/vnd.oasis.opendocument.text"…
    Category category;
    QString extension; // without the dot, for saving or exporting the file under a true name

    friend bool operator==(const Type &, const Type &) = default;
};

// The content decides, never the name: a file's name is whatever its sender typed.
// The device must be open and seekable (zip and OLE containers are read at their end and
// in their middle); its position is restored. nullopt: not a type a material may have.
std::optional<Type> detect(QIODevice &device);
std::optional<Type> detect(const QString &path);

// Whether a file starting with these bytes (a first upload chunk) may be of an allowed type,
// so that an upload of something plainly refused stops at once. Zip and OLE containers pass:
// what they hold is only known from their end. The whole file still goes through detect().
bool plausibleStart(const QByteArray &head);

// In bytes, decimal megabytes: 10 MB for images, 100 MB for everything else.
qint64 maxBytes(Category category);

// "Image", "Presentation"… in the UI language.
QString categoryName(Category category);
// Stable codes for JSON and the database: "image", "document", "presentation",
// "spreadsheet", "pdf", "audio", "video".
QString categoryCode(Category category);
std::optional<Category> categoryFromCode(const QString &code);

// The API's error code for a file that cannot be a material: "type_not_allowed" or
// "too_large"; empty when it can.
QString check(const std::optional<Type> &type, qint64 size);
// The same refusal as a sentence in the UI language that names the file: what is allowed,
// or the limit for its kind in MB. Empty when the file can be a material.
QString refusal(const QString &fileName, const std::optional<Type> &type, qint64 size);

} // namespace etw::material_type
