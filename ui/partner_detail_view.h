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

protected:
    void changeEvent(QEvent *event) override;

private:
    void render();
    std::optional<directory_store::PartnerDetail> m_detail;
};

} // namespace etw
