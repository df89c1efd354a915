// SPDX-License-Identifier: GPL-3.0-or-later
// Keeps session tokens in the OS keychain; in memory only, and says so, when there is none.
#pragma once

#include <QHash>
#include <QObject>

#include <functional>

namespace etw {

class CredentialStore : public QObject
{
    Q_OBJECT
public:
    explicit CredentialStore(QObject *parent = nullptr);

    static QString keyFor(const QString &serverUrl, const QString &username);

    enum class Where { Keychain, MemoryOnly };
    // Stores the token; MemoryOnly with the keychain's error text when no keychain took it.
    void save(const QString &key, const QString &token,
              const std::function<void(Where where, const QString &error)> &done);
    // Finds the token (keychain first, then this run's memory); empty when there is none.
    void load(const QString &key, const std::function<void(const QString &token)> &done);
    void remove(const QString &key, const std::function<void()> &done = {});

    static const QString serviceName;

private:
    // Only for tokens the keychain refused: never written anywhere.
    QHash<QString, QString> m_memory;
};

} // namespace etw
