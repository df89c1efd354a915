// SPDX-License-Identifier: GPL-3.0-or-later
// What an export of a project is made from, read from the account's cache.
#include "export/project_export.h"

#include "store/material_cache.h"
#include "store/project_cache.h"

namespace etw {

using namespace Qt::StringLiterals;

ExportSource exportSource(QSqlDatabase &db, qint64 projectId,
                          const std::function<QString(const QString &)> &localCopy)
{
    ExportSource source;
    source.at = QDateTime::currentDateTime();
    const auto project = project_cache::project(db, projectId, false);
    if (!project)
        return source;
    source.project = *project;
    // The account's own drafts are in the cache too: they are not the project's yet.
    for (const page_cache::Entry &e : page_cache::tree(db, projectId, false)) {
        if (e.page.state != u"published")
            continue;
        source.pages.append(e);
        for (const PageRevision &r : page_cache::revisions(db, e.page.id))
            if (r.number == e.page.revision)
                source.published.insert(e.page.id, r);
    }
    for (const material_cache::Entry &e : material_cache::list(db, projectId, false)) {
        const Material &m = e.material;
        source.materials.append({m.sha256, m.name, m.extension, m.mime, m.size,
                                 localCopy ? localCopy(m.sha256) : QString()});
    }
    return source;
}

} // namespace etw
