// SPDX-License-Identifier: GPL-3.0-or-later
// "Create an account": a teacher's name, e-mail, password, school (found as they type, or a new
// one), role and teaching; errors at each field. What is typed, but the password, is kept on
// this computer until the account exists.
#pragma once

#include "field_error_labels.h"
#include "net/api_client.h"

#include <QDialog>
#include <QTimer>

class QCheckBox;
class QComboBox;
class QGroupBox;
class QLabel;
class QLineEdit;
class QListWidget;
class QPushButton;
class QSpinBox;

namespace etw {

class Autosaver;

class AccountCreationDialog : public QDialog
{
    Q_OBJECT
public:
    // The server is the one typed in the sign-in dialog.
    explicit AccountCreationDialog(const QUrl &server, QWidget *parent = nullptr);

    // Keeps what the form holds now (as the autosave does within a second).
    void keepTypedNow();

Q_SIGNALS:
    // The account exists: sign in with it (then the dialog closes, accepted).
    void created(const QString &email, const QString &password);

protected:
    void changeEvent(QEvent *event) override;
    void done(int result) override;

private:
    void retranslateUi();
    void countryChanged();
    void lookUpSchools();
    void showSchools(const QList<School> &schools);
    void schoolPicked();
    void notListedToggled();
    void updatePasswordHint();
    // The form as the server takes it (the password in it).
    SignUp form() const;
    QJsonObject draft() const;
    void restore(const QJsonObject &draft);
    void keepTyped();
    void submit();
    void showErrors(const FieldErrors &errors);
    // A field being corrected: its error goes, the others stay until the next try.
    void fieldEdited(const QString &field);
    void showMessage(const QString &message);
    void setBusy(bool busy);

    ApiClient m_api;
    QUrl m_server;
    FieldErrorLabels m_errors;
    FieldErrors m_shown; // the errors under the fields now
    Autosaver *m_autosave = nullptr;
    QTimer m_lookupDelay;
    int m_lookup = 0; // the lookup whose answer is awaited; earlier ones are stale
    qint64 m_schoolId = 0;
    QString m_schoolText; // the picked school as shown ("Lycée Victor Hugo, Lyon")

    QLabel *m_intro, *m_aboutYou, *m_yourSchool, *m_teaching;
    QLabel *m_nameLabel, *m_emailLabel, *m_passwordLabel, *m_passwordHint;
    QLineEdit *m_name, *m_email, *m_password;
    QLabel *m_countryLabel, *m_searchLabel, *m_searchState, *m_picked;
    QComboBox *m_country;
    QLineEdit *m_search;
    QListWidget *m_results;
    QCheckBox *m_notListed;
    QGroupBox *m_newSchool;
    QLabel *m_schoolNameLabel, *m_cityLabel, *m_addressLabel, *m_typeLabel, *m_regionLabel;
    QLineEdit *m_schoolName, *m_city, *m_address;
    QComboBox *m_type, *m_region;
    QLabel *m_roleLabel;
    QComboBox *m_role;
    QLabel *m_subjectsLabel, *m_languagesLabel, *m_agesLabel;
    QListWidget *m_subjects, *m_languages;
    QSpinBox *m_ageMin, *m_ageMax;
    QLabel *m_message;
    QPushButton *m_create, *m_cancel;
};

} // namespace etw
