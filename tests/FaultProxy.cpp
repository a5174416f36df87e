#include "FaultProxy.h"

#include <QMutex>
#include <QMutexLocker>
#include <QRandomGenerator>
#include <QSet>
#include <QTcpServer>
#include <QTcpSocket>
#include <optional>
#include <sys/socket.h>
#include <unistd.h>
#include <utility>

namespace open211::test {

// What the test thread sets and the proxy thread reads, under one mutex.
struct FaultProxy::State
{
    mutable QMutex mutex;
    QMutex downSwitch; // one setDown() at a time; never held by the proxy thread
    QString host;
    quint16 targetPort = 0;
    bool down = false;
    DownMode downMode = DownMode::Reset;
    QList<Cut> next;
    std::optional<Cut> every;
    double probability = 0;
    int maxOffset = 0;
    QRandomGenerator random;
    Counters counters;
    QList<CutRecord> log;
    qint64 connections = 0;
    qint64 exchanges = 0;

    // Called with the mutex held: numbers the new exchange and chooses its fault.
    std::optional<Cut> startExchange(qint64* number)
    {
        *number = ++exchanges;
        ++counters.exchanges;
        if (!next.isEmpty())
            return next.takeFirst();
        if (every)
            return every;
        if (probability > 0 && random.generateDouble() < probability) {
            const Direction d = random.bounded(2) ? Direction::ToClient : Direction::ToServer;
            return Cut{d, qint64(random.bounded(quint32(maxOffset) + 1))};
        }
        return std::nullopt;
    }
};

// One client connection and its upstream. Bytes are forwarded as they come; a fault forwards
// exactly its number of bytes in its direction and then closes both sides: the side that got the
// partial data after it has been written (so it sees exactly that much, then the end), the other
// at once.
class FaultProxy::Connection : public QObject
{
public:
    Connection(
        qintptr descriptor, State& state, QSet<Connection*>& registry, const QString& host, quint16 port, qint64 number)
        : m_state(state)
        , m_registry(registry)
        , m_number(number)
    {
        m_registry.insert(this);
        m_client.setSocketDescriptor(descriptor);
        connect(&m_client, &QTcpSocket::readyRead, this, &Connection::fromClient);
        connect(&m_client, &QTcpSocket::disconnected, this, &Connection::clientClosed);
        connect(&m_client, &QTcpSocket::stateChanged, this, &Connection::finishWhenClosed);
        connect(&m_server, &QTcpSocket::connected, this, &Connection::serverConnected);
        connect(&m_server, &QTcpSocket::readyRead, this, &Connection::fromServer);
        connect(&m_server, &QTcpSocket::disconnected, this, &Connection::serverClosed);
        connect(&m_server, &QTcpSocket::errorOccurred, this, &Connection::serverError);
        connect(&m_server, &QTcpSocket::stateChanged, this, &Connection::finishWhenClosed);
        m_server.connectToHost(host, port);
    }

    ~Connection() override
    {
        // The sockets are destroyed after this body and would signal a half-destroyed object.
        m_client.disconnect(this);
        m_server.disconnect(this);
        m_client.abort();
        m_server.abort();
        m_registry.remove(this);
        QMutexLocker lock(&m_state.mutex);
        --m_state.counters.open;
    }

    void drop()
    {
        if (m_done)
            return;
        m_done = true;
        m_client.abort();
        m_server.abort();
        {
            QMutexLocker lock(&m_state.mutex);
            ++m_state.counters.dropped;
        }
        finishWhenClosed();
    }

private:
    void fromClient()
    {
        if (m_done)
            return; // the bytes stay unread; the socket is closing
        const QByteArray data = m_client.readAll();
        if (data.isEmpty())
            return;
        if (m_awaitingRequest) {
            m_awaitingRequest = false;
            QMutexLocker lock(&m_state.mutex);
            m_fault = m_state.startExchange(&m_exchange);
            m_faultBase = m_fault && m_fault->direction == Direction::ToServer ? m_toServer : m_toClient;
        }
        if (m_fault && m_fault->direction == Direction::ToServer) {
            const qint64 left = m_faultBase + m_fault->afterBytes - m_toServer;
            if (data.size() >= left) {
                toServer(data.left(left));
                cut();
                return;
            }
        }
        toServer(data);
    }

    void fromServer()
    {
        if (m_done)
            return;
        const QByteArray data = m_server.readAll();
        if (data.isEmpty())
            return;
        m_awaitingRequest = true;
        if (m_fault && m_fault->direction == Direction::ToClient) {
            const qint64 left = m_faultBase + m_fault->afterBytes - m_toClient;
            if (data.size() >= left) {
                toClient(data.left(left));
                cut();
                return;
            }
        }
        toClient(data);
    }

    void toServer(const QByteArray& data)
    {
        if (data.isEmpty())
            return;
        if (m_server.state() == QAbstractSocket::ConnectedState)
            m_server.write(data);
        else
            m_pending += data;
        m_toServer += data.size();
        QMutexLocker lock(&m_state.mutex);
        m_state.counters.bytesToServer += data.size();
    }

    void toClient(const QByteArray& data)
    {
        if (data.isEmpty())
            return;
        m_client.write(data);
        m_toClient += data.size();
        QMutexLocker lock(&m_state.mutex);
        m_state.counters.bytesToClient += data.size();
    }

    void cut()
    {
        m_done = true;
        {
            QMutexLocker lock(&m_state.mutex);
            ++m_state.counters.cut;
            m_state.log.append({m_number, m_exchange, *m_fault});
        }
        if (m_fault->direction == Direction::ToServer) {
            m_client.abort();
            if (m_server.state() == QAbstractSocket::ConnectedState)
                m_server.disconnectFromHost(); // after what was forwarded has been written
            else
                m_closeServerWhenConnected = true; // the partial request is still to be sent
        } else {
            m_server.abort();
            m_client.disconnectFromHost();
        }
        finishWhenClosed();
    }

    void serverConnected()
    {
        m_upstreamReached = true;
        if (!m_pending.isEmpty())
            m_server.write(std::exchange(m_pending, {}));
        if (m_closeServerWhenConnected)
            m_server.disconnectFromHost();
    }

    void serverError()
    {
        if (m_upstreamReached || m_done)
            return; // a connected upstream's end is handled by serverClosed()
        m_done = true;
        {
            QMutexLocker lock(&m_state.mutex);
            ++m_state.counters.upstreamFailures;
        }
        m_client.abort();
        finishWhenClosed();
    }

    void serverClosed()
    {
        if (m_server.isOpen() && m_server.bytesAvailable() > 0)
            fromServer(); // in case the end came with bytes not yet announced
        if (!m_done) {
            m_done = true;
            m_client.disconnectFromHost();
        }
        finishWhenClosed();
    }

    void clientClosed()
    {
        if (m_client.isOpen() && m_client.bytesAvailable() > 0)
            fromClient();
        if (!m_done) {
            m_done = true;
            if (m_server.state() == QAbstractSocket::ConnectedState)
                m_server.disconnectFromHost();
            else
                m_server.abort();
        }
        finishWhenClosed();
    }

    void finishWhenClosed()
    {
        if (m_finished || m_client.state() != QAbstractSocket::UnconnectedState
            || m_server.state() != QAbstractSocket::UnconnectedState)
            return;
        m_finished = true;
        deleteLater();
    }

    State& m_state;
    QSet<Connection*>& m_registry;
    const qint64 m_number;
    QTcpSocket m_client;
    QTcpSocket m_server;
    QByteArray m_pending; // from the client before the upstream connected
    qint64 m_toServer = 0;
    qint64 m_toClient = 0;
    bool m_awaitingRequest = true;
    qint64 m_exchange = 0;
    std::optional<Cut> m_fault;
    qint64 m_faultBase = 0; // bytes in the fault's direction before its exchange
    bool m_upstreamReached = false;
    bool m_closeServerWhenConnected = false;
    bool m_done = false; // no more forwarding; waiting for both sockets to close
    bool m_finished = false;
};

// The listening socket and the connections it accepted; deleting it ends them all.
class FaultProxy::Server : public QTcpServer
{
public:
    explicit Server(std::shared_ptr<State> state)
        : m_state(std::move(state))
    { }

    ~Server() override { closeAll(); }

    void dropAll()
    {
        for (Connection* c : QSet<Connection*>(m_connections))
            c->drop();
    }

    void closeAll()
    {
        close();
        qDeleteAll(QSet<Connection*>(m_connections)); // each leaves the set as it goes
    }

protected:
    void incomingConnection(qintptr descriptor) override
    {
        QMutexLocker lock(&m_state->mutex);
        ++m_state->counters.accepted;
        if (m_state->down) {
            ++m_state->counters.reset;
            lock.unlock();
            // SO_LINGER 0: close() sends a reset, not an orderly end.
            const linger now{1, 0};
            ::setsockopt(int(descriptor), SOL_SOCKET, SO_LINGER, &now, sizeof now);
            ::close(int(descriptor));
            return;
        }
        const QString host = m_state->host;
        const quint16 port = m_state->targetPort;
        const qint64 number = ++m_state->connections;
        ++m_state->counters.open;
        lock.unlock();
        new Connection(descriptor, *m_state, m_connections, host, port, number);
    }

private:
    std::shared_ptr<State> m_state;
    QSet<Connection*> m_connections; // not QObject children: QTcpServer has children of its own
};

FaultProxy::FaultProxy()
    : m_state(std::make_shared<State>())
{
    m_thread.setObjectName(QStringLiteral("FaultProxy"));
}

FaultProxy::~FaultProxy()
{
    stop();
}

bool FaultProxy::start(quint16 targetPort, const QString& targetHost, quint16 listenPort)
{
    if (m_server)
        return false;
    setTarget(targetPort, targetHost);
    m_server = new Server(m_state);
    m_server->moveToThread(&m_thread);
    m_thread.start();
    bool ok = false;
    QMetaObject::invokeMethod(
        m_server,
        [&] {
            ok = m_server->listen(QHostAddress::LocalHost, listenPort);
            if (!ok)
                qWarning("FaultProxy: cannot listen: %s", qPrintable(m_server->errorString()));
            m_port = m_server->serverPort();
        },
        Qt::BlockingQueuedConnection);
    if (!ok)
        stop();
    return ok;
}

void FaultProxy::stop()
{
    if (!m_server)
        return;
    // Sockets are closed and deleted on the thread they belong to.
    QMetaObject::invokeMethod(
        m_server, [this] { m_server->closeAll(); }, Qt::BlockingQueuedConnection);
    m_server->deleteLater(); // run by the thread as it finishes
    m_thread.quit();
    m_thread.wait();
    m_server = nullptr;
}

quint16 FaultProxy::port() const
{
    return m_port;
}

QString FaultProxy::url() const
{
    return QStringLiteral("http://127.0.0.1:%1").arg(m_port);
}

void FaultProxy::setTarget(quint16 port, const QString& host)
{
    QMutexLocker lock(&m_state->mutex);
    m_state->host = host;
    m_state->targetPort = port;
}

void FaultProxy::cutNext(Direction direction, qint64 afterBytes, int exchanges)
{
    QMutexLocker lock(&m_state->mutex);
    for (int i = 0; i < exchanges; ++i)
        m_state->next.append({direction, afterBytes});
}

void FaultProxy::cutEvery(Direction direction, qint64 afterBytes)
{
    QMutexLocker lock(&m_state->mutex);
    m_state->every = Cut{direction, afterBytes};
}

void FaultProxy::setRandomCuts(double probability, quint32 seed, int maxOffset)
{
    QMutexLocker lock(&m_state->mutex);
    m_state->probability = probability;
    m_state->random.seed(seed);
    m_state->maxOffset = qMax(0, maxOffset);
}

void FaultProxy::clearFaults()
{
    QMutexLocker lock(&m_state->mutex);
    m_state->next.clear();
    m_state->every.reset();
    m_state->probability = 0;
}

bool FaultProxy::setDown(bool down, DownMode mode)
{
    QMutexLocker switching(&m_state->downSwitch);
    QMutexLocker lock(&m_state->mutex);
    const bool wasRefusing = m_state->down && m_state->downMode == DownMode::Refuse;
    m_state->down = down;
    m_state->downMode = mode;
    lock.unlock();
    const bool refuse = down && mode == DownMode::Refuse;
    if (!m_server || refuse == wasRefusing)
        return true;
    bool ok = true;
    QMetaObject::invokeMethod(
        m_server,
        [&] {
            if (refuse) {
                m_server->close();
                return;
            }
            ok = m_server->listen(QHostAddress::LocalHost, m_port);
            if (!ok)
                qWarning(
                    "FaultProxy: cannot listen again on port %d: %s", int(m_port), qPrintable(m_server->errorString()));
        },
        Qt::BlockingQueuedConnection);
    return ok;
}

bool FaultProxy::isDown() const
{
    QMutexLocker lock(&m_state->mutex);
    return m_state->down;
}

void FaultProxy::dropConnections()
{
    if (m_server)
        QMetaObject::invokeMethod(
            m_server, [this] { m_server->dropAll(); }, Qt::BlockingQueuedConnection);
}

FaultProxy::Counters FaultProxy::counters() const
{
    QMutexLocker lock(&m_state->mutex);
    return m_state->counters;
}

QList<FaultProxy::CutRecord> FaultProxy::cutLog() const
{
    QMutexLocker lock(&m_state->mutex);
    return m_state->log;
}

void FaultProxy::resetCounters()
{
    QMutexLocker lock(&m_state->mutex);
    const qint64 open = m_state->counters.open;
    m_state->counters = {};
    m_state->counters.open = open;
    m_state->log.clear();
}

} // namespace open211::test
