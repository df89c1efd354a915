// SPDX-License-Identifier: GPL-3.0-or-later
#include "tus_headers.h"

#include <QDateTime>
#include <QLocale>

namespace etw::server::tus {

using namespace Qt::StringLiterals;

std::optional<qint64> number(const QByteArray &value)
{
    const QByteArray v = value.trimmed();
    // At most 18 digits: never past qint64.
    if (v.isEmpty() || v.size() > 18)
        return std::nullopt;
    for (const char c : v)
        if (c < '0' || c > '9')
            return std::nullopt;
    return v.toLongLong();
}

std::optional<QHash<QString, QByteArray>> metadata(const QByteArray &value)
{
    QHash<QString, QByteArray> out;
    if (value.trimmed().isEmpty())
        return out;
    for (const QByteArray &pair : value.split(',')) {
        const QList<QByteArray> parts = pair.trimmed().split(' ');
        if (parts.isEmpty() || parts.size() > 2 || parts.first().isEmpty())
            return std::nullopt;
        const QString key = QString::fromLatin1(parts.first());
        if (out.contains(key))
            return std::nullopt;
        QByteArray decoded;
        if (parts.size() == 2) {
            auto result = QByteArray::fromBase64Encoding(parts.at(1),
                                                         QByteArray::AbortOnBase64DecodingErrors);
            if (!result)
                return std::nullopt;
            decoded = std::move(result.decoded);
        }
        out.insert(key, decoded);
    }
    return out;
}

std::variant<Checksum, QString> checksum(const QByteArray &value)
{
    const QList<QByteArray> parts = value.trimmed().split(' ');
    if (parts.size() != 2)
        return u"invalid_header"_s;
    Checksum c;
    qsizetype size = 0;
    if (parts.at(0) == "sha1") {
        c.algorithm = Digest::Algorithm::Sha1;
        size = 20;
    } else if (parts.at(0) == "sha256") {
        c.algorithm = Digest::Algorithm::Sha256;
        size = 32;
    } else if (parts.at(0) == "crc32") {
        c.algorithm = Digest::Algorithm::Crc32;
        size = 4;
    } else {
        return u"checksum_algorithm_unsupported"_s;
    }
    auto decoded =
        QByteArray::fromBase64Encoding(parts.at(1), QByteArray::AbortOnBase64DecodingErrors);
    if (!decoded || decoded.decoded.size() != size)
        return u"invalid_header"_s;
    c.digest = std::move(decoded.decoded);
    return c;
}

QByteArray httpDate(qint64 msSinceEpoch)
{
    // English day and month names whatever the locale: the format is fixed by HTTP.
    return QLocale::c()
        .toString(QDateTime::fromMSecsSinceEpoch(msSinceEpoch, Qt::UTC),
                  u"ddd, dd MMM yyyy hh:mm:ss 'GMT'"_s)
        .toLatin1();
}

} // namespace etw::server::tus
