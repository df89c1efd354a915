// SPDX-License-Identifier: GPL-3.0-or-later
#include "export/project_export.h"

#include "export/export_body.h"
#include "export/export_documents.h"
#include "export/export_html.h"
#include "export/export_names.h"
#include "export/export_readme.h"
#include "export/export_zip.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QLocale>
#include <QSaveFile>
#include <QSet>
#include <QTemporaryFile>

namespace etw {

using namespace Qt::StringLiterals;

namespace {

Error notWritable(const QString &folder, const QString &why)
{
    return {u"export_not_writable"_s,
            QCoreApplication::translate("etw::ProjectExport",
                                        "The export could not be written in %1: %2")
                .arg(QDir::toNativeSeparators(folder), why),
            {}};
}

Error failed(const QString &folder, const QString &why)
{
    return {u"export_failed"_s,
            QCoreApplication::translate("etw::ProjectExport",
                                        "The export in %1 could not be completed: %2")
                .arg(QDir::toNativeSeparators(folder), why),
            {}};
}

// QDir::mkdir says only that it failed; creating a file there says why.
QString whyNotWritable(const QDir &dir)
{
    QTemporaryFile probe(dir.filePath(u"etw-export-XXXXXX"_s));
    if (probe.open())
        return QCoreApplication::translate("etw::ProjectExport",
                                           "a folder could not be created there");
    return probe.errorString();
}

bool isSha256(const QString &s)
{
    if (s.size() != 64)
        return false;
    for (const QChar c : s)
        if (!((c >= u'0' && c <= u'9') || (c >= u'a' && c <= u'f')))
            return false;
    return true;
}

// Writes the files of the export into its .partial folder, each complete on disk before the
// folder is renamed (QSaveFile syncs it).
class Writer
{
public:
    explicit Writer(const QString &folder)
        : m_dir(folder)
    {}

    bool write(const QString &file, const QByteArray &bytes)
    {
        QSaveFile out(m_dir.filePath(file));
        if (!out.open(QIODevice::WriteOnly) || out.write(bytes) != bytes.size() || !out.commit())
            return setError(file, out.errorString());
        m_files.append(file);
        return true;
    }
    bool write(const QString &file, const QString &text) { return write(file, text.toUtf8()); }

    enum class Copied { Yes, NotHere, Failed };
    // A copy whose bytes are not the material's (changed or damaged since it was downloaded)
    // is not that material: it counts as not on this computer.
    Copied copy(const QString &file, const QString &from, const QString &sha256)
    {
        QFile in(from);
        if (from.isEmpty() || !in.open(QIODevice::ReadOnly))
            return Copied::NotHere;
        QSaveFile out(m_dir.filePath(file));
        if (!out.open(QIODevice::WriteOnly)) {
            setError(file, out.errorString());
            return Copied::Failed;
        }
        QCryptographicHash hash(QCryptographicHash::Sha256);
        QByteArray chunk;
        while (!(chunk = in.read(1 << 20)).isEmpty()) {
            hash.addData(chunk);
            if (out.write(chunk) != chunk.size()) {
                setError(file, out.errorString());
                return Copied::Failed;
            }
        }
        if (in.error() != QFileDevice::NoError || hash.result().toHex() != sha256.toLatin1()) {
            out.cancelWriting();
            return Copied::NotHere;
        }
        if (!out.commit()) {
            setError(file, out.errorString());
            return Copied::Failed;
        }
        m_files.append(file);
        return Copied::Yes;
    }

    bool mkdir(const QString &folder)
    {
        return m_dir.mkdir(folder) || setError(folder, whyNotWritable(m_dir));
    }

    const QStringList &files() const { return m_files; }
    const QString &error() const { return m_error; }

private:
    bool setError(const QString &file, const QString &why)
    {
        m_error = file + u": "_s + why;
        return false;
    }

    QDir m_dir;
    QStringList m_files;
    QString m_error;
};

// The first free name of the day: a folder, its .zip, and their .partial names all unused, so
// that an export never replaces or mixes with an earlier one (nor one being written).
Result<QString> reserveFolder(const QDir &target, const QString &title, QDate date)
{
    for (int copy = 1; copy <= 10000; ++copy) {
        const QString name = export_names::folderName(title, date, copy);
        const QStringList taken = {name, name + u".partial"_s, name + u".zip"_s,
                                   name + u".zip.partial"_s};
        bool used = false;
        for (const QString &t : taken)
            used = used || QFileInfo::exists(target.filePath(t));
        if (used)
            continue;
        if (target.mkdir(name + u".partial"_s))
            return name;
        if (!QFileInfo::exists(target.filePath(name + u".partial"_s)))
            return notWritable(target.absolutePath(), whyNotWritable(target));
        // Taken meanwhile by another export: the next name.
    }
    return notWritable(target.absolutePath(),
                       QCoreApplication::translate("etw::ProjectExport",
                                                   "too many exports of this project today"));
}

QString exportedLine(const ExportSource &source, const QDateTime &at)
{
    const QString when =
        export_documents::dateText(at) + u' ' + QLocale().toString(at.time(), QLocale::ShortFormat);
    return source.exportedBy.isEmpty()
               ? QCoreApplication::translate("etw::ProjectExport", "Exported on %1").arg(when)
               : QCoreApplication::translate("etw::ProjectExport", "Exported on %1 by %2")
                     .arg(when, source.exportedBy);
}

export_html::Site siteOf(const ExportSource &source, const QDateTime &at)
{
    export_html::Site site;
    site.lang = source.project.languages.value(0);
    site.title = source.project.title;
    site.exported = exportedLine(source, at);
    QHash<qint64, int> indexOf;
    for (const page_cache::Entry &e : source.pages) {
        export_html::SitePage p;
        p.title = e.page.title.trimmed().isEmpty()
                      ? QCoreApplication::translate("etw::ProjectExport", "Untitled page")
                      : e.page.title;
        p.file = export_names::pageFile(int(site.pages.size()) + 1, p.title);
        // Only a parent already listed: the tree stays a tree whatever the cache holds.
        p.parent = indexOf.value(e.page.parentId, -1);
        indexOf.insert(e.page.id, int(site.pages.size()));
        site.pages.append(p);
    }
    return site;
}

// The materials of the export: those of the project, and those its texts reference without
// this computer knowing them.
class Materials
{
public:
    // Copies the files this computer has; false when writing failed.
    bool copy(Writer &out, const QList<ExportMaterial> &materials)
    {
        QSet<QString> fileNames;
        for (const ExportMaterial &m : materials) {
            const QString sha = m.sha256.toLower();
            if (!isSha256(sha) || m_rowOf.contains(sha))
                continue;
            export_documents::MaterialRow row{sha, m.name, m.extension, m.mime, m.size, {}};
            QString file = export_names::materialFile(sha, m.name, m.extension);
            if (fileNames.contains(file))
                file = export_names::materialFile(sha, m.name, m.extension, 64);
            switch (out.copy(file, m.localFile, sha)) {
            case Writer::Copied::Yes:
                row.file = file;
                fileNames.insert(file);
                ++m_copied;
                break;
            case Writer::Copied::NotHere:
                break;
            case Writer::Copied::Failed:
                return false;
            }
            add(row);
        }
        return true;
    }

    // How a page (in pages/) links to the material.
    export_body::MaterialLink link(const QString &sha)
    {
        if (!m_rowOf.contains(sha))
            add({sha, {}, {}, {}, 0, {}}); // listed as missing all the same: links need a place
        const export_documents::MaterialRow &m = m_rows[m_rowOf.value(sha)];
        export_body::MaterialLink link;
        link.name = export_documents::displayName(m);
        link.present = !m.file.isEmpty();
        link.image = m.mime.startsWith(u"image/");
        link.href = link.present ? u"../"_s + m.file
                                 : u"../materials.html#"_s + export_documents::missingAnchor(sha);
        return link;
    }

    const QList<export_documents::MaterialRow> &rows() const { return m_rows; }
    int copied() const { return m_copied; }
    QStringList missing() const
    {
        QStringList out;
        for (const export_documents::MaterialRow &m : m_rows)
            if (m.file.isEmpty())
                out.append(export_documents::displayName(m));
        return out;
    }

private:
    void add(const export_documents::MaterialRow &row)
    {
        m_rowOf.insert(row.sha256, int(m_rows.size()));
        m_rows.append(row);
    }

    QList<export_documents::MaterialRow> m_rows;
    QHash<QString, int> m_rowOf; // sha-256 → index in m_rows
    int m_copied = 0;
};

bool writePages(Writer &out, const ExportSource &source, const export_html::Site &site,
                Materials &materials)
{
    const export_body::Resolve resolve = [&](const QString &sha) { return materials.link(sha); };
    for (int i = 0; i < source.pages.size(); ++i) {
        const Page &page = source.pages[i].page;
        export_documents::PageView view;
        view.index = i;
        view.body = export_body::rewrite(page.body, resolve);
        view.revision = page.revision;
        if (const auto r = source.published.find(page.id); r != source.published.end()) {
            view.author = r->authorName;
            if (r->createdAt > 0)
                view.publishedAt = QDateTime::fromMSecsSinceEpoch(r->createdAt);
        }
        if (!out.write(site.pages[i].file, export_documents::pageHtml(site, view)))
            return false;
    }
    return true;
}

QByteArray readme(const export_html::Site &site, const Materials &materials, const QDateTime &at)
{
    export_readme::Readme r;
    r.title = site.title;
    r.exported = site.exported;
    // With its offset from UTC: a date read in another time zone, years later, still says when.
    r.when = at.toOffsetFromUtc(at.offsetFromUtc()).toString(Qt::ISODate);
    r.files = {
        {u"index.html"_s, QCoreApplication::translate("etw::ProjectExport", "The project")},
        {u"materials.html"_s,
         QCoreApplication::translate("etw::ProjectExport", "The list of its materials")},
        {u"style.css"_s, QCoreApplication::translate("etw::ProjectExport", "How the pages look")},
        {u"README.txt"_s, QCoreApplication::translate("etw::ProjectExport", "This file")}};
    for (const export_html::SitePage &p : site.pages)
        r.files.append({p.file, p.title});
    for (const export_documents::MaterialRow &m : materials.rows())
        if (!m.file.isEmpty())
            r.files.append({m.file, export_documents::displayName(m)});
    r.missing = materials.missing();
    return export_readme::text(r);
}

} // namespace

Result<ExportResult> exportProject(const ExportSource &source, const QString &targetDir, bool zip)
{
    const Project &project = source.project;
    if (project.id == 0 && project.title.isEmpty())
        return Error{u"not_found"_s,
                     QCoreApplication::translate("etw::ProjectExport",
                                                 "This project is not on this computer."),
                     {}};
    QDir target(QFileInfo(targetDir).absoluteFilePath());
    if (!QDir().mkpath(target.absolutePath()))
        return notWritable(target.absolutePath(), whyNotWritable(target));
    const QDateTime at = source.at.isValid() ? source.at : QDateTime::currentDateTime();
    const auto reserved = reserveFolder(target, project.title, at.date());
    if (!reserved)
        return reserved.error();
    const QString name = reserved.value();
    const QString partial = target.filePath(name + u".partial"_s);
    const QString zipPartial = target.filePath(name + u".zip.partial"_s);
    auto abandon = [&](const QString &why) {
        QDir(partial).removeRecursively();
        QFile::remove(zipPartial);
        return failed(target.filePath(name), why);
    };

    Writer out(partial);
    const export_html::Site site = siteOf(source, at);
    Materials materials;
    // Materials first: the pages need to know which ones are here.
    if (!out.mkdir(u"pages"_s) || !out.mkdir(u"materials"_s) ||
        !materials.copy(out, source.materials) || !writePages(out, source, site, materials) ||
        !out.write(u"materials.html"_s, export_documents::materialsHtml(site, materials.rows())) ||
        !out.write(u"index.html"_s, export_documents::indexHtml(site, project)) ||
        !out.write(u"style.css"_s, export_documents::styleCss()) ||
        !out.write(u"README.txt"_s, readme(site, materials, at)))
        return abandon(out.error());
    if (zip) {
        const QString why = export_zip::write(zipPartial, partial, name, out.files(), at);
        if (!why.isEmpty())
            return abandon(why);
    }
    if (!target.rename(name + u".partial"_s, name))
        return abandon(
            QCoreApplication::translate("etw::ProjectExport", "its folder could not be renamed"));

    ExportResult result;
    result.folder = target.filePath(name);
    result.pages = int(site.pages.size());
    result.materials = materials.copied();
    result.missing = materials.missing();
    if (zip) {
        // The folder is complete already; a zip that cannot take its name is the only loss.
        result.zipFile = target.filePath(name + u".zip"_s);
        if (!QFile::rename(zipPartial, result.zipFile)) {
            QFile::remove(zipPartial);
            return failed(
                result.folder,
                QCoreApplication::translate("etw::ProjectExport", "the .zip could not be renamed"));
        }
    }
    return result;
}

} // namespace etw
