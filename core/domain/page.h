// SPDX-License-Identifier: GPL-3.0-or-later
// A TwinSpace page (its place in the tree, its published text) and its revisions.
#pragma once

#include "domain/error.h"

#include <QJsonObject>

namespace etw {

struct Page
{
    qint64 id = 0;
    qint64 projectId = 0;
    qint64 parentId = 0; // 0: at the top of the tree
    double position = 0; // among its siblings (a move puts it between two: no renumbering)
    QString title;
    QString state; // "draft" (its author's only) or "published"
    qint64 authorId = 0;
    QString authorName;
    qint64 revision = 0; // the published revision shown; 0 for a draft
    QString body;        // the sanitised HTML of that revision (or of the draft)
    qint64 version = 0;  // of the page's entry (title, place, revision)
    qint64 updatedAt = 0;

    QJsonObject toJson() const;
    static Result<Page> fromJson(const QJsonObject &object);
};

// Every published text of a page is kept: who, when, and how it came.
struct PageRevision
{
    qint64 pageId = 0;
    qint64 number = 0;
    QString title;
    QString body;
    qint64 authorId = 0;
    QString authorName;
    qint64 createdAt = 0;
    // "published"; "merged" (a teacher's edit merged with one published meanwhile); "kept" (a
    // text that overlapped another: kept, not shown); "restored" (an older one brought back).
    QString kind;
    qint64 restoredFrom = 0;

    // Revisions travel as entities of their own: one id per (page, number).
    qint64 entityId() const;
    QJsonObject toJson() const;
    static Result<PageRevision> fromJson(const QJsonObject &object);
};

namespace page {
inline constexpr int maxTitleLength = 200;
// The page's HTML as sent (the editor's, before the server sanitises it): the text and its
// formatting; images are references to materials.
inline constexpr int maxBodyLength = 512 * 1024;
inline constexpr int maxDepth = 8;
// Checks the fields a page mutation carries (title, parentId, position, body), when present.
FieldErrors check(const QJsonObject &data);
} // namespace page

} // namespace etw
