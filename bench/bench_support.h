// SPDX-License-Identifier: GPL-3.0-or-later
// Small helpers shared by the benchmarks: resident memory, percentiles, printing a figure.
#pragma once

#include <QList>
#include <QString>

namespace etw::bench {
qint64 residentKiB(); // VmRSS of this process
double percentile(QList<double> values, double p);
// "name: value unit (target …, ratio x.xx)" — ratio > 1 means better than the target.
void report(const QString &name, double value, const QString &unit, double target,
            bool higherIsBetter);
} // namespace etw::bench
