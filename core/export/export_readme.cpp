// SPDX-License-Identifier: GPL-3.0-or-later
#include "export/export_readme.h"

#include <QCoreApplication>

namespace etw::export_readme {

using namespace Qt::StringLiterals;

namespace {

QString heading(const QString &text, QChar rule)
{
    return text + u'\n' + QString(qMax<qsizetype>(3, text.size()), rule) + u'\n';
}

} // namespace

QByteArray text(const Readme &readme)
{
    QString out = heading(readme.title, u'=') + u'\n';
    out += QCoreApplication::translate(
               "etw::ProjectExport",
               "This folder is an export of the eTwinning project \"%1\": its description, its "
               "members, its TwinSpace pages and its materials, as the server had published "
               "them when this computer last synchronised. Everything it shows is in this "
               "folder: it needs no program and no network.")
               .arg(readme.title) +
           u"\n\n"_s;
    out += readme.exported + u" ("_s + readme.when + u")\n\n"_s;
    out += heading(QCoreApplication::translate("etw::ProjectExport", "How to open it"), u'-');
    out += QCoreApplication::translate(
               "etw::ProjectExport",
               "Open index.html in a web browser (double-click it). Keep the files of this "
               "folder together: the pages link to one another and to the materials by their "
               "place in it.") +
           u"\n\n"_s;
    out += heading(QCoreApplication::translate("etw::ProjectExport", "Files"), u'-');
    qsizetype width = 0;
    for (const File &f : readme.files)
        width = qMax(width, f.path.size());
    for (const File &f : readme.files)
        out += f.path.leftJustified(width + 2) + f.about + u'\n';
    if (!readme.missing.isEmpty()) {
        out += u'\n' + heading(QCoreApplication::translate(
                                   "etw::ProjectExport",
                                   "Materials that were not on this computer when exporting"),
                               u'-');
        out += QCoreApplication::translate("etw::ProjectExport",
                                           "They are listed in materials.html, without their "
                                           "file.") +
               u'\n';
        for (const QString &name : readme.missing)
            out += u"- "_s + name + u'\n';
    }
    out.replace(u"\n"_s, u"\r\n"_s);
    return out.toUtf8();
}

} // namespace etw::export_readme
