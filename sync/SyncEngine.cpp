#include "SyncEngine.h"

#include "CurlTransport.h"
#include "store/Database.h"
#include "store/SyncStore.h"

#include <QRandomGenerator>
#include <QTimer>

namespace open211 {

// Lives on the engine's thread: everything here runs there.
class SyncWorker : public QObject
{
    Q_OBJECT
public:
    explicit SyncWorker(QString path)
        : m_path(std::move(path))
    { }

    std::atomic_bool stop = false;
    CurlTransport* transport() const { return m_http.get(); }

public slots:
    void configure(const QString& hubUrl, const QString& caBundle, int intervalSeconds)
    {
        m_status.hubUrl = hubUrl;
        m_interval = std::max(intervalSeconds, 5) * qint64(1000);
        m_http->setCaBundle(caBundle);
        m_failures = 0;
        if (hubUrl.isEmpty()) {
            m_status.link = SyncStatus::Link::NotSetUp;
            timer()->stop();
        } else {
            m_status.link = m_token.isEmpty() ? SyncStatus::Link::SignInNeeded : SyncStatus::Link::Connecting;
            schedule(0);
        }
        refreshCounts();
    }

    void setToken(const QString& token, const QString& user)
    {
        m_token = token;
        m_status.user = user;
        if (!m_status.hubUrl.isEmpty()) {
            m_status.link = token.isEmpty() ? SyncStatus::Link::SignInNeeded : SyncStatus::Link::Connecting;
            schedule(0);
        }
        emit statusChanged(m_status);
    }

    void signIn(const QString& username, const QString& password)
    {
        if (!open() || m_status.hubUrl.isEmpty()) {
            emit signInFinished(false, {}, false, SyncEngine::tr("No hub is set up."));
            return;
        }
        SyncClient client(*m_db, *m_http, SyncConfig{m_status.hubUrl});
        bool refused = false;
        auto r = client.signIn(username, password, &refused);
        if (!r) {
            emit signInFinished(false, {}, refused, r.error());
            return;
        }
        setToken(r->token, r->displayName.isEmpty() ? r->username : r->displayName);
        emit signInFinished(true, *r, false, QString());
    }

    void syncNow(bool retryWaiting = false)
    {
        if (m_status.hubUrl.isEmpty() || m_token.isEmpty() || !open())
            return;
        timer()->stop();
        m_status.running = true;
        emit statusChanged(m_status);
        SyncClient client(*m_db, *m_http, SyncConfig{m_status.hubUrl});
        client.setToken(m_token);
        const SyncReport report = client.run(&stop, retryWaiting);
        m_status.running = false;
        if (report.ok()) {
            m_failures = 0;
            m_status.link = SyncStatus::Link::Online;
            m_status.lastError.clear();
            m_status.lastSuccess = QDateTime::currentDateTimeUtc();
        } else {
            ++m_failures;
            m_status.lastError = report.error;
            m_status.link = report.unauthorized ? SyncStatus::Link::SignInNeeded
                : report.offline                ? SyncStatus::Link::Offline
                                                : SyncStatus::Link::Online;
        }
        refreshCounts();
        emit runFinished(report);
        if (stop.load())
            return;
        if (report.unauthorized) {
            m_token.clear();
            return; // nothing more until someone signs in again
        }
        // Waiting entries come due sooner than the interval after a push that failed for one.
        qint64 next = m_interval;
        if (!report.ok())
            next = std::min<qint64>(m_interval, SyncClient::backoffMs(m_failures - 1));
        if (auto due = SyncStore(*m_db).nextDue(); due && due->isValid())
            next = std::min(next, std::max<qint64>(1000, QDateTime::currentDateTimeUtc().msecsTo(*due)));
        schedule(next);
    }

signals:
    void statusChanged(const open211::SyncStatus& status);
    void signInFinished(bool ok, const open211::HubSession& session, bool refused, const QString& message);
    void runFinished(const open211::SyncReport& report);

private:
    bool open()
    {
        if (m_db)
            return true;
        auto db = Database::open(m_path);
        if (!db) {
            m_status.lastError = db.error();
            emit statusChanged(m_status);
            return false;
        }
        m_db = std::move(db).value();
        return true;
    }

    QTimer* timer()
    {
        if (!m_timer) {
            m_timer = new QTimer(this);
            m_timer->setSingleShot(true);
            connect(m_timer, &QTimer::timeout, this, [this] { syncNow(false); });
        }
        return m_timer;
    }

    void schedule(qint64 ms) { timer()->start(int(std::min<qint64>(ms, std::numeric_limits<int>::max()))); }

    void refreshCounts()
    {
        if (open()) {
            SyncStore store(*m_db);
            const auto waiting = store.waitingCount();
            m_status.waiting = waiting ? *waiting : 0;
            const auto conflicts = store.count(QStringLiteral("conflict"));
            m_status.conflicts = conflicts ? *conflicts : 0;
            if (!m_status.lastSuccess.isValid()) {
                if (auto last = store.lastSuccess(); last && *last)
                    m_status.lastSuccess = (*last)->finishedAt;
            }
        }
        emit statusChanged(m_status);
    }

    QString m_path;
    std::unique_ptr<Database> m_db;
    // One for the worker's life: cancel() may reach it from the engine's thread at any time.
    const std::unique_ptr<CurlTransport> m_http = std::make_unique<CurlTransport>();
    QTimer* m_timer = nullptr;
    SyncStatus m_status;
    QString m_token;
    qint64 m_interval = 300000;
    int m_failures = 0;
};

SyncEngine::SyncEngine(QString databasePath, QObject* parent)
    : QObject(parent)
    , m_worker(new SyncWorker(std::move(databasePath)))
{
    qRegisterMetaType<open211::SyncStatus>();
    qRegisterMetaType<open211::SyncReport>();
    m_thread.setObjectName(QStringLiteral("open211-sync"));
    m_worker->moveToThread(&m_thread);
    connect(&m_thread, &QThread::finished, m_worker, &QObject::deleteLater);
    connect(m_worker, &SyncWorker::statusChanged, this, [this](const SyncStatus& s) {
        m_status = s;
        emit statusChanged(s);
    });
    connect(m_worker, &SyncWorker::runFinished, this, &SyncEngine::runFinished);
    connect(m_worker,
            &SyncWorker::signInFinished,
            this,
            [this](bool ok, const HubSession& session, bool refused, const QString& message) {
                if (ok) {
                    m_token = session.token;
                    emit signedIn(session);
                }
                emit signInFinished(ok, message, refused);
            });
    m_thread.start();
}

SyncEngine::~SyncEngine()
{
    // Whatever is under way ends now: a transfer is cut, a page not yet committed is not applied.
    m_worker->stop.store(true);
    if (CurlTransport* http = m_worker->transport())
        http->cancel();
    m_thread.quit();
    m_thread.wait();
}

void SyncEngine::configure(const QString& hubUrl, const QString& caBundle, int intervalSeconds)
{
    QMetaObject::invokeMethod(m_worker, [=, this] { m_worker->configure(hubUrl, caBundle, intervalSeconds); });
}

void SyncEngine::signIn(const QString& username, const QString& password)
{
    QMetaObject::invokeMethod(m_worker, [=, this] { m_worker->signIn(username, password); });
}

void SyncEngine::setToken(const QString& token, const QString& username)
{
    m_token = token;
    QMetaObject::invokeMethod(m_worker, [=, this] { m_worker->setToken(token, username); });
}

void SyncEngine::requestRun()
{
    QMetaObject::invokeMethod(m_worker, [this] { m_worker->syncNow(false); });
}

void SyncEngine::syncNow()
{
    QMetaObject::invokeMethod(m_worker, [this] { m_worker->syncNow(true); });
}

} // namespace open211

#include "SyncEngine.moc"
