// SPDX-License-Identifier: GPL-3.0-or-later
// Switches the UI language at runtime; widgets retranslate on QEvent::LanguageChange.
#pragma once

#include "i18n/english_plurals.h"

#include <QObject>
#include <QTranslator>

namespace etw {

class Translations : public QObject
{
    Q_OBJECT
public:
    explicit Translations(QObject *parent = nullptr);

    // "en" or "fr"; returns false when no translation is compiled in for that language.
    bool setLanguage(const QString &code);
    QString language() const { return m_language; }
    // The language's name in that language ("Français"), for the menu.
    static QString nativeName(const QString &code);

Q_SIGNALS:
    void languageChanged(const QString &code);

private:
    QTranslator m_app;
    QTranslator m_qt;
    EnglishPlurals m_english;
    QString m_language;
};

} // namespace etw
