// SPDX-License-Identifier: GPL-3.0-or-later
#include "transfers/transfer_job.h"

#include "store/local_store.h"
#include "transfers/transfer_messages.h"

#include <QNetworkReply>

namespace etw {

using namespace Qt::StringLiterals;

TransferJob::TransferJob(TransferContext &context, transfer_store::Row row, QObject *parent)
    : QObject(parent)
    , m_context(context)
    , m_row(std::move(row))
{}

TransferJob::~TransferJob()
{
    stop();
}

void TransferJob::stop()
{
    m_stopped = true;
    if (m_reply) {
        QNetworkReply *reply = m_reply;
        m_reply = nullptr;
        reply->disconnect(this);
        reply->abort();
        reply->deleteLater();
    }
}

bool TransferJob::save()
{
    QSqlDatabase db = m_context.store->connection();
    CacheTransaction tx(db);
    return tx.isActive() && transfer_store::save(db, m_row) && tx.commit();
}

void TransferJob::finish(const Outcome &outcome)
{
    if (m_stopped)
        return;
    m_stopped = true;
    Q_EMIT ended(m_row.transfer.id, outcome);
}

void TransferJob::fail(const QString &code, const QString &message)
{
    finish({Outcome::Kind::Failed, code, message, -1});
}

void TransferJob::otherwise(const HttpAnswer &answer)
{
    if (answer.status == 401) {
        finish({Outcome::Kind::Unauthorized, u"unauthorized"_s,
                transfer_messages::signInAgain(name()), -1});
        return;
    }
    if (answer.transient()) {
        const QString code = answer.status == 0         ? u"unreachable"_s
                             : !answer.code().isEmpty() ? answer.code()
                                                        : u"http_%1"_s.arg(answer.status);
        finish({Outcome::Kind::Retry, code, transfer_messages::waiting(name(), code),
                answer.retryAfterMs()});
        return;
    }
    fail(answer.code().isEmpty() ? u"http_%1"_s.arg(answer.status) : answer.code(),
         transfer_messages::unexpected(name(), answer.status, answer.code()));
}

void TransferJob::track(QNetworkReply *reply, std::function<void(QNetworkReply *)> onFinished)
{
    m_reply = reply;
    connect(reply, &QNetworkReply::finished, this, [this, reply, onFinished] {
        if (m_reply == reply)
            m_reply = nullptr;
        reply->deleteLater();
        if (!m_stopped)
            onFinished(reply);
    });
}

} // namespace etw
