// SPDX-License-Identifier: GPL-3.0-or-later
// A window an assessor keeps beside the assessment grid: the TwinSpace of a project whose label
// application they assess, read only and offline (it came with the sync).
#pragma once

#include <QWidget>

namespace etw {

class AccountSession;
class TwinSpaceView;

class AssessedTwinSpaceWindow : public QWidget
{
    Q_OBJECT
public:
    AssessedTwinSpaceWindow(AccountSession *session, QWidget *parent);

    // Shows the project's TwinSpace, on the page or material given (`what` "page" or
    // "material"; empty for the TwinSpace's first page), and brings the window forward.
    void open(qint64 projectId, const QString &what, qint64 id);
    TwinSpaceView *view() const { return m_view; }

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslate();

    TwinSpaceView *m_view;
};

} // namespace etw
