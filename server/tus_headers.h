// SPDX-License-Identifier: GPL-3.0-or-later
// The tus 1.0 resumable upload protocol's headers: their values as this server reads and
// writes them (https://tus.io/protocols/resumable-upload).
#pragma once

#include "crypto/digest.h"

#include <QByteArray>
#include <QHash>
#include <QString>

#include <optional>
#include <variant>

namespace etw::server::tus {

inline constexpr char version[] = "1.0.0";
inline constexpr char extensions[] = "creation,checksum,expiration,termination";
// crc32 (4 bytes, most significant first) is the cheapest and what this project's client sends;
// sha1 is what tus requires of every server.
inline constexpr char checksumAlgorithms[] = "sha1,sha256,crc32";
inline constexpr char chunkContentType[] = "application/offset+octet-stream";
// Qt HttpServer 6.4 holds a whole request body in memory before a handler runs: an upload is
// sent in chunks of at most this.
inline constexpr qint64 maxChunkBytes = 8 * 1024 * 1024;
// Where the uploads live, for the parts of the server that treat them apart (body limits).
inline constexpr char pathPrefix[] = "/api/v1/uploads";

// Upload-Length, Upload-Offset: a non-negative decimal integer, nothing else.
std::optional<qint64> number(const QByteArray &value);
// Upload-Metadata: comma-separated "key base64value" pairs (the value may be left out); keys
// are unique. nullopt when malformed.
std::optional<QHash<QString, QByteArray>> metadata(const QByteArray &value);

struct Checksum
{
    Digest::Algorithm algorithm;
    QByteArray digest;
};
// Upload-Checksum: "<algorithm> <base64 digest>". The error code when it cannot be used:
// "checksum_algorithm_unsupported" or "invalid_header".
std::variant<Checksum, QString> checksum(const QByteArray &value);

// Upload-Expires and other HTTP dates: "Wed, 25 Jun 2014 16:00:00 GMT".
QByteArray httpDate(qint64 msSinceEpoch);

} // namespace etw::server::tus
