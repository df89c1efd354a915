// SPDX-License-Identifier: GPL-3.0-or-later
// A rich-text editor that shows the project's pictures (material:<sha256>) from this computer's
// copies, downloading those it does not have yet.
#pragma once

#include <QHash>
#include <QTextEdit>

#include <functional>

namespace etw {

class MaterialTextEdit : public QTextEdit
{
    Q_OBJECT
public:
    explicit MaterialTextEdit(QWidget *parent = nullptr);

    // Where a content's local copy is (empty: not here, and asked for).
    using Resolver = std::function<QString(const QString &sha256)>;
    void setResolver(Resolver resolver) { m_resolve = std::move(resolver); }
    // A content arrived: the pictures showing a placeholder for it are drawn again.
    void contentArrived(const QString &sha256);
    // Inserts the picture at the cursor, at most `width` pixels wide.
    void insertPicture(const QString &sha256, const QString &alt, int width = 320);

protected:
    QVariant loadResource(int type, const QUrl &name) override;

private:
    static QImage placeholder();
    Resolver m_resolve;
    QHash<QString, bool> m_waiting; // contents shown as a placeholder
};

} // namespace etw
