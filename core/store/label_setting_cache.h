// SPDX-License-Identifier: GPL-3.0-or-later
// The country's label setting as this computer has it: pulled from its country scope, with the
// change its national service made here and has not sent yet.
#pragma once

#include "domain/label_setting.h"
#include "domain/sync_types.h"
#include "store/scoped_rows.h"

#include <QSqlDatabase>

namespace etw::label_setting_cache {

const scoped_rows::Table &table();

// The setting of `country`: the queued change over the pulled one, the default without either.
LabelSetting setting(QSqlDatabase &db, const QString &country);
// The server took a change: the cache holds it until the pull brings it back.
bool confirm(QSqlDatabase &db, const Mutation &m, const MutationResult &r);

} // namespace etw::label_setting_cache
