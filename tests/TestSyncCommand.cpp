// `open211 sync` run as a person would run it, against a small hub in the test process: the
// password from the environment or from standard input, an ended call pushed with the token the
// sign-in gave, the report printed, and exit code 1 with the reason in plain words when the
// password is wrong, the hub cannot be reached or answers with an error.
#include "Profile.h"
#include "store/CallStore.h"
#include "store/Database.h"
#include "store/SyncStore.h"

#include <QHttpServer>
#include <QHttpServerResponse>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QSignalSpy>
#include <QTcpServer>
#include <QTemporaryDir>
#include <QTest>

using namespace open211;

namespace {

const QString Password = QStringLiteral("s3cret-horse");
const QByteArray Token = "tok-1";

// Sign-in, the call endpoint and the change feed, as docs/sync-protocol.md describes them.
class FakeHub
{
public:
    FakeHub()
    {
        m_http.route(QStringLiteral("/auth/token"), QHttpServerRequest::Method::Post, [](const QHttpServerRequest& r) {
            const QJsonObject o = QJsonDocument::fromJson(r.body()).object();
            if (o.value(QLatin1String("username")).toString() != QLatin1String("dana")
                || o.value(QLatin1String("password")).toString() != Password)
                return QHttpServerResponse(
                    QJsonObject{{QStringLiteral("error"), QStringLiteral("wrong name or password")}},
                    QHttpServerResponse::StatusCode::Unauthorized);
            return QHttpServerResponse(
                QJsonObject{{QStringLiteral("token"), QString::fromLatin1(Token)},
                            {QStringLiteral("username"), QStringLiteral("dana")},
                            {QStringLiteral("display_name"), QStringLiteral("Dana Specialist")},
                            {QStringLiteral("role"), QStringLiteral("specialist")},
                            {QStringLiteral("expires_at"), QStringLiteral("2030-01-01T00:00:00Z")}});
        });
        m_http.route(QStringLiteral("/calls"), QHttpServerRequest::Method::Post, [this](const QHttpServerRequest& r) {
            if (r.value("Authorization") != "Bearer " + Token)
                return unauthorized();
            ++calls;
            keys << r.value("Idempotency-Key");
            return QHttpServerResponse(
                QJsonObject{{QStringLiteral("id"), QStringLiteral("c")},
                            {QStringLiteral("received_at"), QStringLiteral("2026-11-25T10:00:00Z")}},
                QHttpServerResponse::StatusCode::Created);
        });
        m_http.route(QStringLiteral("/sync/changes"), [this](const QHttpServerRequest& r) {
            if (r.value("Authorization") != "Bearer " + Token)
                return unauthorized();
            if (failChanges)
                return QHttpServerResponse(QJsonObject{{QStringLiteral("error"), QStringLiteral("database is down")}},
                                           QHttpServerResponse::StatusCode::InternalServerError);
            return QHttpServerResponse(QJsonObject{{QStringLiteral("changes"), QJsonArray()},
                                                   {QStringLiteral("next"), 0},
                                                   {QStringLiteral("head"), 0},
                                                   {QStringLiteral("more"), false}});
        });
        m_port = m_http.listen(QHostAddress::LocalHost, 0);
    }

    QString url() const { return QStringLiteral("http://127.0.0.1:%1").arg(m_port); }

    int calls = 0;
    QList<QByteArray> keys;
    bool failChanges = false;

private:
    static QHttpServerResponse unauthorized()
    {
        return QHttpServerResponse(QJsonObject{{QStringLiteral("error"), QStringLiteral("sign in")}},
                                   QHttpServerResponse::StatusCode::Unauthorized);
    }

    QHttpServer m_http;
    quint16 m_port = 0;
};

struct Run
{
    int exitCode = -1;
    QString out;
    QString err;
};

} // namespace

class TestSyncCommand : public QObject
{
    Q_OBJECT
    std::unique_ptr<QTemporaryDir> m_dir;

    QString databasePath() const { return Profile(m_dir->path()).databasePath(); }

    // The profile holds one ended call waiting to upload.
    void makeProfile()
    {
        auto db = Database::open(databasePath());
        QVERIFY2(db, qPrintable(db.error()));
        Call call = CallStore::newCall(QStringLiteral("Dana"));
        call.disposition = QStringLiteral("completed");
        QVERIFY(CallStore(**db).end(call));
        m_callId = call.id;
    }

    // Runs open211 while this thread's event loop answers for the hub.
    Run sync(const QString& hubUrl, const QString& passwordEnv, const QByteArray& stdinData = {})
    {
        QProcess p;
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.remove(QStringLiteral("OPEN211_PASSWORD"));
        if (!passwordEnv.isNull())
            env.insert(QStringLiteral("OPEN211_PASSWORD"), passwordEnv);
        p.setProcessEnvironment(env);
        QSignalSpy finished(&p, &QProcess::finished);
        p.start(qEnvironmentVariable("OPEN211_BIN"),
                {QStringLiteral("--lang"),
                 QStringLiteral("en"),
                 QStringLiteral("--data-dir"),
                 m_dir->path(),
                 QStringLiteral("sync"),
                 QStringLiteral("--hub"),
                 hubUrl,
                 QStringLiteral("--user"),
                 QStringLiteral("dana")});
        if (!p.waitForStarted())
            return {};
        p.write(stdinData);
        p.closeWriteChannel();
        if (!finished.wait(60000))
            p.kill();
        return {p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1,
                QString::fromUtf8(p.readAllStandardOutput()),
                QString::fromUtf8(p.readAllStandardError())};
    }

    QString m_callId;

private slots:
    void init()
    {
        m_dir = std::make_unique<QTemporaryDir>();
        makeProfile();
    }

    void passwordFromTheEnvironment()
    {
        FakeHub hub;
        const Run r = sync(hub.url(), Password);
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        QVERIFY2(r.out.contains(QLatin1String("Pushed: 1\n")), qPrintable(r.out));
        QVERIFY(r.out.contains(QLatin1String("Pulled: 0\n")));
        QVERIFY(r.out.contains(QLatin1String("Deleted: 0\n")));
        QVERIFY(r.out.contains(QLatin1String("Conflicts: 0\n")));
        QVERIFY(r.out.contains(QLatin1String("Bytes: ")));
        QVERIFY(r.err.contains(QLatin1String("as Dana Specialist")));
        QVERIFY(!r.out.contains(Password) && !r.err.contains(Password));
        QCOMPARE(hub.calls, 1);
        QCOMPARE(hub.keys, QList<QByteArray>{"call:" + m_callId.toUtf8()});

        auto db = Database::open(databasePath());
        QVERIFY(db);
        SyncStore store(**db);
        QCOMPARE(*store.waitingCount(), 0);
        const auto history = store.history(10);
        QVERIFY(history);
        QCOMPARE(history->size(), 1);
        QCOMPARE(history->first().outcome, QStringLiteral("ok"));
        QCOMPARE(history->first().pushed, 1);
    }

    void passwordFromStandardInput()
    {
        FakeHub hub;
        const Run r = sync(hub.url(), QString(), Password.toUtf8() + '\n');
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        QCOMPARE(hub.calls, 1);
    }

    void wrongPasswordFails()
    {
        FakeHub hub;
        const Run r = sync(hub.url(), QStringLiteral("not-it"));
        QCOMPARE(r.exitCode, 1);
        QVERIFY2(r.err.contains(QLatin1String("Sign-in failed: The hub does not know this user name and password.")),
                 qPrintable(r.err));
        QCOMPARE(hub.calls, 0);
    }

    void noPasswordFails()
    {
        FakeHub hub;
        const Run r = sync(hub.url(), QString());
        QCOMPARE(r.exitCode, 1);
        QVERIFY2(r.err.contains(QLatin1String("No password given")), qPrintable(r.err));
    }

    void unreachableHubFails()
    {
        QTcpServer closed;
        QVERIFY(closed.listen(QHostAddress::LocalHost, 0));
        const quint16 port = closed.serverPort();
        closed.close();
        const Run r = sync(QStringLiteral("http://127.0.0.1:%1").arg(port), Password);
        QCOMPARE(r.exitCode, 1);
        QVERIFY2(r.err.contains(QLatin1String("Sign-in failed: Cannot reach the hub")), qPrintable(r.err));
    }

    void hubErrorDuringTheSyncFails()
    {
        FakeHub hub;
        hub.failChanges = true;
        const Run r = sync(hub.url(), Password);
        QCOMPARE(r.exitCode, 1);
        QVERIFY(r.out.contains(QLatin1String("Pushed: 1\n")));
        QVERIFY2(r.err.contains(QLatin1String("Sync failed: The hub had a problem (HTTP 500): database is down")),
                 qPrintable(r.err));
        auto db = Database::open(databasePath());
        QVERIFY(db);
        const auto history = SyncStore(**db).history(10);
        QVERIFY(history);
        QCOMPARE(history->first().outcome, QStringLiteral("failed"));
    }
};

QTEST_GUILESS_MAIN(TestSyncCommand)
#include "TestSyncCommand.moc"
