// SPDX-License-Identifier: GPL-3.0-or-later
// Copies of materials for the system's viewer: under their own name, outside the content store.
#pragma once

#include "domain/material.h"

namespace etw::material_copies {

// A copy of `localCopy` (the content store's file) named as the material
// (Material::downloadName) in a folder of this user's temporary files, so that a viewer shows
// the right name and type and can never change the stored content. Empty when it cannot be made.
QString forViewer(const QString &localCopy, const Material &material);

} // namespace etw::material_copies
