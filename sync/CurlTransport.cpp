#include "CurlTransport.h"

#include <QCoreApplication>
#include <curl/curl.h>

namespace open211 {

namespace {

struct GlobalInit
{
    GlobalInit() { curl_global_init(CURL_GLOBAL_DEFAULT); }
    ~GlobalInit() { curl_global_cleanup(); }
};

void ensureGlobalInit()
{
    static GlobalInit init;
}

struct Sink
{
    QByteArray* body;
    qint64 limit;
    bool overflow = false;
};

size_t writeBody(char* data, size_t size, size_t n, void* user)
{
    auto* sink = static_cast<Sink*>(user);
    const size_t len = size * n;
    if (sink->body->size() + qint64(len) > sink->limit) {
        sink->overflow = true;
        return 0; // makes libcurl stop with CURLE_WRITE_ERROR
    }
    sink->body->append(data, qsizetype(len));
    return len;
}

struct HeaderSink
{
    QList<QPair<QByteArray, QByteArray>>* headers;
    bool complete = false; // the blank line that ends the headers was seen
};

size_t writeHeader(char* data, size_t size, size_t n, void* user)
{
    auto* sink = static_cast<HeaderSink*>(user);
    const QByteArray line = QByteArray(data, qsizetype(size * n)).trimmed();
    const qsizetype colon = line.indexOf(':');
    if (line.startsWith("HTTP/")) {
        sink->headers->clear(); // a new response (after a redirect or 100-continue)
        sink->complete = false;
    } else if (line.isEmpty()) {
        sink->complete = true;
    } else if (colon > 0) {
        sink->headers->append({line.left(colon).trimmed().toLower(), line.mid(colon + 1).trimmed()});
    }
    return size * n;
}

} // namespace

QByteArray HttpResponse::header(const QByteArray& name) const
{
    const QByteArray key = name.toLower();
    for (const auto& [k, v] : headers) {
        if (k == key)
            return v;
    }
    return {};
}

struct CurlTransport::Handle
{
    CURL* curl = nullptr;
    CURLM* multi = nullptr;
    ~Handle()
    {
        curl_multi_cleanup(multi);
        curl_easy_cleanup(curl);
    }
};

CurlTransport::CurlTransport(CurlSettings settings)
    : m_settings(std::move(settings))
    , m_handle(std::make_unique<Handle>())
{
    ensureGlobalInit();
    m_handle->curl = curl_easy_init();
    m_handle->multi = curl_multi_init();
}

void CurlTransport::cancel()
{
    m_cancelled.store(true);
    if (m_handle->multi)
        curl_multi_wakeup(m_handle->multi);
}

CurlTransport::~CurlTransport() = default;

QString CurlTransport::describe()
{
    ensureGlobalInit();
    const curl_version_info_data* v = curl_version_info(CURLVERSION_NOW);
    QStringList enc;
    if (v->features & CURL_VERSION_LIBZ)
        enc << QStringLiteral("gzip");
    if (v->features & CURL_VERSION_BROTLI)
        enc << QStringLiteral("br");
    if (v->features & CURL_VERSION_ZSTD)
        enc << QStringLiteral("zstd");
    return QStringLiteral("libcurl %1 (%2)").arg(QString::fromLatin1(v->version), enc.join(u','));
}

HttpResponse CurlTransport::send(const HttpRequest& request)
{
    HttpResponse response;
    if (m_cancelled.load()) {
        response.error = tr("The sync was stopped.");
        return response;
    }
    CURL* c = m_handle->curl;
    CURLM* multi = m_handle->multi;
    if (!c || !multi) {
        response.error = tr("The network library could not start.");
        return response;
    }
    curl_easy_reset(c);
    const QByteArray url = request.url.toUtf8();
    const QByteArray method = request.method.toUpper().toLatin1();
    curl_easy_setopt(c, CURLOPT_URL, url.constData());
    curl_easy_setopt(c, CURLOPT_NOSIGNAL, 1L);
    curl_easy_setopt(c, CURLOPT_PROTOCOLS_STR, "http,https");
    curl_easy_setopt(c, CURLOPT_CONNECTTIMEOUT, long(m_settings.connectTimeoutSeconds));
    curl_easy_setopt(c, CURLOPT_LOW_SPEED_LIMIT, long(m_settings.lowSpeedBytesPerSecond));
    curl_easy_setopt(c, CURLOPT_LOW_SPEED_TIME, long(m_settings.lowSpeedSeconds));
    curl_easy_setopt(c, CURLOPT_ACCEPT_ENCODING, ""); // every encoding this libcurl decodes
    curl_easy_setopt(c, CURLOPT_SSL_VERIFYPEER, 1L);
    curl_easy_setopt(c, CURLOPT_SSL_VERIFYHOST, 2L);
    const QByteArray ca = m_settings.caBundle.toLocal8Bit();
    if (!ca.isEmpty())
        curl_easy_setopt(c, CURLOPT_CAINFO, ca.constData());

    curl_slist* headers = nullptr;
    QList<QByteArray> keep;
    const auto addHeader = [&](const QByteArray& h) {
        keep.append(h);
        headers = curl_slist_append(headers, keep.last().constData());
    };
    if (!m_settings.bearerToken.isEmpty())
        addHeader("Authorization: Bearer " + m_settings.bearerToken.toUtf8());
    addHeader("Accept: application/json");
    for (const auto& [k, v] : request.headers)
        addHeader(k + ": " + v);
    if (method != "GET" && method != "DELETE")
        addHeader("Content-Type: " + request.contentType.toUtf8());
    curl_easy_setopt(c, CURLOPT_HTTPHEADER, headers);

    if (method == "GET") {
        curl_easy_setopt(c, CURLOPT_HTTPGET, 1L);
    } else {
        curl_easy_setopt(c, CURLOPT_CUSTOMREQUEST, method.constData());
        curl_easy_setopt(c, CURLOPT_POSTFIELDS, request.body.constData());
        curl_easy_setopt(c, CURLOPT_POSTFIELDSIZE_LARGE, curl_off_t(request.body.size()));
    }

    Sink sink{&response.body, m_settings.maxResponseBytes};
    curl_easy_setopt(c, CURLOPT_WRITEFUNCTION, writeBody);
    curl_easy_setopt(c, CURLOPT_WRITEDATA, &sink);
    HeaderSink headerSink{&response.headers};
    curl_easy_setopt(c, CURLOPT_HEADERFUNCTION, writeHeader);
    curl_easy_setopt(c, CURLOPT_HEADERDATA, &headerSink);
    char errbuf[CURL_ERROR_SIZE] = {0};
    curl_easy_setopt(c, CURLOPT_ERRORBUFFER, errbuf);

    // The multi interface, one transfer at a time: the wait can be woken by cancel() from
    // another thread, so stopping the sync never waits for a slow hub.
    CURLcode rc = CURLE_OK;
    bool cancelled = false;
    curl_multi_add_handle(multi, c);
    for (int running = 1; running;) {
        if (curl_multi_perform(multi, &running) != CURLM_OK)
            break;
        if (!running)
            break;
        if (m_cancelled.load()) {
            cancelled = true;
            break;
        }
        if (curl_multi_poll(multi, nullptr, 0, 1000, nullptr) != CURLM_OK)
            break;
    }
    int queued = 0;
    while (CURLMsg* msg = curl_multi_info_read(multi, &queued)) {
        if (msg->msg == CURLMSG_DONE && msg->easy_handle == c)
            rc = msg->data.result;
    }
    curl_multi_remove_handle(multi, c);
    curl_slist_free_all(headers);
    curl_easy_setopt(c, CURLOPT_HTTPHEADER, nullptr);
    if (cancelled) {
        response.status = 0;
        response.body.clear();
        response.error = tr("The sync was stopped.");
        return response;
    }

    long status = 0;
    curl_easy_getinfo(c, CURLINFO_RESPONSE_CODE, &status);
    curl_off_t received = 0;
    curl_easy_getinfo(c, CURLINFO_SIZE_DOWNLOAD_T, &received);
    response.bytesReceived = qint64(received);
    if (rc != CURLE_OK) {
        response.status = 0;
        if (sink.overflow) {
            response.error = tr("The server's answer is larger than %1 MB; it was refused.")
                                 .arg(m_settings.maxResponseBytes / (1024 * 1024));
        } else if (rc == CURLE_COULDNT_CONNECT || rc == CURLE_COULDNT_RESOLVE_HOST) {
            response.error = tr("Cannot reach the hub (%1).").arg(QString::fromUtf8(errbuf));
        } else if (rc == CURLE_OPERATION_TIMEDOUT) {
            response.error = tr("The hub did not answer in time (%1).").arg(QString::fromUtf8(errbuf));
        } else if (rc == CURLE_PEER_FAILED_VERIFICATION || rc == CURLE_SSL_CACERT_BADFILE
                   || rc == CURLE_SSL_CONNECT_ERROR) {
            response.error = tr("The hub's certificate could not be verified (%1). Check the CA bundle setting.")
                                 .arg(QString::fromUtf8(errbuf));
        } else {
            response.error
                = tr("The connection to the hub failed: %1")
                      .arg(errbuf[0] ? QString::fromUtf8(errbuf) : QString::fromUtf8(curl_easy_strerror(rc)));
        }
        response.body.clear();
        return response;
    }
    if (!headerSink.complete) {
        // The connection ended inside the headers: libcurl calls that a success, it is not one.
        response.status = 0;
        response.body.clear();
        response.error = tr("The hub's answer was cut off.");
        return response;
    }
    response.status = int(status);
    return response;
}

} // namespace open211
