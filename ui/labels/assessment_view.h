// SPDX-License-Identifier: GPL-3.0-or-later
// A national service's label assessments: the applications of its territory, each read beside
// its grid; this assessor's scores saved as given, comments and feedback kept as typed; award
// or not from the keyboard, with the reasons an award is not possible yet.
#pragma once

#include "domain/assessment_grid.h"
#include "domain/label.h"

#include <QWidget>

class QAction;
class QComboBox;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QPushButton;
class QSpinBox;
class QTableView;
class QTableWidget;
class QTableWidgetItem;
class QTextBrowser;
class QUrl;

namespace etw {

class Autosaver;
class LabelDesk;
class LabelQueueModel;

class AssessmentView : public QWidget
{
    Q_OBJECT
public:
    AssessmentView(LabelDesk *desk, QWidget *parent);

    QTableView *queueView() const { return m_queue; }
    LabelQueueModel *queueModel() const { return m_model; }
    QComboBox *filter() const { return m_filter; }
    QTextBrowser *applicationText() const { return m_text; }
    QTableWidget *grid() const { return m_grid; }
    QSpinBox *scoreField(const QString &subCriterion) const;
    QPlainTextEdit *commentField() const { return m_comment; }
    QPlainTextEdit *feedbackField() const { return m_feedback; }
    QLabel *reasons() const { return m_why; }
    QLabel *message() const { return m_message; }
    QPushButton *twinSpaceButton() const { return m_twinSpace; }
    QList<QAction *> actions() const;

Q_SIGNALS:
    // The assessor asks to read the application's project: its TwinSpace, or in it the page or
    // material given as evidence (`what` "page" or "material", else empty with id 0).
    void twinSpaceRequested(qint64 projectId, const QString &what, qint64 id);

public Q_SLOTS:
    void reload();

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslate();
    void showCurrent();
    void showGrid(const LabelApplication &application);
    void keepTyped();
    void sendScores();
    void sendComment();
    void sendSubComments();
    void decide(bool award);
    void openLink(const QUrl &url);
    qint64 currentId() const;
    QString typedKey() const;

    LabelDesk *m_desk;
    LabelQueueModel *m_model;
    QLabel *m_count;
    QComboBox *m_filter;
    QTableView *m_queue;
    QTextBrowser *m_text;
    QLabel *m_gridLabel;
    QTableWidget *m_grid;
    QHash<QString, QSpinBox *> m_scores;
    QHash<QString, QTableWidgetItem *> m_averages;
    QHash<QString, QLineEdit *> m_subComments; // this assessor's comment per sub-criterion
    std::pair<qint64, qint64> m_gridOf{0, 0};  // the application and grid the table shows
    QLabel *m_commentLabel;
    QPlainTextEdit *m_comment;
    QLabel *m_why;
    QLabel *m_feedbackLabel;
    QPlainTextEdit *m_feedback;
    QPushButton *m_award;
    QPushButton *m_refuse;
    QLabel *m_message;
    QPushButton *m_twinSpace;
    QAction *m_awardAction;
    QAction *m_refuseAction;
    QAction *m_twinSpaceAction;
    Autosaver *m_autosaver;
    qint64 m_shown = 0;
    bool m_filling = false;
};

} // namespace etw
