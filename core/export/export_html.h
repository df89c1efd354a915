// SPDX-License-Identifier: GPL-3.0-or-later
// The frame every HTML file of an export shares: head, project bar, page tree, footer.
#pragma once

#include <QList>
#include <QString>

namespace etw::export_html {

// Text as HTML text or attribute value: nothing in it can open a tag or end an attribute.
QString escape(const QString &text);
// A plain multi-line text (a description, aims): paragraphs at blank lines, breaks at others.
QString paragraphs(const QString &text);

struct SitePage
{
    QString title;
    QString file;    // relative to the export's folder: "pages/3-our-school.html"
    int parent = -1; // index in Site::pages; -1 at the top
};

struct Site
{
    QString lang;  // of the project's texts: its first language
    QString title; // the project's
    QList<SitePage> pages;
    QString exported; // "Exported on … by …", for every footer
};

// Where a document sits: the export's root (index.html, materials.html) or pages/.
enum class Place { Root, Pages };
QString up(Place place); // "" or "../": from the document to the export's root

struct Document
{
    Place place = Place::Root;
    QString title;     // of the browser tab
    int current = -1;  // the page shown (marked in the tree), -1 for none
    bool home = false; // the project's own page (marked in the bar)
    bool materials = false;
    QString main; // the content, HTML
};

// A whole file: <!DOCTYPE html>, UTF-8, lang, the style sheet, the bar, the tree, the main part.
QString document(const Site &site, const Document &doc);
// The page tree as nested lists, links relative to `place`, the current page marked.
QString pageTree(const Site &site, Place place, int current);

} // namespace etw::export_html
