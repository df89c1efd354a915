// SPDX-License-Identifier: GPL-3.0-or-later
// The server's thumbnails of materials (images, a PDF's first page), kept on this computer by
// content and fetched a few at a time on a thread of their own.
#pragma once

#include "domain/material.h"

#include <QByteArray>
#include <QCache>
#include <QHash>
#include <QObject>
#include <QSet>
#include <QThread>
#include <QUrl>

namespace etw {

class ThumbnailFetcher;

class ThumbnailCache : public QObject
{
    Q_OBJECT
public:
    // What the folder may hold before the least recently used thumbnails go.
    static constexpr int defaultMaxFiles = 4000;
    static constexpr qint64 defaultMaxBytes = 50 * 1024 * 1024;

    // Thumbnails live in `folder` (made when missing) as <sha256>, the content's; requests go
    // to `server` with the token and the plain-HTTP rule the transfers follow.
    ThumbnailCache(const QString &folder, const QUrl &server, QObject *parent = nullptr);
    ~ThumbnailCache() override;

    void setToken(const QString &token);
    void setPlainHttpAllowed(bool allowed);
    void setLimits(int maxFiles, qint64 maxBytes);
    const QString &folder() const { return m_folder; }

    // The bytes (JPEG or PNG) of a content's thumbnail when this run has read them already.
    QByteArray cached(const QString &sha256) const;
    // Asks for the thumbnail of a material that has one (Material::thumbnail): from the disk,
    // else from the server; ready() when it is here. Cheap enough for every paint of a row: a
    // content asked for, known to have none, or failed less than a while ago is not asked again.
    void request(const Material &material);

Q_SIGNALS:
    void ready(const QString &sha256, const QByteArray &bytes);
    // The server refused the token: sign in again.
    void tokenRejected();

private:
    enum class Outcome { Ready, None, Unauthorized, Failed };
    void answered(const QString &sha256, Outcome outcome, const QByteArray &bytes);

    QString m_folder;
    QThread m_thread;
    ThumbnailFetcher *m_fetcher; // lives on m_thread, deleted when it finishes
    QCache<QString, QByteArray> m_memory;
    QSet<QString> m_asked; // on their way from the disk or the server
    QSet<QString> m_none;  // the server has none (this run)
    QHash<QString, qint64> m_failedAt;
    bool m_tokenRejected = false;
    friend class ThumbnailFetcher;
};

} // namespace etw
