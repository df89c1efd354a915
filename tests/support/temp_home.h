// SPDX-License-Identifier: GPL-3.0-or-later
// Points the test's app data and settings at a throwaway folder, so runs never share state.
#pragma once

#include <QTemporaryDir>

namespace etw::test {
class TempHome
{
public:
    TempHome();
    QString path() const { return m_dir.path(); }

private:
    QTemporaryDir m_dir;
};
} // namespace etw::test
