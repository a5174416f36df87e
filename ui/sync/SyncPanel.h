// The Sync panel: how the sync with the hub stands (the link, the last good sync, what waits to
// upload and when it is tried next), the history of sync runs, and the uploads that need a person:
// those the hub refused for good, and conflicts with the hub's current record beside what was sent.
// It refreshes itself whenever a run finishes.
#pragma once

#include "store/SyncStore.h"

#include <QDialog>

class QLabel;
class QPushButton;
class QTableWidget;
class QTextBrowser;

namespace open211 {

class Database;
class SyncEngine;
struct SyncStatus;

class SyncPanel : public QDialog
{
    Q_OBJECT
public:
    SyncPanel(Database& db, SyncEngine& engine, QWidget* parent = nullptr);

    QTableWidget* historyTable() const { return m_history; }
    QTableWidget* attentionTable() const { return m_attention; }
    QTextBrowser* entryDetail() const { return m_detail; }
    QLabel* statusLabel() const { return m_status; }
    QLabel* waitingLabel() const { return m_waiting; }
    QPushButton* syncNowButton() const { return m_syncNow; }

    enum HistoryColumn { When, Outcome, Pulled, Deleted, Pushed, Conflicts, Data, Error };
    enum AttentionColumn { Kind, Entity, State, Attempts, LastError };

public slots:
    // Reads the history and the outbox again.
    void refresh();

signals:
    void signInRequested();

private:
    void showStatus(const SyncStatus& status);
    void showEntry();
    static QString kindLabel(const QString& kind);
    // What a person knows the record by (a call: when, where, who), else its id.
    static QString describe(const OutboxEntry& entry);

    Database& m_db;
    SyncEngine& m_engine;
    QLabel* m_status;
    QLabel* m_error;
    QLabel* m_waiting;
    QPushButton* m_syncNow;
    QPushButton* m_signIn;
    QTableWidget* m_history;
    QTableWidget* m_attention;
    QTextBrowser* m_detail;
    QList<OutboxEntry> m_entries;
};

} // namespace open211
