// The workstation's sync against the real hub on a throwaway PostgreSQL: the first sync makes a
// replica equal to the hub (row counts and a checksum per table), an incremental sync brings
// edits, additions and deletions, 2,000 call records reach the hub exactly once through a proxy
// that cuts connections while the hub is killed and started again, broken replies change nothing,
// and a stale edit becomes a recorded conflict.
#include "CallIntake.h"
#include "FaultProxy.h"
#include "HubStore.h"
#include "SyncClient.h"
#include "SyncEngine.h"
#include "TestHubUtil.h"
#include "demo/DemoGenerator.h"
#include "import/HsdsExport.h"
#include "search/SearchEngine.h"
#include "security/CallerKeys.h"
#include "store/CallStore.h"
#include "store/ResourceStore.h"
#include "store/SyncStore.h"

#include <QHostAddress>
#include <QSignalSpy>
#include <QTcpServer>
#include <QTcpSocket>
#include <QThread>
#include <QtTest>

using namespace open211;
using namespace open211::test;

namespace {

// Answers every HTTP request with the same bytes, on its own thread (the sync client blocks).
class CannedServer : public QThread
{
public:
    void setAnswer(const QByteArray& status, const QByteArray& body)
    {
        const QMutexLocker lock(&m_mutex);
        m_answer = "HTTP/1.1 " + status + "\r\nContent-Type: application/json\r\nContent-Length: "
            + QByteArray::number(body.size()) + "\r\nConnection: close\r\n\r\n" + body;
    }
    quint16 port() const { return m_port.loadAcquire(); }

protected:
    void run() override
    {
        QTcpServer server;
        server.listen(QHostAddress::LocalHost, 0);
        m_port.storeRelease(server.serverPort());
        QObject::connect(&server, &QTcpServer::newConnection, &server, [&] {
            while (QTcpSocket* s = server.nextPendingConnection()) {
                QObject::connect(s, &QTcpSocket::readyRead, s, [this, s] {
                    if (!s->readAll().isEmpty() && !s->property("answered").toBool()) {
                        s->setProperty("answered", true);
                        const QMutexLocker lock(&m_mutex);
                        s->write(m_answer);
                        s->disconnectFromHost();
                    }
                });
                QObject::connect(s, &QTcpSocket::disconnected, s, &QObject::deleteLater);
            }
        });
        exec();
    }

private:
    QMutex m_mutex;
    QByteArray m_answer;
    QAtomicInteger<quint16> m_port = 0;
};

QString uniqueCallId(int i)
{
    return QStringLiteral("call-%1").arg(i, 5, 10, QLatin1Char('0'));
}

} // namespace

class TestSync : public QObject
{
    Q_OBJECT

    HubFixture m_hub;
    QString m_url;
    QTemporaryDir m_dir;
    int m_dbs = 0;

    std::unique_ptr<Database> newStore(int demoServices = 0)
    {
        auto db = Database::open(m_dir.filePath(QStringLiteral("ws%1.sqlite").arg(++m_dbs)));
        if (!db)
            return nullptr;
        if (demoServices > 0 && !DemoGenerator::generate(**db, DemoOptions{demoServices, 99}))
            return nullptr;
        return std::move(db).value();
    }

    std::unique_ptr<HubStore> hubStore()
    {
        auto s = HubStore::open(m_hub.pg->connectionString());
        return s ? std::move(s).value() : nullptr;
    }

    // Signs in as the specialist on a client for `db` through `url` (the hub's, or a proxy's).
    static bool signIn(SyncClient& client)
    {
        auto r = client.signIn(QStringLiteral("ana"), "ana-secret-1");
        if (!r)
            qWarning("sign-in: %s", qPrintable(r.error()));
        return bool(r);
    }

    void compareWithHub(Database& db)
    {
        auto hub = hubStore();
        QVERIFY(hub);
        auto remote = hub->checksums();
        QVERIFY2(remote, qPrintable(remote ? QString() : remote.error()));
        auto local = SyncStore(db).checksums();
        QVERIFY(local);
        QCOMPARE(local->size(), remote->size());
        for (qsizetype i = 0; i < local->size(); ++i) {
            const TableChecksum& l = local->at(i);
            const TableChecksum& r = remote->at(i);
            QCOMPARE(l.table, r.table);
            QVERIFY2(
                l.rows == r.rows && l.checksum == r.checksum,
                qPrintable(QStringLiteral("%1: %2 rows here, %3 on the hub").arg(l.table).arg(l.rows).arg(r.rows)));
        }
    }

private slots:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        // Callers' details are sealed (CallerKeys): this test's session holds a key.
        CallerKeys::install(KeyRing::generate());
        const QString error = m_hub.startCluster();
        QVERIFY2(error.isEmpty(), qPrintable(error));
        QByteArray out;
        QVERIFY2(m_hub.run({QStringLiteral("load-taxonomy")}, &out) == 0, out.constData());
        // The hub's resources: 120 demo services, exported and loaded as a centre would.
        auto source = newStore(120);
        QVERIFY(source);
        const QString exported = m_dir.filePath(QStringLiteral("hub.json"));
        QVERIFY(exportHsdsJson(*source, exported));
        QVERIFY2(m_hub.run({QStringLiteral("load"), exported}, &out) == 0, out.constData());
        QVERIFY(m_hub.addUser(QStringLiteral("ana"), QStringLiteral("specialist"), "ana-secret-1"));
        QVERIFY(m_hub.addUser(QStringLiteral("rex"), QStringLiteral("resource_specialist"), "rex-secret-1"));
        m_url = m_hub.serve();
        QVERIFY(!m_url.isEmpty());
    }

    void firstSyncMakesAReplica()
    {
        // A workstation on its demo data: the first sync from a hub replaces it with the hub's.
        auto db = newStore(15);
        QVERIFY(db);
        CurlTransport transport;
        SyncClient client(*db, transport, SyncConfig{m_url, 400});
        QVERIFY(signIn(client));
        const SyncReport r = client.run();
        QVERIFY2(r.ok(), qPrintable(r.error));
        QVERIFY(r.reachedHead);
        QVERIFY(r.pages > 1); // 400 changes a page: the feed came in several
        compareWithHub(*db);
        // A first sync brings records, not changes: nothing in any record's history, on any page.
        QCOMPARE(count(*db, QStringLiteral("resource_history")), 0);
        QCOMPARE(ResourceStore(*db).counts()->services, 120);
        // The search index was made once the last page was in: the hub's services are found.
        auto hub = hubStore();
        auto page = hub->list(hsds::Table::Service, {}, 3, 1);
        QVERIFY(page && page->contents.size() == 1);
        SearchQuery q;
        q.text = page->contents.first().value(QLatin1String("name")).toString();
        q.limit = 200;
        auto found = SearchEngine(*db).search(q);
        QVERIFY(found);
        const QString wanted = page->contents.first().value(QLatin1String("id")).toString();
        QVERIFY(std::any_of(
            found->results.begin(), found->results.end(), [&](const auto& r) { return r.serviceId == wanted; }));
        // Nothing new: a second run pulls nothing and is recorded as well.
        const SyncReport again = client.run();
        QVERIFY(again.ok());
        QCOMPARE(again.pulled, 0);
        auto history = SyncStore(*db).history(10);
        QVERIFY(history);
        QCOMPARE(history->size(), 2);
        QCOMPARE(history->first().outcome, QStringLiteral("ok"));
    }

    void incrementalSyncBringsEditsAdditionsAndDeletions()
    {
        auto db = newStore();
        CurlTransport transport;
        SyncClient client(*db, transport, SyncConfig{m_url, 1000});
        QVERIFY(signIn(client));
        QVERIFY(client.run().ok());
        const qint64 checkpoint = *SyncStore(*db).checkpointFor(m_url);
        QVERIFY(checkpoint > 0);

        // On the hub: a resource specialist renames a service; two services are added; one
        // service is loaded again without its phones (they are deleted on the hub).
        auto hub = hubStore();
        QVERIFY(hub);
        auto page = hub->list(hsds::Table::Service, {}, 1, 2);
        QVERIFY(page && page->contents.size() == 2);
        const QJsonObject first = page->contents.at(0);
        const QString renamedId = first.value(QLatin1String("id")).toString();
        CurlTransport rex;
        HttpRequest signInRex;
        signInRex.method = QStringLiteral("POST");
        signInRex.url = m_url + QStringLiteral("/auth/token");
        signInRex.body = R"({"username":"rex","password":"rex-secret-1"})";
        const QString token = json(rex.send(signInRex)).value(QLatin1String("token")).toString();
        QVERIFY(!token.isEmpty());
        QJsonObject record = first;
        record.remove(QStringLiteral("organization")); // the list's flat view of it; not a field
        record.insert(QStringLiteral("name"), QStringLiteral("Renamed on the hub"));
        const HttpResponse put
            = http(QStringLiteral("PUT"),
                   m_url + QStringLiteral("/resources/service/") + renamedId,
                   compact(QJsonObject{{QStringLiteral("base_version"), first.value(QLatin1String("version"))},
                                       {QStringLiteral("record"), record}}),
                   {{"Authorization", "Bearer " + token.toUtf8()}, {"Idempotency-Key", "edit:t1"}});
        QVERIFY2(put.status == 200, describe(put));
        const QString more = m_dir.filePath(QStringLiteral("more.json"));
        {
            QFile f(more);
            QVERIFY(f.open(QIODevice::WriteOnly));
            f.write(QJsonDocument(moreServices()).toJson());
        }
        QByteArray out;
        QVERIFY2(m_hub.run({QStringLiteral("load"), more}, &out) == 0, out.constData());
        QJsonArray fewer = moreServices();
        QJsonObject shelter = fewer.at(0).toObject();
        shelter.insert(QStringLiteral("phones"), QJsonArray());
        const QString fewerPath = m_dir.filePath(QStringLiteral("fewer.json"));
        {
            QFile f(fewerPath);
            QVERIFY(f.open(QIODevice::WriteOnly));
            f.write(QJsonDocument(QJsonArray{shelter}).toJson());
        }
        QVERIFY2(m_hub.run({QStringLiteral("load"), fewerPath}, &out) == 0, out.constData());

        const SyncReport r = client.run();
        QVERIFY2(r.ok(), qPrintable(r.error));
        QVERIFY(r.pulled > 0);
        QVERIFY(r.deleted >= 1);
        QVERIFY(*SyncStore(*db).checkpointFor(m_url) > checkpoint);
        compareWithHub(*db);
        auto detail = ResourceStore(*db).serviceDetail(renamedId);
        QVERIFY(detail);
        QCOMPARE(detail->name, QStringLiteral("Renamed on the hub"));
        QVERIFY(ResourceStore(*db).serviceDetail(QStringLiteral("svc-3")));
    }

    void brokenRepliesChangeNothing_data()
    {
        QTest::addColumn<QByteArray>("status");
        QTest::addColumn<QByteArray>("body");
        const QByteArray change
            = R"({"seq":1,"table":"service","id":"s1","record":{"id":"s1","organization_id":"o1","name":"X","status":"active","version":1,"last_modified":"2026-11-01T00:00:00Z"}})";
        QTest::newRow("malformed") << QByteArray("200 OK") << QByteArray("{\"changes\": [");
        QTest::newRow("truncated") << QByteArray("200 OK") << QByteArray(R"({"changes":[)" + change.left(60));
        QTest::newRow("not an object") << QByteArray("200 OK") << QByteArray("[1,2,3]");
        QTest::newRow("next is text") << QByteArray("200 OK")
                                      << QByteArray(R"({"changes":[],"next":"7","head":7,"more":false})");
        QTest::newRow("wrong field type")
            << QByteArray("200 OK")
            << QByteArray(
                   R"({"changes":[{"seq":1,"table":"service","id":"s1","record":{"id":"s1","organization_id":"o1","name":42,"status":"active","version":1,"last_modified":"2026-11-01T00:00:00Z"}}],"next":1,"head":1,"more":false})");
        QTest::newRow("unknown table")
            << QByteArray("200 OK")
            << QByteArray(
                   R"({"changes":[{"seq":1,"table":"secrets","id":"s1","deleted":true}],"next":1,"head":1,"more":false})");
        QTest::newRow("out of order") << QByteArray(
            "200 OK") << QByteArray(R"({"changes":[)" + change + "," + change + R"(],"next":1,"head":1,"more":false})");
        QTest::newRow("server error") << QByteArray("500 Internal Server Error") << QByteArray(R"({"error":"boom"})");
        QTest::newRow("huge") << QByteArray("200 OK") << QByteArray(3 * 1024 * 1024, ' ');
    }

    void brokenRepliesChangeNothing()
    {
        QFETCH(QByteArray, status);
        QFETCH(QByteArray, body);
        CannedServer server;
        server.setAnswer(status, body);
        server.start();
        QTRY_VERIFY(server.port() != 0);
        auto db = newStore(5);
        QVERIFY(db);
        const QString url = QStringLiteral("http://127.0.0.1:%1").arg(server.port());
        const auto before = SyncStore(*db).checksums();
        QVERIFY(before);
        CurlSettings settings;
        settings.maxResponseBytes = 2 * 1024 * 1024;
        CurlTransport transport(settings);
        SyncClient client(*db, transport, SyncConfig{url});
        client.setToken(QStringLiteral("t"));
        const SyncReport r = client.pull();
        server.quit();
        server.wait();
        QVERIFY(!r.ok());
        QVERIFY2(!r.error.isEmpty() && !r.error.contains(QLatin1String("simdjson")), qPrintable(r.error));
        const auto after = SyncStore(*db).checksums();
        QVERIFY(after);
        for (qsizetype i = 0; i < before->size(); ++i)
            QCOMPARE(after->at(i).checksum, before->at(i).checksum);
        QCOMPARE(*SyncStore(*db).checkpointFor(url), qint64(0));
        QCOMPARE(ResourceStore(*db).counts()->services, 5); // the demo data is still there
    }

    void staleEditBecomesAConflict()
    {
        auto db = newStore();
        CurlTransport transport;
        SyncClient client(*db, transport, SyncConfig{m_url});
        QVERIFY(client.signIn(QStringLiteral("rex"), QStringLiteral("rex-secret-1")));
        QVERIFY(client.run().ok());
        auto hub = hubStore();
        QVERIFY(hub);
        auto page = hub->list(hsds::Table::Service, {}, 2, 1);
        QVERIFY(page && page->contents.size() == 1);
        QJsonObject record = page->contents.first();
        record.remove(QStringLiteral("organization")); // the list's flat view of it; not a field
        const QString id = record.value(QLatin1String("id")).toString();
        const qint64 version = record.value(QLatin1String("version")).toInteger();
        // Someone else changes it on the hub first...
        QJsonObject theirs = record;
        theirs.insert(QStringLiteral("description"), QStringLiteral("Changed on the hub first."));
        const HttpResponse put
            = http(QStringLiteral("PUT"),
                   m_url + QStringLiteral("/resources/service/") + id,
                   compact(QJsonObject{{QStringLiteral("base_version"), version}, {QStringLiteral("record"), theirs}}),
                   {{"Authorization", "Bearer " + client.token().toUtf8()}, {"Idempotency-Key", "edit:someone-else"}});
        QVERIFY2(put.status == 200, describe(put));
        // ...then this workstation's edit, based on the version it had, goes up.
        QJsonObject mine = record;
        mine.insert(QStringLiteral("description"), QStringLiteral("Changed here."));
        QVERIFY(SyncStore(*db).queueEdit(QStringLiteral("service"), id, mine, version));
        const SyncReport r = client.push();
        QVERIFY2(r.conflicts == 1,
                 qPrintable(QStringLiteral("pushed %1, failed %2: %3").arg(r.pushed).arg(r.failed).arg(r.error)));
        auto conflicts = SyncStore(*db).entries(QStringLiteral("conflict"), 10);
        QVERIFY(conflicts);
        QCOMPARE(conflicts->size(), 1);
        const QJsonObject hubRecord = QJsonDocument::fromJson(conflicts->first().response).object();
        QCOMPARE(hubRecord.value(QLatin1String("description")).toString(), QStringLiteral("Changed on the hub first."));
        // Nothing was overwritten on the hub.
        auto after = hub->record(hsds::Table::Service, id);
        QCOMPARE((**after).value(QLatin1String("description")).toString(), QStringLiteral("Changed on the hub first."));
    }

    void callsReachTheHubExactlyOnceThroughFaults()
    {
        auto db = newStore();
        constexpr int Calls = 2000;
        {
            CallStore calls(*db);
            for (int i = 0; i < Calls; ++i) {
                Call call = CallStore::newCall(QStringLiteral("ana"));
                call.id = uniqueCallId(i);
                call.municipality = QStringLiteral("Ottawa");
                CallerNeed need;
                need.id = call.id + QStringLiteral("-n1");
                need.termCode = QStringLiteral("BD-1800.2000");
                need.termName = QStringLiteral("Food Pantries");
                need.met = i % 3 != 0;
                if (!*need.met)
                    need.unmetReason = QStringLiteral("cost");
                call.needs.append(need);
                QVERIFY(calls.save(call));
                QVERIFY(calls.end(call));
            }
        }
        QCOMPARE(*SyncStore(*db).waitingCount(), qint64(Calls));

        FaultProxy proxy;
        const quint16 hubPort = QUrl(m_url).port();
        QVERIFY(proxy.start(hubPort));
        CurlSettings settings;
        settings.connectTimeoutSeconds = 2;
        settings.lowSpeedSeconds = 5;
        CurlTransport transport(settings);
        SyncClient client(*db, transport, SyncConfig{proxy.url(), 1000, 250});
        QVERIFY(signIn(client));
        // One request in six is cut at a random byte, in either direction: some never reach the
        // hub, some are stored there but their answer never comes back.
        proxy.setRandomCuts(1.0 / 6, 20261125, 1500);

        int runs = 0;
        bool restarted = false;
        while (*SyncStore(*db).waitingCount() > 0 && runs < 400) {
            ++runs;
            if (runs == 4) {
                // The hub is killed in the middle of it all and comes back on another port.
                m_hub.server->kill();
                m_hub.server->waitForFinished();
                m_hub.server.reset();
                proxy.dropConnections();
                const SyncReport down = client.push(nullptr, true);
                QVERIFY(!down.ok());
                const QString again = m_hub.serve();
                QVERIFY(!again.isEmpty());
                m_url = again;
                proxy.setTarget(quint16(QUrl(again).port()));
                restarted = true;
            }
            (void)client.push(nullptr, true); // sync now: every waiting entry goes again
        }
        QVERIFY(restarted);
        QCOMPARE(*SyncStore(*db).waitingCount(), qint64(0));
        const auto c = proxy.counters();
        qInfo("%d runs, %lld connections, %lld requests, %lld cut", runs, c.accepted, c.exchanges, c.cut);
        QVERIFY(proxy.counters().cut > 10);
        auto hub = hubStore();
        QVERIFY(hub);
        auto counts = CallIntake(hub->database()).counts();
        QVERIFY2(counts, qPrintable(counts ? QString() : counts.error()));
        QCOMPARE(counts->calls, qint64(Calls)); // none missing, none twice (one row per call id)
        QCOMPARE(counts->needs, qint64(Calls)); // a call sent again did not add its need again
        for (int i : {0, 1, 999, Calls - 1}) {
            auto call = CallIntake(hub->database()).call(uniqueCallId(i));
            QVERIFY(call && call->has_value());
        }
    }

    void engineRunsInTheBackground()
    {
        // The engine on its own thread: a sign-in, then a run that reaches the hub; the status
        // says online with nothing waiting.
        auto db = newStore();
        const QString path = db->path();
        db.reset();
        SyncEngine engine(path);
        QSignalSpy status(&engine, &SyncEngine::statusChanged);
        QSignalSpy signedIn(&engine, &SyncEngine::signInFinished);
        QSignalSpy who(&engine, &SyncEngine::signedIn);
        engine.configure(m_url, QString(), 3600);
        // A wrong password: the hub refused it (the workstation must not let it in offline).
        engine.signIn(QStringLiteral("ana"), QStringLiteral("not-her-password"));
        QVERIFY(signedIn.wait(30000));
        QCOMPARE(signedIn.first().at(0).toBool(), false);
        QCOMPARE(signedIn.first().at(2).toBool(), true);
        QVERIFY(who.isEmpty());
        signedIn.clear();
        engine.signIn(QStringLiteral("ana"), QStringLiteral("ana-secret-1"));
        QVERIFY(signedIn.wait(30000));
        QVERIFY2(signedIn.first().at(0).toBool(), qPrintable(signedIn.first().at(1).toString()));
        // Who signed in and the role the hub gave them (what the window lets them do).
        QCOMPARE(who.size(), 1);
        const auto session = who.first().at(0).value<HubSession>();
        QCOMPARE(session.username, QStringLiteral("ana"));
        QCOMPARE(session.role, QStringLiteral("specialist"));
        QCOMPARE(session.token, engine.token());
        QVERIFY(session.expiresAt > QDateTime::currentDateTimeUtc());
        QCOMPARE(signedIn.first().at(2).toBool(), false);
        QSignalSpy finished(&engine, &SyncEngine::runFinished);
        engine.syncNow();
        QVERIFY(finished.wait(60000) || finished.size() > 0);
        QTRY_COMPARE(engine.status().link, SyncStatus::Link::Online);
        QVERIFY(engine.status().lastSuccess.isValid());
        QCOMPARE(engine.status().waiting, qint64(0));
    }

    void engineSaysOfflineInPlainWords()
    {
        QTcpServer closed; // a port nobody listens on once this is closed
        QVERIFY(closed.listen(QHostAddress::LocalHost, 0));
        const quint16 port = closed.serverPort();
        closed.close();
        auto db = newStore();
        const QString path = db->path();
        db.reset();
        SyncEngine engine(path);
        engine.configure(QStringLiteral("http://127.0.0.1:%1").arg(port), QString(), 3600);
        engine.setToken(QStringLiteral("token"), QStringLiteral("ana"));
        QTRY_COMPARE_WITH_TIMEOUT(engine.status().link, SyncStatus::Link::Offline, 30000);
        QVERIFY2(engine.status().lastError.contains(QLatin1String("Cannot reach the hub")),
                 qPrintable(engine.status().lastError));
    }
};

QTEST_GUILESS_MAIN(TestSync)
#include "TestSync.moc"
