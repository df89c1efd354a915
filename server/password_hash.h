// SPDX-License-Identifier: GPL-3.0-or-later
// Argon2id password hashes (libsodium) and random session tokens.
#pragma once

#include <QByteArray>
#include <QString>

namespace etw::server::secrets {
bool initialize(); // libsodium's sodium_init
QString hashPassword(const QString &password);
bool verifyPassword(const QString &hash, const QString &password);
// 256 random bits, base64url without padding.
QString newToken();
// What the database keeps of a token: its SHA-256, hex.
QString tokenDigest(const QString &token);
} // namespace etw::server::secrets
