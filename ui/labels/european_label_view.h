// SPDX-License-Identifier: GPL-3.0-or-later
// The European Quality Label's candidates of each school year, each with why it is or is not
// eligible here (countries, averages, the share left); a national service nominates, the
// central support service awards, from the keyboard and offline.
#pragma once

#include "domain/european_label.h"

#include <QWidget>

class QAction;
class QComboBox;
class QDoubleSpinBox;
class QLabel;
class QListWidget;
class QPushButton;
class QSpinBox;
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
    // The central support service's settings of the year shown (hidden for the others).
    QSpinBox *shareField() const { return m_share; }
    QDoubleSpinBox *thresholdField() const { return m_threshold; }
    QPushButton *saveSettingsButton() const { return m_saveSettings; }

public Q_SLOTS:
    void reload();

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslate();
    void showCurrent();
    void act();
    void saveSettings();
    const EqlCandidate *current() const;

    LabelDesk *m_desk;
    QLabel *m_intro;
    QComboBox *m_years;
    QListWidget *m_list;
    QTextBrowser *m_reasons;
    QPushButton *m_act;
    QLabel *m_message;
    QWidget *m_settings; // the year's share and threshold, for the central support service
    QLabel *m_shareLabel, *m_thresholdLabel;
    QSpinBox *m_share;
    QDoubleSpinBox *m_threshold;
    QPushButton *m_saveSettings;
    QAction *m_actAction;
    QList<EqlCandidate> m_shown;
};

} // namespace etw
