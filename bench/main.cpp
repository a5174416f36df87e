// open211-bench: measures what the issues set targets for, on generated data, and writes a JSON
// report. `open211-bench store --services 100000 --json out.json` times demo generation, the HSDS
// JSON export and a fresh import of that export, and reports the database size.
#include "CurlTransport.h"
#include "PgCluster.h"
#include "SyncClient.h"
#include "demo/DemoCalls.h"
#include "demo/DemoGenerator.h"
#include "import/HsdsExport.h"
#include "import/HsdsImport.h"
#include "import/TaxonomyImport.h"
#include "search/OpeningHours.h"
#include "search/SearchEngine.h"
#include "security/CallerKeys.h"
#include "security/Crypto.h"
#include "store/AccountStore.h"
#include "store/CallStore.h"
#include "store/Database.h"
#include "store/ReportStore.h"
#include "store/ResourceStore.h"
#include "store/SearchIndex.h"
#include "store/Statement.h"
#include "store/SyncStore.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QRegularExpression>
#include <QScopeGuard>
#include <QTemporaryDir>
#include <QTextStream>
#include <QUrl>
#include <cmath>
#include <numeric>

using namespace open211;

namespace {

struct Out
{
    template <typename T> Out& operator<<(const T& v)
    {
        QTextStream s(stdout);
        s << v;
        return *this;
    }
};
Out& out()
{
    static Out o;
    return o;
}

qint64 dbBytes(const QString& path)
{
    qint64 n = 0;
    for (const char* suffix : {"", "-wal", "-shm"})
        n += QFileInfo(path + QLatin1String(suffix)).size();
    return n;
}

int benchStore(int services, quint64 seed, const QString& workDir, QJsonObject& report)
{
    const QString genPath = QDir(workDir).filePath(QStringLiteral("generated.sqlite"));
    const QString importPath = QDir(workDir).filePath(QStringLiteral("imported.sqlite"));
    const QString jsonPath = QDir(workDir).filePath(QStringLiteral("export.json"));
    QFile::remove(genPath);
    QFile::remove(importPath);

    QElapsedTimer t;
    {
        auto db = Database::open(genPath);
        if (!db) {
            out() << db.error() << '\n';
            return 1;
        }
        t.start();
        auto r = DemoGenerator::generate(**db, DemoOptions{services, seed});
        if (!r) {
            out() << r.error() << '\n';
            return 1;
        }
        report[QStringLiteral("demo_s")] = double(t.elapsed()) / 1000;
        out() << "demo generation: " << services << " services in " << double(t.elapsed()) / 1000 << " s\n";
        t.restart();
        auto e = exportHsdsJson(**db, jsonPath);
        if (!e) {
            out() << e.error() << '\n';
            return 1;
        }
        report[QStringLiteral("export_s")] = double(t.elapsed()) / 1000;
        report[QStringLiteral("export_bytes")] = QFileInfo(jsonPath).size();
        out() << "export: " << double(t.elapsed()) / 1000 << " s, " << QFileInfo(jsonPath).size() << " bytes\n";
    }
    (void)Database::open(genPath); // reopen and close: checkpoint the WAL so the size is the file's
    report[QStringLiteral("db_bytes")] = dbBytes(genPath);
    {
        auto db = Database::open(importPath);
        if (!db)
            return 1;
        if (auto tax = importDemoTaxonomy(**db); !tax)
            return 1;
        t.restart();
        auto r = importHsdsFile(**db, jsonPath);
        if (!r) {
            out() << r.error() << '\n';
            return 1;
        }
        report[QStringLiteral("import_s")] = double(t.elapsed()) / 1000;
        out() << "import of the export: " << r->services() << " services (" << r->total() << " records) in "
              << double(t.elapsed()) / 1000 << " s\n";
    }
    out() << "database size: " << dbBytes(genPath) << " bytes\n";
    report[QStringLiteral("services")] = services;
    return 0;
}

// The committed query mix: what specialists type, letter by letter, and what they combine.
QList<SearchQuery> queryMix(SearchEngine& engine)
{
    QList<SearchQuery> mix;
    const auto text = [](const QString& t) {
        SearchQuery q;
        q.text = t;
        return q;
    };
    // Words typed letter by letter (each prefix is a query, as the screen sends them).
    for (const char* word : {"food",
                             "shelter",
                             "housing",
                             "counselling",
                             "dental",
                             "employment",
                             "legal",
                             "youth",
                             "seniors",
                             "hébergement",
                             "logement",
                             "addiction",
                             "rent",
                             "transportation",
                             "tax"}) {
        const QString w = QString::fromUtf8(word);
        for (int n = 1; n <= w.size(); ++n)
            mix << text(w.left(n));
    }
    // Phrases.
    for (const char* phrase : {"food bank",
                               "emergency shelter",
                               "mental health counselling",
                               "rent assistance",
                               "meals on wheels",
                               "legal clinic tenant",
                               "crisis line",
                               "hébergement d'urgence",
                               "banque alimentaire",
                               "aide au logement",
                               "home care seniors",
                               "english classes newcomers",
                               "child care",
                               "tax clinic",
                               "utility bill help",
                               "women shelter",
                               "harm reduction",
                               "job search",
                               "disability support",
                               "dental clinic",
                               "family counselling",
                               "addiction treatment",
                               "clothing bank",
                               "winter coats",
                               "housing help centre",
                               "public health unit",
                               "victim services",
                               "literacy council",
                               "volunteer centre",
                               "settlement services"})
        mix << text(QString::fromUtf8(phrase));
    // Taxonomy subtrees.
    for (const char* code : {"BD", "BD-1800", "BD-1800.2000", "BH", "BH-1800", "LD", "LT", "NL", "PH", "RP",
                             "RR", "RX",      "TJ",           "FT", "DM",      "ND", "BT", "BV", "HH", "JP"}) {
        SearchQuery q;
        q.taxonomyCode = QString::fromLatin1(code);
        mix << q;
    }
    // Radius searches around places.
    const QStringList places{QStringLiteral("Ottawa"),
                             QStringLiteral("Toronto"),
                             QStringLiteral("Grand Sudbury"),
                             QStringLiteral("Thunder Bay"),
                             QStringLiteral("K1P 5K8"),
                             QStringLiteral("M5V"),
                             QStringLiteral("London"),
                             QStringLiteral("Hawkesbury"),
                             QStringLiteral("P0V"),
                             QStringLiteral("43.6532, -79.3832")};
    const char* const needs[] = {"food", "shelter", "counselling", "dental", "legal"};
    int i = 0;
    for (const QString& p : places) {
        auto place = engine.resolvePlace(p);
        if (!place)
            continue;
        for (int k = 0; k < 4; ++k) {
            SearchQuery q = text(QString::fromLatin1(needs[(i + k) % 5]));
            q.near = *place;
            q.radiusKm = k % 2 ? 10 : 25;
            mix << q;
        }
        SearchQuery q;
        q.near = *place;
        q.radiusKm = 5;
        mix << q;
        ++i;
    }
    // All filters combined.
    const QDateTime evening(QDate(2026, 11, 25), QTime(19, 30), OpeningHours::timeZone());
    for (const QString& p : places) {
        auto place = engine.resolvePlace(p);
        if (!place)
            continue;
        for (const char* need : {"food", "shelter", "counselling"}) {
            SearchQuery q = text(QString::fromLatin1(need));
            q.near = *place;
            q.radiusKm = 50;
            q.filters.language = QStringLiteral("fr");
            q.filters.age = 70;
            q.filters.openAt = evening;
            q.filters.freeOnly = true;
            q.filters.accessibleOnly = true;
            mix << q;
        }
    }
    return mix;
}

double percentile(QList<double> v, double p)
{
    if (v.isEmpty())
        return 0;
    std::sort(v.begin(), v.end());
    return v[std::min<qsizetype>(v.size() - 1, qsizetype(std::ceil(p / 100.0 * double(v.size())) - 1))];
}

int benchSearch(int services, quint64 seed, const QString& workDir, QJsonObject& report)
{
    const QString path = QDir(workDir).filePath(QStringLiteral("search-%1-%2.sqlite").arg(services).arg(seed));
    QElapsedTimer t;
    t.start();
    auto db = Database::open(path);
    if (!db) {
        out() << db.error() << '\n';
        return 1;
    }
    const auto stored = ResourceStore(**db).counts();
    const bool reuse = stored && stored->services == services;
    double buildS = 0;
    if (!reuse) {
        auto r = DemoGenerator::generate(**db, DemoOptions{services, seed});
        if (!r) {
            out() << r.error() << '\n';
            return 1;
        }
        // The index build alone, timed from scratch.
        Transaction tx(**db);
        t.restart();
        if (auto st = SearchIndex::rebuildAll(**db); !st || !tx.commit()) {
            out() << "index build failed\n";
            return 1;
        }
        buildS = double(t.elapsed()) / 1000;
        report[QStringLiteral("build_s")] = buildS;
    } else {
        report[QStringLiteral("build_s")] = QJsonValue();
        out() << "reusing " << path << " (index build not timed; delete it to time the build)\n";
    }
    SearchEngine engine(**db);
    const QList<SearchQuery> mix = queryMix(engine);
    // Warm SQLite's and the system's page caches once. The timed pass uses a new engine, so its
    // own caches (facts of services, points and areas) start empty, as at the start of a shift.
    for (const auto& q : mix)
        (void)engine.search(q);
    SearchEngine timed(**db);
    QElapsedTimer pt;
    pt.start();
    (void)timed.prepare(); // as the search thread does when the workstation starts
    report[QStringLiteral("prepare_s")] = double(pt.elapsed()) / 1000;
    out() << "search thread start (places, areas and filter facts into memory): " << double(pt.elapsed()) / 1000
          << " s\n";
    QList<double> ms;
    qint64 results = 0;
    QStringList firstResults;
    for (const auto& q : mix) {
        QElapsedTimer qt;
        qt.start();
        auto r = timed.search(q);
        ms << double(qt.nsecsElapsed()) / 1e6;
        if (r)
            results += r->total;
        if (r && !r->results.isEmpty())
            firstResults << r->results.first().serviceId;
    }
    // What the detail pane reads when a result is selected: the whole record of the service.
    QList<double> detailMs;
    ResourceStore store(**db);
    for (const QString& id : firstResults) {
        QElapsedTimer qt;
        qt.start();
        auto d = store.serviceDetail(id);
        detailMs << double(qt.nsecsElapsed()) / 1e6;
        if (!d)
            out() << d.error() << '\n';
    }
    // The same words with a plain LIKE scan, as a baseline.
    QList<double> likeMs;
    Statement like(**db,
                   QStringLiteral("SELECT s.id FROM service s JOIN organization o ON o.id = s.organization_id WHERE "
                                  "(s.name LIKE ?1 OR s.description LIKE ?1 OR o.name LIKE ?1) AND s.status = 'active' "
                                  "LIMIT 20"));
    for (const auto& q : mix) {
        if (q.text.isEmpty())
            continue;
        QElapsedTimer qt;
        qt.start();
        like.reset();
        like.bindText(1, u'%' + q.text + u'%');
        while (like.next()) { }
        likeMs << double(qt.nsecsElapsed()) / 1e6;
    }
    QList<double> textMs;
    for (int i = 0; i < mix.size(); ++i) {
        if (!mix[i].text.isEmpty())
            textMs << ms[i];
    }
    const double p95 = percentile(ms, 95), likeP95 = percentile(likeMs, 95);
    if (qEnvironmentVariableIsSet("OPEN211_BENCH_SLOWEST")) {
        QList<int> order(mix.size());
        std::iota(order.begin(), order.end(), 0);
        std::sort(order.begin(), order.end(), [&](int a, int b) { return ms[a] > ms[b]; });
        for (int i = 0; i < std::min<int>(15, int(order.size())); ++i) {
            const auto& q = mix[order[i]];
            out() << QString::number(ms[order[i]], 'f', 2) << " ms: '" << q.text << "' tax=" << q.taxonomyCode
                  << " near=" << (q.near ? q.near->municipality : QString()) << " r=" << q.radiusKm
                  << (q.filters.openAt ? " +filters" : "") << '\n';
        }
        // The five slowest again, on a fresh engine as in the timed pass, with their phases.
        for (int i = 0; i < std::min<int>(5, int(order.size())); ++i) {
            SearchEngine traced(**db);
            (void)traced.prepare();
            traced.setTrace(true);
            out() << "trace of '" << mix[order[i]].text << "':\n";
            (void)traced.search(mix[order[i]]);
        }
    }
    report[QStringLiteral("services")] = services;
    report[QStringLiteral("queries")] = int(mix.size());
    report[QStringLiteral("p50_ms")] = percentile(ms, 50);
    report[QStringLiteral("p95_ms")] = p95;
    report[QStringLiteral("p99_ms")] = percentile(ms, 99);
    report[QStringLiteral("max_ms")] = percentile(ms, 100);
    report[QStringLiteral("text_p95_ms")] = percentile(textMs, 95);
    report[QStringLiteral("like_p95_ms")] = likeP95;
    const double textP95 = percentile(textMs, 95);
    report[QStringLiteral("speedup_vs_like")] = textP95 > 0 ? likeP95 / textP95 : 0;
    report[QStringLiteral("db_bytes")] = dbBytes(path);
    report[QStringLiteral("detail_p95_ms")] = percentile(detailMs, 95);
    out() << "resource detail of the first result: p50 " << percentile(detailMs, 50) << " ms, p95 "
          << percentile(detailMs, 95) << " ms (" << detailMs.size() << " reads)\n";
    out() << "search: " << mix.size() << " queries on " << services << " services: p50 " << percentile(ms, 50)
          << " ms, p95 " << p95 << " ms, p99 " << percentile(ms, 99) << " ms, max " << percentile(ms, 100) << " ms\n"
          << "LIKE scan p95 " << likeP95 << " ms (FTS text queries p95 " << percentile(textMs, 95) << " ms), speedup "
          << report[QStringLiteral("speedup_vs_like")].toDouble() << "x\n"
          << "index build " << buildS << " s, database " << dbBytes(path) << " bytes, " << results
          << " results in all\n";
    return 0;
}

} // namespace

// The hub program: OPEN211_HUB, or open211-hub where the build puts it beside this program.
QString hubProgram()
{
    const QString env = qEnvironmentVariable("OPEN211_HUB");
    if (!env.isEmpty())
        return env;
    return QDir(QCoreApplication::applicationDirPath()).filePath(QStringLiteral("../server/open211-hub"));
}

// Starts its own PostgreSQL and hub on loopback, loads `services` demo services into the hub,
// times an initial sync of a new workstation, then 1,000 edits on the hub and the incremental
// sync that brings them; and the hub's search beside the workstation's local search.
int benchSync(int services, quint64 seed, const QString& workDir, QJsonObject& report)
{
    const QString program = hubProgram();
    if (!QFileInfo::exists(program)) {
        out() << "the hub program is not at " << program << " (set OPEN211_HUB)\n";
        return 1;
    }
    QElapsedTimer t;
    t.start();
    const QString exported = QDir(workDir).filePath(QStringLiteral("hub-export.json"));
    // A work folder kept from an earlier run (--work-dir) with a hub loaded with as many services
    // is used again: only the syncs are timed anew.
    const QString loadedMark = QDir(workDir).filePath(QStringLiteral("hub-loaded-%1").arg(services));
    const bool reuse = QFileInfo::exists(loadedMark);
    if (!reuse) {
        auto db = Database::open(QDir(workDir).filePath(QStringLiteral("hub-source.sqlite")));
        if (!db || !DemoGenerator::generate(**db, DemoOptions{services, seed}) || !exportHsdsJson(**db, exported)) {
            out() << "could not make the hub's data\n";
            return 1;
        }
    }
    out() << "hub data made: " << services << " services in " << double(t.elapsed()) / 1000 << " s\n";
    QDir(workDir).mkpath(QStringLiteral("pg"));
    QFile::setPermissions(workDir, QFile::permissions(workDir) | QFile::ReadOther | QFile::ExeOther);
    PgCluster pg(QDir(workDir).filePath(QStringLiteral("pg")));
    if (auto st = pg.start(); !st) {
        out() << st.error() << '\n';
        return 1;
    }
    const auto hub = [&](const QStringList& args, const QByteArray& input = {}) {
        QProcess p;
        p.setProcessChannelMode(QProcess::MergedChannels);
        p.start(program, args + QStringList{QStringLiteral("--pg"), pg.connectionString()});
        p.waitForStarted();
        p.write(input);
        p.closeWriteChannel();
        p.waitForFinished(-1);
        if (p.exitCode() != 0)
            out() << "open211-hub " << args.join(u' ') << ": " << p.readAll() << '\n';
        return p.exitCode() == 0;
    };
    t.restart();
    if (reuse) {
        out() << "reusing the hub loaded in " << workDir << '\n';
    } else {
        if (!hub({QStringLiteral("load-taxonomy")}) || !hub({QStringLiteral("load"), exported})
            || !hub({QStringLiteral("add-user"),
                     QStringLiteral("bench"),
                     QStringLiteral("--role"),
                     QStringLiteral("resource_specialist")},
                    "bench-password\n"))
            return 1;
        report[QStringLiteral("hub_load_s")] = double(t.elapsed()) / 1000;
        out() << "hub load: " << double(t.elapsed()) / 1000 << " s\n";
        QFile mark(loadedMark);
        (void)mark.open(QIODevice::WriteOnly);
    }
    QProcess server;
    server.start(program,
                 {QStringLiteral("serve"),
                  QStringLiteral("--pg"),
                  pg.connectionString(),
                  QStringLiteral("--port"),
                  QStringLiteral("0")});
    QString url;
    static const QRegularExpression listening(QStringLiteral("listening on (https?://[0-9.]+:\\d+)"));
    QByteArray said;
    while (url.isEmpty() && server.waitForReadyRead(60000)) {
        said += server.readAllStandardOutput();
        const auto m = listening.match(QString::fromUtf8(said));
        if (m.hasMatch())
            url = m.captured(1);
    }
    if (url.isEmpty()) {
        out() << "the hub did not start: " << server.readAllStandardError() << '\n';
        return 1;
    }
    const auto stopServer = qScopeGuard([&server] {
        server.terminate();
        server.waitForFinished(30000);
    });

    const QString workstation = QDir(workDir).filePath(QStringLiteral("workstation.sqlite"));
    for (const char* suffix : {"", "-wal", "-shm"})
        QFile::remove(workstation + QLatin1String(suffix));
    auto db = Database::open(workstation);
    if (!db)
        return 1;
    CurlTransport http;
    SyncClient client(**db, http, SyncConfig{url, 5000});
    if (auto s = client.signIn(QStringLiteral("bench"), QStringLiteral("bench-password")); !s) {
        out() << s.error() << '\n';
        return 1;
    }
    t.restart();
    const SyncReport initial = client.run();
    const double initialS = double(t.elapsed()) / 1000;
    if (!initial.ok()) {
        out() << "initial sync: " << initial.error << '\n';
        return 1;
    }
    report[QStringLiteral("initial_s")] = initialS;
    report[QStringLiteral("records")] = initial.pulled;
    report[QStringLiteral("records_per_s")] = double(initial.pulled) / std::max(initialS, 1e-9);
    report[QStringLiteral("bytes")] = initial.bytes;
    out() << "initial sync: " << initial.pulled << " records in " << initialS << " s ("
          << qint64(double(initial.pulled) / std::max(initialS, 1e-9)) << " records/s, " << initial.bytes
          << " bytes on the wire, " << initial.pages << " pages)\n";

    // 1,000 services changed on the hub, as resource specialists would: one edit each.
    HttpRequest list;
    list.url = url + QStringLiteral("/services?page=1&per_page=1000");
    const QJsonArray firstPage
        = QJsonDocument::fromJson(http.send(list).body).object().value(QLatin1String("contents")).toArray();
    t.restart();
    int edited = 0;
    const QByteArray runId = QByteArray::number(QDateTime::currentMSecsSinceEpoch()); // keys new each run
    for (const QJsonValue& v : firstPage) {
        QJsonObject record = v.toObject();
        const QString id = record.value(QLatin1String("id")).toString();
        const qint64 version = record.value(QLatin1String("version")).toInteger();
        record.remove(QStringLiteral("organization"));
        record.insert(QStringLiteral("description"),
                      QString(record.value(QLatin1String("description")).toString() + QStringLiteral(" (updated)")));
        HttpRequest put;
        put.method = QStringLiteral("PUT");
        put.url = url + QStringLiteral("/resources/service/") + id;
        put.body
            = QJsonDocument(QJsonObject{{QStringLiteral("base_version"), version}, {QStringLiteral("record"), record}})
                  .toJson(QJsonDocument::Compact);
        put.headers = {{"Authorization", "Bearer " + client.token().toUtf8()},
                       {"Idempotency-Key", "edit:bench-" + runId + '-' + id.toUtf8()}};
        if (http.send(put).status == 200)
            ++edited;
    }
    out() << edited << " services edited on the hub in " << double(t.elapsed()) / 1000 << " s\n";
    t.restart();
    const SyncReport incremental = client.run();
    const double incrementalS = double(t.elapsed()) / 1000;
    if (!incremental.ok()) {
        out() << "incremental sync: " << incremental.error << '\n';
        return 1;
    }
    report[QStringLiteral("incremental_s")] = incrementalS;
    report[QStringLiteral("incremental_records")] = incremental.pulled;
    report[QStringLiteral("incremental_bytes")] = incremental.bytes;
    out() << "incremental sync: " << incremental.pulled << " records in " << incrementalS << " s\n";

    // The hub's search on PostgreSQL beside the workstation's own, for the text queries of the
    // search benchmark's mix (the hub's search takes text only).
    SearchEngine engine(**db);
    (void)engine.prepare();
    QList<double> hubMs, localMs;
    for (const SearchQuery& q : queryMix(engine)) {
        if (q.text.isEmpty() || q.near || !q.taxonomyCode.isEmpty())
            continue;
        QElapsedTimer qt;
        qt.start();
        HttpRequest get;
        get.url = url + QStringLiteral("/services?per_page=25&search=")
            + QString::fromLatin1(QUrl::toPercentEncoding(q.text));
        (void)http.send(get);
        hubMs << double(qt.nsecsElapsed()) / 1e6;
        qt.restart();
        SearchQuery local = q;
        local.limit = 25;
        (void)engine.search(local);
        localMs << double(qt.nsecsElapsed()) / 1e6;
    }
    const double hubP50 = percentile(hubMs, 50), localP50 = percentile(localMs, 50);
    report[QStringLiteral("hub_search_p50_ms")] = hubP50;
    report[QStringLiteral("hub_search_p95_ms")] = percentile(hubMs, 95);
    report[QStringLiteral("local_search_p50_ms")] = localP50;
    report[QStringLiteral("local_search_p95_ms")] = percentile(localMs, 95);
    report[QStringLiteral("hub_to_local_ratio_p50")] = hubP50 / std::max(localP50, 1e-6);
    out() << "text search, " << hubMs.size() << " queries: hub (PostgreSQL over HTTP) p50 " << hubP50 << " ms, p95 "
          << percentile(hubMs, 95) << " ms; workstation p50 " << localP50 << " ms, p95 " << percentile(localMs, 95)
          << " ms; ratio " << hubP50 / std::max(localP50, 1e-6) << "\n";
    report[QStringLiteral("services")] = services;
    return 0;
}

// The community needs report over `calls` generated calls (a year of a busy centre's calls on
// 2,000 demo services): generation, then the full report (every table of the Reports screen)
// timed three times, best and median kept. The database is kept in the work dir and reused when
// it already holds that many calls.
int benchReports(int calls, quint64 seed, const QString& workDir, QJsonObject& report)
{
    const QString path = QDir(workDir).filePath(QStringLiteral("reports-%1.sqlite").arg(calls));
    auto opened = Database::open(path);
    if (!opened) {
        out() << opened.error() << '\n';
        return 1;
    }
    std::unique_ptr<Database> db = std::move(opened).value();
    const QDate to(2026, 11, 30);
    const QDate from = to.addYears(-1).addDays(1);
    Statement have(*db, QStringLiteral("SELECT count(*) FROM call"));
    const qint64 stored = have.next() ? have.integer(0) : 0;
    have = Statement();
    if (stored != calls) {
        if (stored > 0) {
            db.reset();
            for (const char* suffix : {"", "-wal", "-shm"})
                QFile::remove(path + QLatin1String(suffix));
            auto again = Database::open(path);
            if (!again)
                return 1;
            db = std::move(again).value();
        }
        QElapsedTimer t;
        t.start();
        if (auto r = DemoGenerator::generate(*db, DemoOptions{2000, seed}); !r) {
            out() << r.error() << '\n';
            return 1;
        }
        auto made = DemoCalls::generate(*db, DemoCallOptions{calls, seed, from, to}, [&](int n) {
            if (n % 200000 == 0)
                out() << "  " << n << " calls\n";
        });
        if (!made) {
            out() << made.error() << '\n';
            return 1;
        }
        (void)db->exec(QStringLiteral("PRAGMA wal_checkpoint(TRUNCATE)"));
        report[QStringLiteral("generate_s")] = double(t.elapsed()) / 1000.0;
        out() << "generated " << *made << " calls in " << double(t.elapsed()) / 1000.0 << " s\n";
    }
    report[QStringLiteral("calls")] = calls;
    report[QStringLiteral("db_bytes")] = dbBytes(path);
    ReportFilter filter;
    filter.from = from;
    filter.to = to;
    filter.granularity = ReportGranularity::Month;
    QList<double> seconds;
    CommunityReport last;
    for (int i = 0; i < 3; ++i) {
        QElapsedTimer t;
        t.start();
        auto r = ReportStore(*db).build(filter);
        if (!r) {
            out() << r.error() << '\n';
            return 1;
        }
        seconds << double(t.nsecsElapsed()) / 1e9;
        last = std::move(r).value();
    }
    std::sort(seconds.begin(), seconds.end());
    report[QStringLiteral("report_s")] = seconds[1];
    report[QStringLiteral("report_best_s")] = seconds[0];
    report[QStringLiteral("report_calls")] = last.calls;
    report[QStringLiteral("report_needs")] = last.needs;
    report[QStringLiteral("report_referrals")] = last.referrals;
    // A drill-down into the largest category, for one region, by week.
    if (!last.categories.isEmpty()) {
        filter.category = last.categories.first().key;
        filter.region = QStringLiteral("Central");
        filter.granularity = ReportGranularity::Week;
        QElapsedTimer t;
        t.start();
        auto r = ReportStore(*db).build(filter);
        if (r)
            report[QStringLiteral("drill_down_s")] = double(t.nsecsElapsed()) / 1e9;
    }
    out() << "report over " << last.calls << " calls, " << last.needs << " needs, " << last.referrals
          << " referrals: median " << seconds[1] << " s (best " << seconds[0] << " s)\n";
    return 0;
}

// Caller privacy: what sealing callers' details and checking passwords cost. Argon2id (the offline
// sign-in and the key derived from a password), one value sealed and opened, and calls with a name,
// a phone and notes written and read sealed against the same calls with nothing to seal.
int benchPrivacy(int calls, quint64 seed, const QString& workDir, QJsonObject& report)
{
    if (!crypto::initialize()) {
        out() << "libsodium did not start\n";
        return 1;
    }
    const auto median = [](auto&& f, int times) {
        QList<double> ms;
        for (int i = 0; i < times; ++i) {
            QElapsedTimer t;
            t.start();
            f();
            ms << double(t.nsecsElapsed()) / 1e6;
        }
        std::sort(ms.begin(), ms.end());
        return ms[ms.size() / 2];
    };
    const QByteArray password("correct horse battery staple");
    QByteArray hash;
    report[QStringLiteral("argon2id_hash_ms")] = median([&] { hash = crypto::hashPassword(password); }, 5);
    report[QStringLiteral("argon2id_verify_ms")] = median([&] { (void)crypto::verifyPassword(hash, password); }, 5);
    const QByteArray salt = crypto::randomBytes(crypto::SaltBytes);
    report[QStringLiteral("derive_key_ms")] = median([&] { (void)crypto::deriveKey(password, salt); }, 5);

    CallerKeys::install(KeyRing::generate());
    constexpr int Values = 200000;
    const QString phone = QStringLiteral("705-555-0142");
    QStringList sealed;
    sealed.reserve(Values);
    QElapsedTimer t;
    t.start();
    for (int i = 0; i < Values; ++i)
        sealed << *CallerKeys::seal(phone, QStringLiteral("call.caller_phone:%1").arg(i));
    report[QStringLiteral("seal_us")] = double(t.nsecsElapsed()) / 1e3 / Values;
    t.restart();
    for (int i = 0; i < Values; ++i)
        (void)CallerKeys::open(sealed[i], QStringLiteral("call.caller_phone:%1").arg(i));
    report[QStringLiteral("open_us")] = double(t.nsecsElapsed()) / 1e3 / Values;

    // The same calls twice: with what identifies the caller (sealed), and without.
    const auto makeCalls = [&](bool identifying) {
        QList<Call> out;
        out.reserve(calls);
        for (int n = 0; n < calls; ++n) {
            Call c = CallStore::newCall(QStringLiteral("specialist-%1").arg(n % 40),
                                        QDateTime(QDate(2026, 1, 1), QTime(9, 0)).toUTC().addSecs(qint64(n) * 97));
            c.state = QStringLiteral("ended");
            c.endedAt = c.startedAt.addSecs(420);
            c.municipality = QStringLiteral("Sudbury");
            c.consentRecorded = identifying;
            if (identifying) {
                c.callerName = QStringLiteral("Caller %1 %2").arg(n).arg(seed);
                c.callerPhone = phone;
                c.notes = QStringLiteral("Lives with her sister since the fire; call back after 5 pm.");
            }
            c.needs << CallerNeed{QStringLiteral("need-%1").arg(n),
                                  QString(),
                                  QStringLiteral("BD-1800.2000"),
                                  QStringLiteral("Food Pantries"),
                                  true,
                                  QString(),
                                  identifying ? QStringLiteral("Allergic to peanuts") : QString()};
            out << c;
        }
        return out;
    };
    for (const bool identifying : {false, true}) {
        const QString name = identifying ? QStringLiteral("sealed") : QStringLiteral("plain");
        const QString path = QDir(workDir).filePath(QStringLiteral("privacy-%1.sqlite").arg(name));
        for (const char* suffix : {"", "-wal", "-shm"})
            QFile::remove(path + QLatin1String(suffix));
        auto db = Database::open(path);
        if (!db) {
            out() << db.error() << '\n';
            return 1;
        }
        const QList<Call> batch = makeCalls(identifying);
        t.restart();
        if (auto st = CallStore(**db).saveMany(batch); !st) {
            out() << st.error() << '\n';
            return 1;
        }
        const double writeS = double(t.nsecsElapsed()) / 1e9;
        t.restart();
        const int reads = std::min<int>(calls, 2000);
        for (int i = 0; i < reads; ++i) {
            auto c = CallStore(**db).load(batch[(i * 7919) % calls].id);
            if (!c || c->detailsLocked) {
                out() << "a call did not load\n";
                return 1;
            }
        }
        const double readMs = double(t.nsecsElapsed()) / 1e6 / reads;
        // The first sign-in after the upgrade looks for details an earlier version left unsealed
        // (reading them all); every later one finds nothing pending.
        for (const char* when : {"first", "later"}) {
            t.restart();
            if (auto sealed = CallStore(**db).sealUnsealed(); !sealed || *sealed != 0) {
                out() << "sealUnsealed found something to do\n";
                return 1;
            }
            report[QStringLiteral("seal_check_%1_%2_ms").arg(name, QLatin1String(when))]
                = double(t.nsecsElapsed()) / 1e6;
        }
        report[QStringLiteral("write_%1_calls_s").arg(name)] = writeS;
        report[QStringLiteral("load_%1_call_ms").arg(name)] = readMs;
        out() << name << ": " << calls << " calls written in " << writeS << " s; one loaded in " << readMs << " ms\n";
    }
    report[QStringLiteral("calls")] = calls;

    // The offline sign-in as a person meets it: the stored hash checked, the failure count kept.
    {
        auto db = Database::open(QDir(workDir).filePath(QStringLiteral("privacy-sealed.sqlite")));
        if (!db)
            return 1;
        AccountStore accounts(**db);
        const QString hub = QStringLiteral("https://hub.example.org");
        if (auto a = accounts.rememberOnline(hub,
                                             QStringLiteral("amira"),
                                             QStringLiteral("Amira"),
                                             QStringLiteral("specialist"),
                                             QString::fromUtf8(password),
                                             KeyRing::generate());
            !a) {
            out() << a.error() << '\n';
            return 1;
        }
        report[QStringLiteral("offline_sign_in_ms")] = median(
            [&] { (void)accounts.signInOffline(hub, QStringLiteral("amira"), QString::fromUtf8(password)); }, 5);
    }
    CallerKeys::uninstall();
    out() << "Argon2id hash " << report[QStringLiteral("argon2id_hash_ms")].toDouble() << " ms, verify "
          << report[QStringLiteral("argon2id_verify_ms")].toDouble() << " ms, offline sign-in "
          << report[QStringLiteral("offline_sign_in_ms")].toDouble() << " ms; seal "
          << report[QStringLiteral("seal_us")].toDouble() << " us, open "
          << report[QStringLiteral("open_us")].toDouble() << " us a value\n";
    return 0;
}

int main(int argc, char* argv[])
{
    QCoreApplication app(argc, argv);
    setvbuf(stdout, nullptr, _IONBF, 0);
    QCommandLineParser p;
    p.setApplicationDescription(QStringLiteral("Open 211 benchmarks. Suites: store, search, sync, reports, privacy"));
    p.addHelpOption();
    p.addPositionalArgument(QStringLiteral("suite"), QStringLiteral("store"));
    p.addOption({QStringLiteral("services"),
                 QStringLiteral("Number of services."),
                 QStringLiteral("N"),
                 QStringLiteral("100000")});
    p.addOption({QStringLiteral("calls"),
                 QStringLiteral("Number of calls (reports)."),
                 QStringLiteral("N"),
                 QStringLiteral("1000000")});
    p.addOption({QStringLiteral("seed"), QStringLiteral("Seed."), QStringLiteral("S"), QStringLiteral("211")});
    p.addOption({QStringLiteral("json"), QStringLiteral("Write the report here."), QStringLiteral("FILE")});
    p.addOption({QStringLiteral("work-dir"), QStringLiteral("Keep generated files here."), QStringLiteral("DIR")});
    p.process(app);
    const QString suite = p.positionalArguments().value(0, QStringLiteral("store"));
    QTemporaryDir tmp;
    const QString work = p.isSet(QStringLiteral("work-dir")) ? p.value(QStringLiteral("work-dir")) : tmp.path();
    QDir().mkpath(work);
    QJsonObject report{{QStringLiteral("suite"), suite}};
    int rc = 2;
    if (suite == QLatin1String("search"))
        rc = benchSearch(
            p.value(QStringLiteral("services")).toInt(), p.value(QStringLiteral("seed")).toULongLong(), work, report);
    else if (suite == QLatin1String("sync"))
        rc = benchSync(
            p.value(QStringLiteral("services")).toInt(), p.value(QStringLiteral("seed")).toULongLong(), work, report);
    else if (suite == QLatin1String("reports"))
        rc = benchReports(
            p.value(QStringLiteral("calls")).toInt(), p.value(QStringLiteral("seed")).toULongLong(), work, report);
    else if (suite == QLatin1String("privacy"))
        rc = benchPrivacy(std::min(p.value(QStringLiteral("calls")).toInt(), 100000),
                          p.value(QStringLiteral("seed")).toULongLong(),
                          work,
                          report);
    else if (suite == QLatin1String("store"))
        rc = benchStore(
            p.value(QStringLiteral("services")).toInt(), p.value(QStringLiteral("seed")).toULongLong(), work, report);
    else
        out() << "unknown suite " << suite << '\n';
    if (rc == 0 && p.isSet(QStringLiteral("json"))) {
        QFile f(p.value(QStringLiteral("json")));
        if (f.open(QIODevice::WriteOnly))
            f.write(QJsonDocument(report).toJson());
    }
    return rc;
}
