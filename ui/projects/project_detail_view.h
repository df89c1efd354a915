// SPDX-License-Identifier: GPL-3.0-or-later
// One project as its members see it: the form, the founders and partners, the decisions.
#pragma once

#include "domain/project.h"

#include <QTextBrowser>

#include <optional>

namespace etw {

class ProjectDetailView : public QTextBrowser
{
    Q_OBJECT
public:
    explicit ProjectDetailView(QWidget *parent = nullptr);

    void showProject(const std::optional<Project> &project);

protected:
    void changeEvent(QEvent *event) override;

private:
    void render();
    std::optional<Project> m_project;
};

} // namespace etw
