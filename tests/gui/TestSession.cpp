// The window's sessions, against the real hub and a real keychain (GNOME Keyring in a D-Bus session
// of the test's own): the sign-in screen first, the hub's refusal said, the token kept in the
// keychain only and a session resumed from it at the next start; the screen locked after the idle
// time with open dialogs closed, unlocked with the same password only; the actions each role gets;
// who opened which call record in the audit log, which supervisors read and filter; callers'
// details sealed for anyone else; and an offline sign-in when the hub is away.
#include "../TestHubUtil.h"
#include "GuiTestUtil.h"
#include "MainWindow.h"
#include "Workstation.h"
#include "call/CallHistoryDialog.h"
#include "call/CallPanel.h"
#include "calls/CallAutosaver.h"
#include "session/AuditDialog.h"
#include "session/LockScreen.h"
#include "store/AuditStore.h"
#include "store/CallStore.h"
#include "store/Database.h"

#include <QAction>
#include <QApplication>
#include <QComboBox>
#include <QDateEdit>
#include <QDirIterator>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSettings>
#include <QSignalSpy>
#include <QStandardItemModel>
#include <QStandardPaths>
#include <QStatusBar>
#include <QTableView>
#include <QTextBrowser>
#include <QTimer>
#include <QtTest>

using namespace open211;
using namespace open211::test;

class TestSession : public QObject
{
    Q_OBJECT

    HubFixture m_hub;
    QString m_url;
    QTemporaryDir m_dir;
    std::unique_ptr<Database> m_db;

    QList<AuditEntry> audit(const QString& action, const QString& user = {})
    {
        AuditQuery q;
        q.action = action;
        q.user = user;
        auto found = AuditStore(*m_db).find(q);
        return found ? *found : QList<AuditEntry>();
    }

    // Types on the lock screen and presses Enter.
    static void submit(MainWindow& w, const QString& user, const QString& password)
    {
        LockScreen* lock = w.lockScreen();
        if (!user.isNull()) {
            lock->userEdit()->clear();
            QTest::keyClicks(lock->userEdit(), user);
        }
        QTest::keyClicks(lock->passwordEdit(), password);
        QTest::keyClick(lock->passwordEdit(), Qt::Key_Return);
    }

    bool anyFileHolds(const QByteArray& needle)
    {
        return test::anyFileHolds({m_dir.path(), QFileInfo(QSettings().fileName()).absolutePath()}, needle);
    }

private slots:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        Workstation::setIdentity(QStringLiteral("en"));
        QVERIFY2(m_hub.startCluster().isEmpty(), "the PostgreSQL cluster did not start");
        QVERIFY(m_hub.addUser(QStringLiteral("sam"), QStringLiteral("supervisor"), "sam-password-1"));
        m_url = m_hub.serve();
        QVERIFY(!m_url.isEmpty());
        QSettings().remove(QStringLiteral("hub"));
        QSettings().setValue(QStringLiteral("hub/url"), m_url);
        auto db = Database::open(m_dir.filePath(QStringLiteral("ws.sqlite")));
        QVERIFY2(db, qPrintable(db.error()));
        m_db = std::move(db).value();
    }

    void cleanupTestCase()
    {
        QSettings().remove(QStringLiteral("hub"));
        QSettings().remove(QStringLiteral("privacy"));
        m_hub.stopServing();
    }

    void startsAtTheSignInAndTheHubDecides()
    {
        MainWindow w(*m_db);
        w.show();
        w.startSession();
        // No one yet: the sign-in, and nothing behind it but Quit.
        QVERIFY(w.isLocked());
        QCOMPARE(w.lockScreen()->mode(), LockScreen::Mode::SignIn);
        QVERIFY(w.lockScreen()->isVisible());
        QVERIFY(!w.callPanel()->isVisible());
        QVERIFY(!w.namedAction("newCall")->isEnabled());
        QVERIFY(!w.namedAction("history")->isEnabled());
        QVERIFY(w.namedAction("quit")->isEnabled());
        QVERIFY(w.lockScreen()->noticeLabel()->text().isEmpty()); // a keychain runs here
        // No one has signed in here yet: the hub's address can still be set.
        QVERIFY(w.namedAction("settings")->isEnabled());
        QVERIFY(unnamedControls(w.lockScreen()).isEmpty());

        // The hub turns a wrong password down, and this workstation does not let it in either.
        submit(w, QStringLiteral("sam"), QStringLiteral("not-the-password"));
        QVERIFY(w.lockScreen()->passwordEdit()->text().isEmpty()); // gone from the field at once
        QTRY_VERIFY_WITH_TIMEOUT(
            w.lockScreen()->messageLabel()->text().contains(QLatin1String("does not know this user name and password")),
            30000);
        QVERIFY(w.isLocked());
        QVERIFY(!w.session());

        submit(w, QString(), QStringLiteral("sam-password-1"));
        QTRY_VERIFY_WITH_TIMEOUT(!w.isLocked(), 30000);
        QCOMPARE(w.session()->username, QStringLiteral("sam"));
        QCOMPARE(w.session()->role, QStringLiteral("supervisor"));
        QVERIFY(!w.session()->offline);
        QVERIFY(!w.session()->token.isEmpty());
        QCOMPARE(w.syncEngine()->token(), w.session()->token);
        QVERIFY(w.callPanel()->isVisible());
        QVERIFY(w.namedAction("newCall")->isEnabled());
        QVERIFY(w.namedAction("audit")->isEnabled());
        QCOMPARE(audit(QStringLiteral("sign_in"), QStringLiteral("sam")).size(), 1);
        // The token and the password are in no file: the token is in the keychain.
        QVERIFY(m_db->exec(QStringLiteral("PRAGMA wal_checkpoint(TRUNCATE)")));
        QVERIFY(!anyFileHolds(w.session()->token.toUtf8()));
        QVERIFY(!anyFileHolds("sam-password-1"));
    }

    void nextStartResumesFromTheKeychain()
    {
        MainWindow w(*m_db);
        w.show();
        w.startSession();
        QVERIFY(!w.isLocked());
        QCOMPARE(w.session()->username, QStringLiteral("sam"));
        QVERIFY(!w.session()->token.isEmpty());
        QCOMPARE(audit(QStringLiteral("sign_in"), QStringLiteral("sam")).size(), 2);
        // Someone else signs out first: no one takes over a session from the side.
        QSignalSpy done(&w, &MainWindow::signInFinished);
        w.signIn(QStringLiteral("mallory"), QStringLiteral("whatever-1"));
        QCOMPARE(done.size(), 1);
        QVERIFY(!done.first().at(0).toBool());
        QVERIFY(done.first().at(1).toString().contains(QLatin1String("sign out first")));
        QCOMPARE(w.session()->username, QStringLiteral("sam"));
    }

    void idleLocksAndOnlyThePasswordUnlocks()
    {
        MainWindow w(*m_db);
        w.show();
        w.startSession();
        QVERIFY(!w.isLocked());
        w.newCall();
        QVERIFY(w.callPanel()->hasCall());
        // The history is open when the idle time ends: the lock closes it.
        w.setIdleLockInterval(300);
        w.showCallHistory(); // returns once the lock has closed it
        QVERIFY(w.isLocked());
        QCOMPARE(w.lockScreen()->mode(), LockScreen::Mode::Unlock);
        QVERIFY(!QApplication::activeModalWidget());
        QVERIFY(!w.callPanel()->isVisible());
        QVERIFY(!w.namedAction("newCall")->isEnabled());
        QVERIFY(w.callPanel()->hasCall()); // the call waits behind the lock
        QCOMPARE(audit(QStringLiteral("lock"), QStringLiteral("sam")).size(), 1);
        QVERIFY(w.lockScreen()->messageLabel()->text().isEmpty());
        {
            // Quitting and starting again does not get past the lock: the kept token went with it.
            MainWindow restarted(*m_db);
            restarted.startSession();
            QVERIFY(restarted.isLocked());
            QCOMPARE(restarted.lockScreen()->mode(), LockScreen::Mode::SignIn);
            QVERIFY(!restarted.session());
            QVERIFY(!restarted.namedAction("settings")->isEnabled()); // sam signed in here before
        }

        // The same user's password only.
        submit(w, QString(), QStringLiteral("wrong"));
        QVERIFY(w.isLocked());
        QCOMPARE(w.lockScreen()->messageLabel()->text(), QStringLiteral("Wrong password for sam."));
        QCOMPARE(audit(QStringLiteral("unlock_failed"), QStringLiteral("sam")).size(), 1);
        // Signing out is refused while a call is open.
        w.lockScreen()->switchUserButton()->click();
        QVERIFY(w.session());
        QVERIFY(w.lockScreen()->messageLabel()->text().contains(QLatin1String("End the current call first")));

        w.setIdleLockInterval(0); // no lock while the test looks
        submit(w, QString(), QStringLiteral("sam-password-1"));
        QVERIFY(!w.isLocked());
        QVERIFY(w.callPanel()->isVisible());
        QVERIFY(w.callPanel()->hasCall());
        QCOMPARE(audit(QStringLiteral("unlock"), QStringLiteral("sam")).size(), 1);
        w.endCall();
        QVERIFY(w.autosaver()->waitForIdle());
        {
            // Unlocked, the token is kept again for the next start.
            MainWindow restarted(*m_db);
            restarted.startSession();
            QVERIFY(!restarted.isLocked());
            QCOMPARE(restarted.session()->username, QStringLiteral("sam"));
        }

        // Ctrl+Shift+L locks at once.
        w.activateWindow();
        QVERIFY(QTest::qWaitForWindowActive(&w));
        QTest::keyClick(QApplication::focusWidget(), Qt::Key_L, Qt::ControlModifier | Qt::ShiftModifier);
        QVERIFY(w.isLocked());
        // Keys do nothing behind the lock.
        QTest::keyClick(QApplication::focusWidget(), Qt::Key_N, Qt::ControlModifier);
        QVERIFY(!w.callPanel()->hasCall());
        submit(w, QString(), QStringLiteral("sam-password-1"));
        QVERIFY(!w.isLocked());

        // Someone typing moves the lock on; when they stop, it comes.
        w.setIdleLockInterval(1500);
        int typed = 0;
        QTimer typing;
        typing.setInterval(100);
        connect(&typing, &QTimer::timeout, &w, [&] {
            QTest::keyClick(&w, Qt::Key_Shift);
            ++typed;
        });
        typing.start();
        QTRY_VERIFY_WITH_TIMEOUT(typed >= 25, 20000); // 2.5 s of typing, longer than the idle time
        QVERIFY(!w.isLocked());
        typing.stop();
        QTRY_VERIFY_WITH_TIMEOUT(w.isLocked(), 20000);
        submit(w, QString(), QStringLiteral("sam-password-1"));
        w.setIdleLockInterval(0);
    }

    void eachRoleGetsItsActions_data()
    {
        QTest::addColumn<QString>("role");
        QTest::addColumn<bool>("edits");
        QTest::addColumn<bool>("supervises");
        QTest::newRow("specialist") << QStringLiteral("specialist") << false << false;
        QTest::newRow("resource specialist") << QStringLiteral("resource_specialist") << true << false;
        QTest::newRow("supervisor") << QStringLiteral("supervisor") << true << true;
        QTest::newRow("admin") << QStringLiteral("admin") << true << true;
    }

    void eachRoleGetsItsActions()
    {
        QFETCH(QString, role);
        QFETCH(bool, edits);
        QFETCH(bool, supervises);
        MainWindow w(*m_db);
        beginTestSession(w, role, QStringLiteral("someone"));
        QCOMPARE(w.editor().role, role);
        for (const char* name : {"editResource", "newService", "newOrganization", "newLocation", "workList"})
            QVERIFY2(w.namedAction(name)->isEnabled() == edits, name);
        for (const char* name : {"reports", "audit"}) {
            QVERIFY2(w.namedAction(name)->isEnabled() == supervises, name);
            QVERIFY2(supervises || w.namedAction(name)->toolTip().contains(QLatin1String("supervisors and admins")),
                     name);
        }
        for (const char* name : {"newCall", "history", "suggestChange", "lock", "signOut", "syncNow"})
            QVERIFY2(w.namedAction(name)->isEnabled(), name);
        // The slot itself refuses what the role may not do (a shortcut cannot go around it).
        if (!supervises) {
            QTimer::singleShot(0, this, [] {
                if (QWidget* modal = QApplication::activeModalWidget())
                    modal->close();
            });
            w.showAudit();
            QCOMPARE(audit(QStringLiteral("read_audit"), QStringLiteral("someone")).size(), 0);
        }
    }

    void theAuditLogSaysWhoOpenedWhichCall()
    {
        // Amira's call, with what identifies the caller.
        if (!CallerKeys::installed())
            CallerKeys::install(testRing());
        Call c = CallStore::newCall(QStringLiteral("amira"));
        c.consentRecorded = true;
        c.callerName = QStringLiteral("Jeanne Roy");
        c.callerPhone = QStringLiteral("705-555-0199");
        c.notes = QStringLiteral("Calls back after 5.");
        c.municipality = QStringLiteral("Sudbury");
        QVERIFY(CallStore(*m_db).end(c, c.startedAt.addSecs(300)));

        {
            CallHistoryDialog history(*m_db, QStringLiteral("amira"));
            history.show();
            QTRY_VERIFY(history.detail()->toPlainText().contains(QLatin1String("Jeanne Roy")));
            QVERIFY(history.detail()->toPlainText().contains(QLatin1String("705-555-0199")));
        }
        const auto opened = audit(QStringLiteral("open_call"), QStringLiteral("amira"));
        QCOMPARE(opened.size(), 1);
        QCOMPARE(opened.first().entityId, c.id);

        // Someone whose key is not this one's: the record opens, the caller's details do not.
        CallerKeys::uninstall();
        CallerKeys::install(KeyRing::generate());
        {
            CallHistoryDialog history(*m_db, QStringLiteral("lee"));
            history.show();
            QTRY_VERIFY(history.detail()->toPlainText().contains(QLatin1String("Sealed")));
            QVERIFY(!history.detail()->toPlainText().contains(QLatin1String("Jeanne Roy")));
            QVERIFY(!history.detail()->toPlainText().contains(QLatin1String("enc1:")));
            QVERIFY(!history.detail()->toPlainText().contains(QLatin1String("Calls back")));
        }
        CallerKeys::uninstall();
        CallerKeys::install(testRing());
        QCOMPARE(audit(QStringLiteral("open_call"), QStringLiteral("lee")).size(), 1);

        // A supervisor reads it; reading is written down too.
        AuditDialog log(*m_db, QStringLiteral("sam"));
        log.show();
        QVERIFY(unnamedControls(&log).isEmpty());
        QVERIFY2(clashingMnemonics(&log).isEmpty(), qPrintable(clashingMnemonics(&log).join(u';')));
        QCOMPARE(audit(QStringLiteral("read_audit"), QStringLiteral("sam")).size(), 1);
        auto* model = qobject_cast<QStandardItemModel*>(log.table()->model());
        QVERIFY(model);
        log.actionBox()->setCurrentIndex(log.actionBox()->findData(QStringLiteral("open_call")));
        log.callEdit()->setText(c.id);
        QTRY_COMPARE(model->rowCount(), 2);
        QCOMPARE(model->item(0, 1)->text(), QStringLiteral("lee")); // newest first
        QCOMPARE(model->item(1, 1)->text(), QStringLiteral("amira"));
        QCOMPARE(model->item(0, 2)->text(), QStringLiteral("Opened a call record"));
        QCOMPARE(model->item(0, 3)->text(), c.id);
        log.userBox()->setCurrentIndex(log.userBox()->findData(QStringLiteral("amira")));
        QCOMPARE(model->rowCount(), 1);
        log.userBox()->setCurrentIndex(0);
        log.actionBox()->setCurrentIndex(0);
        QTRY_COMPARE(model->rowCount(), 2);
        // Days before anything happened: nothing.
        log.callEdit()->clear();
        log.toEdit()->setDate(QDate::currentDate().addDays(-2));
        QTRY_COMPARE(model->rowCount(), 0);
        QVERIFY(log.statusLabel()->text().contains(QLatin1String("0 entries")));
    }

    void offlineSignInWhenTheHubIsAway()
    {
        MainWindow w(*m_db);
        w.show();
        w.startSession();
        QVERIFY(!w.isLocked());
        w.signOut(); // the keychain forgets the token
        QVERIFY(w.isLocked());
        QCOMPARE(w.lockScreen()->mode(), LockScreen::Mode::SignIn);
        QCOMPARE(audit(QStringLiteral("sign_out"), QStringLiteral("sam")).size(), 1);
        QVERIFY(m_hub.stopServing());

        // A wrong password, checked here: counted, and refused.
        submit(w, QStringLiteral("sam"), QStringLiteral("nope"));
        QTRY_VERIFY_WITH_TIMEOUT(
            w.lockScreen()->messageLabel()->text().startsWith(QLatin1String("Wrong password for sam")), 30000);
        QVERIFY(w.isLocked());
        QCOMPARE(audit(QStringLiteral("sign_in_failed"), QStringLiteral("sam")).size(), 1);

        submit(w, QString(), QStringLiteral("sam-password-1"));
        QTRY_VERIFY_WITH_TIMEOUT(!w.isLocked(), 30000);
        QVERIFY(w.session()->offline);
        QCOMPARE(w.session()->role, QStringLiteral("supervisor"));
        QVERIFY(w.session()->token.isEmpty());
        QVERIFY(w.statusBar()->currentMessage().startsWith(QLatin1String("Signed in offline")));
        QCOMPARE(audit(QStringLiteral("sign_in_offline"), QStringLiteral("sam")).size(), 1);

        // Someone who never signed in here cannot, while the hub is away.
        w.signOut();
        submit(w, QStringLiteral("newcomer"), QStringLiteral("whatever-1"));
        QTRY_VERIFY_WITH_TIMEOUT(
            w.lockScreen()->messageLabel()->text().contains(QLatin1String("has not signed in on this workstation")),
            30000);
        QVERIFY(w.isLocked());
    }
};

QTEST_MAIN(TestSession)
#include "TestSession.moc"
