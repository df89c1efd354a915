// SPDX-License-Identifier: GPL-3.0-or-later
// "My profile": the teacher edits subjects, languages, ages, bio, partner search and their
// school. What is typed is kept on this computer as typed; Save checks it and queues it for the
// server.
#pragma once

#include "field_error_labels.h"

#include "domain/error.h"
#include "domain/profile.h"
#include "domain/school.h"

#include <QWidget>

class QCheckBox;
class QComboBox;
class QLabel;
class QListWidget;
class QPlainTextEdit;
class QPushButton;
class QSpinBox;

namespace etw {

class AccountSession;

class ProfileEditor : public QWidget
{
    Q_OBJECT
public:
    explicit ProfileEditor(AccountSession *session, QWidget *parent = nullptr);

    // Loads the profile again (after sync), unless the user is in the middle of an edit.
    void reload();
    // Saves what the form holds; shows errors at their fields. True when saved.
    bool save();
    // Keeps what is typed on this computer now (as the autosave does), without sending it.
    void keepTypedNow();

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslateUi();
    void fill(const TeacherProfile &profile);
    // Keeps the form's changes as typed (not sent until Save).
    void keepTyped();
    void showErrors(const FieldErrors &errors);
    void setDirty(bool dirty);
    QJsonObject changes() const;
    // The schools of the teacher's country from the directory, the current one selected.
    void fillSchools(const QList<School> &schools);
    void selectSchool(qint64 schoolId);

    AccountSession *m_session;
    std::optional<TeacherProfile> m_loaded;
    bool m_dirty = false;
    QLabel *m_title, *m_state;
    QLabel *m_subjectsLabel, *m_languagesLabel, *m_agesLabel, *m_bioLabel;
    QListWidget *m_subjects, *m_languages;
    QSpinBox *m_ageMin, *m_ageMax;
    QPlainTextEdit *m_bio;
    QCheckBox *m_looking;
    QLabel *m_schoolLabel, *m_schoolNote;
    QComboBox *m_school;
    QString m_schoolsCountry; // whose schools the list holds (asked once per country)
    int m_schoolsTicket = 0;
    QPushButton *m_saveButton, *m_revertButton;
    FieldErrorLabels m_errors;
    class Autosaver *m_autosave;
};

} // namespace etw
