// SPDX-License-Identifier: GPL-3.0-or-later
// Small pictures of materials: an image scaled down, a PDF's first page.
#pragma once

#include "domain/material_type.h"

#include <QByteArray>
#include <QString>

namespace etw::server::thumbnails {

// The longer side of a thumbnail, in pixels.
inline constexpr int size = 256;

// A JPEG (PNG when the picture has transparency) of the file at `path`, of the given type;
// empty when there is none for that type, or the file cannot be drawn.
QByteArray make(const QString &path, const material_type::Type &type);
// "image/jpeg" or "image/png", from a thumbnail's first bytes.
QByteArray mimeOf(const QByteArray &head);

} // namespace etw::server::thumbnails
