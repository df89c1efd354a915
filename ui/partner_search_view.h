// SPDX-License-Identifier: GPL-3.0-or-later
// Partner search: one search field, filters, the result count, the list and the profile pane.
#pragma once

#include "store/directory_store.h"

#include <QWidget>

#include <optional>

class QCheckBox;
class QComboBox;
class QLabel;
class QLineEdit;
class QListView;
class QPushButton;
class QSpinBox;
class QTimer;

namespace etw {

class PartnerDetailView;
class PartnerListModel;
class SearchService;

class PartnerSearchView : public QWidget
{
    Q_OBJECT
public:
    explicit PartnerSearchView(SearchService *search, QWidget *parent = nullptr);

    // The directory changed (sync): search again, at most every few seconds.
    void directoryChanged();
    // Why this account cannot invite anyone now (waiting for validation), shown on the
    // disabled button; empty when it can.
    void setInviteBlocked(const QString &why);

    PartnerListModel *model() const { return m_model; }

Q_SIGNALS:
    // "Invite to a project…" on the teacher shown.
    void inviteRequested(qint64 teacherId, const QString &displayName, const QString &country);

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslateUi();
    void runSearch();
    void updateCount();
    void showSelected();

    SearchService *m_search;
    PartnerListModel *m_model;
    QLineEdit *m_text;
    QComboBox *m_country;
    QComboBox *m_subject;
    QComboBox *m_language;
    QComboBox *m_schoolType;
    QSpinBox *m_ageFrom;
    QSpinBox *m_ageTo;
    QCheckBox *m_eTwinningSchools;
    QCheckBox *m_qualityLabels;
    QLabel *m_countryLabel, *m_subjectLabel, *m_languageLabel, *m_schoolTypeLabel, *m_ageLabel;
    QLabel *m_count;
    QListView *m_list;
    PartnerDetailView *m_detail;
    QTimer *m_debounce;
    QTimer *m_refreshThrottle;
    int m_detailTicket = 0;
    qint64 m_shownId = 0;
    std::optional<directory_store::PartnerDetail> m_shown;
    QPushButton *m_invite = nullptr;
    QString m_inviteBlocked;
};

} // namespace etw
