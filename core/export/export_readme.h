// SPDX-License-Identifier: GPL-3.0-or-later
// README.txt of an export: what the folder is, who made it and when, how to open it, its files.
#pragma once

#include <QList>
#include <QString>
#include <QStringList>

namespace etw::export_readme {

struct File
{
    QString path;  // relative to the export's folder
    QString about; // what it holds: a page's title, a material's name…
};

struct Readme
{
    QString title;    // the project's
    QString exported; // "Exported on … by …"
    QString when;     // the same moment, machine-readable (ISO 8601 with its offset)
    QList<File> files;
    QStringList missing; // materials not on the exporting computer, by name
};

// Plain UTF-8 text with CRLF line ends: any editor of any system shows it as it is.
QByteArray text(const Readme &readme);

} // namespace etw::export_readme
