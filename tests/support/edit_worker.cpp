// SPDX-License-Identifier: GPL-3.0-or-later
// A client that registers N projects ("Crash test 1" … N) and syncs them, resuming where it
// stands in its cache: tst_crash_safety kills it with SIGKILL at random moments, again and again.
//   etw_edit_worker SERVER CACHE TOKEN ACCOUNT_JSON N
// scripts/soak kills its other mode a thousand times, through a faulty proxy:
//   etw_edit_worker soak SERVER CACHE TOKEN ACCOUNT_JSON N [finish]
// which mixes registrations ("Soak 1" … N), profile edits and project edits, some made before
// it has a token (offline), and prints each one once saved, so that the script can tell what
// was typed from what reached the server. With `finish` it makes the registrations still
// missing, then syncs until the server has everything, and prints "done".
#include "session/account_session.h"
#include "sync/sync_controller.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QRandomGenerator>
#include <QRegularExpression>
#include <QSet>
#include <QThread>
#include <QTimer>

#include <cstdio>

using namespace etw;
using namespace Qt::StringLiterals;

namespace {

QJsonObject registration(const QString &title, const QString &summary)
{
    return {{u"kind"_s, u"european"_s},
            {u"title"_s, title},
            {u"summary"_s, summary},
            {u"subjects"_s, QJsonArray{u"ict"_s}},
            {u"languages"_s, QJsonArray{u"en"_s}},
            {u"ageMin"_s, 12},
            {u"ageMax"_s, 14},
            {u"durationMonths"_s, 3},
            {u"aims"_s, u"Never lose an edit."_s}};
}

// "soak bio 17" → 17; 0 for anything else.
qint64 counterIn(const QString &text)
{
    static const QRegularExpression number(u"^soak (?:bio|summary) (\\d+)$"_s);
    const auto m = number.match(text);
    return m.hasMatch() ? m.captured(1).toLongLong() : 0;
}

void say(const QString &line)
{
    // One write per line, flushed at once: what is printed was saved before the kill.
    std::printf("%s\n", qPrintable(line));
    std::fflush(stdout);
}

int soak(QCoreApplication &app, const QStringList &args)
{
    const auto account = Account::fromJson(QJsonDocument::fromJson(args[5].toUtf8()).object());
    if (!account)
        return 2;
    const int n = args[6].toInt();
    const bool finish = args.value(7) == u"finish";
    AccountSession session(QUrl(args[2]), account.value(), args[3], nullptr);
    if (const auto opened = session.open(); !opened) {
        say(u"cannot open the cache: "_s + opened.error().code);
        return 3;
    }
    say(u"ready"_s);
    // Half the runs start offline: their edits wait in the outbox until the token comes.
    QRandomGenerator &random = *QRandomGenerator::global();
    const QString token = args[4];
    if (finish || random.bounded(2))
        session.setToken(token);
    else
        QTimer::singleShot(int(random.bounded(0, 200)), &app, [&] { session.setToken(token); });

    // Values are numbered across runs, from what this cache holds (what was saved survives
    // the kill, so the next run never reuses a number).
    qint64 counter = 0;
    if (const auto p = session.myProfile())
        counter = counterIn(p->bio);
    for (const Project &p : session.myProjects())
        counter = std::max(counter, counterIn(p.summary));
    for (const auto &d : session.drafts())
        counter = std::max(counter, counterIn(d.form[u"summary"_s].toString()));

    QTimer editor;
    QObject::connect(&editor, &QTimer::timeout, [&] {
        QSet<QString> known;
        QString unsent;
        for (const auto &d : session.drafts()) {
            known.insert(d.form[u"title"_s].toString());
            if (d.state == u"editing")
                unsent = d.localId;
        }
        const QList<Project> projects = session.myProjects();
        for (const Project &p : projects)
            known.insert(p.title);
        // Killed between saving and submitting: submit what was saved.
        if (!unsent.isEmpty()) {
            if (session.submitDraft(unsent))
                say(u"submitted "_s + unsent);
            return;
        }
        int next = 1;
        while (next <= n && known.contains(u"Soak %1"_s.arg(next)))
            ++next;
        if (finish && next > n) {
            editor.stop();
            return;
        }
        const int choice = finish ? 0 : int(random.bounded(3));
        if (choice == 0 && next <= n) {
            const QString title = u"Soak %1"_s.arg(next);
            const QString draft =
                session.saveDraft({}, registration(title, u"Registered by the soak."_s));
            if (!draft.isEmpty() && session.submitDraft(draft))
                say(u"saved registration "_s + title);
        } else if (choice == 1 || projects.isEmpty()) {
            const QString bio = u"soak bio %1"_s.arg(++counter);
            if (const auto saved = session.editProfile({{u"bio"_s, bio}}))
                say(u"saved bio %1"_s.arg(counter));
            else
                qWarning() << "profile edit not saved:" << saved.error().code
                           << saved.error().message;
        } else {
            const Project &p = projects.at(random.bounded(int(projects.size())));
            const QString summary = u"soak summary %1"_s.arg(++counter);
            if (session.editProject(p.id, {{u"summary"_s, summary}}))
                say(u"saved summary %1 %2"_s.arg(p.id).arg(counter));
        }
    });
    editor.start(15);

    QTimer done;
    QObject::connect(&done, &QTimer::timeout, [&] {
        const SyncStatus st = session.sync()->status();
        if (!editor.isActive() && st.waitingEdits == 0 && session.pendingEdits().isEmpty() &&
            st.state == SyncStatus::State::UpToDate) {
            say(u"done"_s);
            app.quit();
        } else if (!editor.isActive() && st.state != SyncStatus::State::Syncing) {
            session.sync()->syncNow(); // see main()
        }
    });
    if (finish)
        done.start(200);
    return app.exec();
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    const QStringList args = app.arguments();
    if (args.size() >= 7 && args[1] == u"soak")
        return soak(app, args);
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
        } else if (!editor.isActive() && st.state != SyncStatus::State::Syncing) {
            // Another round, not waiting for the retry backoff after a failed one, but only
            // between rounds: asked during one, the engine runs one more right after it and
            // publishes "up to date" only for an instant, so that a worker asking every 200 ms
            // while each round took longer (an account in 200 projects on a loaded machine)
            // saw it only by chance, after minutes of rounds with nothing left to do.
            session.sync()->syncNow();
        }
    });
    done.start(200);
    return app.exec();
}
