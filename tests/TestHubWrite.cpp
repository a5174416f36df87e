// What the workstations push to the hub, on a real PostgreSQL (docs/sync-protocol.md): call
// records and follow-ups, stored once per Idempotency-Key in normalized tables and read back as
// sent; input that is malformed, wrong-typed, incomplete or oversized gets a 4xx with a JSON
// error and never brings the hub down; and the same over HTTPS, checked against the test's own
// certificate authority by the workstation's libcurl transport.
#include "CallIntake.h"
#include "HubStore.h"
#include "RequestGuard.h"
#include "TestHubUtil.h"
#include "store/CallStore.h"

#include <QTcpSocket>
#include <QtTest>

using namespace open211;
using namespace open211::test;

class TestHubWrite : public QObject
{
    Q_OBJECT

    HubFixture m_hub;
    QString m_base;
    QString m_specialist;
    QString m_supervisor;
    std::unique_ptr<HubStore> m_store; // for counting what the hub holds

    QString signIn(const QString& base, const QString& user, const QByteArray& password, const CurlSettings& tls = {})
    {
        return json(http(QStringLiteral("POST"),
                         base + QStringLiteral("/auth/token"),
                         compact({{QStringLiteral("username"), user},
                                  {QStringLiteral("password"), QString::fromUtf8(password)}}),
                         {},
                         tls))
            .value(QStringLiteral("token"))
            .toString();
    }

    HttpResponse post(const QString& path, const QByteArray& body, const QString& key, const QString& token = {})
    {
        QList<QPair<QByteArray, QByteArray>> headers{
            {"Authorization", "Bearer " + (token.isEmpty() ? m_specialist : token).toLatin1()}};
        if (!key.isEmpty())
            headers.append({"Idempotency-Key", key.toUtf8()});
        return http(QStringLiteral("POST"), m_base + path, body, headers);
    }

    CallCounts counts()
    {
        auto c = CallIntake(m_store->database()).counts();
        return c ? *c : CallCounts{-1, -1, -1, -1};
    }

    // An ended call as the workstation sends it: two needs (one unmet), two referrals, a follow-up.
    static Call makeCall(int n)
    {
        const QDateTime start = QDateTime(QDate(2026, 11, 2), QTime(9, 30), Qt::UTC).addSecs(qint64(n) * 60);
        Call c = CallStore::newCall(QStringLiteral("Sam Specialist"), start);
        c.endedAt = start.addSecs(600);
        c.updatedAt = c.endedAt;
        c.state = QStringLiteral("ended");
        c.contactType = QStringLiteral("phone");
        c.municipality = QStringLiteral("Ottawa");
        c.postalCode = QStringLiteral("K1P");
        c.latitude = 45.4215;
        c.longitude = -75.6972;
        c.ageGroup = QStringLiteral("25-44");
        c.language = QStringLiteral("fr");
        c.interpreterUsed = true;
        c.disposition = QStringLiteral("referred");
        c.callerName = QStringLiteral("Jane"); // not kept: no consent
        CallerNeed food{QStringLiteral("n1"),
                        QStringLiteral("BD-1800.2000"),
                        QStringLiteral("BD-1800.2000"),
                        QStringLiteral("Food Pantries"),
                        true,
                        {},
                        {}};
        CallerNeed bed{QStringLiteral("n2"),
                       QStringLiteral("BH-1800.8500"),
                       QStringLiteral("BH-1800.8500"),
                       QStringLiteral("Homeless Shelters"),
                       false,
                       QStringLiteral("no_capacity"),
                       QStringLiteral("all full tonight")};
        c.needs = {food, bed};
        c.referrals = {Referral{QStringLiteral("r1"),
                                QStringLiteral("n1"),
                                QStringLiteral("svc-1"),
                                QStringLiteral("loc-1"),
                                QStringLiteral("sal-1"),
                                QStringLiteral("Downtown Food Pantry"),
                                QStringLiteral("Hope Community Services"),
                                start.addSecs(120)},
                       Referral{QStringLiteral("r2"),
                                QStringLiteral("n2"),
                                QStringLiteral("svc-2"),
                                {},
                                {},
                                QStringLiteral("Riverside Shelter"),
                                {},
                                start.addSecs(240)}};
        FollowUp f;
        f.id = c.id + QStringLiteral("-follow-up");
        f.dueAt = start.addDays(2);
        f.consent = true;
        c.followUp = f;
        return c;
    }

private slots:
    void initTestCase()
    {
        const QString error = m_hub.startCluster();
        QVERIFY2(error.isEmpty(), qPrintable(error));
        QVERIFY(m_hub.addUser(QStringLiteral("sam"), QStringLiteral("specialist"), "specialist pass 1"));
        QVERIFY(m_hub.addUser(QStringLiteral("sue"), QStringLiteral("supervisor"), "supervisor pass 1"));
        m_base = m_hub.serve();
        QVERIFY(!m_base.isEmpty());
        m_specialist = signIn(m_base, QStringLiteral("sam"), "specialist pass 1");
        m_supervisor = signIn(m_base, QStringLiteral("sue"), "supervisor pass 1");
        QVERIFY(!m_specialist.isEmpty() && !m_supervisor.isEmpty());
        auto store = HubStore::open(m_hub.pg->connectionString());
        QVERIFY2(store, qPrintable(store.error()));
        m_store = std::move(store).value();
    }

    void cleanupTestCase()
    {
        m_store.reset();
        QVERIFY(m_hub.stopServing());
        m_hub.pg.reset();
    }

    void storesACallOnce()
    {
        const Call call = makeCall(0);
        QJsonObject body = CallStore::toJson(call);
        body[QStringLiteral("workstation")] = QStringLiteral("ws-7");
        body[QStringLiteral("centre")] = QStringLiteral("Ottawa 211");
        const QString key = QStringLiteral("call:") + call.id;
        const HttpResponse first = post(QStringLiteral("/calls"), compact(body), key);
        QVERIFY2(first.status == 201, describe(first).constData());
        QCOMPARE(json(first).value(QStringLiteral("id")).toString(), call.id);
        QVERIFY(QDateTime::fromString(json(first).value(QStringLiteral("received_at")).toString(), Qt::ISODateWithMs)
                    .isValid());
        const CallCounts once = counts();
        QCOMPARE(once.calls, 1);
        QCOMPARE(once.needs, 2);
        QCOMPARE(once.referrals, 2);
        QCOMPARE(once.followUps, 1);

        // Sent again (the answer was lost): the first answer, byte for byte; nothing stored twice.
        const HttpResponse again = post(QStringLiteral("/calls"), compact(body), key);
        QCOMPARE(again.status, 201);
        QCOMPARE(again.body, first.body);
        QCOMPARE(counts().calls, 1);
        QCOMPARE(counts().needs, 2);

        // The same key with another body: 422, nothing changed.
        QJsonObject other = body;
        other[QStringLiteral("notes")] = QStringLiteral("changed");
        const HttpResponse clash = post(QStringLiteral("/calls"), compact(other), key);
        QCOMPARE(clash.status, 422);
        QVERIFY(json(clash).value(QStringLiteral("error")).toString().contains(key));

        // Read back (a supervisor may): as sent, with who sent it and when.
        const HttpResponse read = http(QStringLiteral("GET"),
                                       m_base + QStringLiteral("/calls/") + call.id,
                                       {},
                                       {{"Authorization", "Bearer " + m_supervisor.toLatin1()}});
        QVERIFY2(read.status == 200, describe(read).constData());
        const QJsonObject stored = json(read);
        for (auto it = body.constBegin(); it != body.constEnd(); ++it)
            QVERIFY2(stored.value(it.key()) == it.value(),
                     qPrintable(it.key() + QStringLiteral(": ") + QString::fromUtf8(compact(stored))));
        QCOMPARE(stored.value(QStringLiteral("received_by")).toString(), QStringLiteral("sam"));
        QCOMPARE(stored.value(QStringLiteral("received_at")), json(first).value(QStringLiteral("received_at")));
        QCOMPARE(stored.value(QStringLiteral("needs"))
                     .toArray()[1]
                     .toObject()
                     .value(QStringLiteral("unmet_reason"))
                     .toString(),
                 QStringLiteral("no_capacity"));

        // Without the caller's consent their name is not kept, whatever the body says.
        QJsonObject named = CallStore::toJson(makeCall(1));
        named[QStringLiteral("caller_name")] = QStringLiteral("Jane Doe");
        QCOMPARE(post(QStringLiteral("/calls"), compact(named), QStringLiteral("call:named")).status, 201);
        const QJsonObject kept
            = json(http(QStringLiteral("GET"),
                        m_base + QStringLiteral("/calls/") + named.value(QStringLiteral("id")).toString(),
                        {},
                        {{"Authorization", "Bearer " + m_supervisor.toLatin1()}}));
        QVERIFY(kept.value(QStringLiteral("caller_name")).isNull());
    }

    void fiftyKeysFiftyCalls()
    {
        const qint64 before = counts().calls;
        for (int i = 0; i < 50; ++i) {
            const Call call = makeCall(100 + i);
            const HttpResponse r
                = post(QStringLiteral("/calls"), compact(CallStore::toJson(call)), QStringLiteral("call:") + call.id);
            QVERIFY2(r.status == 201, describe(r).constData());
        }
        QCOMPARE(counts().calls, before + 50);
    }

    void storesFollowUps()
    {
        const Call call = makeCall(2);
        QCOMPARE(
            post(QStringLiteral("/calls"), compact(CallStore::toJson(call)), QStringLiteral("call:") + call.id).status,
            201);
        // As CallStore::completeFollowUp queues it.
        const QJsonObject done{{QStringLiteral("id"), call.followUp->id},
                               {QStringLiteral("call_id"), call.id},
                               {QStringLiteral("due_at"), call.followUp->dueAt.toString(Qt::ISODateWithMs)},
                               {QStringLiteral("state"), QStringLiteral("done")},
                               {QStringLiteral("done_at"), QStringLiteral("2026-11-04T15:00:00.000Z")},
                               {QStringLiteral("done_by"), QStringLiteral("Sam Specialist")},
                               {QStringLiteral("outcome"), QStringLiteral("Got a bed at Riverside.")}};
        const QString key = QStringLiteral("follow-up:") + call.followUp->id;
        const HttpResponse first = post(QStringLiteral("/follow-ups"), compact(done), key);
        QVERIFY2(first.status == 201, describe(first).constData());
        QCOMPARE(post(QStringLiteral("/follow-ups"), compact(done), key).body, first.body);
        QJsonObject other = done;
        other[QStringLiteral("outcome")] = QStringLiteral("No answer.");
        QCOMPARE(post(QStringLiteral("/follow-ups"), compact(other), key).status, 422);
        const QJsonObject stored = json(http(QStringLiteral("GET"),
                                             m_base + QStringLiteral("/calls/") + call.id,
                                             {},
                                             {{"Authorization", "Bearer " + m_supervisor.toLatin1()}}))
                                       .value(QStringLiteral("follow_up"))
                                       .toObject();
        QCOMPARE(stored.value(QStringLiteral("state")).toString(), QStringLiteral("done"));
        QCOMPARE(stored.value(QStringLiteral("outcome")).toString(), QStringLiteral("Got a bed at Riverside."));
        QCOMPARE(stored.value(QStringLiteral("consent")).toBool(), true); // kept from the call
        // The call sent again does not make a done follow-up due again.
        QCOMPARE(
            post(QStringLiteral("/calls"), compact(CallStore::toJson(call)), QStringLiteral("call-again:") + call.id)
                .status,
            201);
        QCOMPARE(json(http(QStringLiteral("GET"),
                           m_base + QStringLiteral("/calls/") + call.id,
                           {},
                           {{"Authorization", "Bearer " + m_supervisor.toLatin1()}}))
                     .value(QStringLiteral("follow_up"))
                     .toObject()
                     .value(QStringLiteral("state"))
                     .toString(),
                 QStringLiteral("done"));

        // A follow-up of a call the hub does not have yet: 409 (the outbox sends it later).
        QJsonObject orphan = done;
        orphan[QStringLiteral("id")] = QStringLiteral("f-orphan");
        orphan[QStringLiteral("call_id")] = QStringLiteral("no-such-call");
        QCOMPARE(post(QStringLiteral("/follow-ups"), compact(orphan), QStringLiteral("follow-up:f-orphan")).status,
                 409);
        orphan[QStringLiteral("call_id")] = call.id;
        orphan[QStringLiteral("state")] = QStringLiteral("finished");
        QCOMPARE(post(QStringLiteral("/follow-ups"), compact(orphan), QStringLiteral("follow-up:f-orphan")).status,
                 400);
    }

    void refusesBadInput()
    {
        const qint64 before = counts().calls;
        const auto status = [&](const QByteArray& body, const QString& key = QStringLiteral("call:bad")) {
            const HttpResponse r = post(QStringLiteral("/calls"), body, key);
            if (r.status >= 400 && !json(r).contains(QStringLiteral("error")))
                return -r.status; // a 4xx without a JSON error fails the comparison
            return r.status;
        };
        QJsonObject good = CallStore::toJson(makeCall(3));
        const auto with = [&](const QString& key, const QJsonValue& value) {
            QJsonObject o = good;
            if (value.isUndefined())
                o.remove(key);
            else
                o[key] = value;
            return compact(o);
        };
        QCOMPARE(status("{\"id\": \"x\", "), 400); // malformed
        QCOMPARE(status("[1, 2, 3]"), 400); // not an object
        QCOMPARE(status(""), 400);
        QCOMPARE(status(QByteArray("\xff\xfe{}", 4)), 400);
        QCOMPARE(status(with(QStringLiteral("started_at"), 5)), 400); // wrong types
        QCOMPARE(status(with(QStringLiteral("started_at"), QStringLiteral("yesterday"))), 400);
        QCOMPARE(status(with(QStringLiteral("interpreter_used"), QStringLiteral("yes"))), 400);
        QCOMPARE(status(with(QStringLiteral("needs"), QStringLiteral("food"))), 400);
        QCOMPARE(status(with(QStringLiteral("needs"), QJsonArray{1})), 400);
        QCOMPARE(status(with(QStringLiteral("latitude"), 91)), 400);
        QCOMPARE(status(with(QStringLiteral("follow_up"), QJsonArray{})), 400);
        QCOMPARE(status(with(QStringLiteral("id"), QJsonValue::Undefined)), 400); // missing fields
        QCOMPARE(status(with(QStringLiteral("specialist"), QJsonValue::Undefined)), 400);
        QCOMPARE(status(with(QStringLiteral("started_at"), QJsonValue::Null)), 400);
        QJsonArray needs = good.value(QStringLiteral("needs")).toArray();
        QJsonObject need = needs[0].toObject();
        need.remove(QStringLiteral("term_name"));
        needs[0] = need;
        QCOMPARE(status(with(QStringLiteral("needs"), needs)), 400);
        QCOMPARE(status(with(QStringLiteral("id"), QString(300, u'x'))), 400);
        QCOMPARE(status(compact(good), QString()), 400); // no Idempotency-Key
        QCOMPARE(counts().calls, before);

        // Over 8 MB: 413, announced (refused before the body is sent) or chunked (refused after).
        QByteArray huge = compact(good);
        huge.insert(1, "\"padding\": \"" + QByteArray(9 * 1024 * 1024, 'a') + "\", ");
        QCOMPARE(status(huge), 413);
        const QUrl url(m_base);
        QTcpSocket socket;
        socket.connectToHost(url.host(), quint16(url.port()));
        QVERIFY(socket.waitForConnected(10000));
        socket.write("POST /calls HTTP/1.1\r\nHost: hub\r\nAuthorization: Bearer " + m_specialist.toLatin1()
                     + "\r\nIdempotency-Key: call:chunked\r\nTransfer-Encoding: chunked\r\n\r\n");
        const QByteArray chunk(1024 * 1024, 'a');
        for (int i = 0; i < 9; ++i)
            socket.write(QByteArray::number(chunk.size(), 16) + "\r\n" + chunk + "\r\n");
        socket.write("0\r\n\r\n");
        QByteArray answer;
        while (!answer.contains("\r\n\r\n") && socket.waitForReadyRead(30000))
            answer += socket.readAll();
        QVERIFY2(answer.startsWith("HTTP/1.1 413"), answer.left(200).constData());

        // Bytes that are not HTTP: the connection is dropped, the hub goes on.
        QTcpSocket garbage;
        garbage.connectToHost(url.host(), quint16(url.port()));
        QVERIFY(garbage.waitForConnected(10000));
        garbage.write("\x16\x03\x01 not http at all\r\n\r\n");
        QVERIFY(garbage.state() == QAbstractSocket::UnconnectedState || garbage.waitForDisconnected(30000));

        // Bad query parameters and unknown endpoints: 4xx with a JSON error.
        const auto get = [&](const QString& path) {
            const HttpResponse r = http(
                QStringLiteral("GET"), m_base + path, {}, {{"Authorization", "Bearer " + m_specialist.toLatin1()}});
            return json(r).contains(QStringLiteral("error")) ? r.status : -r.status;
        };
        QCOMPARE(get(QStringLiteral("/sync/changes?after=-1")), 400);
        QCOMPARE(get(QStringLiteral("/sync/changes?after=abc")), 400);
        QCOMPARE(get(QStringLiteral("/sync/changes?limit=0")), 400);
        QCOMPARE(get(QStringLiteral("/sync/changes?limit=5001")), 400);
        QCOMPARE(get(QStringLiteral("/sync/changes?after=99999999999999999999")), 400);
        QCOMPARE(get(QStringLiteral("/deleted?since=2026-13-45")), 400);
        QCOMPARE(get(QStringLiteral("/deleted?since=2026-01-01T00:00:00Z&per_page=0")), 400);
        QCOMPARE(get(QStringLiteral("/calls")), 404);
        QCOMPARE(get(QStringLiteral("/sync/elsewhere")), 404);
        QCOMPARE(http(QStringLiteral("POST"), m_base + QStringLiteral("/services"), "{}").status, 404);
        QCOMPARE(http(QStringLiteral("DELETE"), m_base + QStringLiteral("/calls/x")).status, 404);
        // After all that, the hub still answers.
        QCOMPARE(http(QStringLiteral("GET"), m_base + QStringLiteral("/")).status, 200);
        QCOMPARE(post(QStringLiteral("/calls"), compact(good), QStringLiteral("call:after-the-storm")).status, 201);
    }

    void parsesRequestHeads()
    {
        using S = RequestHead::State;
        QCOMPARE(RequestGuard::parseHead("").state, S::Incomplete);
        QCOMPARE(RequestGuard::parseHead("POST /calls HTTP/1.1\r\nContent-Le").state, S::Incomplete);
        QCOMPARE(RequestGuard::parseHead("POST /calls\r\n\r\n").state, S::Malformed);
        QCOMPARE(RequestGuard::parseHead("\r\n\r\n").state, S::Malformed);
        QCOMPARE(RequestGuard::parseHead("POST / HTTP/1.1\r\nno colon here\r\n\r\n").state, S::Malformed);
        QCOMPARE(RequestGuard::parseHead("POST / HTTP/1.1\r\nContent-Length: ten\r\n\r\n").state, S::Malformed);
        QCOMPARE(RequestGuard::parseHead("POST / HTTP/1.1\r\nContent-Length: -1\r\n\r\n").state, S::Malformed);
        QCOMPARE(RequestGuard::parseHead("POST / HTTP/1.1\r\nContent-Length: 5\r\nContent-Length: 6\r\n\r\n").state,
                 S::Malformed);
        QCOMPARE(RequestGuard::parseHead(QByteArray("GET / HTTP/1.1\r\nX: " + QByteArray(20000, 'a'))).state,
                 S::TooLarge);
        QCOMPARE(
            RequestGuard::parseHead(QByteArray("GET / HTTP/1.1\r\nX: " + QByteArray(20000, 'a') + "\r\n\r\n")).state,
            S::TooLarge);
        const RequestHead big = RequestGuard::parseHead("POST /calls HTTP/1.1\r\nHost: hub\r\ncontent-length:  "
                                                        "9999999999\r\nEXPECT: 100-Continue\r\n\r\n{\"partial");
        QCOMPARE(big.state, S::Complete);
        QCOMPARE(big.contentLength.value_or(0), 9999999999LL);
        QVERIFY(big.expectContinue);
        const RequestHead chunked
            = RequestGuard::parseHead("POST /calls HTTP/1.1\r\nTransfer-Encoding: gzip, chunked\r\n\r\n");
        QCOMPARE(chunked.state, S::Complete);
        QVERIFY(chunked.chunked && !chunked.contentLength && !chunked.expectContinue);
    }

    void servesHttps()
    {
        const QString cert = m_hub.dir.filePath(QStringLiteral("cert.pem"));
        const QString key = m_hub.dir.filePath(QStringLiteral("key.pem"));
        QProcess openssl;
        openssl.setProcessChannelMode(QProcess::MergedChannels);
        openssl.start(QStringLiteral("openssl"),
                      {QStringLiteral("req"),
                       QStringLiteral("-x509"),
                       QStringLiteral("-newkey"),
                       QStringLiteral("ec"),
                       QStringLiteral("-pkeyopt"),
                       QStringLiteral("ec_paramgen_curve:prime256v1"),
                       QStringLiteral("-nodes"),
                       QStringLiteral("-keyout"),
                       key,
                       QStringLiteral("-out"),
                       cert,
                       QStringLiteral("-days"),
                       QStringLiteral("2"),
                       QStringLiteral("-subj"),
                       QStringLiteral("/CN=127.0.0.1"),
                       QStringLiteral("-addext"),
                       QStringLiteral("subjectAltName=IP:127.0.0.1")});
        QVERIFY(openssl.waitForFinished(60000));
        QVERIFY2(openssl.exitCode() == 0, openssl.readAll().constData());

        // Options are checked: both files, and files that hold a certificate and a key.
        QByteArray out;
        QCOMPARE(m_hub.run({QStringLiteral("serve"),
                            QStringLiteral("--port"),
                            QStringLiteral("0"),
                            QStringLiteral("--tls-cert"),
                            cert},
                           &out),
                 2);
        QCOMPARE(m_hub.run({QStringLiteral("serve"),
                            QStringLiteral("--port"),
                            QStringLiteral("0"),
                            QStringLiteral("--tls-cert"),
                            key,
                            QStringLiteral("--tls-key"),
                            key},
                           &out),
                 1);
        QVERIFY2(out.contains("certificate"), out.constData());

        const QString base = m_hub.serve({QStringLiteral("--tls-cert"), cert, QStringLiteral("--tls-key"), key});
        QVERIFY2(base.startsWith(QLatin1String("https://")), qPrintable(base));
        CurlSettings trusted;
        trusted.caBundle = cert;
        const HttpResponse info = http(QStringLiteral("GET"), base + QStringLiteral("/"), {}, {}, trusted);
        QVERIFY2(info.status == 200, describe(info).constData());
        QCOMPARE(json(info).value(QStringLiteral("version")).toString(), QStringLiteral("3.0"));
        const QString token = signIn(base, QStringLiteral("sam"), "specialist pass 1", trusted);
        QVERIFY(!token.isEmpty());
        trusted.bearerToken = token;
        QCOMPARE(http(QStringLiteral("GET"), base + QStringLiteral("/sync/changes"), {}, {}, trusted).status, 200);
        const Call call = makeCall(400);
        QCOMPARE(http(QStringLiteral("POST"),
                      base + QStringLiteral("/calls"),
                      compact(CallStore::toJson(call)),
                      {{"Idempotency-Key", "call:" + call.id.toUtf8()}},
                      trusted)
                     .status,
                 201);

        // Without the certificate's authority the workstation refuses the connection.
        const HttpResponse untrusted = http(QStringLiteral("GET"), base + QStringLiteral("/"));
        QCOMPARE(untrusted.status, 0);
        QVERIFY2(untrusted.error.contains(QStringLiteral("certificate")), qPrintable(untrusted.error));
        // Plain HTTP to the HTTPS port gets nothing, and the hub goes on.
        QString plain = base;
        plain.replace(QStringLiteral("https://"), QStringLiteral("http://"));
        CurlSettings quick;
        quick.lowSpeedSeconds = 5;
        QVERIFY(http(QStringLiteral("GET"), plain + QStringLiteral("/"), {}, {}, quick).status != 200);
        QCOMPARE(http(QStringLiteral("GET"), base + QStringLiteral("/"), {}, {}, trusted).status, 200);
        QVERIFY(m_hub.stopServing());
    }
};

QTEST_GUILESS_MAIN(TestHubWrite)
#include "TestHubWrite.moc"
