// SPDX-License-Identifier: GPL-3.0-or-later
// Shows one teacher's profile and their school, as cached.
#pragma once

#include "store/directory_store.h"

#include <QTextBrowser>

#include <optional>

namespace etw {

class PartnerDetailView : public QTextBrowser
{
    Q_OBJECT
public:
    explicit PartnerDetailView(QWidget *parent = nullptr);

    void showPartner(const std::optional<directory_store::PartnerDetail> &detail);
    // A teacher the directory here does not list (not looking for partners now, say): what a
    // project knows of them. `lookedUp` false: the directory has not answered yet, so nothing
    // is said of it.
    void showUnlisted(const QString &name, const QString &schoolName, const QString &country,
                      bool lookedUp = true);

protected:
    void changeEvent(QEvent *event) override;

private:
    void render();
    std::optional<directory_store::PartnerDetail> m_detail;
    struct Unlisted
    {
        QString name, schoolName, country;
        bool lookedUp = true;
    };
    std::optional<Unlisted> m_unlisted;
};

} // namespace etw
