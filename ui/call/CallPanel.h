// The call in progress: timer, caller's location and language, the AIRS inquirer data, needs
// (taxonomy terms, met or unmet), referrals given, follow-up, notes and disposition. It edits a
// Call value and announces every change; the window has it saved.
#pragma once

#include "calls/Call.h"

#include <QWidget>
#include <functional>

class QCheckBox;
class QComboBox;
class QDateEdit;
class QGroupBox;
class QLabel;
class QLineEdit;
class QListWidget;
class QPlainTextEdit;
class QPushButton;
class QTimer;
class QCompleter;
class QStandardItemModel;

namespace open211 {

class Database;

class CallPanel : public QWidget
{
    Q_OBJECT
public:
    explicit CallPanel(Database& db, QWidget* parent = nullptr);

    // Shows this call for editing (a new one, or one resumed after a crash).
    void setCall(const Call& call);
    // No call: the fields are cleared and disabled.
    void clearCall();
    const Call& call() const { return m_call; }
    bool hasCall() const { return m_active; }

    void addReferral(const Referral& referral);
    // The need selected in the list, or the last one; -1 when there are none.
    int currentNeed() const;
    void setNeedMet(int index, bool met);
    QString location() const;

    QLineEdit* needEdit() const { return m_needEdit; }
    QLineEdit* locationEdit() const { return m_location; }
    QListWidget* needList() const { return m_needs; }
    QListWidget* referralList() const { return m_referrals; }
    QComboBox* unmetReasonBox() const { return m_unmetReason; }
    QPlainTextEdit* notesEdit() const { return m_notes; }

public slots:
    void focusNeed();
    void focusNotes();
    void markMet();
    void markUnmet();

signals:
    void changed(const open211::Call& call);
    // A need was added: the window searches for it.
    void needAdded(const open211::CallerNeed& need);
    void locationChanged(const QString& place);
    void languageChanged(const QString& language);

protected:
    void changeEvent(QEvent* event) override;
    bool eventFilter(QObject* watched, QEvent* event) override; // Delete removes a need or referral

private:
    void build();
    void retranslate();
    void fillCombos();
    void updateTimer();
    void fromWidgets(); // the fields into m_call
    void toWidgets();
    void refreshLists();
    void commit();
    void updateSuggestions(const QString& text);
    void addNeedFromEdit();
    void removeSelected(QListWidget* list);

    Database& m_db;
    Call m_call;
    bool m_active = false;
    bool m_loading = false;

    QLabel* m_title;
    QLabel* m_timer;
    QTimer* m_tick;
    QGroupBox* m_callerBox;
    QLineEdit* m_location;
    QComboBox* m_language;
    QCheckBox* m_interpreter;
    QComboBox* m_contactType;
    QComboBox* m_heardAbout;
    QComboBox* m_ageGroup;
    QComboBox* m_gender;
    QCheckBox* m_thirdParty;
    QCheckBox* m_consent;
    QLineEdit* m_name;
    QLineEdit* m_phone;
    QGroupBox* m_needBox;
    QLineEdit* m_needEdit;
    QCompleter* m_completer;
    QStandardItemModel* m_suggestions;
    QListWidget* m_needs;
    QComboBox* m_unmetReason;
    QPushButton* m_metButton;
    QPushButton* m_unmetButton;
    QGroupBox* m_referralBox;
    QListWidget* m_referrals;
    QGroupBox* m_followBox;
    QCheckBox* m_followUp;
    QDateEdit* m_followDue;
    QPlainTextEdit* m_notes;
    QComboBox* m_disposition;
    QList<std::function<void()>> m_relabel;
};

} // namespace open211
