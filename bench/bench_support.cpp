// SPDX-License-Identifier: GPL-3.0-or-later
#include "bench_support.h"

#include <QFile>
#include <QRegularExpression>

#include <algorithm>
#include <cstdio>

namespace etw::bench {

qint64 residentKiB()
{
    QFile status(QStringLiteral("/proc/self/status"));
    if (!status.open(QIODevice::ReadOnly))
        return -1;
    const QString text = QString::fromLatin1(status.readAll());
    const auto match = QRegularExpression(QStringLiteral("VmRSS:\\s+(\\d+) kB")).match(text);
    return match.hasMatch() ? match.captured(1).toLongLong() : -1;
}

double percentile(QList<double> values, double p)
{
    if (values.isEmpty())
        return 0;
    std::sort(values.begin(), values.end());
    const qsizetype index = std::min<qsizetype>(values.size() - 1, qsizetype(p * values.size()));
    return values.at(index);
}

void report(const QString &name, double value, const QString &unit, double target,
            bool higherIsBetter)
{
    const double ratio = higherIsBetter ? value / target : target / value;
    std::printf("%-38s %12.2f %-10s target %s %.2f  ratio %.2f %s\n", qPrintable(name), value,
                qPrintable(unit), higherIsBetter ? ">=" : "<=", target, ratio,
                ratio >= 1.0 ? "OK" : "MISSED");
    std::fflush(stdout);
}

} // namespace etw::bench
