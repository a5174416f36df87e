// HttpTransport over libcurl (its multi interface, so a transfer can be stopped from another
// thread): connect and low-speed timeouts, compressed responses (gzip, brotli,
// zstd as the library offers), TLS verification always on (a CA bundle may be set, never turned
// off), a bearer token and a cap on the size of an answer.
#pragma once

#include "HttpTransport.h"

#include <QCoreApplication>
#include <atomic>
#include <memory>

namespace open211 {

struct CurlSettings
{
    QString caBundle; // PEM file of trusted CAs; empty: the system's
    QString bearerToken;
    int connectTimeoutSeconds = 10;
    int lowSpeedBytesPerSecond = 100; // below this for lowSpeedSeconds: give up
    int lowSpeedSeconds = 20;
    qint64 maxResponseBytes = qint64(256) * 1024 * 1024;
};

class CurlTransport : public HttpTransport
{
    Q_DECLARE_TR_FUNCTIONS(open211::CurlTransport)

public:
    explicit CurlTransport(CurlSettings settings = {});
    ~CurlTransport() override;

    void setCaBundle(const QString& path) { m_settings.caBundle = path; }
    HttpResponse send(const HttpRequest& request) override;
    // From any thread: the transfer under way ends at once with an error, and so does every later
    // one (the transport is done with).
    void cancel();

    // The libcurl version and the encodings it can decode, for the About box and logs.
    static QString describe();

private:
    struct Handle;
    CurlSettings m_settings;
    std::unique_ptr<Handle> m_handle; // reused: keeps connections alive between requests
    std::atomic_bool m_cancelled = false;
};

} // namespace open211
