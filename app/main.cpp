// SPDX-License-Identifier: GPL-3.0-or-later
// etwinning-desktop: the teacher's client.
#include "app_controller.h"
#include "settings/app_settings.h"
#include "translations.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QIcon>
#include <QTimer>

using namespace Qt::StringLiterals;

int main(int argc, char *argv[])
{
    QApplication app(argc, argv);
    QApplication::setOrganizationName(u"eTwinning"_s);
    QApplication::setApplicationName(u"eTwinning Desktop"_s);
    QApplication::setApplicationVersion(QStringLiteral(ETW_VERSION));
    QApplication::setDesktopFileName(u"etwinning-desktop"_s);
    QApplication::setWindowIcon(QIcon(u":/icons/etwinning.svg"_s));

    QCommandLineParser parser;
    parser.setApplicationDescription(u"eTwinning Desktop"_s);
    parser.addHelpOption();
    parser.addVersionOption();
    const QCommandLineOption server(u"server"_s, u"Server to use instead of the saved one."_s,
                                    u"URL"_s);
    parser.addOption(server);
    parser.process(app);

    etw::Translations translations;
    translations.setLanguage(etw::AppSettings().language());
    etw::AppController controller(&translations, parser.value(server));
    QTimer::singleShot(0, &controller, &etw::AppController::start);
    return app.exec();
}
