// SPDX-License-Identifier: GPL-3.0-or-later
// What the issues list says of a review decision the server did not take: which one stands.
#pragma once

#include <QJsonObject>
#include <QString>

namespace etw::kinds::review {

// For a refused registration or project decision (`details`: the error, and the server's
// `current` registration or decision); empty for anything else.
QString explainRefusedDecision(const QString &kind, const QJsonObject &data,
                               const QJsonObject &details);

} // namespace etw::kinds::review
