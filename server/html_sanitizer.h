// SPDX-License-Identifier: GPL-3.0-or-later
// Allow-list HTML sanitiser for TwinSpace pages: one canonical, line-per-block form.
#pragma once

#include <QString>

#include <functional>

namespace etw::server::html {

struct SanitizeOptions
{
    // Whether `sha256` (64 lowercase hex) names a material of the page's project; null: any
    // well-formed one.
    std::function<bool(const QString &sha256)> materialAllowed;
};

struct Sanitized
{
    QString html;    // canonical: body content only, one block per line
    int removed = 0; // elements/attributes/properties dropped (for logs and tests)
};

// Whatever the client sent (QTextDocument::toHtml() or anything else). Idempotent.
Sanitized sanitize(const QString &input, const SanitizeOptions &options = {});

// Text only (entities decoded, blocks separated by newlines): for search and previews.
QString plainText(const QString &canonicalHtml);

} // namespace etw::server::html
