// SPDX-License-Identifier: GPL-3.0-or-later
// How hard a new password is to guess (zxcvbn), the one rule for the sign-up form and server.
#pragma once

#include <QString>
#include <QStringList>

namespace etw::password_strength {

// zxcvbn's estimate of the guesses an attacker needs, as bits (log2 of the guesses).
// 40 bits is about 10^12 guesses. zxcvbn's own best score starts at 10^10 (33 bits); the
// margin is there because its dictionaries are English ones: French, Italian or Polish words
// count as random letters to it, so it overrates them. Against our Argon2id hashes (64 MiB
// each, a few per second per core), 10^12 guesses cost centuries of core time for one
// stolen account, and online guessing is throttled by sign-in limits anyway. A sentence of
// three or four words of one's own gets well past it; "soleil2024!" (23 bits) does not.
inline constexpr double minBits = 40;
// Beyond this, the hint says strong (zxcvbn rates three unrelated words about here).
inline constexpr double strongBits = 60;

enum class Level { TooShort, Weak, Fair, Strong };

struct Estimate
{
    double bits = 0;
    Level level = Level::TooShort;
    bool acceptable() const { return level == Level::Fair || level == Level::Strong; }
};

// The words of the person's own that make a password easy to guess: the e-mail address, its
// parts, and the parts of the name ("emilie", "durand", "ac-lyon").
QStringList personalWords(const QString &email, const QString &displayName);

// The estimate, with `personalWords` counted as the most likely words of all.
Estimate estimate(const QString &password, const QStringList &personalWords);

} // namespace etw::password_strength
