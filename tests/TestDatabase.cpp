// The store: pragmas, migrations from every earlier version (fixtures under tests/data), refusal
// of a newer database, and an upgrade that fails part-way leaving the file as it was.
#include "TestUtil.h"

#include <QSqlQuery>
#include <QTemporaryDir>

using namespace open211;
using namespace open211::test;

class TestDatabase : public QObject
{
    Q_OBJECT

private:
    // Sample rows valid at each schema version, written into the fixtures.
    static void fillFixture(Database& db, int version)
    {
        if (version >= 1) {
            QVERIFY(db.execScript(QStringLiteral(
                "INSERT INTO taxonomy VALUES ('t', 'Demo', '', NULL, NULL, 1, '2026-01-01T00:00:00Z');"
                "INSERT INTO taxonomy_term (id, code, name, description, taxonomy_id, version, last_modified) "
                "  VALUES ('BD', 'BD', 'Food', '', 't', 1, '2026-01-01T00:00:00Z');"
                "INSERT INTO organization (id, name, description, version, last_modified) "
                "  VALUES ('o1', 'Org', 'd', 3, '2026-01-01T00:00:00Z');"
                "INSERT INTO service (id, organization_id, name, status, version, last_modified) "
                "  VALUES ('s1', 'o1', 'Food bank', 'active', 2, '2026-01-01T00:00:00Z');"
                "INSERT INTO attribute VALUES ('a1', 's1', 'BD', 'taxonomy', 'service', NULL, 1, "
                "'2026-01-01T00:00:00Z');")));
        }
        if (version >= 2) {
            QVERIFY(db.execScript(QStringLiteral(
                "INSERT INTO call (id, started_at, specialist, updated_at) VALUES ('c1', '2026-01-01T10:00:00Z', "
                "'ana', '2026-01-01T10:05:00Z');"
                "INSERT INTO caller_need (id, call_id, term_code, term_name, met) VALUES ('n1', 'c1', 'BD', 'Food', "
                "1);")));
        }
    }

private slots:
    void opensWithPragmas()
    {
        QTemporaryDir dir;
        auto db = Database::open(dir.filePath(QStringLiteral("p.sqlite")));
        QVERIFY2(db, qPrintable(db.error()));
        QSqlQuery q((*db)->connection());
        QVERIFY(q.exec(QStringLiteral("PRAGMA journal_mode")) && q.next());
        QCOMPARE(q.value(0).toString(), QStringLiteral("wal"));
        QVERIFY(q.exec(QStringLiteral("PRAGMA foreign_keys")) && q.next());
        QCOMPARE(q.value(0).toInt(), 1);
        QCOMPARE((*db)->schemaVersion(), Database::latestVersion());
        QVERIFY(Database::latestVersion() >= 2);
    }

    void durabilityForCallData()
    {
        QTemporaryDir dir;
        auto db = Database::open(dir.filePath(QStringLiteral("p.sqlite")));
        QVERIFY(db);
        const auto sync = [&] {
            QSqlQuery q((*db)->connection());
            q.exec(QStringLiteral("PRAGMA synchronous"));
            q.next();
            return q.value(0).toInt();
        };
        QCOMPARE(sync(), 1); // NORMAL
        (*db)->setDurability(Database::Durability::Full);
        QCOMPARE(sync(), 2); // FULL
        (*db)->setDurability(Database::Durability::Normal);
        QCOMPARE(sync(), 1);
    }

    void migratesFromEveryVersion_data()
    {
        QTest::addColumn<int>("version");
        for (int v = 0; v < Database::latestVersion(); ++v)
            QTest::addRow("from v%d", v) << v;
    }

    void migratesFromEveryVersion()
    {
        QFETCH(int, version);
        const QString fixture = dataPath(QStringLiteral("schema-v%1.sqlite").arg(version));
        if (qEnvironmentVariableIsSet("OPEN211_WRITE_FIXTURES") && !QFileInfo::exists(fixture)) {
            QFile::remove(fixture);
            {
                auto db = Database::openAtVersion(fixture, version);
                QVERIFY2(db, qPrintable(db.error()));
                fillFixture(**db, version);
                QVERIFY((*db)->exec(QStringLiteral("PRAGMA journal_mode=DELETE")));
            }
        }
        QVERIFY2(QFileInfo::exists(fixture), qPrintable(fixture + QStringLiteral(" is missing")));

        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("old.sqlite"));
        QVERIFY(QFile::copy(fixture, path));
        QFile(path).setPermissions(QFile::ReadOwner | QFile::WriteOwner);
        auto upgraded = Database::open(path);
        QVERIFY2(upgraded, qPrintable(upgraded.error()));
        QCOMPARE((*upgraded)->schemaVersion(), Database::latestVersion());

        auto fresh = Database::open(dir.filePath(QStringLiteral("fresh.sqlite")));
        QVERIFY(fresh);
        QCOMPARE(schema(**upgraded), schema(**fresh));
        // What was stored survives the upgrade.
        if (version >= 1) {
            QCOMPARE(count(**upgraded, QStringLiteral("service")), 1);
            QCOMPARE(
                tableRows(**upgraded, QStringLiteral("service"), {}).first().contains(QLatin1String("'Food bank'")),
                true);
        }
        if (version >= 2)
            QCOMPARE(count(**upgraded, QStringLiteral("caller_need")), 1);
    }

    // Version 8 makes the outbox again (new states, the owner column): what waited still waits,
    // with its sequence, and new entries number on after it.
    void outboxSurvivesItsRebuild()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("v7.sqlite"));
        {
            auto db = Database::openAtVersion(path, 7);
            QVERIFY2(db, qPrintable(db.error()));
            QVERIFY((*db)->execScript(QStringLiteral(
                "INSERT INTO outbox (seq, idempotency_key, kind, entity_id, base_version, payload, created_at, "
                "attempts, state, response) VALUES (41, 'edit:a', 'edit', 'service/s1', 3, '{}', "
                "'2026-12-01T10:00:00.000Z', 2, 'conflict', '{\"id\":\"s1\"}'), (42, 'call:c1', 'call', 'c1', "
                "NULL, '{}', '2026-12-01T10:00:01.000Z', 0, 'pending', NULL);")));
        }
        auto db = Database::open(path);
        QVERIFY2(db, qPrintable(db.error()));
        const QStringList rows = tableRows(**db, QStringLiteral("outbox"), {});
        QCOMPARE(rows.size(), 2);
        QVERIFY(rows[0].contains(QLatin1String("'conflict'")) && rows[0].contains(QLatin1String("41")));
        QVERIFY(rows[1].contains(QLatin1String("'pending'")) && rows[1].contains(QLatin1String("'call:c1'")));
        QVERIFY(
            (*db)->exec(QStringLiteral("INSERT INTO outbox (idempotency_key, kind, entity_id, payload, "
                                       "created_at, state) VALUES ('x', 'edit', 'phone/p', '{}', 'now', 'resolved')")));
        QCOMPARE(count(**db, QStringLiteral("outbox WHERE seq = 43")), 1);
    }

    void refusesNewerDatabaseAndLeavesItUntouched()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("future.sqlite"));
        {
            auto db = Database::open(path);
            QVERIFY(db);
            QVERIFY((*db)->exec(QStringLiteral("PRAGMA user_version=%1").arg(Database::latestVersion() + 5)));
            QVERIFY((*db)->exec(QStringLiteral("PRAGMA journal_mode=DELETE")));
        }
        const QByteArray before = fileHash(path);
        auto db = Database::open(path);
        QVERIFY(!db);
        QVERIFY2(db.error().contains(QLatin1String("newer version")), qPrintable(db.error()));
        QCOMPARE(fileHash(path), before);
        QVERIFY(!QFileInfo::exists(path + QStringLiteral("-wal"))
                || QFileInfo(path + QStringLiteral("-wal")).size() == 0);
    }

    void failedUpgradeStepLeavesPreviousVersion()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("v1.sqlite"));
        {
            auto db = Database::openAtVersion(path, 1);
            QVERIFY(db);
            // A table in the way of step 2 makes that step fail half-way through its script.
            QVERIFY((*db)->exec(QStringLiteral("CREATE TABLE referral (x)")));
        }
        QStringList schemaBefore;
        {
            auto db = Database::openAtVersion(path, 1);
            QVERIFY(db);
            schemaBefore = schema(**db);
        }
        auto db = Database::open(path);
        QVERIFY(!db);
        QVERIFY2(db.error().contains(QLatin1String("version 2")), qPrintable(db.error()));
        auto again = Database::openAtVersion(path, 1);
        QVERIFY(again);
        QCOMPARE((*again)->schemaVersion(), 1);
        QCOMPARE(schema(**again), schemaBefore); // the call table of step 2 was rolled back
    }

    void notADatabase()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("junk.sqlite"));
        writeFile(path, QByteArray(4096, 'x'));
        const QByteArray before = fileHash(path);
        auto db = Database::open(path);
        QVERIFY(!db);
        QCOMPARE(fileHash(path), before);
    }
};

QTEST_GUILESS_MAIN(TestDatabase)
#include "TestDatabase.moc"
