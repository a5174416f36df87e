#include "MainWindow.h"

#include "Keychain.h"
#include "Workstation.h"
#include "call/CallHistoryDialog.h"
#include "call/CallPanel.h"
#include "call/ReferralSummaryDialog.h"
#include "call/SearchPanel.h"
#include "call/SettingsDialog.h"
#include "call/ShortcutsDialog.h"
#include "calls/CallAutosaver.h"
#include "maintenance/MaintenancePanel.h"
#include "maintenance/ResourceEditor.h"
#include "maintenance/SuggestChangeDialog.h"
#include "reports/ReportsPanel.h"
#include "resources/ResourceDetailView.h"
#include "search/SearchService.h"
#include "security/Crypto.h"
#include "session/AuditDialog.h"
#include "session/LockScreen.h"
#include "store/AccountStore.h"
#include "store/AuditStore.h"
#include "store/CallStore.h"
#include "store/Database.h"
#include "store/ResourceStore.h"
#include "store/SyncStore.h"
#include "sync/SignInDialog.h"
#include "sync/SyncPanel.h"
#include "sync/SyncStatusText.h"

#include <QAction>
#include <QApplication>
#include <QCloseEvent>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QMenuBar>
#include <QMessageBox>
#include <QPushButton>
#include <QSettings>
#include <QSplitter>
#include <QStackedWidget>
#include <QStatusBar>
#include <QTableView>
#include <QTimer>

namespace open211 {

MainWindow::MainWindow(Database& db, QWidget* parent)
    : QMainWindow(parent)
    , m_db(db)
    , m_search(new SearchService(db.path(), this))
    , m_autosaver(new CallAutosaver(db.path(), this))
    , m_sync(new SyncEngine(db.path(), this))
    , m_relativeTime(new QTimer(this))
    , m_idle(new QTimer(this))
{
    m_stack = new QStackedWidget(this);
    m_split = new QSplitter(Qt::Horizontal, m_stack);
    m_callPanel = new CallPanel(db, m_split);
    m_searchPanel = new SearchPanel(db, *m_search, m_split);
    m_split->addWidget(m_callPanel);
    m_split->addWidget(m_searchPanel);
    m_split->setStretchFactor(0, 2);
    m_split->setStretchFactor(1, 5);
    m_split->setSizes({430, 970});
    m_split->setChildrenCollapsible(false);
    m_lock = new LockScreen(m_stack);
    m_stack->addWidget(m_split);
    m_stack->addWidget(m_lock);
    setCentralWidget(m_stack);
    // The detail says when the service was last verified, and what changed lately.
    m_searchPanel->detailView()->setDatabase(&db);

    m_connection = new QLabel(this);
    m_syncError = new QLabel(this);
    m_waiting = new QLabel(this);
    m_user = new QLabel(this);
    m_counts = new QLabel(this);
    // The error stands apart from the state before it.
    QPalette errorPalette = m_syncError->palette();
    errorPalette.setColor(QPalette::WindowText, QColor(0xa0, 0x1c, 0x1c));
    m_syncError->setPalette(errorPalette);
    statusBar()->addWidget(m_connection);
    statusBar()->addWidget(m_syncError);
    statusBar()->addWidget(m_waiting);
    statusBar()->addPermanentWidget(m_counts);
    statusBar()->addPermanentWidget(m_user);

    buildActions();

    connect(m_callPanel, &CallPanel::changed, this, &MainWindow::callChanged);
    connect(m_callPanel, &CallPanel::needAdded, this, [this](const CallerNeed& need) {
        m_searchPanel->searchTerm(need.termCode, need.termName);
    });
    connect(m_callPanel, &CallPanel::locationChanged, m_searchPanel, &SearchPanel::setCallerPlace);
    connect(m_callPanel, &CallPanel::languageChanged, m_searchPanel, &SearchPanel::setCallerLanguage);
    connect(m_autosaver, &CallAutosaver::ended, this, &MainWindow::callEnded);
    connect(m_autosaver, &CallAutosaver::failed, this, [this](const QString& message) {
        statusBar()->showMessage(message);
        QMessageBox::warning(this, tr("The call was not saved"), message);
    });

    connect(m_sync, &SyncEngine::statusChanged, this, &MainWindow::syncStatusChanged);
    // The hub's answer to a sign-in: who, their role and the token, then how it went.
    connect(m_sync, &SyncEngine::signedIn, this, [this](const HubSession& hub) { m_pendingHub = hub; });
    connect(m_sync, &SyncEngine::signInFinished, this, &MainWindow::hubSignInFinished);
    connect(m_lock, &LockScreen::signInRequested, this, &MainWindow::signIn);
    connect(m_lock, &LockScreen::unlockRequested, this, &MainWindow::unlock);
    connect(m_lock, &LockScreen::switchUserRequested, this, &MainWindow::signOut);
    // The screen locks after the idle time; any key or click starts it again.
    m_idle->setSingleShot(true);
    m_idleMs = SettingsDialog::lockMinutes() * 60000;
    connect(m_idle, &QTimer::timeout, this, [this] {
        // Input since the timer started moves the lock on by what is left.
        if (const qint64 left = m_idleMs - m_lastInput.elapsed(); left > 0)
            m_idle->start(int(left));
        else
            lock();
    });
    qApp->installEventFilter(this);
    // What waits is counted here after a run, not taken from the status: the engine's count is as
    // old as its last run, and a call may have ended since.
    connect(m_sync, &SyncEngine::runFinished, this, [this](const SyncReport& report) {
        // The hub turned the token down (expired, or the user's role changed): it is forgotten
        // here and in the keychain; the status asks for a sign-in.
        if (report.unauthorized && m_session && !m_session->token.isEmpty()) {
            m_session->token.clear();
            syncAsSession();
            WorkstationSignIn(m_db, &keychain()).forgetToken();
        }
        if (const auto waiting = SyncStore(m_db).waitingCount())
            m_waitingCount = *waiting;
        showSyncStatus();
        purgeOldCallerDetails(); // what the run uploaded may now be old enough
    });
    purgeOldCallerDetails();
    m_relativeTime->setInterval(30000);
    connect(m_relativeTime, &QTimer::timeout, this, &MainWindow::showSyncStatus);
    m_relativeTime->start();
    configureSync();

    QSettings settings;
    restoreGeometry(settings.value(QStringLiteral("window/geometry")).toByteArray());
    m_split->restoreState(settings.value(QStringLiteral("window/split")).toByteArray());
    m_searchPanel->splitter()->restoreState(settings.value(QStringLiteral("window/searchSplit")).toByteArray());
    if (!settings.contains(QStringLiteral("window/geometry")))
        resize(1400, 860);

    retranslate();
    // No one is signed in yet: the lock screen shows until a session begins.
    showLockScreen();
    m_lock->showSignIn(hubUrl(), QSettings().value(QStringLiteral("hub/user")).toString(), QString());
}

MainWindow::~MainWindow()
{
    qApp->removeEventFilter(this);
    m_autosaver->waitForIdle();
    crypto::wipe(m_pendingPassword);
}

void MainWindow::buildActions()
{
    const auto add = [this](QMenu*& menu, const char* name, const QKeySequence& key, auto slot) {
        auto* a = new QAction(this);
        a->setObjectName(QString::fromLatin1(name));
        a->setShortcut(key);
        a->setShortcutContext(Qt::WindowShortcut);
        connect(a, &QAction::triggered, this, slot);
        if (!menu)
            menu = menuBar()->addMenu(QString());
        menu->addAction(a);
        addAction(a);
        m_actions.insert(QString::fromLatin1(name), a);
        return a;
    };
    // Keys that text fields keep for themselves on Linux (Ctrl+E, Ctrl+U, Ctrl+H, Ctrl+D, Ctrl+K move
    // or delete text there) are not used: a shortcut must work wherever the cursor is.
    add(m_callMenu, "newCall", QKeySequence(Qt::CTRL | Qt::Key_N), &MainWindow::newCall);
    add(m_callMenu, "addNeed", QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_N), [this] { m_callPanel->focusNeed(); });
    add(m_callMenu, "markMet", QKeySequence(Qt::CTRL | Qt::Key_M), [this] { m_callPanel->markMet(); });
    add(m_callMenu, "markUnmet", QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_M), [this] { m_callPanel->markUnmet(); });
    add(m_callMenu, "addReferral", QKeySequence(Qt::CTRL | Qt::Key_R), &MainWindow::addReferral);
    add(m_callMenu, "summary", QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_S), &MainWindow::showReferralSummary);
    add(m_callMenu, "focusCall", QKeySequence(Qt::CTRL | Qt::Key_L), [this] {
        m_callPanel->locationEdit()->setFocus();
    });
    add(m_callMenu, "focusNotes", QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_O), [this] {
        m_callPanel->focusNotes();
    });
    add(m_callMenu, "endCall", QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_E), &MainWindow::endCall);
    m_callMenu->addSeparator();
    add(m_callMenu, "history", QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_H), &MainWindow::showCallHistory);
    add(m_callMenu, "quit", QKeySequence::Quit, [this] { close(); });
    add(m_searchMenu, "focusSearch", QKeySequence(Qt::CTRL | Qt::Key_F), [this] { m_searchPanel->focusQuery(); });
    add(m_searchMenu, "nextResult", QKeySequence(Qt::CTRL | Qt::Key_Down), [this] { m_searchPanel->nextResult(); });
    add(m_searchMenu, "previousResult", QKeySequence(Qt::CTRL | Qt::Key_Up), [this] {
        m_searchPanel->previousResult();
    });
    add(m_searchMenu, "openDetail", QKeySequence(Qt::CTRL | Qt::Key_I), [this] { m_searchPanel->openDetail(); });
    add(m_searchMenu, "copyDetail", QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_C), [this] {
        m_searchPanel->detailView()->copyToClipboard();
    });
    add(m_searchMenu, "printDetail", QKeySequence(Qt::CTRL | Qt::Key_P), [this] {
        m_searchPanel->detailView()->printDialog();
    });
    add(m_searchMenu, "clearSearch", QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_X), [this] {
        m_searchPanel->clearSearch();
    });
    // F2 edits, as elsewhere: Ctrl+E belongs to the text fields (see above).
    add(m_resourcesMenu, "editResource", QKeySequence(Qt::Key_F2), &MainWindow::editResource);
    add(m_resourcesMenu, "newService", QKeySequence(), [this] { newResource(hsds::Table::Service); });
    add(m_resourcesMenu, "newOrganization", QKeySequence(), [this] { newResource(hsds::Table::Organization); });
    add(m_resourcesMenu, "newLocation", QKeySequence(), [this] { newResource(hsds::Table::Location); });
    m_resourcesMenu->addSeparator();
    add(m_resourcesMenu, "workList", QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_W), &MainWindow::showWorkList);
    add(m_resourcesMenu, "suggestChange", QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_G), &MainWindow::suggestChange);
    m_resourcesMenu->setToolTipsVisible(true);
    add(m_toolsMenu, "settings", QKeySequence(Qt::CTRL | Qt::Key_Comma), &MainWindow::showSettings);
    m_toolsMenu->addSeparator();
    add(m_toolsMenu, "syncNow", QKeySequence(Qt::Key_F5), &MainWindow::syncNow);
    add(m_toolsMenu, "syncPanel", QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_Y), &MainWindow::showSyncPanel);
    add(m_toolsMenu, "signIn", QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_I), &MainWindow::showSignIn);
    add(m_toolsMenu, "lock", QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_L), &MainWindow::lock);
    add(m_toolsMenu, "signOut", QKeySequence(), &MainWindow::signOut);
    m_toolsMenu->addSeparator();
    add(m_toolsMenu, "reports", QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_R), &MainWindow::showReports);
    add(m_toolsMenu, "audit", QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_A), &MainWindow::showAudit);
    m_toolsMenu->setToolTipsVisible(true);
    add(m_helpMenu, "shortcuts", QKeySequence(Qt::Key_F1), &MainWindow::showShortcuts);
    add(m_helpMenu, "about", QKeySequence(), &MainWindow::showAbout);
}

QAction* MainWindow::action(const char* name) const
{
    return m_actions.value(QString::fromLatin1(name));
}

QList<QAction*> MainWindow::shortcutActions() const
{
    QList<QAction*> out;
    for (QMenu* menu : {m_callMenu, m_searchMenu, m_resourcesMenu, m_toolsMenu, m_helpMenu}) {
        for (QAction* a : menu->actions()) {
            if (!a->isSeparator())
                out << a;
        }
    }
    return out;
}

void MainWindow::retranslate()
{
    setWindowTitle(tr("Open 211 Workstation"));
    m_callMenu->setTitle(tr("&Call"));
    m_searchMenu->setTitle(tr("&Search"));
    //: Menu of resource maintenance: services, organizations, locations
    m_resourcesMenu->setTitle(tr("&Resources"));
    m_toolsMenu->setTitle(tr("&Tools"));
    m_helpMenu->setTitle(tr("&Help"));
    action("newCall")->setText(tr("&New call"));
    action("addNeed")->setText(tr("Add a &need"));
    action("markMet")->setText(tr("Mark need &met"));
    action("markUnmet")->setText(tr("Mark need &unmet"));
    action("addReferral")->setText(tr("Add selected result as &referral"));
    action("summary")->setText(tr("Referral &summary for the caller…"));
    action("focusCall")->setText(tr("Go to the caller's &location"));
    action("focusNotes")->setText(tr("Go to the call's n&otes"));
    action("endCall")->setText(tr("&End call"));
    action("history")->setText(tr("Call &history…"));
    action("quit")->setText(tr("&Quit"));
    action("focusSearch")->setText(tr("&Focus search"));
    action("nextResult")->setText(tr("&Next result"));
    action("previousResult")->setText(tr("&Previous result"));
    action("openDetail")->setText(tr("Open &detail"));
    action("copyDetail")->setText(tr("&Copy detail"));
    action("printDetail")->setText(tr("&Print detail…"));
    action("clearSearch")->setText(tr("C&lear search and filters"));
    action("editResource")->setText(tr("&Edit resource…"));
    action("newService")->setText(tr("New &service…"));
    action("newOrganization")->setText(tr("New &organization…"));
    action("newLocation")->setText(tr("New &location…"));
    //: The resource specialists' list of services due for verification, suggestions and conflicts
    action("workList")->setText(tr("&Work list…"));
    action("suggestChange")->setText(tr("Su&ggest a change…"));
    action("settings")->setText(tr("&Settings…"));
    action("syncNow")->setText(tr("Sync &now"));
    action("syncPanel")->setText(tr("Sync &panel…"));
    action("signIn")->setText(tr("Sign &in to the hub…"));
    action("lock")->setText(tr("&Lock the screen"));
    action("signOut")->setText(tr("Sign &out"));
    //: Tools menu: the community needs reports for planners and funders
    action("reports")->setText(tr("&Reports…"));
    //: Tools menu: who opened which call record, sign-ins, locks
    action("audit")->setText(tr("&Audit log…"));
    action("shortcuts")->setText(tr("&Keyboard shortcuts"));
    action("about")->setText(tr("&About Open 211 Workstation"));
    applyRole();
    refreshStatus();
}

QString MainWindow::roleName(const QString& role)
{
    //: A hub role: keeps the resource records
    if (role == QLatin1String("resource_specialist"))
        return tr("resource specialist");
    //: A hub role
    if (role == QLatin1String("supervisor"))
        return tr("supervisor");
    //: A hub role: administrator
    if (role == QLatin1String("admin"))
        return tr("admin");
    return role;
}

Editor MainWindow::editor() const
{
    Editor e;
    e.username = specialist();
    e.role = m_session && !m_session->role.isEmpty() ? m_session->role : QStringLiteral("specialist");
    return e;
}

void MainWindow::purgeOldCallerDetails()
{
    // Caller privacy: names, phones and notes leave the workstation after the retention period,
    // once the hub has the call. A failure is said in the status bar and tried again later.
    const QDateTime before = QDateTime::currentDateTimeUtc().addDays(-SettingsDialog::retentionDays());
    if (auto purged = CallStore(m_db).purgeIdentifying(before); !purged)
        statusBar()->showMessage(purged.error(), 10000);
}

void MainWindow::applyRole()
{
    // Behind the lock screen nothing can be reached but Quit (an open call stays open).
    for (QAction* a : std::as_const(m_actions))
        a->setEnabled(!m_locked);
    action("quit")->setEnabled(true);
    if (m_locked) {
        // A new workstation's hub address can be set (or corrected) before anyone has signed in
        // to it here; once someone has, only a signed-in person changes it.
        if (!m_session) {
            const auto known = AccountStore(m_db).lastAccount(hubUrl());
            action("settings")->setEnabled(known && !known->has_value());
        }
        return;
    }
    action("signOut")->setEnabled(m_session.has_value());
    action("lock")->setEnabled(m_session.has_value());
    const bool canEdit = editor().canEdit();
    const QString why = tr("Only resource specialists, supervisors and admins edit resources. Use Suggest a change "
                           "(Ctrl+Shift+G) to tell them what is wrong.");
    for (const char* name : {"editResource", "newService", "newOrganization", "newLocation", "workList"}) {
        QAction* a = action(name);
        a->setEnabled(canEdit);
        QString tip = a->text().remove(u'&').remove(QStringLiteral("…"));
        if (!a->shortcut().isEmpty())
            tip += QStringLiteral(" (%1)").arg(a->shortcut().toString(QKeySequence::NativeText));
        a->setToolTip(canEdit ? tip : why);
        a->setStatusTip(canEdit ? QString() : why);
    }
    action("suggestChange")->setToolTip(tr("Tell the resource specialists what is wrong with the selected service"));

    const bool seesReports = editor().supervises();
    const QString notReports = tr("Only supervisors and admins see the community needs reports.");
    QAction* reports = action("reports");
    reports->setEnabled(seesReports);
    reports->setToolTip(seesReports ? tr("Community needs reports: needs, met and unmet, referrals, calls by hour "
                                         "(Ctrl+Shift+R)")
                                    : notReports);
    reports->setStatusTip(seesReports ? QString() : notReports);

    const bool seesAudit = editor().supervises();
    const QString notAudit = tr("Only supervisors and admins read the audit log.");
    QAction* auditLog = action("audit");
    auditLog->setEnabled(seesAudit);
    auditLog->setToolTip(seesAudit ? tr("Who opened which call record, sign-ins and locks (Ctrl+Shift+A)") : notAudit);
    auditLog->setStatusTip(seesAudit ? QString() : notAudit);
}

void MainWindow::refreshStatus()
{
    m_connection->setAccessibleName(tr("Connection"));
    m_syncError->setAccessibleName(tr("Last sync error"));
    m_waiting->setAccessibleName(tr("Waiting to upload"));
    // A specialist is who the window is for; another role is said, and a sign-in the hub did not
    // check.
    if (!m_session) {
        m_user->setText(tr("Not signed in"));
    } else {
        const QString who = m_session->shownName();
        const QString role = editor().role;
        QString text = role == QLatin1String("specialist")
            ? tr("Signed in: %1").arg(who)
            //: In the status bar: %1 is who is working, %2 their role (resource specialist)
            : tr("Signed in: %1 · %2").arg(who, roleName(role));
        if (m_session->offline)
            //: In the status bar, after "Signed in: name": the hub did not check the password
            text += QStringLiteral(" · ") + tr("offline");
        m_user->setText(text);
    }
    // One read for what the store holds and what waits to be sent.
    const auto c = ResourceStore(m_db).counts();
    if (!c) {
        showSyncStatus();
        m_waiting->setText(c.error());
        return;
    }
    m_waitingCount = c->outbox;
    showSyncStatus();
    const QLocale l;
    m_counts->setText(tr("%1 services · %2 organizations").arg(l.toString(c->services), l.toString(c->organizations)));
}

void MainWindow::configureSync()
{
    const QSettings settings;
    const QString url = settings.value(QStringLiteral("hub/url")).toString();
    const int minutes
        = settings.value(QStringLiteral("hub/intervalMinutes"), SettingsDialog::DefaultIntervalMinutes).toInt();
    // A token is good only on the hub that gave it.
    if (url != m_hubUrl) {
        if (m_session)
            m_session->token.clear(); // "Sign in to the hub" gets one from the new hub
        syncAsSession();
    }
    m_hubUrl = url;
    m_sync->configure(url, settings.value(QStringLiteral("hub/caBundle")).toString(), std::max(1, minutes) * 60);
    // Until the engine answers, say what it will find.
    m_syncStatus.hubUrl = url;
    m_syncStatus.link = url.isEmpty() ? SyncStatus::Link::NotSetUp
        : m_sync->token().isEmpty()   ? SyncStatus::Link::SignInNeeded
                                      : SyncStatus::Link::Connecting;
    showSyncStatus();
}

void MainWindow::syncStatusChanged(const SyncStatus& status)
{
    m_syncStatus = status;
    showSyncStatus();
}

void MainWindow::showSyncStatus()
{
    const SyncStatus& s = m_syncStatus;
    QString text = SyncStatusText::link(s);
    if (s.link != SyncStatus::Link::NotSetUp)
        text += QStringLiteral(" · ") + SyncStatusText::lastSync(s.lastSuccess);
    m_connection->setText(text);
    m_connection->setToolTip(SyncStatusText::details(s));
    // The error in plain words, cut to fit; whole in the tooltip and the Sync panel.
    const QString error = s.link == SyncStatus::Link::NotSetUp ? QString() : s.lastError;
    m_syncError->setText(m_syncError->fontMetrics().elidedText(error, Qt::ElideRight, 480));
    m_syncError->setToolTip(error);
    m_syncError->setAccessibleDescription(error);
    // Never hidden, only emptied: the status bar shows a hidden label again after a message only
    // if it hid it itself.
    QString waiting = SyncStatusText::waiting(m_waitingCount);
    if (s.conflicts > 0)
        //: %1 is "2 conflicts to look at"; the shortcut opens the Sync panel.
        waiting += QStringLiteral(" · ") + tr("%1 (Ctrl+Shift+Y)").arg(SyncStatusText::conflicts(s.conflicts));
    m_waiting->setText(waiting);
}

QString MainWindow::specialist() const
{
    if (m_session && !m_session->username.isEmpty())
        return m_session->username;
    const QString name = QSettings().value(QStringLiteral("specialist")).toString();
    if (!name.isEmpty())
        return name;
    const QString user = qEnvironmentVariable("USER");
    return user.isEmpty() ? tr("Specialist") : user;
}

void MainWindow::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QMainWindow::changeEvent(event);
}

void MainWindow::closeEvent(QCloseEvent* event)
{
    QSettings settings;
    settings.setValue(QStringLiteral("window/geometry"), saveGeometry());
    settings.setValue(QStringLiteral("window/split"), m_split->saveState());
    settings.setValue(QStringLiteral("window/searchSplit"), m_searchPanel->splitter()->saveState());
    // An open call stays open: it is offered again at the next start.
    m_autosaver->waitForIdle();
    event->accept();
}

void MainWindow::newCall()
{
    if (m_callPanel->hasCall()) {
        statusBar()->showMessage(tr("End the current call first (Ctrl+Shift+E)."), 5000);
        return;
    }
    const Call call = CallStore::newCall(specialist());
    m_callPanel->setCall(call);
    m_searchPanel->clearSearch();
    m_autosaver->save(call);
    m_callPanel->locationEdit()->setFocus();
}

void MainWindow::resumeCall(const Call& call)
{
    audit(QStringLiteral("open_call"), QStringLiteral("call"), call.id, QStringLiteral("resumed"));
    m_callPanel->setCall(call);
    m_searchPanel->setCallerPlace(m_callPanel->location());
    m_searchPanel->setCallerLanguage(call.language);
    statusBar()->showMessage(
        tr("Resumed the call started %1.").arg(QLocale().toString(call.startedAt.toLocalTime(), QLocale::ShortFormat)),
        8000);
}

std::optional<Call> MainWindow::unfinishedCall() const
{
    auto open = CallStore(m_db).openCall();
    return open ? *open : std::nullopt;
}

void MainWindow::offerResume()
{
    const auto call = unfinishedCall();
    if (!call)
        return;
    QMessageBox box(QMessageBox::Question,
                    tr("Resume the unfinished call?"),
                    tr("A call started %1 was not ended: the workstation closed or lost power during it. "
                       "Everything entered was kept.\n\nNeeds: %2 · Referrals: %3")
                        .arg(QLocale().toString(call->startedAt.toLocalTime(), QLocale::ShortFormat))
                        .arg(call->needs.size())
                        .arg(call->referrals.size()),
                    QMessageBox::NoButton,
                    this);
    auto* resume = box.addButton(tr("&Resume the call"), QMessageBox::AcceptRole);
    auto* end = box.addButton(tr("&End it as it is"), QMessageBox::DestructiveRole);
    box.setDefaultButton(resume);
    box.exec();
    if (box.clickedButton() == static_cast<QAbstractButton*>(end)) {
        Call c = *call;
        if (c.disposition.isEmpty())
            c.disposition = QStringLiteral("disconnected");
        m_autosaver->end(c);
    } else {
        resumeCall(*call);
    }
}

void MainWindow::callChanged(const Call& call)
{
    m_autosaver->save(call);
}

void MainWindow::endCall()
{
    if (!m_callPanel->hasCall())
        return;
    Call call = m_callPanel->call();
    if (call.disposition.isEmpty())
        call.disposition = QStringLiteral("completed");
    m_autosaver->end(call);
    m_callPanel->clearCall();
    statusBar()->showMessage(tr("Ending the call…"));
}

void MainWindow::callEnded(const Call& call)
{
    statusBar()->showMessage(tr("Call saved (%1 needs, %2 referrals) and queued for the hub.")
                                 .arg(call.needs.size())
                                 .arg(call.referrals.size()),
                             8000);
    refreshStatus();
    m_sync->requestRun(); // the new upload goes as soon as the hub can be reached
    m_searchPanel->focusQuery();
}

void MainWindow::addReferral()
{
    const SearchResult* r = m_searchPanel->currentResult();
    if (!m_callPanel->hasCall()) {
        statusBar()->showMessage(tr("Start a call (Ctrl+N) to give referrals."), 5000);
        return;
    }
    if (!r)
        return;
    Referral ref;
    ref.serviceId = r->serviceId;
    ref.serviceName = Workstation::language() == QLatin1String("fr") && !r->serviceNameFr.isEmpty() ? r->serviceNameFr
                                                                                                    : r->serviceName;
    ref.organizationName = r->organizationName;
    ref.locationId = r->locationId;
    if (const auto detail = m_searchPanel->currentDetail(); detail && !ref.locationId.isEmpty()) {
        for (const auto& loc : detail->locations) {
            if (loc.id == ref.locationId)
                ref.serviceAtLocationId = loc.serviceAtLocationId;
        }
    }
    m_callPanel->addReferral(ref);
    statusBar()->showMessage(tr("Referral added: %1").arg(ref.serviceName), 4000);
}

void MainWindow::showReferralSummary()
{
    ReferralSummaryDialog dialog(m_db, m_callPanel->call(), this);
    dialog.exec();
}

void MainWindow::showCallHistory()
{
    const qint64 waiting = m_waitingCount;
    CallHistoryDialog dialog(m_db, specialist(), this);
    dialog.exec();
    refreshStatus();
    if (m_waitingCount > waiting)
        m_sync->requestRun(); // a follow-up recorded there waits to upload
}

void MainWindow::showSettings()
{
    SettingsDialog dialog(this);
    if (dialog.exec() != QDialog::Accepted)
        return;
    setIdleLockInterval(SettingsDialog::lockMinutes() * 60000);
    configureSync();
    refreshStatus();
    if (m_locked) {
        showSignInScreen(); // the hub just set: sign in to it
        return;
    }
    // A hub set up on a workstation that had none: its users sign in (once the call has ended).
    if (m_session && m_session->hubUrl.isEmpty() && !hubUrl().isEmpty() && !m_callPanel->hasCall()) {
        signOut();
        return;
    }
    if (dialog.signInRequested())
        showSignIn();
}

void MainWindow::showSignIn()
{
    if (m_locked)
        return;
    SignInDialog dialog(hubUrl(), m_session ? m_session->username : QString(), this);
    connect(&dialog, &SignInDialog::signInRequested, this, &MainWindow::signIn);
    connect(this, &MainWindow::signInFinished, &dialog, &SignInDialog::signInFinished);
    dialog.exec();
}

void MainWindow::syncNow()
{
    if (m_syncStatus.link == SyncStatus::Link::NotSetUp) {
        statusBar()->showMessage(tr("No hub is set up: enter its address in Settings (Ctrl+,)."), 6000);
        return;
    }
    // The engine forgets a token the hub turned down: the status says so.
    if (m_sync->token().isEmpty() || m_syncStatus.link == SyncStatus::Link::SignInNeeded) {
        showSignIn();
        return;
    }
    m_sync->syncNow();
    statusBar()->showMessage(tr("Syncing with the hub…"), 3000);
}

void MainWindow::showSyncPanel()
{
    SyncPanel panel(m_db, *m_sync, this);
    connect(&panel, &SyncPanel::signInRequested, this, &MainWindow::showSignIn);
    panel.exec();
    refreshStatus();
}

void MainWindow::resourceChanged()
{
    refreshStatus();
    m_sync->requestRun(); // the edit goes up as soon as the hub can be reached
    m_searchPanel->detailView()->reload();
}

void MainWindow::editResource()
{
    const Editor who = editor();
    if (!who.canEdit())
        return;
    const SearchResult* r = m_searchPanel->currentResult();
    if (!r) {
        statusBar()->showMessage(tr("Select a service in the results first (Ctrl+F to search)."), 5000);
        return;
    }
    ResourceEditor dialog(m_db, who, hsds::Table::Service, r->serviceId, this);
    connect(&dialog, &ResourceEditor::changed, this, &MainWindow::resourceChanged);
    dialog.exec();
}

void MainWindow::newResource(hsds::Table table)
{
    const Editor who = editor();
    if (!who.canEdit())
        return;
    ResourceEditor dialog(m_db, who, table, QString(), this);
    QVariantMap fields;
    // A new service starts under the selected result's organization, which is most often right.
    if (table == hsds::Table::Service || table == hsds::Table::Location) {
        if (const auto detail = m_searchPanel->currentDetail(); detail && !detail->organization.id.isEmpty())
            fields.insert(QStringLiteral("organization_id"), detail->organization.id);
    }
    dialog.startNew(fields);
    connect(&dialog, &ResourceEditor::changed, this, &MainWindow::resourceChanged);
    dialog.exec();
}

void MainWindow::showWorkList()
{
    const Editor who = editor();
    if (!who.canEdit())
        return;
    MaintenancePanel panel(m_db, who, this);
    connect(&panel, &MaintenancePanel::changed, this, &MainWindow::resourceChanged);
    connect(m_sync, &SyncEngine::runFinished, &panel, &MaintenancePanel::refresh);
    panel.exec();
}

void MainWindow::suggestChange()
{
    const SearchResult* r = m_searchPanel->currentResult();
    if (!r) {
        statusBar()->showMessage(tr("Select a service in the results first (Ctrl+F to search)."), 5000);
        return;
    }
    const QString name = Workstation::language() == QLatin1String("fr") && !r->serviceNameFr.isEmpty()
        ? r->serviceNameFr
        : r->serviceName;
    SuggestChangeDialog dialog(m_db, editor().username, hsds::Table::Service, r->serviceId, name, this);
    if (dialog.exec() != QDialog::Accepted)
        return;
    statusBar()->showMessage(tr("Suggestion sent to the resource specialists."), 5000);
    refreshStatus();
    m_sync->requestRun();
}

void MainWindow::showReports()
{
    if (m_locked || !editor().supervises())
        return;
    ReportsPanel panel(m_db, this);
    panel.exec();
}

void MainWindow::showAudit()
{
    if (m_locked || !editor().supervises())
        return;
    AuditDialog dialog(m_db, specialist(), this);
    dialog.exec();
}

void MainWindow::showShortcuts()
{
    ShortcutsDialog dialog(shortcutActions(), this);
    dialog.exec();
}

void MainWindow::showAbout()
{
    QMessageBox::about(this,
                       tr("About Open 211 Workstation"),
                       tr("<h3>Open 211 Workstation %1</h3><p>Information and referral for 211 specialists: calls, "
                          "needs, resources and referrals, online or offline.</p><p>Database: %2</p><p>Place data "
                          "checked against GeoNames (CC BY 4.0).</p>")
                           .arg(QStringLiteral(OPEN211_VERSION), m_db.path().toHtmlEscaped()));
}

// --- Who is at the workstation ---------------------------------------------------------------

QString MainWindow::hubUrl() const
{
    return m_hubUrl; // as the settings gave it to the engine (configureSync)
}

Keychain& MainWindow::keychain()
{
    if (!m_keychain)
        m_keychain = std::make_unique<Keychain>();
    return *m_keychain;
}

void MainWindow::audit(const QString& action, const QString& entityType, const QString& entityId, const QString& detail)
{
    if (auto st = AuditStore(m_db).record(specialist(), action, entityType, entityId, detail); !st)
        statusBar()->showMessage(st.error(), 10000);
}

bool MainWindow::isLocked() const
{
    return m_locked;
}

void MainWindow::setIdleLockInterval(int ms)
{
    m_idleMs = std::max(0, ms);
    restartIdle();
}

int MainWindow::idleLockInterval() const
{
    return m_idleMs;
}

void MainWindow::restartIdle()
{
    m_lastInput.start();
    if (m_session && !m_locked && m_idleMs > 0)
        m_idle->start(m_idleMs);
    else
        m_idle->stop();
}

bool MainWindow::eventFilter(QObject* watched, QEvent* event)
{
    // Someone at the keyboard or the mouse, in this window or its dialogs: the idle time starts again.
    switch (event->type()) {
    case QEvent::KeyPress:
    case QEvent::MouseButtonPress:
    case QEvent::MouseMove:
    case QEvent::Wheel:
    case QEvent::TouchBegin:
        m_lastInput.start(); // read when the idle timer ends: no timer restarted at each event
        break;
    default:
        break;
    }
    return QMainWindow::eventFilter(watched, event);
}

void MainWindow::startSession()
{
    m_offerResume = true;
    WorkstationSignIn in(m_db, &keychain());
    const QString hub = hubUrl();
    if (hub.isEmpty()) {
        // No hub, no accounts: the computer's user works as a specialist.
        auto user = in.standalone(specialist());
        if (user) {
            beginSession(*user);
            if (const QString notice = in.keychainNotice(true); !notice.isEmpty())
                statusBar()->showMessage(notice, 15000);
            return;
        }
        showSignInScreen(user.error());
        return;
    }
    auto resumed = in.resume(hub);
    if (resumed && resumed->has_value()) {
        beginSession(**resumed);
        return;
    }
    showSignInScreen(resumed ? QString() : resumed.error());
}

void MainWindow::showLockScreen()
{
    m_locked = true;
    m_idle->stop();
    m_stack->setCurrentWidget(m_lock);
    applyRole();
}

void MainWindow::showSignInScreen(const QString& message)
{
    showLockScreen();
    m_lock->showSignIn(hubUrl(),
                       QSettings().value(QStringLiteral("hub/user")).toString(),
                       WorkstationSignIn(m_db, &keychain()).keychainNotice());
    if (!message.isEmpty())
        m_lock->setMessage(message);
}

void MainWindow::beginSession(const SessionUser& user)
{
    m_session = user;
    syncAsSession();
    m_locked = false;
    m_stack->setCurrentWidget(m_split);
    applyRole();
    refreshStatus();
    restartIdle();
    m_searchPanel->focusQuery();
    if (std::exchange(m_offerResume, false))
        QTimer::singleShot(0, this, &MainWindow::offerResume);
}

void MainWindow::syncAsSession()
{
    // The sync runs with the session's token; a sign-in the hub did not see has none.
    const QString token = m_session ? m_session->token : QString();
    if (token != m_sync->token())
        m_sync->setToken(token, m_session && !token.isEmpty() ? m_session->shownName() : QString());
}

void MainWindow::signIn(const QString& username, const QString& password)
{
    if (m_signingIn)
        return;
    const QString hub = hubUrl();
    if (hub.isEmpty()) {
        finishSignIn(false, tr("No hub is set up: enter its address in Settings (Ctrl+,)."));
        return;
    }
    // Someone else takes the workstation by signing out first: the open call ends, the log says so.
    if (m_session && username != m_session->username) {
        finishSignIn(false,
                     tr("%1 is signed in here: sign out first (Tools → Sign out) to sign in as someone else.")
                         .arg(m_session->username));
        return;
    }
    m_signingIn = true;
    m_pendingUser = username;
    m_pendingPassword = password;
    m_pendingHub.reset();
    m_lock->setBusy(true, tr("Signing in to %1…").arg(hub));
    m_sync->signIn(username, password);
}

void MainWindow::cancelSignIn()
{
    if (!m_signingIn)
        return;
    m_signingIn = false;
    crypto::wipe(m_pendingPassword);
    m_pendingHub.reset();
}

void MainWindow::hubSignInFinished(bool ok, const QString& message, bool refused)
{
    if (!m_signingIn) {
        // Not this window's, or given up (the screen locked meanwhile): the engine keeps the
        // session's own token, not the one it just got.
        syncAsSession();
        return;
    }
    m_signingIn = false;
    QString password = std::exchange(m_pendingPassword, QString());
    const std::optional<HubSession> hub = std::exchange(m_pendingHub, std::nullopt);
    WorkstationSignIn in(m_db, &keychain());
    Result<SessionUser> user = Error{message};
    QString said;
    if (ok && hub) {
        user = in.online(hubUrl(), *hub, password);
    } else if (refused) {
        // The hub's word stands here too: no offline sign-in for this name until it says yes.
        in.hubRefused(hubUrl(), m_pendingUser, message);
    } else {
        // The hub could not be reached (or answered nonsense): this workstation checks the
        // password of someone who signed in here before.
        user = in.offline(hubUrl(), m_pendingUser, password);
        if (user)
            said = tr("Signed in offline: the hub could not be reached (%1). Calls are kept here and sent once "
                      "you sign in to the hub again (Ctrl+Shift+I).")
                       .arg(message);
        else
            //: %1 why this workstation cannot sign the person in, %2 why the hub could not
            user = Error{tr("%1 (%2)").arg(user.error(), message)};
    }
    crypto::wipe(password);
    if (!user) {
        syncAsSession(); // the engine took the hub's token: it goes back to the session's
        finishSignIn(false, user.error());
        return;
    }
    // The name is offered next time (only once the hub or this workstation took it).
    QSettings().setValue(QStringLiteral("hub/user"), user->username);
    beginSession(*user);
    if (!said.isEmpty())
        statusBar()->showMessage(said, 20000);
    else if (const QString notice = in.keychainNotice(); !notice.isEmpty())
        statusBar()->showMessage(notice, 15000);
    finishSignIn(true, said);
}

void MainWindow::finishSignIn(bool ok, const QString& message)
{
    if (m_locked)
        m_lock->setBusy(false, ok ? QString() : message);
    emit signInFinished(ok, message, ok && m_session ? m_session->shownName() : QString());
}

void MainWindow::lock()
{
    if (!m_session || m_locked)
        return;
    cancelSignIn();
    // A restart must not open the session without the password: the kept token goes until the
    // unlock.
    if (!m_session->token.isEmpty())
        WorkstationSignIn(m_db, &keychain()).forgetToken();
    // What open dialogs show is no one else's business: they close (the call itself is saved
    // and waits behind the lock).
    for (QWidget* w : QApplication::topLevelWidgets()) {
        if (auto* dialog = qobject_cast<QDialog*>(w); dialog && dialog->isVisible())
            dialog->done(QDialog::Rejected);
    }
    audit(QStringLiteral("lock"), QStringLiteral("account"), m_session->username);
    showLockScreen();
    const QString who = m_session->shownName();
    m_lock->showUnlock(m_session->role == QLatin1String("specialist")
                           ? who
                           : QStringLiteral("%1 (%2)").arg(who, roleName(m_session->role)),
                       !m_session->hubUrl.isEmpty(),
                       QString());
}

void MainWindow::unlock(const QString& password)
{
    if (!m_session || !m_locked)
        return;
    QString secret = password;
    WorkstationSignIn in(m_db, &keychain());
    const Status st = in.unlock(*m_session, secret);
    crypto::wipe(secret);
    if (!st) {
        m_lock->setBusy(false, st.error());
        return;
    }
    in.keepToken(*m_session);
    beginSession(*m_session);
}

void MainWindow::signOut()
{
    if (!m_session)
        return;
    if (m_callPanel->hasCall()) {
        const QString why = tr("End the current call first (Ctrl+Shift+E).");
        if (m_locked)
            m_lock->setMessage(why);
        else
            statusBar()->showMessage(why, 6000);
        return;
    }
    cancelSignIn();
    m_autosaver->waitForIdle();
    WorkstationSignIn(m_db, &keychain()).signOut(*m_session);
    m_session.reset();
    syncAsSession();
    refreshStatus();
    if (hubUrl().isEmpty()) {
        // No hub: no one else to sign in as; the computer's user begins again.
        startSession();
        return;
    }
    showSignInScreen();
}

} // namespace open211
