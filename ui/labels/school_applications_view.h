// SPDX-License-Identifier: GPL-3.0-or-later
// A national service's eTwinning School label applications: each school's answers and its
// head teacher's declaration, feedback kept as typed, awarded or not from the keyboard.
#pragma once

#include "domain/school_application.h"

#include <QAbstractTableModel>
#include <QWidget>

class QLabel;
class QPlainTextEdit;
class QPushButton;
class QTableView;
class QTextBrowser;

namespace etw {

class Autosaver;
class SchoolLabel;

// The applications as a table: school, region, when it was sent, its state.
class SchoolQueueModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column { School, Region, Submitted, State, ColumnCount };
    using QAbstractTableModel::QAbstractTableModel;

    void setApplications(QList<SchoolApplication> applications);
    const SchoolApplication *application(int row) const;
    int rowOf(qint64 id) const; // -1 when not listed

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role) const override;

private:
    QList<SchoolApplication> m_applications;
};

class SchoolApplicationsView : public QWidget
{
    Q_OBJECT
public:
    SchoolApplicationsView(SchoolLabel *desk, QWidget *parent);

    QTableView *queueView() const { return m_queue; }
    SchoolQueueModel *queueModel() const { return m_model; }
    QTextBrowser *applicationText() const { return m_text; }
    QPlainTextEdit *feedbackField() const { return m_feedback; }
    QPushButton *awardButton() const { return m_award; }
    QPushButton *refuseButton() const { return m_refuse; }
    QLabel *message() const { return m_message; }

public Q_SLOTS:
    void reload();

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslate();
    void showCurrent();
    void decide(bool award);
    qint64 currentId() const;

    SchoolLabel *m_desk;
    SchoolQueueModel *m_model;
    QLabel *m_hint;
    QTableView *m_queue;
    QTextBrowser *m_text;
    QLabel *m_feedbackLabel;
    QPlainTextEdit *m_feedback;
    QPushButton *m_award;
    QPushButton *m_refuse;
    QLabel *m_message;
    Autosaver *m_autosaver;
    qint64 m_shown = 0;
    // The application the assessor chose or decided (0: none yet). A sync's pages reload the
    // queue one after the other: without a choice, each picks the oldest still to decide again.
    qint64 m_picked = 0;
    bool m_reloading = false;
};

} // namespace etw
