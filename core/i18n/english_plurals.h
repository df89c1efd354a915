// SPDX-License-Identifier: GPL-3.0-or-later
// English plurals of the source texts: "%n file(s)" reads "1 file" or "3 files" (in core: its
// texts have counts too).
#pragma once

#include <QTranslator>

namespace etw {

// English is the source language and has no catalogue; only its plural forms need one. Every
// source text with a count writes its plural as "(s)" after the noun.
class EnglishPlurals : public QTranslator
{
    Q_OBJECT
public:
    using QTranslator::QTranslator;
    QString translate(const char *context, const char *sourceText,
                      const char *disambiguation = nullptr, int n = -1) const override;
    bool isEmpty() const override { return false; }
};

} // namespace etw
