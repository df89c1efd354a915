// SPDX-License-Identifier: GPL-3.0-or-later
// A page's text as the export shows it: material: references become paths inside the export.
#pragma once

#include <QString>

#include <functional>

namespace etw::export_body {

// How the export shows one material a text references.
struct MaterialLink
{
    QString href;         // relative to the page: its file, or its entry among the missing
    QString name;         // shown instead of an image that is not in the export
    bool present = false; // its file is in the export
    bool image = false;   // a picture a browser shows (an <img> of anything else is a link)
};
using Resolve = std::function<MaterialLink(const QString &sha256)>;

// The server's sanitised HTML with every material:<sha256> URL rewritten through `resolve`.
// The text is read again against the sanitiser's allow-list on the way (tags, attributes, URL
// schemes): whatever else a cache might hold never reaches a file a browser opens.
QString rewrite(const QString &html, const Resolve &resolve);

} // namespace etw::export_body
