// SPDX-License-Identifier: GPL-3.0-or-later
// The file and folder names of an export: ASCII, bounded, safe on every file system.
#pragma once

#include <QDate>
#include <QString>

namespace etw::export_names {

// Lower-case ASCII letters and digits joined by single hyphens, at most maxLength long:
// "Ευρώπη, ma école 🌍" → "evropi-ma-ecole". Empty when nothing in the text can be spelt so.
QString slug(const QString &text, int maxLength = 48);
// Names Windows refuses for a file, with or without an extension (CON, nul.txt, COM1…).
bool isReserved(const QString &name);

// "<slug of the title>-2024-05-06" (or "project-…"); `copy` > 1 adds "-<copy>".
QString folderName(const QString &title, QDate date, int copy = 1);
// "pages/3-our-school.html": the number makes it unique whatever the titles.
QString pageFile(int number, const QString &title);
// "materials/0123456789ab-poster.pdf": prefixLength hex digits of the sha-256, then the name
// without the extension it may already carry.
QString materialFile(const QString &sha256, const QString &name, const QString &extension,
                     int prefixLength = 12);

} // namespace etw::export_names
