// SPDX-License-Identifier: GPL-3.0-or-later
// Tokens go to the real OS keychain (gnome-keyring in the test session) and come back.
#include "auth/credential_store.h"

#include <QSignalSpy>
#include <QTest>
#include <QUuid>

using namespace etw;
using namespace Qt::StringLiterals;

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
};

QTEST_GUILESS_MAIN(TestKeychain)
#include "tst_keychain.moc"
