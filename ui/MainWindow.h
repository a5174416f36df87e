// The workstation's main window, where a specialist spends the day: the call on the left, the
// search with its results and the selected resource's detail on the right, and the status bar
// (connection and last sync, items waiting to upload, who is signed in). Every action has a
// shortcut; the call is saved on every change. The window owns the sync engine for its profile and
// shows what it reports; an ended call asks it for a run. The Resources menu opens resource
// maintenance (issue 6) to those whose role edits, and "Suggest a change" to everyone; the Tools
// menu opens the community needs reports (issue 7) to supervisors and admins.
//
// No one works in it before signing in (issue 8): the window shows its lock screen until a session
// begins (signed in to the hub, or offline with the password this workstation remembers, or on a
// workstation with no hub its computer user), and again after the idle time set in Settings. Who
// is signed in and their role decide every action; opening a call record and reading the audit log
// are written to the audit log.
#pragma once

#include "HsdsSchema.h"
#include "SyncEngine.h"
#include "WorkstationSignIn.h"
#include "calls/Call.h"
#include "store/MaintenanceStore.h"

#include <QElapsedTimer>
#include <QMainWindow>
#include <memory>
#include <optional>

class QLabel;
class QSplitter;
class QStackedWidget;
class QTimer;

namespace open211 {

class CallAutosaver;
class CallPanel;
class Database;
class Keychain;
class LockScreen;
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
    // Who is working and their role (a specialist, who suggests changes but does not edit, when no
    // one is signed in).
    Editor editor() const;

    // At the program's start: a workstation with no hub begins its computer user's session; one
    // whose keychain holds a valid token from an earlier session resumes it; else the sign-in
    // shows. The unfinished call is offered once a session begins.
    void startSession();
    // Someone is at the workstation (the sign-in's result; tests begin one directly): their role
    // applies, the lock screen leaves and the idle time starts.
    void beginSession(const SessionUser& user);
    const std::optional<SessionUser>& session() const { return m_session; }
    // The lock screen (or the sign-in) shows: nothing behind it can be reached.
    bool isLocked() const;
    LockScreen* lockScreen() const { return m_lock; }
    // The idle time before the screen locks, in milliseconds (0: never); from Settings, else.
    void setIdleLockInterval(int ms);
    int idleLockInterval() const;
    // Any action by name (see buildActions()).
    QAction* namedAction(const char* name) const { return action(name); }
    // The Resources menu's action by name: editResource, newService, newOrganization,
    // newLocation, workList, suggestChange.
    QAction* resourceAction(const char* name) const { return action(name); }
    // Tools → Reports (Ctrl+Shift+R): enabled for supervisors and admins only.
    QAction* reportsAction() const { return action("reports"); }

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
    // The audit log, for supervisors and admins.
    void showAudit();
    // The one way in: the hub checks the password (or, when it cannot be reached, this
    // workstation does); signInFinished() tells how it went.
    void signIn(const QString& username, const QString& password);
    // Hides the work behind the lock screen (open dialogs close; an open call waits).
    void lock();
    void signOut();

signals:
    // `who`: the signed-in person's name.
    void signInFinished(bool ok, const QString& message, const QString& who);

protected:
    void changeEvent(QEvent* event) override;
    bool eventFilter(QObject* watched, QEvent* event) override;
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
    QString hubUrl() const;
    Keychain& keychain();
    void unlock(const QString& password);
    void hubSignInFinished(bool ok, const QString& message, bool refused);
    // A sign-in under way is given up (the screen locked, or the user signed out).
    void cancelSignIn();
    // The engine syncs with the session's token (none without a session, or signed in offline).
    void syncAsSession();
    void finishSignIn(bool ok, const QString& message);
    // The lock screen in front, the actions off.
    void showLockScreen();
    // The sign-in on the lock screen, for the hub in Settings.
    void showSignInScreen(const QString& message = {});
    void restartIdle();
    // Writes an audit entry (a failure said in the status bar).
    void audit(const QString& action, const QString& entityType, const QString& entityId, const QString& detail = {});

    Database& m_db;
    SearchService* m_search;
    CallAutosaver* m_autosaver;
    SyncEngine* m_sync;
    SyncStatus m_syncStatus;
    qint64 m_waitingCount = 0;
    QString m_hubUrl; // as the engine was last configured
    QTimer* m_relativeTime; // "synced 3 min ago" moves on
    QStackedWidget* m_stack;
    QSplitter* m_split;
    LockScreen* m_lock;
    QTimer* m_idle; // ends the idle time, or moves it on by the input since
    int m_idleMs = 0; // the idle time before the lock (0: never)
    QElapsedTimer m_lastInput; // since the last key, click or move
    std::unique_ptr<Keychain> m_keychain;
    std::optional<SessionUser> m_session;
    bool m_locked = true;
    bool m_offerResume = false; // once the first session begins (startSession)
    // A sign-in under way: who, the password until the hub answers, what the hub said.
    bool m_signingIn = false;
    QString m_pendingUser;
    QString m_pendingPassword;
    std::optional<HubSession> m_pendingHub;
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
