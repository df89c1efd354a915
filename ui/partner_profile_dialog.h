// SPDX-License-Identifier: GPL-3.0-or-later
// A teacher's profile in a window of its own, as the partner directory on this computer has it
// (read on the search thread), opened from a project's members.
#pragma once

#include <QDialog>

class QDialogButtonBox;

namespace etw {

class PartnerDetailView;
class SearchService;

class PartnerProfileDialog : public QDialog
{
    Q_OBJECT
public:
    PartnerProfileDialog(SearchService *search, QWidget *parent);

    // Shows the teacher's profile once the directory answers; what a project knows of them
    // (name, school, country) when it does not list them.
    void showTeacher(qint64 accountId, const QString &name, const QString &schoolName,
                     const QString &country);

    PartnerDetailView *detail() const { return m_detail; }
    qint64 accountId() const { return m_accountId; }

Q_SIGNALS:
    // The profile (or what is known of the teacher) is shown.
    void shown();

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslateUi();

    SearchService *m_search;
    PartnerDetailView *m_detail;
    QDialogButtonBox *m_buttons;
    int m_ticket = 0;
    qint64 m_accountId = 0;
    QString m_name, m_schoolName, m_country;
};

} // namespace etw
