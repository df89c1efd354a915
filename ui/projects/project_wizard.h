// SPDX-License-Identifier: GPL-3.0-or-later
// Registering a project, page by page: kind, description, pupils and subjects, plan, partners,
// then submit. Everything typed is kept as a draft on this computer as it is typed (within a
// second, and when a field loses focus); reopened, it shows on the page it was left on.
#pragma once

#include "field_error_labels.h"

#include "domain/error.h"

#include <QJsonObject>
#include <QWizard>

class QLabel;
class QLineEdit;
class QListWidget;
class QPlainTextEdit;
class QPushButton;
class QRadioButton;
class QSpinBox;
class QTreeWidget;

namespace etw {

class AccountSession;

class ProjectWizard : public QWizard
{
    Q_OBJECT
public:
    enum Page { KindPage, AboutPage, PupilsPage, PlanPage, PartnersPage, SubmitPage };

    // Opens a draft, or a new one when draftId is empty.
    ProjectWizard(AccountSession *session, const QString &draftId = {}, QWidget *parent = nullptr);

    // Adds a teacher to invite (from the partner search).
    void addInvitation(qint64 accountId, const QString &displayName, const QString &country,
                       const QString &role);
    QString draftId() const { return m_draftId; }
    QJsonObject form() const;
    bool wasSubmitted() const { return m_submitted; }
    // Keeps what the form holds as the draft; false when the cache refused it.
    bool saveDraft();

    bool validateCurrentPage() override;
    void accept() override;
    void reject() override;

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslateUi();
    void load(const QJsonObject &form);
    FieldErrors errorsOf(int page) const;

    AccountSession *m_session;
    QString m_draftId;
    bool m_submitted = false;
    bool m_restoring = false; // going back to the page a draft was left on
    class Autosaver *m_autosave = nullptr;
    FieldErrorLabels m_errors;
    QHash<QString, QLabel *> m_labels; // field → its caption
    QLabel *m_kindIntro, *m_partnersIntro, *m_submitIntro, *m_summaryText;
    QRadioButton *m_european, *m_national;
    QLineEdit *m_title;
    QPlainTextEdit *m_summary, *m_description, *m_aims, *m_workProcess, *m_expectedResults;
    QListWidget *m_subjects, *m_languages;
    QSpinBox *m_ageMin, *m_ageMax, *m_duration;
    QTreeWidget *m_invitations;
    QPushButton *m_remove;
};

} // namespace etw
