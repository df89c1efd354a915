// SPDX-License-Identifier: GPL-3.0-or-later
#include "conditional_requests.h"

#include "tus_headers.h"

#include <QList>

namespace etw::server::conditional {

namespace {
QByteArray opaque(QByteArray tag)
{
    tag = tag.trimmed();
    if (tag.startsWith("W/"))
        tag = tag.mid(2);
    return tag;
}
} // namespace

bool noneMatch(const QByteArray &ifNoneMatch, const QByteArray &etag)
{
    if (ifNoneMatch.trimmed() == "*")
        return true;
    for (const QByteArray &tag : ifNoneMatch.split(','))
        if (!tag.trimmed().isEmpty() && opaque(tag) == opaque(etag))
            return true;
    return false;
}

Range range(const QByteArray &header, qint64 size, const QByteArray &ifRange,
            const QByteArray &etag)
{
    const QByteArray value = header.trimmed();
    // A piece of another content (If-Range names another tag, or a date: ours are tags) must
    // not be completed with this one's bytes.
    if (!value.startsWith("bytes=") || value.contains(',') ||
        (!ifRange.isEmpty() && ifRange.trimmed() != etag))
        return {};
    const QByteArray spec = value.mid(6).trimmed();
    const qsizetype dash = spec.indexOf('-');
    if (dash < 0)
        return {};
    const auto first = tus::number(spec.left(dash));
    const auto last = tus::number(spec.mid(dash + 1));
    if (!first) {
        // "-n": the last n bytes.
        if (!last || dash != 0)
            return {};
        if (*last == 0 || size == 0)
            return {Range::Unsatisfiable};
        return {Range::Part, std::max<qint64>(0, size - *last), size - 1};
    }
    if (dash + 1 < spec.size() && !last)
        return {};
    if (last && *last < *first)
        return {}; // invalid: ignored, as RFC 9110 asks
    if (*first >= size)
        return {Range::Unsatisfiable};
    return {Range::Part, *first, last ? std::min(*last, size - 1) : size - 1};
}

} // namespace etw::server::conditional
