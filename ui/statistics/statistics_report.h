// SPDX-License-Identifier: GPL-3.0-or-later
// The territory's statistics as a PDF report a correspondent sends to their rector or ministry:
// a title page (territory, school year, date), then the charts and the tables.
#pragma once

#include <QImage>
#include <QList>
#include <QString>
#include <QStringList>

namespace etw::statistics_report {

struct Table
{
    QString title;
    QStringList header; // the first cell heads the row names
    QList<QStringList> rows;
};

struct Content
{
    QString title;      // "Statistics of the territory"
    QString territory;  // "Île-de-France (France)"
    QString schoolYear; // "School year 2025-2026"
    QString dated;      // "Report of 2 December 2026"
    QString summary;    // the year's headline figures, in a sentence
    QString note;       // what the figures count, and when the server last changed them
    QList<std::pair<QString, QImage>> charts; // caption, picture
    QList<Table> tables;
};

// Writes the PDF at `path`; empty on success, else why it could not.
QString write(const QString &path, const Content &content);

} // namespace etw::statistics_report
