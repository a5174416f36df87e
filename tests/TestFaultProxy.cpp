// The fault-injecting proxy between the workstation's libcurl transport and a small HTTP server
// on its own thread: bodies pass through whole; a request or an answer is cut at the byte asked
// for (the client sees an error; the server did or did not do the work); random cuts are the same
// for the same seed; down, up, retarget and dropped connections.
#include "CurlTransport.h"
#include "FaultProxy.h"

#include <QHttpServer>
#include <QMutex>
#include <QRegularExpression>
#include <QTcpServer>
#include <QTcpSocket>
#include <QThread>
#include <QtTest>
#include <atomic>
#include <utility>

using namespace open211;
using namespace open211::test;

using Direction = FaultProxy::Direction;
using Cut = FaultProxy::Cut;
using CutRecord = FaultProxy::CutRecord;

namespace open211::test {
char* toString(const FaultProxy::CutRecord& r)
{
    return QTest::toString(
        QStringLiteral("connection %1 exchange %2 %3 after %4")
            .arg(r.connection)
            .arg(r.exchange)
            .arg(r.cut.direction == Direction::ToServer ? QStringLiteral("to server") : QStringLiteral("to client"))
            .arg(r.cut.afterBytes));
}
} // namespace open211::test

namespace {

// Bytes that differ from one position to the next, so a shifted or short copy shows.
QByteArray pattern(qsizetype n)
{
    QByteArray b(n, Qt::Uninitialized);
    for (qsizetype i = 0; i < n; ++i)
        b[i] = char('a' + (i * 7 + i / 26) % 26);
    return b;
}

// The server behind the proxy, on its own thread as the hub would be in its own process.
// /who answers its name, /echo its request's body, /bytes/<n> n bytes, and /count counts the
// requests it processed (and answers 1000 bytes, so an answer can be cut in its body).
class Upstream
{
public:
    explicit Upstream(const QByteArray& name)
        : m_http(new QHttpServer)
    {
        m_http->route(QStringLiteral("/who"), [name] { return QHttpServerResponse("text/plain", name); });
        m_http->route(QStringLiteral("/echo"), QHttpServerRequest::Method::Post, [](const QHttpServerRequest& r) {
            return QHttpServerResponse("application/octet-stream", r.body());
        });
        m_http->route(QStringLiteral("/bytes/<arg>"),
                      [](int n) { return QHttpServerResponse("application/octet-stream", pattern(n)); });
        m_http->route(QStringLiteral("/count"), QHttpServerRequest::Method::Post, [this] {
            ++m_processed;
            return QHttpServerResponse("application/octet-stream", pattern(1000));
        });
        m_http->moveToThread(&m_thread);
        m_thread.start();
        QMetaObject::invokeMethod(
            m_http, [this] { m_port = m_http->listen(QHostAddress::LocalHost, 0); }, Qt::BlockingQueuedConnection);
    }

    ~Upstream()
    {
        m_http->deleteLater(); // on its thread as the thread finishes, with its connections
        m_thread.quit();
        m_thread.wait();
    }

    quint16 port() const { return m_port; }
    int processed() const { return m_processed; }

private:
    QThread m_thread;
    QHttpServer* m_http;
    quint16 m_port = 0;
    std::atomic<int> m_processed = 0;
};

HttpRequest request(const QString& method, const QString& url, const QByteArray& body = {})
{
    HttpRequest r;
    r.method = method;
    r.url = url;
    r.body = body;
    r.contentType = QStringLiteral("application/octet-stream");
    return r;
}

QList<CutRecord> oneCut(qint64 connection, qint64 exchange, Direction direction, qint64 afterBytes)
{
    return {CutRecord{connection, exchange, Cut{direction, afterBytes}}};
}

// On a connection of its own.
HttpResponse sendOnce(const HttpRequest& r)
{
    CurlTransport http;
    return http.send(r);
}

// A raw GET through the proxy: every byte the client received until the answer was complete
// (by its Content-Length) or the connection ended, and whether it ended.
struct RawAnswer
{
    QByteArray bytes;
    bool ended = false;
};

RawAnswer rawGet(quint16 port, const QByteArray& path)
{
    RawAnswer answer;
    QTcpSocket s;
    s.connectToHost(QHostAddress::LocalHost, port);
    if (!s.waitForConnected(5000))
        return answer;
    s.write("GET " + path + " HTTP/1.1\r\nHost: 127.0.0.1\r\n\r\n");
    static const QRegularExpression length(QStringLiteral("content-length: *(\\d+)"),
                                           QRegularExpression::CaseInsensitiveOption);
    const auto complete = [&] {
        const qsizetype end = answer.bytes.indexOf("\r\n\r\n");
        const QRegularExpressionMatch m = length.match(QString::fromLatin1(answer.bytes.left(qMax(end, 0))));
        return end >= 0 && m.hasMatch() && answer.bytes.size() >= end + 4 + m.captured(1).toLongLong();
    };
    while (!complete() && (s.bytesAvailable() > 0 || s.waitForReadyRead(5000)))
        answer.bytes += s.readAll();
    answer.ended = s.state() == QAbstractSocket::UnconnectedState;
    return answer;
}

// Warnings from every thread, collected (QTest::failOnWarning fails from the proxy's thread badly).
QMutex warningsMutex;
QStringList warnings;
QtMessageHandler previousHandler = nullptr;

void recordWarning(QtMsgType type, const QMessageLogContext& context, const QString& message)
{
    if (type != QtDebugMsg && type != QtInfoMsg) {
        QMutexLocker lock(&warningsMutex);
        warnings << message;
    }
    previousHandler(type, context, message);
}

} // namespace

class TestFaultProxy : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase() { previousHandler = qInstallMessageHandler(recordWarning); }
    void cleanupTestCase() { qInstallMessageHandler(previousHandler); }

    // A clean run and a clean shutdown say nothing: any warning, from any thread, fails the test.
    void cleanup()
    {
        QMutexLocker lock(&warningsMutex);
        const QStringList seen = std::exchange(warnings, {});
        lock.unlock();
        QVERIFY2(seen.isEmpty(), qPrintable(seen.join(u'\n')));
    }

    void passesLargeBodiesThrough()
    {
        Upstream hub("A");
        FaultProxy proxy;
        QVERIFY(proxy.start(hub.port()));
        QVERIFY(proxy.port() != 0);
        QVERIFY(proxy.port() != hub.port());

        CurlTransport http;
        const HttpResponse big = http.send(request(QStringLiteral("GET"), proxy.url() + "/bytes/4000000"));
        QCOMPARE(big.status, 200);
        QVERIFY(big.body == pattern(4000000));

        QByteArray body = pattern(900000);
        std::reverse(body.begin(), body.end());
        const HttpResponse echo = http.send(request(QStringLiteral("POST"), proxy.url() + "/echo", body));
        QCOMPARE(echo.status, 200);
        QVERIFY(echo.body == body);

        const FaultProxy::Counters c = proxy.counters();
        QCOMPARE(c.accepted, 1); // libcurl kept the connection
        QCOMPARE(c.exchanges, 2);
        QCOMPARE(c.cut, 0);
        QVERIFY(c.bytesToServer > 900000 && c.bytesToServer < 901000);
        QVERIFY(c.bytesToClient > 4900000 && c.bytesToClient < 4901000);
        QCOMPARE(c.open, 1);
    }

    void cutsTheRequest_data()
    {
        QTest::addColumn<qint64>("offset");
        QTest::newRow("before the first byte") << qint64(0);
        QTest::newRow("in the request line") << qint64(7);
        QTest::newRow("in the headers") << qint64(100);
        QTest::newRow("in the body") << qint64(5000);
    }

    // Mid-request: the server never sees a whole request, so it does nothing; the client fails.
    void cutsTheRequest()
    {
        QFETCH(qint64, offset);
        Upstream hub("A");
        FaultProxy proxy;
        QVERIFY(proxy.start(hub.port()));
        proxy.cutNext(Direction::ToServer, offset);

        const HttpResponse r = sendOnce(request(QStringLiteral("POST"), proxy.url() + "/count", pattern(10000)));
        QCOMPARE(r.status, 0);
        QVERIFY(!r.error.isEmpty());
        QCOMPARE(proxy.cutLog(), oneCut(1, 1, Direction::ToServer, offset));
        QTRY_COMPARE(proxy.counters().open, 0);
        QCOMPARE(proxy.counters().bytesToServer, offset);
        QCOMPARE(proxy.counters().bytesToClient, 0);

        // The fault was for one exchange: the next request is the first the server processes.
        const HttpResponse again = sendOnce(request(QStringLiteral("POST"), proxy.url() + "/count", pattern(10000)));
        QCOMPARE(again.status, 200);
        QCOMPARE(hub.processed(), 1);
        QCOMPARE(proxy.counters().cut, 1);
    }

    void cutsTheAnswer_data()
    {
        QTest::addColumn<qint64>("offset");
        QTest::newRow("before the first byte") << qint64(0);
        QTest::newRow("in the status line") << qint64(10);
        QTest::newRow("in the headers") << qint64(40);
        QTest::newRow("in the body") << qint64(500);
    }

    // Mid-response, the case idempotency is for: the server did the work, the client never knows.
    void cutsTheAnswer()
    {
        QFETCH(qint64, offset);
        Upstream hub("A");
        FaultProxy proxy;
        QVERIFY(proxy.start(hub.port()));
        proxy.cutNext(Direction::ToClient, offset);

        const HttpResponse r = sendOnce(request(QStringLiteral("POST"), proxy.url() + "/count", "{}"));
        QCOMPARE(hub.processed(), 1);
        QVERIFY(r.body != pattern(1000));
        // libcurl 7.88 ends an answer whose connection closes inside its header block without an
        // error; CurlTransport checks that the header block ended and reports the cut.
        QVERIFY2(r.status == 0 && !r.error.isEmpty(),
                 qPrintable(QStringLiteral("status %1, %2 bytes").arg(r.status).arg(r.body.size())));
        QCOMPARE(proxy.cutLog(), oneCut(1, 1, Direction::ToClient, offset));
        QCOMPARE(proxy.counters().bytesToClient, offset);
        QTRY_COMPARE(proxy.counters().open, 0);
    }

    // The client receives exactly the bytes before the cut, then the end of the connection.
    void cutsAtTheExactByte()
    {
        Upstream hub("A");
        FaultProxy proxy;
        QVERIFY(proxy.start(hub.port()));
        const QByteArray whole = rawGet(proxy.port(), "/bytes/100000").bytes;
        QVERIFY(whole.size() > 100000);
        QVERIFY(whole.endsWith(pattern(100000)));

        proxy.cutNext(Direction::ToClient, 54321);
        RawAnswer cut = rawGet(proxy.port(), "/bytes/100000");
        QVERIFY(cut.ended);
        QVERIFY(cut.bytes == whole.left(54321));
        proxy.cutNext(Direction::ToClient, whole.size() - 1);
        cut = rawGet(proxy.port(), "/bytes/100000");
        QVERIFY(cut.ended);
        QVERIFY(cut.bytes == whole.chopped(1));
        QCOMPARE(proxy.counters().cut, 2);
    }

    // A fault set between two requests on a kept-alive connection hits the second request.
    void cutsTheNextExchangeOnAKeptAliveConnection()
    {
        Upstream hub("A");
        FaultProxy proxy;
        QVERIFY(proxy.start(hub.port()));
        CurlTransport http;
        QCOMPARE(http.send(request(QStringLiteral("POST"), proxy.url() + "/count", "{}")).status, 200);
        proxy.cutNext(Direction::ToClient, 500);
        QCOMPARE(http.send(request(QStringLiteral("POST"), proxy.url() + "/count", "{}")).status, 0);
        QCOMPARE(hub.processed(), 2);
        QCOMPARE(proxy.cutLog(), oneCut(1, 2, Direction::ToClient, 500));

        // When a kept-alive connection ends before the first byte of an answer, libcurl sends the
        // request again on a new connection by itself: the server processes it twice and the
        // client sees one success. Pushes must be idempotent for this reason too.
        QCOMPARE(http.send(request(QStringLiteral("POST"), proxy.url() + "/count", "{}")).status, 200);
        QCOMPARE(hub.processed(), 3);
        proxy.cutNext(Direction::ToClient, 0);
        const HttpResponse resent = http.send(request(QStringLiteral("POST"), proxy.url() + "/count", "{}"));
        QCOMPARE(resent.status, 200);
        QCOMPARE(hub.processed(), 5);
        QCOMPARE(proxy.counters().cut, 2);
        QCOMPARE(proxy.counters().exchanges, 5);
    }

    void cutsEveryExchangeUntilCleared()
    {
        Upstream hub("A");
        FaultProxy proxy;
        QVERIFY(proxy.start(hub.port()));
        proxy.cutEvery(Direction::ToServer, 20);
        for (int i = 0; i < 3; ++i)
            QCOMPARE(sendOnce(request(QStringLiteral("GET"), proxy.url() + "/who")).status, 0);
        proxy.clearFaults();
        QCOMPARE(sendOnce(request(QStringLiteral("GET"), proxy.url() + "/who")).body, QByteArray("A"));
        QCOMPARE(proxy.counters().cut, 3);
        QCOMPARE(hub.processed(), 0);
    }

    // The same seed and the same requests give the same cuts; another seed, other cuts; about
    // the rate asked for, in both directions.
    void randomCutsFollowTheSeed()
    {
        Upstream hub("A");
        const int requests = 100;
        const auto run = [&](quint32 seed, QList<bool>* outcomes) {
            FaultProxy proxy;
            if (!proxy.start(hub.port()))
                return QList<CutRecord>{};
            // Requests and answers are longer than 200 bytes: every cut drawn happens.
            proxy.setRandomCuts(0.3, seed, 200);
            for (int i = 0; i < requests; ++i)
                outcomes->append(sendOnce(request(QStringLiteral("POST"), proxy.url() + "/echo", pattern(300))).body
                                 == pattern(300));
            return proxy.cutLog();
        };
        QList<bool> first, second, other;
        const QList<CutRecord> cuts = run(42, &first);
        QCOMPARE(run(42, &second), cuts);
        QCOMPARE(second, first);
        QVERIFY(run(7, &other) != cuts);

        QVERIFY2(cuts.size() >= 15 && cuts.size() <= 45, qPrintable(QString::number(cuts.size())));
        QCOMPARE(first.count(false), cuts.size());
        int toServer = 0;
        for (const CutRecord& c : cuts) {
            QVERIFY(!first.at(c.exchange - 1)); // exactly the cut exchanges failed
            QCOMPARE(c.connection, c.exchange); // a connection per request
            QVERIFY(c.cut.afterBytes >= 0 && c.cut.afterBytes <= 200);
            toServer += c.cut.direction == Direction::ToServer;
        }
        QVERIFY(toServer > 0 && toServer < cuts.size());
    }

    void downAndUp()
    {
        Upstream hub("A");
        FaultProxy proxy;
        QVERIFY(proxy.start(hub.port()));
        const auto who = [&] {
            return sendOnce(request(QStringLiteral("GET"), proxy.url() + "/who"));
        };

        QVERIFY(proxy.setDown(true)); // reset on accept
        QVERIFY(proxy.isDown());
        QCOMPARE(who().status, 0);
        QCOMPARE(proxy.counters().reset, 1);
        QCOMPARE(proxy.counters().accepted, 1);
        QVERIFY(proxy.setDown(false));
        QCOMPARE(who().body, QByteArray("A"));

        QVERIFY(proxy.setDown(true, FaultProxy::DownMode::Refuse)); // not even accepted
        QCOMPARE(who().status, 0);
        QCOMPARE(proxy.counters().accepted, 2);
        QVERIFY(proxy.setDown(false)); // the same port again
        QCOMPARE(who().body, QByteArray("A"));
        QCOMPARE(proxy.counters().accepted, 3);
        QTRY_COMPARE(proxy.counters().open, 0);
    }

    // The hub restarted on another port: the proxy follows it, the client keeps its address.
    void retargets()
    {
        auto a = std::make_unique<Upstream>("A");
        Upstream b("B");
        FaultProxy proxy;
        QVERIFY(proxy.start(a->port()));
        CurlTransport http;
        const HttpRequest who = request(QStringLiteral("GET"), proxy.url() + "/who");
        QCOMPARE(http.send(who).body, QByteArray("A"));

        a.reset(); // killed
        const HttpResponse nobody = http.send(who);
        QCOMPARE(nobody.status, 0);
        QVERIFY(!nobody.error.isEmpty());
        QVERIFY(proxy.counters().upstreamFailures >= 1);

        proxy.setTarget(b.port());
        QCOMPARE(http.send(who).body, QByteArray("B"));
        QTRY_COMPARE(proxy.counters().open, 1);
    }

    void closesTheClientWhenTheTargetIsUnreachable()
    {
        QTcpServer gone;
        QVERIFY(gone.listen(QHostAddress::LocalHost));
        const quint16 port = gone.serverPort();
        gone.close();
        FaultProxy proxy;
        QVERIFY(proxy.start(port));
        QCOMPARE(sendOnce(request(QStringLiteral("GET"), proxy.url() + "/who")).status, 0);
        QCOMPARE(proxy.counters().upstreamFailures, 1);
        QTRY_COMPARE(proxy.counters().open, 0);
    }

    void dropsOpenConnectionsAndStopsWithSomeOpen()
    {
        Upstream hub("A");
        FaultProxy proxy;
        QVERIFY(proxy.start(hub.port()));
        QTcpSocket first;
        first.connectToHost(QHostAddress::LocalHost, proxy.port());
        QVERIFY(first.waitForConnected(5000));
        QTRY_COMPARE(proxy.counters().open, 1);
        proxy.dropConnections();
        QVERIFY(first.state() == QAbstractSocket::UnconnectedState || first.waitForDisconnected(5000));
        QCOMPARE(proxy.counters().dropped, 1);
        QTRY_COMPARE(proxy.counters().open, 0);

        QTcpSocket second;
        second.connectToHost(QHostAddress::LocalHost, proxy.port());
        QVERIFY(second.waitForConnected(5000));
        const QByteArray half = "GET /who HTTP/1.1\r\nHost: x\r\n"; // never finished
        second.write(half);
        QTRY_COMPARE(proxy.counters().bytesToServer, qint64(half.size()));
        proxy.stop();
        QVERIFY(second.state() == QAbstractSocket::UnconnectedState || second.waitForDisconnected(5000));
        proxy.stop(); // again: nothing
    }
};

QTEST_GUILESS_MAIN(TestFaultProxy)
#include "TestFaultProxy.moc"
