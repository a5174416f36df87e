// One sync with the hub, start to end, on the calling thread: the outbox pushed (oldest first, each
// entry with its idempotency key, retried later with exponential backoff and jitter when the hub
// cannot be reached), then the change feed pulled page by page, each page committed with its
// checkpoint. The background engine (SyncEngine) runs it on its own thread; the command line,
// the benchmark and the tests run it directly. See docs/sync-protocol.md.
#pragma once

#include "HttpTransport.h"
#include "Result.h"

#include <QCoreApplication>
#include <QDateTime>
#include <atomic>

namespace open211 {

class Database;

struct SyncConfig
{
    QString hubUrl; // "https://hub.example.org" (no trailing slash needed)
    int pageSize = 2000; // changes per page pulled
    int pushLimit = 500; // outbox entries sent in one run (the rest in the next)
};

struct HubSession
{
    QString token;
    QString username;
    QString displayName;
    QString role;
    QDateTime expiresAt;
};

struct SyncReport
{
    qint64 pulled = 0;
    qint64 deleted = 0;
    qint64 pushed = 0;
    qint64 conflicts = 0;
    qint64 failed = 0; // entries the hub refused for good (see the outbox)
    qint64 bytes = 0; // received and sent
    int pages = 0;
    qint64 head = 0; // the hub's latest change
    bool reachedHead = false;
    bool offline = false; // the hub could not be reached
    bool unauthorized = false; // the token is missing, wrong or expired: sign in again
    QString error; // in plain words; empty when the run succeeded
    bool ok() const { return error.isEmpty(); }
};

class SyncClient
{
    Q_DECLARE_TR_FUNCTIONS(open211::SyncClient)
public:
    SyncClient(Database& db, HttpTransport& http, SyncConfig config);

    void setToken(const QString& token) { m_token = token; }
    const QString& token() const { return m_token; }
    // Asks the hub for a token; on success it is used for the requests that follow.
    // `refused` (when given) tells a hub that turned the password down from one that could not be
    // reached or answered with something else.
    Result<HubSession> signIn(const QString& username, const QString& password, bool* refused = nullptr);

    // Push, then pull until the hub has nothing newer, or `stop` is set. Recorded in the sync
    // history.
    // `retryWaiting`: entries waiting for a retry go now (someone asked to sync now), instead of
    // when their backoff ends.
    SyncReport run(const std::atomic_bool* stop = nullptr, bool retryWaiting = false);
    SyncReport push(const std::atomic_bool* stop = nullptr, bool retryWaiting = false);
    SyncReport pull(const std::atomic_bool* stop = nullptr);

    // How long an outbox entry waits after `attempts` failed tries: doubling from 5 s, at most
    // 30 minutes, times a random factor from 0.5 to 1.5 so that workstations do not retry in step.
    static qint64 backoffMs(int attempts);

private:
    HttpResponse send(const QString& method,
                      const QString& path,
                      const QByteArray& body = {},
                      const QList<QPair<QByteArray, QByteArray>>& headers = {});
    QString describeFailure(const HttpResponse& r) const;
    // After the hub refused a change to a record for good: the record here becomes the hub's again.
    void restoreFromHub(const QString& entity);
    // The hub's open change suggestions, for the resource specialists' work list.
    void pullSuggestions(SyncReport& report);

    Database& m_db;
    HttpTransport& m_http;
    SyncConfig m_config;
    QString m_token;
};

} // namespace open211
