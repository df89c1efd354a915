// SPDX-License-Identifier: GPL-3.0-or-later
// Reads the server's settings from its command line and, with --config, from an INI file.
#pragma once

#include "domain/error.h"
#include "server_config.h"

#include <QStringList>

namespace etw::server {

// Command-line values win over the file's. --help and --version print and exit.
Result<ServerConfig> parseServerOptions(const QStringList &arguments);

} // namespace etw::server
