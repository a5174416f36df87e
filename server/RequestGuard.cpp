#include "RequestGuard.h"

#include <QTcpServer>
#include <QTcpSocket>

namespace open211 {

namespace {

const char* const GuardedProperty = "open211Guarded";

QByteArray refusal(const char* status, const QByteArray& message)
{
    const QByteArray body = "{\"error\":\"" + message + "\"}";
    return QByteArray("HTTP/1.1 ") + status + "\r\nContent-Type: application/json\r\nContent-Length: "
        + QByteArray::number(body.size()) + "\r\nConnection: close\r\n\r\n" + body;
}

void inspect(QTcpSocket* socket)
{
    // Qt's parser keeps a transaction open from a request's first byte to its last: when none is
    // open, what the socket holds starts with a request's head.
    if (socket->isTransactionStarted() || socket->state() != QAbstractSocket::ConnectedState)
        return;
    const RequestHead head = RequestGuard::parseHead(socket->peek(RequestGuard::MaxHead + 4));
    const auto refuse = [socket](const char* status, const QByteArray& message) {
        socket->write(refusal(status, message));
        (void)socket->readAll(); // what came of the request is not for Qt's parser
        socket->disconnectFromHost();
    };
    switch (head.state) {
    case RequestHead::State::Incomplete:
    case RequestHead::State::Malformed: // Qt's parser answers it
        return;
    case RequestHead::State::TooLarge:
        refuse("431 Request Header Fields Too Large", "The request's headers are too large.");
        return;
    case RequestHead::State::Complete:
        break;
    }
    if (head.contentLength && *head.contentLength > RequestGuard::MaxBody) {
        refuse("413 Payload Too Large", "The body is larger than 8 MB; the hub does not take it.");
        return;
    }
    if (head.expectContinue)
        socket->write("HTTP/1.1 100 Continue\r\n\r\n");
}

} // namespace

RequestHead RequestGuard::parseHead(QByteArrayView data)
{
    RequestHead head;
    const qsizetype end = data.indexOf(QByteArrayView("\r\n\r\n"));
    if (end < 0) {
        head.state = data.size() > MaxHead ? RequestHead::State::TooLarge : RequestHead::State::Incomplete;
        return head;
    }
    if (end > MaxHead) {
        head.state = RequestHead::State::TooLarge;
        return head;
    }
    const QList<QByteArray> lines = data.first(end).toByteArray().split('\n');
    // "METHOD target HTTP/1.x"
    const QList<QByteArray> requestLine = lines.value(0).trimmed().split(' ');
    if (requestLine.size() != 3 || !requestLine[2].startsWith("HTTP/1.")) {
        head.state = RequestHead::State::Malformed;
        return head;
    }
    for (qsizetype i = 1; i < lines.size(); ++i) {
        const QByteArray line = lines[i].trimmed();
        const qsizetype colon = line.indexOf(':');
        if (colon <= 0) {
            head.state = RequestHead::State::Malformed;
            return head;
        }
        const QByteArray name = line.left(colon).trimmed().toLower();
        const QByteArray value = line.mid(colon + 1).trimmed();
        if (name == "content-length") {
            bool ok = false;
            const qint64 n = value.toLongLong(&ok);
            if (!ok || n < 0 || (head.contentLength && *head.contentLength != n)) {
                head.state = RequestHead::State::Malformed;
                return head;
            }
            head.contentLength = n;
        } else if (name == "expect") {
            head.expectContinue = value.toLower() == "100-continue";
        } else if (name == "transfer-encoding") {
            head.chunked = value.toLower().contains("chunked");
        }
    }
    head.state = RequestHead::State::Complete;
    return head;
}

void RequestGuard::watch(QTcpServer* server)
{
    // Connected before the HTTP server's own handler, so this runs first for each connection, and
    // its readyRead handler before the HTTP server's. Accepted sockets are the server's children.
    QObject::connect(server, &QTcpServer::pendingConnectionAvailable, server, [server] {
        for (QTcpSocket* socket : server->findChildren<QTcpSocket*>(Qt::FindDirectChildrenOnly)) {
            if (socket->property(GuardedProperty).toBool())
                continue;
            socket->setProperty(GuardedProperty, true);
            QObject::connect(socket, &QTcpSocket::readyRead, socket, [socket] { inspect(socket); });
        }
    });
}

} // namespace open211
