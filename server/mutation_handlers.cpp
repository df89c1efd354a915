// SPDX-License-Identifier: GPL-3.0-or-later
#include "mutation_handlers.h"

#include "chat_mutations.h"
#include "eql_mutations.h"
#include "forum_mutations.h"
#include "label_mutations.h"
#include "material_mutations.h"
#include "page_mutations.h"
#include "profile_mutations.h"
#include "project_mutations.h"
#include "review_mutations.h"
#include "school_label_mutations.h"

#include <QHash>

namespace etw::server::mutation_handlers {

using namespace Qt::StringLiterals;

namespace {
const QHash<QString, MutationHandler> &table()
{
    // A kind of data adds its module's handlers here (one line); the rules are beside them.
    static const QHash<QString, MutationHandler> byKind = [] {
        QHash<QString, MutationHandler> out;
        for (const QList<MutationHandler> &module :
             {profile_mutations::handlers(), project_mutations::handlers(),
              page_mutations::handlers(), material_mutations::handlers(),
              forum_mutations::handlers(), chat_mutations::handlers(), review_mutations::handlers(),
              label_mutations::handlers(), eql_mutations::handlers(),
              school_label_mutations::handlers()})
            for (const MutationHandler &h : module) {
                Q_ASSERT(!out.contains(h.type + u'/' + h.op));
                out.insert(h.type + u'/' + h.op, h);
            }
        return out;
    }();
    return byKind;
}
} // namespace

const MutationHandler *find(const QString &type, const QString &op)
{
    const auto it = table().constFind(type + u'/' + op);
    return it == table().constEnd() ? nullptr : &it.value();
}

QStringList all()
{
    QStringList out = table().keys();
    out.sort();
    return out;
}

} // namespace etw::server::mutation_handlers
