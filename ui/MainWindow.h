// The workstation's main window, where a specialist spends the day: the call on the left, the
// search with its results and the selected resource's detail on the right, and the status bar
// (connection and last sync, items waiting to upload, who is signed in). Every action has a
// shortcut; the call is saved on every change. The window owns the sync engine for its profile and
// shows what it reports; an ended call asks it for a run. The Resources menu opens resource
// maintenance (issue 6) to those whose role edits, and "Suggest a change" to everyone; the Tools
// menu opens the community needs reports (issue 7) to supervisors and admins.
#pragma once

#include "HsdsSchema.h"
#include "SyncEngine.h"
#include "calls/Call.h"
#include "store/MaintenanceStore.h"

#include <QMainWindow>
#include <optional>

class QLabel;
class QSplitter;
class QTimer;

namespace open211 {

class CallAutosaver;
class CallPanel;
class Database;
class SearchPanel;
class SearchService;

class MainWindow : public QMainWindow
{
    Q_OBJECT
public:
    explicit MainWindow(Database& db, QWidget* parent = nullptr);
    ~MainWindow() override;

    // A call left open by a crash or a closed window, if any.
    std::optional<Call> unfinishedCall() const;
    // Asks whether to resume an unfinished call (called once the window shows).
    void offerResume();
    void resumeCall(const Call& call);

    CallPanel* callPanel() const { return m_callPanel; }
    SearchPanel* searchPanel() const { return m_searchPanel; }
    CallAutosaver* autosaver() const { return m_autosaver; }
    SyncEngine* syncEngine() const { return m_sync; }
    QLabel* connectionLabel() const { return m_connection; }
    QLabel* syncErrorLabel() const { return m_syncError; }
    QLabel* waitingLabel() const { return m_waiting; }
    QList<QAction*> shortcutActions() const;
    QString specialist() const;
    // Who is working: the last successful sign-in's user and role; a specialist (who suggests
    // changes but does not edit) until someone signs in.
    Editor editor() const;
    // Keeps who signed in, and opens or closes the resource editing to their role.
    void rememberSignIn(const QString& username, const QString& role);
    // The Resources menu's action by name: editResource, newService, newOrganization,
    // newLocation, workList, suggestChange.
    QAction* resourceAction(const char* name) const { return action(name); }
    // Tools → Reports (Ctrl+Shift+R): enabled for supervisors and admins only.
    QAction* reportsAction() const { return action("reports"); }
    // Whether a role sees the community needs reports.
    static bool roleSeesReports(const QString& role);

public slots:
    void newCall();
    void endCall();
    void addReferral();
    void showReferralSummary();
    void showCallHistory();
    void showSettings();
    void showShortcuts();
    void showSyncPanel();
    void showSignIn();
    void syncNow();
    // The service selected in the search results, in its editor.
    void editResource();
    void newResource(open211::hsds::Table table);
    void showWorkList();
    // A note about the selected service for the resource specialists.
    void suggestChange();
    // The community needs reports, for supervisors and admins.
    void showReports();

protected:
    void changeEvent(QEvent* event) override;
    void closeEvent(QCloseEvent* event) override;

private:
    void buildActions();
    void retranslate();
    void refreshStatus();
    // The hub's address, CA bundle and interval from the settings, handed to the engine.
    void configureSync();
    // Removes callers' names, phones and notes past the retention period (once uploaded).
    void purgeOldCallerDetails();
    void syncStatusChanged(const SyncStatus& status);
    void showSyncStatus();
    void callChanged(const Call& call);
    void callEnded(const Call& call);
    void showAbout();
    QAction* action(const char* name) const;
    // Edit actions open to editors only; the reason in their tooltip otherwise.
    void applyRole();
    // A record was written: the hub hears of it, the status and the detail follow.
    void resourceChanged();
    static QString roleName(const QString& role);

    Database& m_db;
    SearchService* m_search;
    CallAutosaver* m_autosaver;
    SyncEngine* m_sync;
    SyncStatus m_syncStatus;
    qint64 m_waitingCount = 0;
    QString m_hubUrl; // as the engine was last configured
    QTimer* m_relativeTime; // "synced 3 min ago" moves on
    QSplitter* m_split;
    CallPanel* m_callPanel;
    SearchPanel* m_searchPanel;
    QLabel* m_connection;
    QLabel* m_syncError;
    QLabel* m_waiting;
    QLabel* m_user;
    QLabel* m_counts;
    QMenu* m_callMenu = nullptr;
    QMenu* m_searchMenu = nullptr;
    QMenu* m_resourcesMenu = nullptr;
    QMenu* m_toolsMenu = nullptr;
    QMenu* m_helpMenu = nullptr;
    QHash<QString, QAction*> m_actions;
};

} // namespace open211
