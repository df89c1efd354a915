// SPDX-License-Identifier: GPL-3.0-or-later
#include "auth/credential_store.h"

#include <QLoggingCategory>

#include <qt6keychain/keychain.h>

Q_LOGGING_CATEGORY(lcCredentials, "etw.credentials", QtInfoMsg)

namespace etw {

using namespace Qt::StringLiterals;

const QString CredentialStore::serviceName = u"eTwinning Desktop"_s;

CredentialStore::CredentialStore(QObject *parent)
    : QObject(parent)
{}

QString CredentialStore::keyFor(const QString &serverUrl, const QString &username)
{
    return username.trimmed().toLower() + u'@' + serverUrl.trimmed();
}

void CredentialStore::save(const QString &key, const QString &token,
                           const std::function<void(Where, const QString &)> &done)
{
    auto *job = new QKeychain::WritePasswordJob(serviceName, this);
    job->setAutoDelete(true);
    job->setInsecureFallback(false); // never a plain-text file
    job->setKey(key);
    job->setTextData(token);
    connect(job, &QKeychain::Job::finished, this, [this, key, token, done](QKeychain::Job *j) {
        if (j->error() == QKeychain::NoError) {
            m_memory.remove(key);
            done(Where::Keychain, {});
            return;
        }
        qCWarning(lcCredentials) << "keychain refused the token:" << j->errorString();
        m_memory.insert(key, token);
        done(Where::MemoryOnly, j->errorString());
    });
    job->start();
}

void CredentialStore::load(const QString &key, const std::function<void(const QString &)> &done)
{
    if (m_memory.contains(key)) {
        done(m_memory.value(key));
        return;
    }
    auto *job = new QKeychain::ReadPasswordJob(serviceName, this);
    job->setAutoDelete(true);
    job->setInsecureFallback(false);
    job->setKey(key);
    connect(job, &QKeychain::Job::finished, this, [done](QKeychain::Job *j) {
        const auto *read = static_cast<QKeychain::ReadPasswordJob *>(j);
        if (j->error() != QKeychain::NoError && j->error() != QKeychain::EntryNotFound)
            qCWarning(lcCredentials) << "keychain read failed:" << j->errorString();
        done(j->error() == QKeychain::NoError ? read->textData() : QString());
    });
    job->start();
}

void CredentialStore::remove(const QString &key, const std::function<void()> &done)
{
    m_memory.remove(key);
    auto *job = new QKeychain::DeletePasswordJob(serviceName, this);
    job->setAutoDelete(true);
    job->setInsecureFallback(false);
    job->setKey(key);
    connect(job, &QKeychain::Job::finished, this, [done](QKeychain::Job *) {
        if (done)
            done();
    });
    job->start();
}

} // namespace etw
