// SPDX-License-Identifier: GPL-3.0-or-later
#include "temp_home.h"

#include <QStandardPaths>

namespace etw::test {
TempHome::TempHome()
{
    qputenv("XDG_DATA_HOME", (m_dir.path() + QStringLiteral("/data")).toUtf8());
    qputenv("XDG_CONFIG_HOME", (m_dir.path() + QStringLiteral("/config")).toUtf8());
    QStandardPaths::setTestModeEnabled(false);
}
} // namespace etw::test
