// How the sync engine talks HTTP. The engine is given a transport: libcurl in the product
// (CurlTransport), a scripted fake in unit tests, the real hub in integration tests.
#pragma once

#include <QByteArray>
#include <QList>
#include <QPair>
#include <QString>

namespace open211 {

struct HttpRequest
{
    QString method = QStringLiteral("GET");
    QString url;
    QByteArray body;
    QString contentType = QStringLiteral("application/json");
    QList<QPair<QByteArray, QByteArray>> headers;
};

struct HttpResponse
{
    int status = 0; // 0: no HTTP answer (see error)
    QByteArray body;
    QList<QPair<QByteArray, QByteArray>> headers;
    QString error; // transport failure in plain words, empty on an HTTP answer
    qint64 bytesReceived = 0; // on the wire, before decompression

    bool ok() const { return error.isEmpty() && status >= 200 && status < 300; }
    QByteArray header(const QByteArray& name) const;
};

class HttpTransport
{
public:
    virtual ~HttpTransport() = default;
    // Blocking; called from the sync worker thread, never from the UI thread.
    virtual HttpResponse send(const HttpRequest& request) = 0;
};

} // namespace open211
