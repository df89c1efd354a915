// SPDX-License-Identifier: GPL-3.0-or-later
// Tokens go to the real OS keychain (gnome-keyring in the test session) and come back; without
// a keychain, a token is kept in memory for the run only and never written anywhere.
#include "auth/credential_store.h"
#include "temp_home.h"

#include <QDirIterator>
#include <QProcess>
#include <QSignalSpy>
#include <QTest>
#include <QUuid>

#include <optional>

using namespace etw;
using namespace etw::test;
using namespace Qt::StringLiterals;

namespace {

// Set in the environment of the child process that memoryOnlyWithoutAKeychain starts: "save"
// saves ETW_KEYCHAIN_TOKEN under ETW_KEYCHAIN_KEY, then loads it back; "load" only loads (a
// later run of the program). Prints "saved=keychain|memory", "error=…" and "loaded=…".
constexpr char childModeVariable[] = "ETW_KEYCHAIN_CHILD";

int runChild(const QByteArray &mode)
{
    const QString key = qEnvironmentVariable("ETW_KEYCHAIN_KEY");
    const QString token = qEnvironmentVariable("ETW_KEYCHAIN_TOKEN");
    QTextStream out(stdout);
    CredentialStore store;
    if (mode == "save") {
        std::optional<std::pair<CredentialStore::Where, QString>> saved;
        store.save(key, token, [&](CredentialStore::Where where, const QString &error) {
            saved = {where, error};
        });
        if (!QTest::qWaitFor([&] { return saved.has_value(); }, 30000)) {
            out << "save never finished\n";
            return 2;
        }
        out << "saved="
            << (saved->first == CredentialStore::Where::MemoryOnly ? "memory" : "keychain")
            << "\nerror=" << saved->second.simplified() << '\n';
    }
    std::optional<QString> loaded;
    store.load(key, [&](const QString &t) { loaded = t; });
    if (!QTest::qWaitFor([&] { return loaded.has_value(); }, 30000)) {
        out << "load never finished\n";
        return 2;
    }
    out << "loaded=" << *loaded << '\n';
    return 0;
}

} // namespace

class TestKeychain : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void roundTripInTheKeychain()
    {
        const QString key = CredentialStore::keyFor(u"http://127.0.0.1:1"_s,
                                                    u"test-"_s + QUuid::createUuid().toString());
        const QString token = QUuid::createUuid().toString(QUuid::Id128);
        {
            CredentialStore store;
            bool done = false;
            CredentialStore::Where where = CredentialStore::Where::MemoryOnly;
            QString error;
            store.save(key, token, [&](CredentialStore::Where w, const QString &e) {
                where = w;
                error = e;
                done = true;
            });
            QTRY_VERIFY_WITH_TIMEOUT(done, 20000);
            QVERIFY2(where == CredentialStore::Where::Keychain, qPrintable(error));
        }
        // A new store (a new run of the program) finds it in the keychain, not in memory.
        CredentialStore again;
        QString loaded;
        bool done = false;
        again.load(key, [&](const QString &t) {
            loaded = t;
            done = true;
        });
        QTRY_VERIFY_WITH_TIMEOUT(done, 20000);
        QCOMPARE(loaded, token);

        done = false;
        again.remove(key, [&] { done = true; });
        QTRY_VERIFY_WITH_TIMEOUT(done, 20000);
        done = false;
        loaded = u"x"_s;
        again.load(key, [&](const QString &t) {
            loaded = t;
            done = true;
        });
        QTRY_VERIFY_WITH_TIMEOUT(done, 20000);
        QVERIFY(loaded.isEmpty());
    }

    // No keychain at all (no D-Bus session bus, so QtKeychain fails): the token is kept for
    // this run only. The check runs in a child process of this binary whose environment points
    // the session bus at a socket that does not exist, and whose home and XDG folders are a
    // throwaway folder, searched afterwards for the token.
    void memoryOnlyWithoutAKeychain()
    {
        TempHome home; // XDG_DATA_HOME and XDG_CONFIG_HOME, inherited by the child
        const QString root = home.path();
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(u"HOME"_s, root);
        env.insert(u"XDG_CACHE_HOME"_s, root + u"/cache"_s);
        env.insert(u"XDG_STATE_HOME"_s, root + u"/state"_s);
        env.insert(u"XDG_RUNTIME_DIR"_s, root + u"/runtime"_s);
        env.insert(u"TMPDIR"_s, root + u"/tmp"_s);
        for (const QString &dir : {u"runtime"_s, u"tmp"_s})
            QVERIFY(QDir(root).mkpath(dir));
        // Private, as XDG requires of a runtime folder (Qt warns otherwise).
        QFile::setPermissions(root + u"/runtime"_s, QFileDevice::ReadOwner |
                                                        QFileDevice::WriteOwner |
                                                        QFileDevice::ExeOwner);
        env.insert(u"DBUS_SESSION_BUS_ADDRESS"_s, u"unix:path="_s + root + u"/no-such-bus"_s);
        const QString key = CredentialStore::keyFor(u"http://127.0.0.1:1"_s,
                                                    u"test-"_s + QUuid::createUuid().toString());
        const QString token = QUuid::createUuid().toString(QUuid::Id128);
        env.insert(u"ETW_KEYCHAIN_KEY"_s, key);
        env.insert(u"ETW_KEYCHAIN_TOKEN"_s, token);

        const auto run = [&](const QString &mode) {
            QProcess child;
            QProcessEnvironment childEnv = env;
            childEnv.insert(QString::fromLatin1(childModeVariable), mode);
            child.setProcessEnvironment(childEnv);
            child.setProcessChannelMode(QProcess::ForwardedErrorChannel);
            child.start(QCoreApplication::applicationFilePath(), {});
            QHash<QString, QString> said;
            if (!child.waitForFinished(90000) || child.exitCode() != 0) {
                qWarning("child (%s) failed: %s", qPrintable(mode), child.readAll().constData());
                child.kill();
                child.waitForFinished();
                return said;
            }
            for (const QString &line : QString::fromUtf8(child.readAll()).split(u'\n')) {
                const qsizetype eq = line.indexOf(u'=');
                if (eq > 0)
                    said.insert(line.left(eq), line.mid(eq + 1));
            }
            return said;
        };

        // This run: told it is in memory only (with the keychain's reason), and found again.
        const QHash<QString, QString> first = run(u"save"_s);
        QCOMPARE(first.value(u"saved"_s), u"memory"_s);
        QVERIFY(!first.value(u"error"_s).isEmpty());
        QCOMPARE(first.value(u"loaded"_s), token);
        // The next run has nothing: the user signs in again.
        const QHash<QString, QString> next = run(u"load"_s);
        QVERIFY(next.contains(u"loaded"_s));
        QCOMPARE(next.value(u"loaded"_s), QString());
        // And nothing under the home or XDG folders holds the token, in any usual encoding.
        const QList<QByteArray> forms{
            token.toUtf8(),
            QByteArray(reinterpret_cast<const char *>(token.utf16()), token.size() * 2),
            token.toUtf8().toBase64()};
        QStringList holding;
        int files = 0;
        QDirIterator it(root, QDir::Files | QDir::Hidden | QDir::System,
                        QDirIterator::Subdirectories);
        while (it.hasNext()) {
            QFile file(it.next());
            if (!file.open(QIODevice::ReadOnly))
                continue;
            ++files;
            const QByteArray content = file.readAll();
            for (const QByteArray &form : forms)
                if (content.contains(form))
                    holding.append(file.fileName());
        }
        QVERIFY2(holding.isEmpty(), qPrintable(holding.join(u", "_s)));
        qInfo("%d file(s) under the temporary home, none with the token", files);
    }
};

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    if (const QByteArray mode = qgetenv(childModeVariable); !mode.isEmpty())
        return runChild(mode);
    TestKeychain test;
    QTEST_SET_MAIN_SOURCE_PATH
    return QTest::qExec(&test, argc, argv);
}

#include "tst_keychain.moc"
