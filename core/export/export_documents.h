// SPDX-License-Identifier: GPL-3.0-or-later
// The HTML files of an export: the project, each page, the materials; and its style sheet.
#pragma once

#include "domain/project.h"
#include "export/export_html.h"

#include <QDateTime>
#include <QList>
#include <QString>

namespace etw::export_documents {

struct MaterialRow
{
    QString sha256;
    QString name;
    QString extension;
    QString mime;
    qint64 size = 0; // 0: not known
    QString file;    // relative to the export's folder; empty: not in the export
};
// The id of a missing material's entry in materials.html, what links to it point at.
QString missingAnchor(const QString &sha256);
// Its name, or what stands for it when a text references a material this computer knows
// nothing of: "Unnamed material 0123456789ab".
QString displayName(const MaterialRow &material);

// index.html: the project's form, its members, its approvals, its pages.
QString indexHtml(const export_html::Site &site, const Project &project);

struct PageView
{
    int index = 0; // in Site::pages
    QString body;  // HTML, material references already rewritten
    qint64 revision = 0;
    QString author; // of that revision, when known
    QDateTime publishedAt;
};
QString pageHtml(const export_html::Site &site, const PageView &page);

QString materialsHtml(const export_html::Site &site, const QList<MaterialRow> &materials);

QString styleCss();

// "6 May 2024" in the UI language (the language the export is written in).
QString dateText(const QDateTime &at);

} // namespace etw::export_documents
