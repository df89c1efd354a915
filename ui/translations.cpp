// SPDX-License-Identifier: GPL-3.0-or-later
#include "translations.h"

#include <QCoreApplication>
#include <QLibraryInfo>
#include <QLocale>

namespace etw {

using namespace Qt::StringLiterals;

Translations::Translations(QObject *parent)
    : QObject(parent)
{}

QString Translations::nativeName(const QString &code)
{
    const QString name = QLocale(code).nativeLanguageName();
    return name.isEmpty() ? code : name.left(1).toUpper() + name.mid(1);
}

bool Translations::setLanguage(const QString &code)
{
    QCoreApplication::removeTranslator(&m_app);
    QCoreApplication::removeTranslator(&m_qt);
    QCoreApplication::removeTranslator(&m_english);
    bool ok = true;
    // English is the source language: no catalogue to load, only its plurals.
    if (code == u"en") {
        QCoreApplication::installTranslator(&m_english);
    } else {
        ok = m_app.load(u":/i18n/etwinning_"_s + code + u".qm"_s);
        if (ok)
            QCoreApplication::installTranslator(&m_app);
        if (m_qt.load(u"qtbase_"_s + code, QLibraryInfo::path(QLibraryInfo::TranslationsPath)))
            QCoreApplication::installTranslator(&m_qt);
    }
    if (ok) {
        m_language = code;
        QLocale::setDefault(QLocale(code));
        Q_EMIT languageChanged(code);
    }
    return ok;
}

} // namespace etw
