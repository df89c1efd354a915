// SPDX-License-Identifier: GPL-3.0-or-later
// Turns SIGTERM and SIGINT into a clean QCoreApplication::quit(), so that shutdown work runs.
#pragma once

class QObject;

namespace etw::server {
// Installs the handlers; the notifier is parented to `parent`.
void quitOnTerminationSignals(QObject *parent);
} // namespace etw::server
