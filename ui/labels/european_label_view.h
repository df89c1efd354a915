// SPDX-License-Identifier: GPL-3.0-or-later
// The European Quality Label's candidates of each school year, each with why it is or is not
// eligible here (countries, averages, the share left); a national service nominates, the
// central support service awards, from the keyboard and offline.
#pragma once

#include "domain/european_label.h"

#include <QWidget>

class QAction;
class QComboBox;
class QLabel;
class QListWidget;
class QPushButton;
class QTextBrowser;

namespace etw {

class LabelDesk;

class EuropeanLabelView : public QWidget
{
    Q_OBJECT
public:
    EuropeanLabelView(LabelDesk *desk, QWidget *parent);

    QComboBox *years() const { return m_years; }
    QListWidget *candidates() const { return m_list; }
    QTextBrowser *reasons() const { return m_reasons; }
    QPushButton *actionButton() const { return m_act; }
    QLabel *message() const { return m_message; }

public Q_SLOTS:
    void reload();

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslate();
    void showCurrent();
    void act();
    const EqlCandidate *current() const;

    LabelDesk *m_desk;
    QLabel *m_intro;
    QComboBox *m_years;
    QListWidget *m_list;
    QTextBrowser *m_reasons;
    QPushButton *m_act;
    QLabel *m_message;
    QAction *m_actAction;
    QList<EqlCandidate> m_shown;
};

} // namespace etw
