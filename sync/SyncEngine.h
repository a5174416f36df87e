// Sync in the background: a worker thread with its own connection to the store and its own
// libcurl handle runs SyncClient on a schedule and on demand, so the screens never wait on the
// network. After a failure it tries again sooner at first, then less often (doubling from 5 s to
// the normal interval, with jitter). The status (online or not, the last successful sync, what
// waits to upload, the last error in plain words) comes back as a signal.
#pragma once

#include "SyncClient.h"

#include <QDateTime>
#include <QObject>
#include <QThread>

namespace open211 {

struct SyncStatus
{
    enum class Link { NotSetUp, Connecting, Online, Offline, SignInNeeded };
    Link link = Link::NotSetUp;
    bool running = false;
    QString hubUrl;
    QString user; // signed in as
    QDateTime lastSuccess;
    qint64 waiting = 0; // outbox entries not yet accepted
    qint64 conflicts = 0;
    QString lastError;
};

class SyncWorker;

class SyncEngine : public QObject
{
    Q_OBJECT
public:
    // `databasePath`: the profile's store, opened again on the worker thread.
    explicit SyncEngine(QString databasePath, QObject* parent = nullptr);
    ~SyncEngine() override;

    // The hub and its CA bundle (empty: the system's). An empty URL stops syncing.
    void configure(const QString& hubUrl, const QString& caBundle, int intervalSeconds = 300);
    // Asynchronous: signInFinished() tells how it went.
    void signIn(const QString& username, const QString& password);
    void setToken(const QString& token, const QString& username);
    // Now, with every waiting upload tried again at once (someone asked for it).
    void syncNow();
    // Soon, as the schedule would (something new waits to upload: a call ended).
    void requestRun();

    const SyncStatus& status() const { return m_status; }
    const QString& token() const { return m_token; }

signals:
    void statusChanged(const open211::SyncStatus& status);
    // `refused`: the hub turned the user name and password down (else it could not be reached, or
    // answered with something else, and the workstation may check the password itself).
    void signInFinished(bool ok, const QString& message, bool refused);
    // Before signInFinished(true, ...): who signed in, the role the hub gave them (specialist,
    // resource_specialist, supervisor, admin) and the token.
    void signedIn(const open211::HubSession& session);
    void runFinished(const open211::SyncReport& report);

private:
    QThread m_thread;
    SyncWorker* m_worker = nullptr;
    SyncStatus m_status;
    QString m_token;
};

} // namespace open211

Q_DECLARE_METATYPE(open211::SyncStatus)
Q_DECLARE_METATYPE(open211::SyncReport)
Q_DECLARE_METATYPE(open211::HubSession)
