// SPDX-License-Identifier: GPL-3.0-or-later
// HTTP conditional and partial GETs of a file: If-None-Match against a strong ETag, and one
// byte range (RFC 9110, sections 13 and 14).
#pragma once

#include <QByteArray>

namespace etw::server::conditional {

// If-None-Match: "*" or a list of entity tags, compared weakly (W/"x" matches "x").
bool noneMatch(const QByteArray &ifNoneMatch, const QByteArray &etag);

struct Range
{
    enum Kind {
        Whole,         // no Range, one not understood, or several ranges: the whole content
        Part,          // first..last, inclusive, within the content
        Unsatisfiable, // starts past the end: 416
    };
    Kind kind = Whole;
    qint64 first = 0;
    qint64 last = -1;
};
// Range: "bytes=a-b", "bytes=a-" or "bytes=-n" of a content of `size` bytes. `ifRange` is the
// request's If-Range: when it does not name this ETag, the range is ignored (the client's
// piece is of another content).
Range range(const QByteArray &header, qint64 size, const QByteArray &ifRange = {},
            const QByteArray &etag = {});

} // namespace etw::server::conditional
