// SPDX-License-Identifier: GPL-3.0-or-later
// Turns stable field-error codes into sentences in the current UI language.
#pragma once

#include "domain/error.h"

namespace etw {

// The field's name as a user knows it ("Pupils' minimum age" for "ageMin").
QString fieldLabel(const QString &field);
// "Pupils' minimum age: must be between 3 and 20."
QString validationMessage(const QString &field, const QString &code);
FieldError fieldError(const QString &field, const QString &code);
// A list of catalogue codes (subjects, languages): present, not too long, known, no repeats.
void checkCodeList(FieldErrors &errors, const QString &field, const QStringList &codes,
                   bool (*known)(const QString &), int maxSize);
// A "validation_failed" error carrying the given field errors.
Error invalidInput(const FieldErrors &fields);
// Rewrites the messages of an error received from elsewhere (the server) in the UI language.
Error localized(Error error);

} // namespace etw
