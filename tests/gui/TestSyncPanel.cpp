// The workstation's side of the sync: the status bar following the engine (offline with the error
// in plain words, what waits to upload after a call), the Sync panel's history and the uploads
// that need a person, the hub settings kept between sessions, signing in without keeping the
// password, and names and keys for every new control.
#include "../TestUtil.h"
#include "GuiTestUtil.h"
#include "MainWindow.h"
#include "SyncEngine.h"
#include "Workstation.h"
#include "call/SettingsDialog.h"
#include "calls/CallAutosaver.h"
#include "session/LockScreen.h"
#include "store/CallStore.h"
#include "store/SyncStore.h"
#include "sync/SignInDialog.h"
#include "sync/SyncPanel.h"

#include <QAbstractButton>
#include <QAbstractSpinBox>
#include <QAction>
#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSettings>
#include <QSignalSpy>
#include <QSpinBox>
#include <QStandardPaths>
#include <QStatusBar>
#include <QTableWidget>
#include <QTcpServer>
#include <QTemporaryDir>
#include <QTextBrowser>

using namespace open211;
using namespace open211::test;

namespace {

// A port nobody listens on: taken from the system, then let go.
quint16 closedPort()
{
    QTcpServer server;
    if (!server.listen(QHostAddress::LocalHost, 0))
        return 1;
    const quint16 port = server.serverPort();
    server.close();
    return port;
}

void clearHubSettings()
{
    QSettings settings;
    settings.remove(QStringLiteral("hub"));
}

SyncRun run(qint64 id, const QDateTime& at, qint64 pulled, const QString& outcome, const QString& error = {})
{
    SyncRun r;
    r.id = id;
    r.startedAt = at;
    r.finishedAt = at.addSecs(3);
    r.pulled = pulled;
    r.deleted = 2;
    r.pushed = 1;
    r.bytes = 45678;
    r.outcome = outcome;
    r.error = error;
    return r;
}

} // namespace

class TestSyncPanel : public QObject
{
    Q_OBJECT
    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<Database> m_db;

    // An ended call, and its entry in the outbox.
    OutboxEntry endCall(const QString& specialist)
    {
        Call call = CallStore::newCall(specialist);
        call.disposition = QStringLiteral("completed");
        if (!CallStore(*m_db).end(call))
            return {};
        const auto pending = SyncStore(*m_db).dueEntries(QDateTime::currentDateTimeUtc().addYears(1), 100);
        for (const OutboxEntry& e : pending ? *pending : QList<OutboxEntry>()) {
            if (e.entityId == call.id)
                return e;
        }
        return {};
    }

private slots:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        Workstation::setIdentity(QStringLiteral("en"));
    }

    void init()
    {
        clearHubSettings();
        m_dir = std::make_unique<QTemporaryDir>();
        auto db = Database::open(m_dir->filePath(QStringLiteral("w.sqlite")));
        QVERIFY2(db, qPrintable(db.error()));
        m_db = std::move(db).value();
    }

    void cleanup()
    {
        clearHubSettings();
        m_db.reset();
        m_dir.reset();
    }

    void statusBarShowsOfflineAndWhatWaits()
    {
        QSettings().setValue(QStringLiteral("hub/url"), QStringLiteral("http://127.0.0.1:%1").arg(closedPort()));
        MainWindow w(*m_db);
        beginTestSession(w);
        w.show();
        QTRY_VERIFY2(w.connectionLabel()->text().startsWith(QLatin1String("Sign-in needed")),
                     qPrintable(w.connectionLabel()->text()));
        QCOMPARE(w.waitingLabel()->text(), QStringLiteral("Nothing waiting to upload"));

        w.syncEngine()->setToken(QStringLiteral("a-token"), QStringLiteral("Dana"));
        QTRY_VERIFY2(w.connectionLabel()->text().startsWith(QLatin1String("Offline")),
                     qPrintable(w.connectionLabel()->text()));
        QVERIFY(w.connectionLabel()->text().contains(QLatin1String("never synced")));
        // The reason in plain words, whole in the tooltip.
        QTRY_VERIFY(w.syncErrorLabel()->toolTip().startsWith(QLatin1String("Cannot reach the hub")));
        QVERIFY(w.syncErrorLabel()->text().startsWith(QLatin1String("Cannot reach the hub")));
        QVERIFY(w.connectionLabel()->toolTip().contains(QLatin1String("Signed in to the hub as Dana")));

        // A call ends: it waits to upload, the engine tries it at once and the hub is still away.
        QSignalSpy ended(w.autosaver(), &CallAutosaver::ended);
        w.newCall();
        w.endCall();
        QVERIFY(ended.wait());
        const auto waiting = SyncStore(*m_db).waitingCount();
        QVERIFY(waiting);
        QCOMPARE(*waiting, 1);
        QTRY_COMPARE(w.waitingLabel()->text(), QStringLiteral("1 item waiting to upload"));
        QTRY_VERIFY(SyncStore(*m_db).dueEntries(QDateTime::currentDateTimeUtc().addYears(1), 10)->value(0).attempts
                    >= 1);
        QTRY_COMPARE(w.syncEngine()->status().waiting, 1);
        QCOMPARE(w.waitingLabel()->text(), QStringLiteral("1 item waiting to upload"));
        QVERIFY(w.connectionLabel()->text().startsWith(QLatin1String("Offline")));
    }

    void statusBarCountsConflicts()
    {
        const OutboxEntry conflict = endCall(QStringLiteral("Dana"));
        QVERIFY(SyncStore(*m_db).markConflict(conflict.seq, R"({"id":"x"})", QStringLiteral("changed")));
        endCall(QStringLiteral("Sam"));
        MainWindow w(*m_db);
        beginTestSession(w);
        QTRY_COMPARE(w.waitingLabel()->text(),
                     QStringLiteral("1 item waiting to upload · 1 conflict to look at (Ctrl+Shift+Y)"));
    }

    void syncNowWithoutAHubSaysWhatToDo()
    {
        MainWindow w(*m_db);
        beginTestSession(w);
        w.show();
        QCOMPARE(w.connectionLabel()->text(), QStringLiteral("Offline: no hub set up · working from the local copy"));
        w.syncNow();
        QVERIFY(w.statusBar()->currentMessage().contains(QLatin1String("No hub is set up")));
    }

    void panelListsTheHistoryAndWhatNeedsAPerson()
    {
        SyncStore store(*m_db);
        const QDateTime t0 = QDateTime::currentDateTimeUtc().addSecs(-3600);
        const auto first = store.beginRun(t0);
        QVERIFY(first);
        QVERIFY(store.finishRun(run(*first, t0, 120, QStringLiteral("ok"))));
        const auto second = store.beginRun(t0.addSecs(600));
        QVERIFY(second);
        QVERIFY(store.finishRun(run(
            *second, t0.addSecs(600), 0, QStringLiteral("failed"), QStringLiteral("Cannot reach the hub (test)."))));

        const OutboxEntry conflict = endCall(QStringLiteral("Dana"));
        QVERIFY(conflict.seq > 0);
        QVERIFY(store.markConflict(conflict.seq,
                                   R"({"id":"svc-1","name":"Harbour Food Bank","version":4})",
                                   QStringLiteral("Someone changed it on the hub meanwhile.")));
        const OutboxEntry refused = endCall(QStringLiteral("Sam"));
        QVERIFY(refused.seq > 0);
        QVERIFY(store.markFailed(refused.seq, QStringLiteral("The hub refused the request (HTTP 422).")));
        endCall(QStringLiteral("Lee")); // still waiting

        SyncEngine engine(m_db->path());
        SyncPanel panel(*m_db, engine);
        panel.show();
        QTableWidget* history = panel.historyTable();
        QCOMPARE(history->rowCount(), 2);
        // Newest first.
        QCOMPARE(history->item(0, SyncPanel::Outcome)->text(), QStringLiteral("Failed"));
        QCOMPARE(history->item(0, SyncPanel::Error)->text(), QStringLiteral("Cannot reach the hub (test)."));
        QCOMPARE(history->item(1, SyncPanel::Outcome)->text(), QStringLiteral("Succeeded"));
        QCOMPARE(history->item(1, SyncPanel::Pulled)->text(), QStringLiteral("120"));
        QCOMPARE(history->item(1, SyncPanel::Deleted)->text(), QStringLiteral("2"));
        QCOMPARE(history->item(1, SyncPanel::Pushed)->text(), QStringLiteral("1"));
        QVERIFY(history->item(1, SyncPanel::Data)->text().startsWith(QLatin1String("44")));
        QVERIFY(panel.waitingLabel()->text().startsWith(QLatin1String("1 item waiting to upload")));

        QTableWidget* attention = panel.attentionTable();
        QCOMPARE(attention->rowCount(), 2);
        int conflictRow = -1;
        for (int row = 0; row < attention->rowCount(); ++row) {
            if (attention->item(row, SyncPanel::Entity)->toolTip() == conflict.entityId)
                conflictRow = row;
        }
        QVERIFY(conflictRow >= 0);
        QCOMPARE(attention->item(conflictRow, SyncPanel::State)->text(), QStringLiteral("Conflict"));
        // Known by when, where and who, not by its id.
        QVERIFY2(attention->item(conflictRow, SyncPanel::Entity)->text().endsWith(QStringLiteral(" · Dana")),
                 qPrintable(attention->item(conflictRow, SyncPanel::Entity)->text()));
        QCOMPARE(attention->item(conflictRow, SyncPanel::Kind)->text(), QStringLiteral("Call"));
        QCOMPARE(attention->item(conflictRow, SyncPanel::Attempts)->text(), QStringLiteral("1"));
        QCOMPARE(attention->item(conflictRow, SyncPanel::LastError)->text(),
                 QStringLiteral("Someone changed it on the hub meanwhile."));
        attention->setCurrentCell(conflictRow, 0);
        const QString detail = panel.entryDetail()->toPlainText();
        QVERIFY2(detail.contains(QLatin1String("The hub's current record")), qPrintable(detail));
        QVERIFY(detail.contains(QLatin1String("Harbour Food Bank")));
        attention->setCurrentCell(1 - conflictRow, 0);
        QVERIFY(panel.entryDetail()->toPlainText().contains(QLatin1String("HTTP 422")));

        // A run finishes: the panel reads the history again.
        const auto third = store.beginRun(QDateTime::currentDateTimeUtc());
        QVERIFY(third);
        QVERIFY(store.finishRun(run(*third, QDateTime::currentDateTimeUtc(), 7, QStringLiteral("ok"))));
        emit engine.runFinished(SyncReport{});
        QCOMPARE(history->rowCount(), 3);
        QCOMPARE(history->item(0, SyncPanel::Pulled)->text(), QStringLiteral("7"));
        // The selected upload stays selected.
        QCOMPARE(attention->currentRow(), 1 - conflictRow);
    }

    void hubSettingsPersist()
    {
        const QString ca = m_dir->filePath(QStringLiteral("centre-ca.pem"));
        writeFile(ca, "-----BEGIN CERTIFICATE-----\n-----END CERTIFICATE-----\n");
        {
            SettingsDialog d;
            QCOMPARE(d.intervalBox()->value(), SettingsDialog::DefaultIntervalMinutes);
            QCOMPARE(d.lockBox()->value(), SettingsDialog::DefaultLockMinutes);
            d.hubEdit()->setText(QStringLiteral("https://hub.example.org/"));
            d.caBundleEdit()->setText(ca);
            d.intervalBox()->setValue(15);
            d.lockBox()->setValue(5);
            d.accept();
            QCOMPARE(d.result(), int(QDialog::Accepted));
        }
        QSettings settings;
        QCOMPARE(settings.value(QStringLiteral("hub/url")).toString(), QStringLiteral("https://hub.example.org"));
        QCOMPARE(settings.value(QStringLiteral("hub/caBundle")).toString(), ca);
        QCOMPARE(settings.value(QStringLiteral("hub/intervalMinutes")).toInt(), 15);
        QCOMPARE(SettingsDialog::lockMinutes(), 5);
        {
            // The window locks after what the settings say.
            MainWindow w(*m_db);
            QCOMPARE(w.idleLockInterval(), 5 * 60000);
        }
        settings.remove(QStringLiteral("privacy/lockMinutes"));
        {
            SettingsDialog again;
            QCOMPARE(again.hubEdit()->text(), QStringLiteral("https://hub.example.org"));
            QCOMPARE(again.caBundleEdit()->text(), ca);
            QCOMPARE(again.intervalBox()->value(), 15);
            // What cannot work is said, and nothing is saved.
            again.hubEdit()->setText(QStringLiteral("hub example"));
            again.accept();
            QVERIFY(again.result() != QDialog::Accepted);
            QVERIFY(again.messageLabel()->text().contains(QLatin1String("https://")));
            again.hubEdit()->setText(QStringLiteral("https://other.example.org"));
            again.caBundleEdit()->setText(m_dir->filePath(QStringLiteral("missing.pem")));
            again.accept();
            QVERIFY(again.result() != QDialog::Accepted);
            QVERIFY(again.messageLabel()->text().contains(QLatin1String("does not exist")));
        }
        QCOMPARE(QSettings().value(QStringLiteral("hub/url")).toString(), QStringLiteral("https://hub.example.org"));

        // The window hands them to its engine.
        MainWindow w(*m_db);
        beginTestSession(w);
        QTRY_COMPARE(w.syncEngine()->status().hubUrl, QStringLiteral("https://hub.example.org"));
        QCOMPARE(w.syncEngine()->status().link, SyncStatus::Link::SignInNeeded);
    }

    void signInShowsTheResultAndKeepsNoPassword()
    {
        const QString hub = QStringLiteral("http://127.0.0.1:%1").arg(closedPort());
        QSettings().setValue(QStringLiteral("hub/url"), hub);
        MainWindow w(*m_db);
        beginTestSession(w);
        // The dialog hands the password to the window's one sign-in path.
        SignInDialog d(hub, QString(), &w);
        connect(&d, &SignInDialog::signInRequested, &w, &MainWindow::signIn);
        connect(&w, &MainWindow::signInFinished, &d, &SignInDialog::signInFinished);
        d.show();
        QVERIFY(QTest::qWaitForWindowExposed(&d));
        d.userEdit()->setText(QStringLiteral("dana"));
        const QString password = QStringLiteral("correct-horse-battery");
        d.passwordEdit()->setText(password);
        d.passwordEdit()->setFocus();
        QTest::keyClick(d.passwordEdit(), Qt::Key_Return);
        QVERIFY(d.passwordEdit()->text().isEmpty());
        // The hub is away, and dana never signed in here: no offline sign-in either.
        QTRY_VERIFY2(d.message().startsWith(QLatin1String("Not signed in: The hub cannot be reached, and dana has not "
                                                          "signed in on this workstation before")),
                     qPrintable(d.message()));
        QVERIFY2(d.message().contains(QLatin1String("(Cannot reach the hub")), qPrintable(d.message()));
        QVERIFY(!d.signedIn());
        QVERIFY(w.syncEngine()->token().isEmpty());
        QCOMPARE(d.focusWidget(), d.passwordEdit());

        QSettings settings;
        // A name neither the hub nor this workstation took is not offered next time (it may be a
        // password typed in the wrong field).
        QVERIFY(!settings.contains(QStringLiteral("hub/user")));
        for (const QString& key : settings.allKeys())
            QVERIFY2(!settings.value(key).toString().contains(password), qPrintable(key));
        w.autosaver()->waitForIdle();
        for (const QString& file : QDir(m_dir->path()).entryList(QDir::Files)) {
            QFile f(m_dir->filePath(file));
            QVERIFY(f.open(QIODevice::ReadOnly));
            QVERIFY2(!f.readAll().contains(password.toUtf8()), qPrintable(file));
        }
    }

    void withoutAKeychainTheSignInSaysSo()
    {
        // This test runs with no session bus at all, as a bare headless machine: the sign-in says
        // the token cannot be kept, and keeps asking (no session is resumed).
        QSettings().setValue(QStringLiteral("hub/url"), QStringLiteral("http://127.0.0.1:%1").arg(closedPort()));
        MainWindow w(*m_db);
        w.show();
        w.startSession();
        QVERIFY(w.isLocked());
        QVERIFY(!w.session());
        QCOMPARE(w.lockScreen()->mode(), LockScreen::Mode::SignIn);
        QVERIFY(w.lockScreen()->noticeLabel()->isVisible());
        QVERIFY2(w.lockScreen()->noticeLabel()->text().startsWith(
                     QLatin1String("No keychain service runs on this computer")),
                 qPrintable(w.lockScreen()->noticeLabel()->text()));
        QVERIFY(w.lockScreen()->noticeLabel()->text().contains(QLatin1String("you sign in each time")));
    }

    void everyNewControlHasANameAndAKey()
    {
        const OutboxEntry conflict = endCall(QStringLiteral("Dana"));
        QVERIFY(SyncStore(*m_db).markConflict(conflict.seq, R"({"id":"x"})", QStringLiteral("changed")));
        QSettings().setValue(QStringLiteral("hub/url"), QStringLiteral("http://127.0.0.1:%1").arg(closedPort()));
        MainWindow w(*m_db);
        beginTestSession(w);
        w.show();
        for (QLabel* label : {w.connectionLabel(), w.syncErrorLabel(), w.waitingLabel()})
            QVERIFY(!label->accessibleName().isEmpty());

        SyncPanel panel(*m_db, *w.syncEngine(), &w);
        panel.show();
        QStringList missing = unnamedControls(&panel);
        QVERIFY2(missing.isEmpty(), qPrintable(missing.join(QStringLiteral(", "))));
        SettingsDialog settings(&w);
        settings.show();
        missing = unnamedControls(&settings);
        QVERIFY2(missing.isEmpty(), qPrintable(missing.join(QStringLiteral(", "))));
        // Each Alt+letter reaches one field, in both languages.
        for (const QString& language : {QStringLiteral("en"), QStringLiteral("fr")}) {
            QVERIFY(Workstation::setLanguage(language));
            SettingsDialog again(&w);
            again.show();
            const QStringList clashes = clashingMnemonics(&again);
            QVERIFY2(clashes.isEmpty(), qPrintable(language + u' ' + clashes.join(QStringLiteral("; "))));
            LockScreen lock;
            lock.showSignIn(QStringLiteral("https://hub.example.org"), QString(), QString());
            lock.show();
            QVERIFY2(clashingMnemonics(&lock).isEmpty(), qPrintable(clashingMnemonics(&lock).join(u';')));
        }
        QVERIFY(Workstation::setLanguage(QStringLiteral("en")));
        SignInDialog signIn(QStringLiteral("https://hub.example.org"), QStringLiteral("dana"), &w);
        signIn.show();
        missing = unnamedControls(&signIn);
        QVERIFY2(missing.isEmpty(), qPrintable(missing.join(QStringLiteral(", "))));

        // Sync now, the panel and signing in have keys of their own, none a text field keeps.
        QHash<QString, QString> byKey;
        QStringList keys;
        for (QAction* a : w.shortcutActions()) {
            if (a->shortcut().isEmpty())
                continue;
            const QString key = a->shortcut().toString(QKeySequence::PortableText);
            QVERIFY2(!byKey.contains(key), qPrintable(key + u' ' + a->text() + u' ' + byKey.value(key)));
            byKey.insert(key, a->text());
        }
        for (const char* key : {"F5", "Ctrl+Shift+Y", "Ctrl+Shift+I"})
            QVERIFY2(byKey.contains(QString::fromLatin1(key)), key);
        for (const char* key : {"Ctrl+E", "Ctrl+U", "Ctrl+H", "Ctrl+D", "Ctrl+K"})
            QVERIFY2(!byKey.contains(QString::fromLatin1(key)), key);
    }
};

QTEST_MAIN(TestSyncPanel)
#include "TestSyncPanel.moc"
