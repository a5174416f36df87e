#include "SyncClient.h"

#include "import/ImportBatch.h"
#include "store/MaintenanceStore.h"
#include "store/SyncStore.h"

#include <QElapsedTimer>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRandomGenerator>
#include <QScopeGuard>
#include <QUrl>
#include <condition_variable>
#include <mutex>
#include <simdjson.h>
#include <thread>

namespace open211 {

namespace {

bool stopped(const std::atomic_bool* stop)
{
    return stop && stop->load();
}

// The hub's own words from a JSON error body, when it gave some.
QString hubMessage(const QByteArray& body)
{
    const QJsonObject o = QJsonDocument::fromJson(body).object();
    return o.value(QLatin1String("error")).toString().left(300);
}

} // namespace

SyncClient::SyncClient(Database& db, HttpTransport& http, SyncConfig config)
    : m_db(db)
    , m_http(http)
    , m_config(std::move(config))
{
    while (m_config.hubUrl.endsWith(u'/'))
        m_config.hubUrl.chop(1);
}

qint64 SyncClient::backoffMs(int attempts)
{
    const qint64 base = qint64(5000) << std::min(std::max(attempts, 0), 20);
    const qint64 capped = std::min<qint64>(base, qint64(30) * 60 * 1000);
    return qint64(double(capped) * (0.5 + QRandomGenerator::global()->generateDouble()));
}

HttpResponse SyncClient::send(const QString& method,
                              const QString& path,
                              const QByteArray& body,
                              const QList<QPair<QByteArray, QByteArray>>& headers)
{
    HttpRequest request;
    request.method = method;
    request.url = m_config.hubUrl + path;
    request.body = body;
    request.headers = headers;
    if (!m_token.isEmpty())
        request.headers.append({"Authorization", "Bearer " + m_token.toUtf8()});
    return m_http.send(request);
}

QString SyncClient::describeFailure(const HttpResponse& r) const
{
    if (r.status == 0)
        return r.error;
    const QString hub = hubMessage(r.body);
    if (r.status == 401)
        return tr("The hub asks you to sign in again.");
    if (r.status == 403)
        return tr("Your role does not allow this on the hub%1").arg(hub.isEmpty() ? QString() : u": " + hub);
    if (r.status >= 500)
        return tr("The hub had a problem (HTTP %1)%2").arg(r.status).arg(hub.isEmpty() ? QString() : u": " + hub);
    return tr("The hub refused the request (HTTP %1)%2").arg(r.status).arg(hub.isEmpty() ? QString() : u": " + hub);
}

Result<HubSession> SyncClient::signIn(const QString& username, const QString& password, bool* refused)
{
    if (refused)
        *refused = false;
    const QByteArray body
        = QJsonDocument(QJsonObject{{QStringLiteral("username"), username}, {QStringLiteral("password"), password}})
              .toJson(QJsonDocument::Compact);
    const QString saved = std::exchange(m_token, QString());
    const HttpResponse r = send(QStringLiteral("POST"), QStringLiteral("/auth/token"), body);
    if (r.status == 401) {
        m_token = saved;
        if (refused)
            *refused = true;
        return Error{tr("The hub does not know this user name and password.")};
    }
    if (!r.ok()) {
        m_token = saved;
        return Error{describeFailure(r)};
    }
    const QJsonObject o = QJsonDocument::fromJson(r.body).object();
    HubSession s;
    s.token = o.value(QLatin1String("token")).toString();
    s.username = o.value(QLatin1String("username")).toString();
    s.displayName = o.value(QLatin1String("display_name")).toString();
    s.role = o.value(QLatin1String("role")).toString();
    s.expiresAt = QDateTime::fromString(o.value(QLatin1String("expires_at")).toString(), Qt::ISODateWithMs);
    if (s.token.isEmpty()) {
        m_token = saved;
        return Error{tr("The hub's answer to the sign-in could not be used.")};
    }
    m_token = s.token;
    return s;
}

SyncReport SyncClient::push(const std::atomic_bool* stop, bool retryWaiting)
{
    SyncReport report;
    SyncStore store(m_db);
    const QDateTime now = QDateTime::currentDateTimeUtc();
    auto due = store.dueEntries(retryWaiting ? now.addYears(100) : now, m_config.pushLimit);
    if (!due) {
        report.error = due.error();
        return report;
    }
    for (const OutboxEntry& e : std::as_const(*due)) {
        if (stopped(stop))
            break;
        // Sealed with a key another sign-in holds: it waits for that sign-in, untried.
        if (e.locked)
            continue;
        QString path;
        QString method = QStringLiteral("POST");
        if (e.kind == QLatin1String("call")) {
            path = QStringLiteral("/calls");
        } else if (e.kind == QLatin1String("follow_up")) {
            path = QStringLiteral("/follow-ups");
        } else if ((e.kind == QLatin1String("edit") || e.kind == QLatin1String("remove"))
                   && e.entityId.count(u'/') == 1) {
            const QStringList part = e.entityId.split(u'/');
            path = QStringLiteral("/resources/%1/%2")
                       .arg(part[0], QString::fromLatin1(QUrl::toPercentEncoding(part[1])));
            if (e.kind == QLatin1String("edit")) {
                method = QStringLiteral("PUT");
            } else {
                method = QStringLiteral("DELETE");
                path += QStringLiteral("?base_version=%1").arg(e.baseVersion);
            }
        } else if (e.kind == QLatin1String("suggestion")) {
            path = QStringLiteral("/suggestions");
        } else if (e.kind == QLatin1String("suggestion_done")) {
            path = QStringLiteral("/suggestions/%1/resolve")
                       .arg(QString::fromLatin1(QUrl::toPercentEncoding(e.entityId)));
        }
        if (path.isEmpty()) {
            (void)store.markFailed(e.seq, tr("The workstation does not know how to send a \"%1\".").arg(e.kind));
            ++report.failed;
            continue;
        }
        const HttpResponse r = send(method,
                                    path,
                                    method == QLatin1String("DELETE") ? QByteArray() : e.payload,
                                    {{"Idempotency-Key", e.idempotencyKey.toUtf8()}});
        report.bytes += r.bytesReceived + e.payload.size();
        const QJsonObject answer = QJsonDocument::fromJson(r.body).object();
        if (r.ok() && !answer.isEmpty()) {
            if (auto st = store.markSent(e.seq, r.body, QDateTime::currentDateTimeUtc()); !st) {
                report.error = st.error();
                return report;
            }
            ++report.pushed;
            continue;
        }
        if (r.status == 409) {
            const QJsonObject current = answer.value(QLatin1String("current")).toObject();
            (void)store.markConflict(e.seq, QJsonDocument(current).toJson(QJsonDocument::Compact), describeFailure(r));
            ++report.conflicts;
            continue;
        }
        if (r.status == 401) {
            report.unauthorized = true;
            report.error = describeFailure(r);
            return report;
        }
        if (r.status == 400 || r.status == 403 || r.status == 404 || r.status == 413 || r.status == 422) {
            // Sending it again would get the same answer: kept for a person to look at.
            (void)store.markFailed(e.seq, describeFailure(r));
            ++report.failed;
            if (e.kind == QLatin1String("edit") || e.kind == QLatin1String("remove"))
                restoreFromHub(e.entityId);
            continue;
        }
        // Not reached, cut off, an answer that cannot be read, or a hub in trouble: the same
        // entry goes again later under the same key, so the hub stores it once whatever happened.
        const QString why = r.ok() ? tr("The hub's answer could not be read.") : describeFailure(r);
        const QDateTime next = QDateTime::currentDateTimeUtc().addMSecs(backoffMs(e.attempts));
        (void)store.markRetry(e.seq, why, next);
        report.offline = r.status == 0;
        report.error = why;
        return report; // the others wait for the next run rather than hammer a hub in trouble
    }
    return report;
}

namespace {

// Where a page of the change feed says the next one starts, read ahead of applying it; nothing
// when it cannot be read (the page is then refused whole when it is applied).
std::optional<std::pair<qint64, bool>> nextOf(simdjson::dom::parser& parser, const QByteArray& body)
{
    simdjson::dom::element doc;
    int64_t next = 0;
    bool more = false;
    if (parser.parse(body.constData(), size_t(body.size())).get(doc) != simdjson::SUCCESS
        || doc["next"].get(next) != simdjson::SUCCESS || doc["more"].get(more) != simdjson::SUCCESS)
        return std::nullopt;
    return std::pair<qint64, bool>(qint64(next), more);
}

} // namespace

SyncReport SyncClient::pull(const std::atomic_bool* stop)
{
    SyncReport report;
    SyncStore store(m_db);
    auto after = store.checkpointFor(m_config.hubUrl);
    if (!after) {
        report.error = after.error();
        return report;
    }
    // Two at once: while this thread applies a page, another fetches the next one (the hub
    // prepares it on the other core), so a long pull takes about the longer of the two, not both.
    struct Fetched
    {
        qint64 after = 0;
        HttpResponse response;
    };
    std::mutex mutex;
    std::condition_variable changed;
    std::optional<Fetched> ready; // fetched, not yet taken
    bool fetching = true, applying = true;
    std::thread fetcher([&, at = *after]() mutable {
        simdjson::dom::parser parser;
        for (;;) {
            if (stopped(stop))
                break;
            Fetched f{at,
                      send(QStringLiteral("GET"),
                           QStringLiteral("/sync/changes?after=%1&limit=%2").arg(at).arg(m_config.pageSize))};
            const auto next = f.response.ok() ? nextOf(parser, f.response.body) : std::nullopt;
            {
                std::unique_lock lock(mutex);
                changed.wait(lock, [&] { return !ready || !applying; });
                if (!applying)
                    break;
                ready = std::move(f);
            }
            changed.notify_all();
            if (!next || !next->second)
                break;
            at = next->first;
        }
        {
            const std::lock_guard lock(mutex);
            fetching = false;
        }
        changed.notify_all();
    });
    const auto finish = qScopeGuard([&] {
        {
            const std::lock_guard lock(mutex);
            applying = false;
        }
        changed.notify_all();
        fetcher.join();
    });
    // With OPEN211_IMPORT_TRACE: how long this thread waited for pages and spent applying them.
    const bool trace = ImportTrace().on();
    QElapsedTimer clock;
    qint64 waitedNs = 0, appliedNs = 0;
    const auto printTrace = qScopeGuard([&] {
        if (trace)
            qInfo("pull: waited %.2f s for pages, applied them in %.2f s",
                  double(waitedNs) / 1e9,
                  double(appliedNs) / 1e9);
    });
    while (!stopped(stop)) {
        Fetched f;
        clock.start();
        {
            std::unique_lock lock(mutex);
            changed.wait(lock, [&] { return ready.has_value() || !fetching; });
            if (!ready)
                break;
            f = std::move(*ready);
            ready.reset();
        }
        changed.notify_all();
        const HttpResponse& r = f.response;
        report.bytes += r.bytesReceived;
        if (!r.ok()) {
            report.offline = r.status == 0;
            report.unauthorized = r.status == 401;
            report.error = describeFailure(r);
            return report;
        }
        waitedNs += clock.nsecsElapsed();
        clock.start();
        auto page = store.applyChanges(m_config.hubUrl, f.after, r.body);
        appliedNs += clock.nsecsElapsed();
        if (!page) {
            report.error = page.error();
            return report;
        }
        ++report.pages;
        report.pulled += page->changed;
        report.deleted += page->deleted;
        report.head = page->head;
        if (!page->more) {
            report.reachedHead = true;
            if (auto st = store.catchUpSearchIndex(); !st)
                report.error = tr("The search index could not be made: %1").arg(st.error());
            break;
        }
    }
    return report;
}

void SyncClient::restoreFromHub(const QString& entity)
{
    const QString table = entity.section(u'/', 0, 0);
    const QString id = entity.section(u'/', 1);
    const hsds::TableInfo* ti = hsds::byName(table);
    if (!ti || id.isEmpty())
        return;
    const HttpResponse r
        = send(QStringLiteral("GET"),
               QStringLiteral("/resources/%1/%2").arg(table, QString::fromLatin1(QUrl::toPercentEncoding(id))));
    std::optional<QJsonObject> record;
    if (r.ok()) {
        record = QJsonDocument::fromJson(r.body).object().value(QLatin1String("record")).toObject();
        if (record->value(QLatin1String("id")).toString() != id)
            return; // not an answer to go by: the record stays as it is until the next change
    } else if (r.status != 404) {
        return;
    }
    (void)MaintenanceStore(m_db).restoreHubRecord(ti->table, id, record);
}

void SyncClient::pullSuggestions(SyncReport& report)
{
    const HttpResponse r = send(QStringLiteral("GET"), QStringLiteral("/suggestions?state=open"));
    report.bytes += r.bytesReceived;
    // Only resource specialists, supervisors and admins read them (403 for others), and a hub
    // older than suggestions has none (404): neither is a failed sync.
    if (r.status == 403 || r.status == 404)
        return;
    if (!r.ok()) {
        report.offline = r.status == 0;
        report.unauthorized = r.status == 401;
        report.error = describeFailure(r);
        return;
    }
    if (auto st = MaintenanceStore(m_db).replaceOpenSuggestions(r.body); !st)
        report.error = st.error();
}

SyncReport SyncClient::run(const std::atomic_bool* stop, bool retryWaiting)
{
    SyncStore store(m_db);
    SyncRun run;
    run.startedAt = QDateTime::currentDateTimeUtc();
    const auto id = store.beginRun(run.startedAt);
    run.id = id ? *id : 0;

    SyncReport report = push(stop, retryWaiting);
    if (report.ok() && !stopped(stop)) {
        const SyncReport pulled = pull(stop);
        report.pulled = pulled.pulled;
        report.deleted = pulled.deleted;
        report.pages = pulled.pages;
        report.head = pulled.head;
        report.reachedHead = pulled.reachedHead;
        report.bytes += pulled.bytes;
        report.offline = pulled.offline;
        report.unauthorized = pulled.unauthorized;
        report.error = pulled.error;
    }
    if (report.ok() && !stopped(stop))
        pullSuggestions(report);
    if (report.ok() && stopped(stop))
        report.error = tr("The sync was stopped.");

    run.finishedAt = QDateTime::currentDateTimeUtc();
    run.pulled = report.pulled;
    run.deleted = report.deleted;
    run.pushed = report.pushed;
    run.conflicts = report.conflicts;
    run.bytes = report.bytes;
    run.outcome = report.ok() ? QStringLiteral("ok") : QStringLiteral("failed");
    run.error = report.error;
    if (run.id)
        (void)store.finishRun(run);
    return report;
}

} // namespace open211
