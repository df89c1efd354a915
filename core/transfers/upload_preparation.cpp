// SPDX-License-Identifier: GPL-3.0-or-later
#include "transfers/upload_preparation.h"

#include "crypto/digest.h"
#include "domain/material_type.h"
#include "transfers/material_files.h"
#include "transfers/transfer_messages.h"

#include <QFile>
#include <QFileInfo>

#include <filesystem>
#include <system_error>

namespace etw {

using namespace Qt::StringLiterals;

PreparedCopy prepareCopy(const QString &source, const QString &name, const MaterialFiles &files,
                         qint64 transferId, PreparationControl &control)
{
    PreparedCopy result;
    const auto fail = [&](const QString &code, const QString &message) {
        result.code = code;
        result.message = message;
        return result;
    };
    QFile in(source);
    if (!QFileInfo(source).isFile() || !in.open(QIODevice::ReadOnly))
        return fail(u"source_gone"_s, transfer_messages::sourceGone(name));
    const QString incoming = files.incomingPath(transferId);
    if (!files.makeIncomingFolder())
        return fail(u"copy_failed"_s, transfer_messages::copyFailed(name, files.folder()));
    QFile out(incoming);
    if (!out.open(QIODevice::WriteOnly | QIODevice::Truncate))
        return fail(u"copy_failed"_s, transfer_messages::copyFailed(name, out.errorString()));
    Digest sha256(Digest::Algorithm::Sha256);
    QByteArray buffer(4 << 20, Qt::Uninitialized);
    qint64 size = 0;
    for (;;) {
        if (control.cancel) {
            out.close();
            QFile::remove(incoming);
            return fail(u"cancelled"_s, {});
        }
        const qint64 n = in.read(buffer.data(), buffer.size());
        if (n < 0) {
            out.close();
            QFile::remove(incoming);
            return fail(u"source_gone"_s, transfer_messages::sourceGone(name));
        }
        if (n == 0)
            break;
        const QByteArrayView piece(buffer.constData(), n);
        sha256.add(piece);
        if (out.write(piece.data(), n) != n) {
            const QString why = out.errorString();
            out.close();
            QFile::remove(incoming);
            return fail(u"copy_failed"_s, transfer_messages::copyFailed(name, why));
        }
        size += n;
        control.read = size;
    }
    // On the disk before a row names it.
    if (!MaterialFiles::sync(out)) {
        const QString why = out.errorString();
        out.close();
        QFile::remove(incoming);
        return fail(u"copy_failed"_s, transfer_messages::copyFailed(name, why));
    }
    out.close();
    result.sha256 = QString::fromLatin1(sha256.result().toHex());
    result.size = size;
    // The copy is what goes: judged again from its own bytes (the file may have changed since
    // it was queued).
    const auto type = material_type::detect(incoming);
    if (const QString code = material_type::check(type, size); !code.isEmpty()) {
        QFile::remove(incoming);
        return fail(code, material_type::refusal(name, type, size));
    }
    if (result.sha256.size() != 64 || !files.makeFolderFor(result.sha256)) {
        QFile::remove(incoming);
        return fail(u"copy_failed"_s, transfer_messages::copyFailed(name, files.folder()));
    }
    // Replaces a copy of the same name: the same bytes, or a damaged one.
    std::error_code error;
    std::filesystem::rename(std::filesystem::path(incoming.toStdU16String()),
                            std::filesystem::path(files.path(result.sha256).toStdU16String()),
                            error);
    if (error) {
        QFile::remove(incoming);
        return fail(u"copy_failed"_s,
                    transfer_messages::copyFailed(name, QString::fromLocal8Bit(error.message())));
    }
    return result;
}

} // namespace etw
