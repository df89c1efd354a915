// SPDX-License-Identifier: GPL-3.0-or-later
// Folds text for search so that "emilie" finds "Émilie" and "lukasz" finds "Łukasz".
#pragma once

#include <QString>
#include <QStringList>

namespace etw {

// Lower case, no diacritics, letters without a Unicode decomposition (ł, ø, đ, ß…) spelt
// the way people type them without the key. Used on both the indexed text and the query.
QString foldForSearch(const QString &text);

// Splits a folded query into words (letters and digits), dropping punctuation.
QStringList searchTerms(const QString &foldedText);

} // namespace etw
