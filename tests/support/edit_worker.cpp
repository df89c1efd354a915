// SPDX-License-Identifier: GPL-3.0-or-later
// A client that registers N projects ("Crash test 1" … N) and syncs them, resuming where it
// stands in its cache: tst_crash_safety kills it with SIGKILL at random moments, again and again.
//   etw_edit_worker SERVER CACHE TOKEN ACCOUNT_JSON N
#include "session/account_session.h"
#include "sync/sync_controller.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSet>
#include <QThread>
#include <QTimer>

#include <cstdio>

using namespace etw;
using namespace Qt::StringLiterals;

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    const QStringList args = app.arguments();
    if (args.size() != 6)
        return 2;
    const auto account = Account::fromJson(QJsonDocument::fromJson(args[4].toUtf8()).object());
    if (!account)
        return 2;
    const int n = args[5].toInt();
    AccountSession session(QUrl(args[1]), account.value(), args[2], nullptr);
    if (!session.open().ok())
        return 3;
    session.setToken(args[3]);
    std::printf("ready\n");
    std::fflush(stdout);

    int next = 1;
    QTimer editor;
    QObject::connect(&editor, &QTimer::timeout, [&] {
        // What this cache already holds, as a draft (any state) or as a project.
        QSet<QString> known;
        QString unsent;
        for (const auto &d : session.drafts()) {
            known.insert(d.form[u"title"_s].toString());
            if (d.state == u"editing")
                unsent = d.localId;
        }
        for (const Project &p : session.myProjects())
            known.insert(p.title);
        // Killed between saving and submitting: submit what was saved.
        if (!unsent.isEmpty()) {
            session.submitDraft(unsent);
            return;
        }
        while (next <= n && known.contains(u"Crash test %1"_s.arg(next)))
            ++next;
        if (next > n) {
            editor.stop();
            return;
        }
        const QJsonObject form{{u"kind"_s, u"european"_s},
                               {u"title"_s, u"Crash test %1"_s.arg(next)},
                               {u"summary"_s, u"Made to be killed."_s},
                               {u"subjects"_s, QJsonArray{u"ict"_s}},
                               {u"languages"_s, QJsonArray{u"en"_s}},
                               {u"ageMin"_s, 12},
                               {u"ageMax"_s, 14},
                               {u"durationMonths"_s, 3},
                               {u"aims"_s, u"Never lose an edit."_s}};
        const QString id = session.saveDraft({}, form);
        if (!id.isEmpty())
            session.submitDraft(id);
    });
    editor.start(60); // slow enough for the test to kill it often while it edits

    // Done when every edit is made and the server has taken them all.
    QTimer done;
    QObject::connect(&done, &QTimer::timeout, [&] {
        const SyncStatus st = session.sync()->status();
        if (!editor.isActive() && st.waitingEdits == 0 && session.pendingEdits().isEmpty() &&
            st.state == SyncStatus::State::UpToDate) {
            std::printf("done\n");
            std::fflush(stdout);
            app.quit();
        } else if (!editor.isActive()) {
            session.sync()->syncNow();
        }
    });
    done.start(200);
    return app.exec();
}
