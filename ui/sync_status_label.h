// SPDX-License-Identifier: GPL-3.0-or-later
// The status bar's account of sync: syncing n of m, up to date, offline, edits waiting.
#pragma once

#include "sync/sync_status.h"

#include <QLabel>

namespace etw {

class SyncStatusLabel : public QLabel
{
    Q_OBJECT
public:
    explicit SyncStatusLabel(QWidget *parent = nullptr);
    void setStatus(const SyncStatus &status);
    // No sync at all this run (no token): said plainly rather than as an error.
    void setSignedOut();

protected:
    void changeEvent(QEvent *event) override;

private:
    void render();
    SyncStatus m_status;
    bool m_signedOut = false;
};

} // namespace etw
