// SPDX-License-Identifier: GPL-3.0-or-later
// "Export project…": a folder (and a .zip of it) that any browser opens with no app, no network.
#pragma once

#include "domain/error.h"
#include "domain/page.h"
#include "domain/project.h"
#include "store/page_cache.h"

#include <QDateTime>
#include <QHash>
#include <QList>
#include <QSqlDatabase>
#include <QString>
#include <QStringList>

#include <functional>

namespace etw {

struct ExportMaterial
{
    QString sha256; // 64 lowercase hex: what page texts reference as material:<sha256>
    QString name;   // as its sender named it
    QString extension;
    QString mime;
    qint64 size = 0;
    QString localFile; // a copy on this computer, or empty when not downloaded
};

struct ExportSource
{
    Project project;
    QList<page_cache::Entry> pages; // tree order: parents before children
    QList<ExportMaterial> materials;
    QString exportedBy; // the name of whoever exports, as the export credits them
    QDateTime at;       // when (and the date in the folder's name)
    // The revision each page shows, when this computer has it: who published it and when.
    QHash<qint64, PageRevision> published;
};

// What the account's cache holds for the project: the server's copy of the project and of its
// published pages. Edits not sent yet are left out: they are not part of the project until the
// server took them, and their texts are not sanitised yet. Materials: the server's list, each
// with the copy `localCopy` finds on this computer for its sha256 (none: not downloaded).
// `at` is now; exportedBy is the caller's to fill (the account's display name). No project:
// project.id stays 0.
ExportSource exportSource(QSqlDatabase &db, qint64 projectId,
                          const std::function<QString(const QString &sha256)> &localCopy = {});

struct ExportResult
{
    QString folder;  // absolute path of the folder written
    QString zipFile; // absolute path of the .zip, empty when none was asked for
    int pages = 0;
    int materials = 0;   // material files copied into the export
    QStringList missing; // materials not on this computer, by name
};

// Writes <targetDir>/<slug of the title>-<yyyy-mm-dd>[-n]/ (never over an earlier export)
// and, with zip, the .zip beside it holding that folder. Each is written under a .partial
// name and renamed when complete, so that what carries the final name is always whole.
// Errors name the folder, in the UI language. Blocks for as long as copying takes: call it
// off the UI thread.
Result<ExportResult> exportProject(const ExportSource &source, const QString &targetDir,
                                   bool zip = true);

} // namespace etw
