// SPDX-License-Identifier: GPL-3.0-or-later
// One client per account at a time: a lock file next to the account's cache, and a local
// socket through which a second start asks the first to come forward.
#pragma once

#include <QLocalServer>
#include <QLockFile>
#include <QObject>

#include <memory>

namespace etw {

class AccountInstance : public QObject
{
    Q_OBJECT
public:
    enum class Outcome {
        Acquired,      // this process has the account now
        RaisedOther,   // another one has it and was asked to come forward
        HeldElsewhere, // another one has it and cannot be reached (holder() says who)
    };

    explicit AccountInstance(const QString &cacheFile, QObject *parent = nullptr);
    ~AccountInstance() override;

    Outcome acquire();
    // The process holding the lock, as "pid on host" (for the message when unreachable).
    QString holder() const;

Q_SIGNALS:
    // Another start of the program for this account: bring the window forward.
    void raiseRequested();

private:
    QString m_socketName;
    QString m_cacheFile;
    QLockFile m_lock;
    std::unique_ptr<QLocalServer> m_server;
};

} // namespace etw
