// SPDX-License-Identifier: GPL-3.0-or-later
#include "export/export_zip.h"

#include <QDir>
#include <QFile>
#include <QSet>

#include <zip.h>

namespace etw::export_zip {

using namespace Qt::StringLiterals;

namespace {

// Deflating pictures, sound, video or office files (zips themselves) gains nothing and costs
// a long wait on a large export.
bool alreadyCompressed(const QString &file)
{
    static const QSet<QString> extensions = {u"jpg"_s,  u"jpeg"_s, u"png"_s, u"gif"_s,  u"webp"_s,
                                             u"mp3"_s,  u"m4a"_s,  u"ogg"_s, u"oga"_s,  u"mp4"_s,
                                             u"m4v"_s,  u"webm"_s, u"zip"_s, u"docx"_s, u"xlsx"_s,
                                             u"pptx"_s, u"odt"_s,  u"ods"_s, u"odp"_s};
    return extensions.contains(file.section(u'.', -1).toLower());
}

// Unpacked on Unix, files readable by all and folders enterable (zip stores no owner).
constexpr zip_uint32_t fileMode = 0100644u << 16;
constexpr zip_uint32_t folderMode = 040755u << 16;

} // namespace

QString write(const QString &zipFile, const QString &folder, const QString &topName,
              const QStringList &files, const QDateTime &at)
{
    int code = 0;
    zip_t *archive = zip_open(QFile::encodeName(zipFile).constData(), ZIP_CREATE | ZIP_EXCL, &code);
    if (!archive) {
        zip_error_t error;
        zip_error_init_with_code(&error, code);
        const QString why = QString::fromLocal8Bit(zip_error_strerror(&error));
        zip_error_fini(&error);
        return why;
    }
    const time_t mtime = time_t(at.toSecsSinceEpoch());
    auto fail = [archive]() {
        const QString why = QString::fromLocal8Bit(zip_strerror(archive));
        zip_discard(archive);
        return why;
    };
    auto addFolder = [&](const QString &name) {
        const zip_int64_t index = zip_dir_add(archive, name.toUtf8().constData(), ZIP_FL_ENC_UTF_8);
        return index >= 0 &&
               zip_file_set_external_attributes(archive, zip_uint64_t(index), 0, ZIP_OPSYS_UNIX,
                                                folderMode) == 0 &&
               zip_file_set_mtime(archive, zip_uint64_t(index), mtime, 0) == 0;
    };
    if (!addFolder(topName + u'/'))
        return fail();
    QSet<QString> folders;
    for (const QString &file : files) {
        const QString parent = file.section(u'/', 0, -2);
        if (!parent.isEmpty() && !folders.contains(parent)) {
            folders.insert(parent);
            if (!addFolder(topName + u'/' + parent + u'/'))
                return fail();
        }
        const QByteArray path = QFile::encodeName(QDir(folder).filePath(file));
        zip_source_t *source = zip_source_file(archive, path.constData(), 0, -1); // to its end
        if (!source)
            return fail();
        const zip_int64_t index = zip_file_add(
            archive, (topName + u'/' + file).toUtf8().constData(), source, ZIP_FL_ENC_UTF_8);
        if (index < 0) {
            zip_source_free(source);
            return fail();
        }
        const auto i = zip_uint64_t(index);
        const bool store = alreadyCompressed(file);
        if (zip_set_file_compression(archive, i, store ? ZIP_CM_STORE : ZIP_CM_DEFLATE,
                                     store ? 0 : 9) != 0 ||
            zip_file_set_external_attributes(archive, i, 0, ZIP_OPSYS_UNIX, fileMode) != 0 ||
            zip_file_set_mtime(archive, i, mtime, 0) != 0)
            return fail();
    }
    // The files are read and the archive written here, into a temporary file libzip renames.
    if (zip_close(archive) != 0)
        return fail();
    return {};
}

} // namespace etw::export_zip
