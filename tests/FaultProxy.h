// A TCP proxy that breaks connections on purpose, for the sync tests: it sits between the
// workstation and the hub and cuts a request or an answer after a given byte, at random with a
// seed, refuses connections while "down" and follows the hub to a new port. It runs on its own
// thread, so a test may block in libcurl on its main thread while the proxy keeps forwarding.
#pragma once

#include <QList>
#include <QString>
#include <QThread>
#include <memory>

namespace open211::test {

// start() and stop() (and the destructor) belong to the thread that made the proxy; everything
// else may be called from any thread at any time.
class FaultProxy
{
public:
    enum class Direction {
        ToServer, // the request: the server sees part of it and never answers
        ToClient, // the answer: the server did the work, the client never sees all of it
    };
    enum class DownMode {
        Reset, // accept and reset at once (RST): like a hub that dies on accept
        Refuse, // stop listening: connecting fails, like a hub that is not running
    };

    // Cut after `afterBytes` bytes of one exchange in one direction have been forwarded (0: none).
    struct Cut
    {
        Direction direction = Direction::ToClient;
        qint64 afterBytes = 0;
        bool operator==(const Cut&) const = default;
    };

    // A cut that happened: which connection (1, 2, ... in accept order) and exchange (1, 2, ... over
    // the proxy's life, in the order their first bytes arrived), and where.
    struct CutRecord
    {
        qint64 connection = 0;
        qint64 exchange = 0;
        Cut cut;
        bool operator==(const CutRecord&) const = default;
    };

    struct Counters
    {
        qint64 accepted = 0; // connections accepted, including those reset while down
        qint64 reset = 0; // reset at once while down
        qint64 upstreamFailures = 0; // the target could not be reached: the client was closed
        qint64 exchanges = 0; // requests seen (see "Exchanges" below)
        qint64 cut = 0; // connections cut by a fault
        qint64 dropped = 0; // connections closed by dropConnections()
        qint64 bytesToServer = 0; // forwarded client -> server
        qint64 bytesToClient = 0; // forwarded server -> client
        qint64 open = 0; // connections open now
    };

    FaultProxy();
    ~FaultProxy(); // stop()
    FaultProxy(const FaultProxy&) = delete;
    FaultProxy& operator=(const FaultProxy&) = delete;

    // Listens on 127.0.0.1:listenPort (0: a free port) and forwards each connection to
    // targetHost:targetPort. False (and a warning) when it cannot listen.
    bool start(quint16 targetPort, const QString& targetHost = QStringLiteral("127.0.0.1"), quint16 listenPort = 0);
    // Closes every connection and the listening socket and ends the thread. Idempotent.
    void stop();
    quint16 port() const;
    QString url() const; // http://127.0.0.1:<port>

    // New connections go there; open ones stay with the old target until they close.
    void setTarget(quint16 port, const QString& host = QStringLiteral("127.0.0.1"));

    // Exchanges: a connection's first bytes from the client start an exchange, and so do client
    // bytes that follow bytes from the server (the next request on a kept-alive connection). Each
    // exchange takes its fault when it starts, first from cutNext()'s queue, else cutEvery(),
    // else the random draw; an exchange's cut counts bytes from the start of that exchange, and
    // a cut that does not happen before the next exchange starts is forgotten. So a fault set
    // between two requests hits the next request even on a kept-alive connection.
    // (libcurl sends "Expect: 100-continue" above 1 MB of body; a server that answers it makes the
    // body a second exchange. QHttpServer does not answer it: libcurl sends the body after 1 s.)

    // The next `exchanges` exchanges are cut (queued after any cuts already queued).
    void cutNext(Direction direction, qint64 afterBytes, int exchanges = 1);
    // Every exchange is cut, until clearFaults().
    void cutEvery(Direction direction, qint64 afterBytes);
    // Each exchange is cut with `probability`, in a direction and after 0..maxOffset bytes drawn
    // from a generator seeded with `seed`: the same seed and the same sequence of exchanges give
    // the same cuts. An exchange shorter than its offset is not cut.
    void setRandomCuts(double probability, quint32 seed, int maxOffset = 4096);
    void clearFaults(); // the queue, cutEvery and random cuts; not down

    // While down, new connections are reset or refused; open ones are left alone
    // (dropConnections() closes them). Up again: listens on the same port. False when it cannot.
    bool setDown(bool down, DownMode mode = DownMode::Reset);
    bool isDown() const;
    void dropConnections(); // aborts every open connection, as a killed server would

    Counters counters() const;
    QList<CutRecord> cutLog() const;
    void resetCounters(); // counters (not `open`) and the cut log; exchange numbers go on

private:
    struct State;
    class Server;
    class Connection;
    std::shared_ptr<State> m_state;
    QThread m_thread;
    Server* m_server = nullptr; // lives on m_thread
    quint16 m_port = 0;
};

} // namespace open211::test
