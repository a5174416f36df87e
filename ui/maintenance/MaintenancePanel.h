// The resource specialists' work list (Ctrl+Shift+W): services due for their verification
// (by months since the last one, Ontario region and organization), the changes specialists
// suggested, and the edits in conflict with the hub. Enter opens the record in its editor.
#pragma once

#include "store/MaintenanceStore.h"

#include <QDate>
#include <QDialog>

class QComboBox;
class QLabel;
class QPushButton;
class QSpinBox;
class QTabWidget;
class QTableWidget;
class QTimer;

namespace open211 {

class Database;

class MaintenancePanel : public QDialog
{
    Q_OBJECT
public:
    static constexpr int DefaultVerifyMonths = 12;

    MaintenancePanel(Database& db, const Editor& editor, QWidget* parent = nullptr);

    enum Tab { DueTab, SuggestionsTab, ConflictsTab };
    enum DueColumn { DueService, DueOrganization, DueCity, DueRegion, DueVerified, DueBy, DueState };
    enum SuggestionColumn { SuggestionRecord, SuggestionNote, SuggestionBy, SuggestionAt };
    enum ConflictColumn { ConflictRecord, ConflictKind, ConflictSaved, ConflictError };

    QTabWidget* tabs() const { return m_tabs; }
    QSpinBox* monthsBox() const { return m_months; }
    QComboBox* regionBox() const { return m_region; }
    QComboBox* organizationBox() const { return m_organization; }
    QTableWidget* dueTable() const { return m_due; }
    QTableWidget* suggestionsTable() const { return m_suggestions; }
    QTableWidget* conflictsTable() const { return m_conflicts; }
    QLabel* dueCountLabel() const { return m_dueCount; }
    QPushButton* markDoneButton() const { return m_markDone; }
    QPushButton* settleButton() const { return m_settle; }
    const QList<VerificationItem>& dueItems() const { return m_dueItems; }
    const QList<Suggestion>& suggestionItems() const { return m_suggestionItems; }
    const QList<EditConflict>& conflictItems() const { return m_conflictItems; }
    // The day verification is judged from (today unless a test says otherwise).
    void setToday(const QDate& today);

public slots:
    void refresh();
    void refreshDue();
    // Opens the selected row's record (or, on the conflicts tab, settles it).
    void openSelected();
    void markVerified();
    void markDone();
    void settleConflict();

signals:
    // Something was written: the hub must hear of it.
    void changed();

protected:
    bool eventFilter(QObject* watched, QEvent* event) override;

private:
    void openRecord(hsds::Table table, const QString& id);
    void refillOrganizations(const QString& filter);

    Database& m_db;
    Editor m_editor;
    QDate m_today;
    QTabWidget* m_tabs;
    QSpinBox* m_months;
    QComboBox* m_region;
    QComboBox* m_organization;
    QTimer* m_organizationTimer;
    QLabel* m_dueCount;
    QLabel* m_message;
    QTableWidget* m_due;
    QTableWidget* m_suggestions;
    QTableWidget* m_conflicts;
    QPushButton* m_markDone;
    QPushButton* m_settle;
    QList<VerificationItem> m_dueItems;
    QList<Suggestion> m_suggestionItems;
    QList<EditConflict> m_conflictItems;
};

} // namespace open211
