// Signing in and caller privacy, against the real hub and a real keychain (GNOME Keyring's Secret
// Service in a D-Bus session of the test's own: tests/run-with-keyring.sh). The same program runs a
// second time with no keychain at all (OPEN211_EXPECT_NO_KEYCHAIN), as on a bare headless machine.
//
// What it proves: the hub's token goes to the keychain and into no file; a user who signed in
// online signs in again without the hub (Argon2id), within limits; callers' names, phones and notes
// are sealed in the database and do not open without the key (nor when moved or changed); the key
// comes back from the keychain, or from the user's password where there is no keychain; what an
// earlier version left in the clear is sealed at the first sign-in; each sign-in is audited.
#include "Keychain.h"
#include "SyncClient.h"
#include "TestHubUtil.h"
#include "WorkstationSignIn.h"
#include "security/CallerKeys.h"
#include "store/AccountStore.h"
#include "store/AuditStore.h"
#include "store/CallStore.h"
#include "store/Database.h"
#include "store/IsoTime.h"
#include "store/Statement.h"
#include "store/SyncStore.h"

#include <QDirIterator>
#include <QSettings>
#include <QStandardPaths>
#include <QTest>

using namespace open211;
using namespace open211::test;

class TestSignIn : public QObject
{
    Q_OBJECT

    HubFixture m_hub;
    QString m_url;
    QTemporaryDir m_dir;
    bool m_expectKeychain = !qEnvironmentVariableIsSet("OPEN211_EXPECT_NO_KEYCHAIN");

    std::unique_ptr<Database> openDb(const QString& name = QStringLiteral("ws.sqlite"))
    {
        auto db = Database::open(m_dir.filePath(name));
        if (!db)
            qWarning("%s", qPrintable(db.error()));
        return db ? std::move(db).value() : nullptr;
    }

    HubSession hubSignIn(Database& db, const QString& user, const QString& password)
    {
        CurlTransport transport;
        SyncClient client(db, transport, SyncConfig{m_url});
        auto s = client.signIn(user, password);
        if (!s)
            qWarning("%s", qPrintable(s.error()));
        return s ? *s : HubSession();
    }

    // Every byte under the test's folder (the database, its log) and the settings files.
    bool anyFileHolds(const QByteArray& needle)
    {
        return test::anyFileHolds({m_dir.path(), QFileInfo(QSettings().fileName()).absolutePath()}, needle);
    }

    static void exec(Database& db, const QString& sql)
    {
        const Status st = db.exec(sql);
        QVERIFY2(st, qPrintable(st.error() + u" in " + sql));
    }

    static Call callWithDetails(const QString& name)
    {
        Call c = CallStore::newCall(QStringLiteral("amira"));
        c.consentRecorded = true;
        c.callerName = name;
        c.callerPhone = QStringLiteral("705-555-0142");
        c.notes = QStringLiteral("Lives with her sister on Elm Street since the fire.");
        c.municipality = QStringLiteral("Sudbury");
        c.needs.append(CallerNeed{QStringLiteral("n-") + c.id,
                                  QString(),
                                  QStringLiteral("BD-1800.2000"),
                                  QStringLiteral("Food Pantries"),
                                  false,
                                  QStringLiteral("wait_list"),
                                  QStringLiteral("Allergic to peanuts, tell the pantry")});
        return c;
    }

private slots:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QCoreApplication::setOrganizationName(QStringLiteral("open211-test-signin"));
        QVERIFY(m_dir.isValid());
        QVERIFY2(m_hub.startCluster().isEmpty(), "the PostgreSQL cluster did not start");
        QVERIFY(m_hub.addUser(QStringLiteral("amira"), QStringLiteral("specialist"), "correct horse"));
        QVERIFY(m_hub.addUser(QStringLiteral("bob"), QStringLiteral("supervisor"), "battery staple"));
        m_url = m_hub.serve();
        QVERIFY(!m_url.isEmpty());
    }

    void cleanup() { CallerKeys::uninstall(); }

    void keychainIsRealOrSaidMissing()
    {
        Keychain keychain(QStringLiteral("ca.open211.Workstation.test"));
        QCOMPARE(keychain.available(), m_expectKeychain);
        if (!m_expectKeychain) {
            QVERIFY(!keychain.unavailableReason().isEmpty());
            QVERIFY(!keychain.write(QStringLiteral("x"), "secret"));
            auto db = openDb();
            QVERIFY(WorkstationSignIn(*db, &keychain).keychainNotice().contains(QLatin1String("sign in each time")));
            return;
        }
        QVERIFY(keychain.write(QStringLiteral("entry"), QByteArray("s3cr\0t", 6)));
        auto read = keychain.read(QStringLiteral("entry"));
        QVERIFY2(read, qPrintable(read.error()));
        QCOMPARE(read->value(), QByteArray("s3cr\0t", 6));
        QVERIFY(keychain.remove(QStringLiteral("entry")));
        QVERIFY(!keychain.read(QStringLiteral("entry"))->has_value());
    }

    void onlineSignInKeepsTheTokenInTheKeychainOnly()
    {
        auto db = openDb();
        Keychain keychain;
        WorkstationSignIn signIn(*db, &keychain);
        const HubSession hub = hubSignIn(*db, QStringLiteral("amira"), QStringLiteral("correct horse"));
        QVERIFY(!hub.token.isEmpty());
        auto user = signIn.online(m_url, hub, QStringLiteral("correct horse"));
        QVERIFY2(user, qPrintable(user.error()));
        QCOMPARE(user->role, QStringLiteral("specialist"));
        QVERIFY(CallerKeys::installed());
        exec(*db, QStringLiteral("PRAGMA wal_checkpoint(TRUNCATE)"));
        QVERIFY2(!anyFileHolds(hub.token.toUtf8()), "the token was written to a file");
        QVERIFY2(!anyFileHolds("correct horse"), "the password was written to a file");

        // A new session finds the token in the keychain (and there only).
        CallerKeys::uninstall();
        auto resumed = signIn.resume(m_url);
        QVERIFY2(resumed, qPrintable(resumed.error()));
        if (m_expectKeychain) {
            QVERIFY(resumed->has_value());
            QCOMPARE((*resumed)->token, hub.token);
            QCOMPARE((*resumed)->username, QStringLiteral("amira"));
            QVERIFY(CallerKeys::installed());
            // Signing out forgets it.
            signIn.signOut(**resumed);
            QVERIFY(!CallerKeys::installed());
            QVERIFY(!signIn.resume(m_url)->has_value());
        } else {
            QVERIFY(!resumed->has_value());
        }
    }

    void offlineSignInWithinLimits()
    {
        auto db = openDb();
        Keychain keychain;
        WorkstationSignIn signIn(*db, &keychain);
        // bob never signed in here: the first sign-in needs the hub.
        auto never = signIn.offline(m_url, QStringLiteral("bob"), QStringLiteral("battery staple"));
        QVERIFY(!never);
        QVERIFY(never.error().contains(QLatin1String("has not signed in on this workstation")));

        const HubSession hub = hubSignIn(*db, QStringLiteral("bob"), QStringLiteral("battery staple"));
        QVERIFY(signIn.online(m_url, hub, QStringLiteral("battery staple")));
        auto ok = signIn.offline(m_url, QStringLiteral("bob"), QStringLiteral("battery staple"));
        QVERIFY2(ok, qPrintable(ok.error()));
        QCOMPARE(ok->role, QStringLiteral("supervisor"));
        QVERIFY(ok->offline);
        QVERIFY(ok->token.isEmpty());
        auto wrong = signIn.offline(m_url, QStringLiteral("bob"), QStringLiteral("battery"));
        QVERIFY(!wrong);
        QVERIFY(wrong.error().contains(QLatin1String("Wrong password")));
        // The hash is Argon2id, not the password.
        Statement hash(*db, QStringLiteral("SELECT password_hash FROM local_account WHERE username = 'bob'"));
        QVERIFY(hash.next());
        QVERIFY(hash.text(0).startsWith(QLatin1String("$argon2id$")));
        hash = Statement();

        // Too many wrong passwords in a row: the hub decides from then on, even with the right one.
        for (int i = 1; i < AccountStore::MaxFailures; ++i)
            QVERIFY(!signIn.offline(m_url, QStringLiteral("bob"), QStringLiteral("guess %1").arg(i)));
        auto refused = signIn.offline(m_url, QStringLiteral("bob"), QStringLiteral("battery staple"));
        QVERIFY(!refused);
        QVERIFY(refused.error().contains(QLatin1String("Too many wrong passwords")));
        // Signing in online again clears the count.
        QVERIFY(signIn.online(m_url,
                              hubSignIn(*db, QStringLiteral("bob"), QStringLiteral("battery staple")),
                              QStringLiteral("battery staple")));
        QVERIFY(signIn.offline(m_url, QStringLiteral("bob"), QStringLiteral("battery staple")));

        // The hub turned bob's password down (changed, or the account closed): no way in without
        // the hub, nor an unlock, until it takes his password again.
        signIn.hubRefused(m_url, QStringLiteral("bob"), QStringLiteral("The hub does not know this password."));
        auto closed = signIn.offline(m_url, QStringLiteral("bob"), QStringLiteral("battery staple"));
        QVERIFY(!closed);
        QVERIFY(closed.error().contains(QLatin1String("Too many wrong passwords")));
        const SessionUser bobHere{QStringLiteral("bob"),
                                  QStringLiteral("Bob"),
                                  QStringLiteral("supervisor"),
                                  m_url,
                                  QString(),
                                  true,
                                  QDateTime()};
        QVERIFY(!signIn.unlock(bobHere, QStringLiteral("battery staple")));
        QVERIFY(signIn.online(m_url,
                              hubSignIn(*db, QStringLiteral("bob"), QStringLiteral("battery staple")),
                              QStringLiteral("battery staple")));
        QVERIFY(signIn.offline(m_url, QStringLiteral("bob"), QStringLiteral("battery staple")));
        QVERIFY(signIn.unlock(bobHere, QStringLiteral("battery staple")));

        // An online sign-in older than the limit is not enough.
        exec(*db,
             QStringLiteral("UPDATE local_account SET online_at = '%1' WHERE username = 'bob'")
                 .arg(isoUtc(QDateTime::currentDateTimeUtc().addDays(-AccountStore::OfflineDays - 1))));
        auto old = signIn.offline(m_url, QStringLiteral("bob"), QStringLiteral("battery staple"));
        QVERIFY(!old);
        QVERIFY(old.error().contains(QString::number(AccountStore::OfflineDays)));

        // Each attempt is in the audit log.
        AuditQuery q;
        q.user = QStringLiteral("bob");
        auto entries = AuditStore(*db).find(q);
        QVERIFY(entries);
        QStringList actions;
        for (const AuditEntry& e : *entries)
            actions << e.action;
        QVERIFY(actions.contains(QStringLiteral("sign_in")));
        QVERIFY(actions.contains(QStringLiteral("sign_in_offline")));
        // (bob's attempts before he ever signed in here are not under his name: a name this
        // workstation does not know may be a password typed in the wrong field.)
        QCOMPARE(actions.count(QStringLiteral("sign_in_failed")), AccountStore::MaxFailures + 4);
        AuditQuery unknown;
        unknown.user = QStringLiteral("?");
        QVERIFY(!AuditStore(*db).find(unknown)->isEmpty());
        QVERIFY(AuditStore(*db).find(unknown)->first().entityId.isEmpty());
    }

    void standaloneKeepsItsKeysAcrossSessions()
    {
        // A workstation with no hub: what one session sealed opens in the next (the ring is in the
        // keychain, or, with none, kept in the database for the computer's user, as said).
        auto db = openDb(QStringLiteral("standalone.sqlite"));
        Keychain keychain;
        WorkstationSignIn signIn(*db, &keychain);
        QVERIFY(signIn.standalone(QStringLiteral("desk")));
        Call c = callWithDetails(QStringLiteral("Nadia Okafor"));
        QVERIFY(CallStore(*db).save(c));
        signIn.signOut(SessionUser{QStringLiteral("desk"),
                                   QStringLiteral("desk"),
                                   QStringLiteral("specialist"),
                                   QString(),
                                   QString(),
                                   false,
                                   QDateTime()});
        QVERIFY(!CallerKeys::installed());
        auto again = signIn.standalone(QStringLiteral("desk"));
        QVERIFY2(again, qPrintable(again.error()));
        auto back = CallStore(*db).load(c.id);
        QVERIFY(back);
        QVERIFY(!back->detailsLocked);
        QCOMPARE(back->callerName, QStringLiteral("Nadia Okafor"));
        QCOMPARE(signIn.keychainNotice(true).contains(QLatin1String("kept in this workstation's database")),
                 !m_expectKeychain);
    }

    void callerDetailsAreSealedAtRest()
    {
        auto db = openDb(QStringLiteral("sealed.sqlite"));
        Keychain keychain;
        WorkstationSignIn signIn(*db, &keychain);
        QVERIFY(signIn.online(m_url,
                              hubSignIn(*db, QStringLiteral("amira"), QStringLiteral("correct horse")),
                              QStringLiteral("correct horse")));
        Call call = callWithDetails(QStringLiteral("Marie Tremblay"));
        QVERIFY(CallStore(*db).end(call));
        // Readable in the session.
        auto loaded = CallStore(*db).load(call.id);
        QVERIFY(loaded);
        QCOMPARE(loaded->callerName, QStringLiteral("Marie Tremblay"));
        QCOMPARE(loaded->needs.value(0).note, QStringLiteral("Allergic to peanuts, tell the pantry"));
        QVERIFY(!loaded->detailsLocked);
        // Not in any file: the database, its write-ahead log, the upload waiting for the hub.
        exec(*db, QStringLiteral("PRAGMA wal_checkpoint(TRUNCATE)"));
        for (const char* secret : {"Tremblay", "705-555-0142", "Elm Street", "peanuts"})
            QVERIFY2(!anyFileHolds(secret), secret);

        // Without the key the fields do not open; with another key neither.
        CallerKeys::uninstall();
        auto locked = CallStore(*db).load(call.id);
        QVERIFY(locked);
        QVERIFY(locked->detailsLocked);
        QVERIFY(!locked->callerName.contains(QLatin1String("Tremblay")));
        QVERIFY(CallerKeys::isSealed(locked->callerName));
        auto due = SyncStore(*db).dueEntries(QDateTime::currentDateTimeUtc().addYears(1), 10);
        QVERIFY(due && !due->isEmpty());
        QVERIFY(due->first().locked);
        QVERIFY(!due->first().payload.contains("Tremblay"));
        CallerKeys::install(KeyRing::generate());
        QVERIFY(CallStore(*db).load(call.id)->detailsLocked);
        // Saving a locked call writes its sealed fields back as they were.
        QVERIFY(CallStore(*db).save(*locked));
        CallerKeys::uninstall();

        // The right key comes back at the next sign-in: from the keychain, or (no keychain) from
        // the copy sealed with the user's password.
        auto again = signIn.offline(m_url, QStringLiteral("amira"), QStringLiteral("correct horse"));
        QVERIFY2(again, qPrintable(again.error()));
        auto reopened = CallStore(*db).load(call.id);
        QVERIFY(reopened);
        QVERIFY(!reopened->detailsLocked);
        QCOMPARE(reopened->callerName, QStringLiteral("Marie Tremblay"));
        QCOMPARE(reopened->callerPhone, QStringLiteral("705-555-0142"));

        // A sealed value moved to another call, or changed by a byte, does not open.
        Call other = CallStore::newCall(QStringLiteral("amira"));
        other.consentRecorded = true;
        QVERIFY(CallStore(*db).save(other));
        exec(*db,
             QStringLiteral("UPDATE call SET caller_name = (SELECT caller_name FROM call WHERE id = '%1') "
                            "WHERE id = '%2'")
                 .arg(call.id, other.id));
        QVERIFY(CallStore(*db).load(other.id)->detailsLocked);
        exec(*db,
             QStringLiteral("UPDATE call SET caller_phone = substr(caller_phone, 1, length(caller_phone) - "
                            "3) || 'AAA' WHERE id = '%1'")
                 .arg(call.id));
        auto tampered = CallStore(*db).load(call.id);
        QVERIFY(tampered->detailsLocked);
        QCOMPARE(tampered->callerName, QStringLiteral("Marie Tremblay"));
    }

    void detailsNeedAKeyToBeWritten()
    {
        auto db = openDb(QStringLiteral("nokey.sqlite"));
        Call call = callWithDetails(QStringLiteral("Jean Roy"));
        const auto saved = CallStore(*db).save(call);
        QVERIFY(!saved);
        QVERIFY(saved.error().contains(QLatin1String("locked")));
        // Nothing of it was written.
        QVERIFY(!CallStore(*db).load(call.id));
        // A call that names no one is written without a key (tools that load calls).
        Call plain = CallStore::newCall(QStringLiteral("amira"));
        plain.municipality = QStringLiteral("Timmins");
        QVERIFY(CallStore(*db).end(plain));
    }

    void earlierPlainDetailsAreSealedAtSignIn()
    {
        auto db = openDb(QStringLiteral("upgraded.sqlite"));
        // As version 10 left them: in the clear.
        Call call = CallStore::newCall(QStringLiteral("amira"));
        QVERIFY(CallStore(*db).save(call));
        exec(*db,
             QStringLiteral(
                 "UPDATE call SET consent_recorded = 1, caller_name = 'Paul Gagnon', notes = 'Calls back Tuesday' "
                 "WHERE id = '%1'")
                 .arg(call.id));
        exec(*db,
             QStringLiteral("INSERT INTO outbox (idempotency_key, kind, entity_id, payload, created_at) "
                            "VALUES ('call:%1', 'call', '%1', '{\"caller_name\":\"Paul Gagnon\"}', "
                            "'2026-01-01T00:00:00Z')")
                 .arg(call.id));
        Keychain keychain;
        WorkstationSignIn signIn(*db, &keychain);
        QVERIFY(signIn.online(m_url,
                              hubSignIn(*db, QStringLiteral("amira"), QStringLiteral("correct horse")),
                              QStringLiteral("correct horse")));
        QCOMPARE(CallStore(*db).load(call.id)->callerName, QStringLiteral("Paul Gagnon"));
        Statement raw(*db, QStringLiteral("SELECT caller_name, notes FROM call WHERE id = ?"));
        raw.bindText(1, call.id);
        QVERIFY(raw.next());
        QVERIFY(CallerKeys::isSealed(raw.text(0)));
        QVERIFY(CallerKeys::isSealed(raw.text(1)));
        raw = Statement();
        // Once: the next sign-in has nothing left to look for.
        QCOMPARE(count(*db, QStringLiteral("seal_pending")), 0);
        QCOMPARE(*CallStore(*db).sealUnsealed(), 0);
        auto due = SyncStore(*db).dueEntries(QDateTime::currentDateTimeUtc().addYears(1), 10);
        QVERIFY(due && due->size() == 1);
        QCOMPARE(due->first().payload, QByteArray("{\"caller_name\":\"Paul Gagnon\"}"));
        exec(*db, QStringLiteral("PRAGMA wal_checkpoint(TRUNCATE)"));
        QVERIFY(!anyFileHolds("Gagnon"));
    }

    void cleanupTestCase() { m_hub.stopServing(); }
};

QTEST_GUILESS_MAIN(TestSignIn)
#include "TestSignIn.moc"
