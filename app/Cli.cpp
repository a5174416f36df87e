#include "Cli.h"

#include "Keychain.h"
#include "WorkstationSignIn.h"
#include "security/Crypto.h"

#include "CurlTransport.h"
#include "Profile.h"
#include "SyncClient.h"
#include "demo/DemoGenerator.h"
#include "import/HsdsExport.h"
#include "import/HsdsImport.h"
#include "import/TaxonomyImport.h"
#include "search/OpeningHours.h"
#include "search/SearchEngine.h"
#include "store/Database.h"
#include "store/ResourceStore.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTextStream>
#include <csignal>
#include <cstdio>
#include <termios.h>
#include <unistd.h>

namespace open211::cli {

namespace {

struct Text
{
    Q_DECLARE_TR_FUNCTIONS(open211::cli::Text)
};

QTextStream& out()
{
    static QTextStream s(stdout);
    return s;
}
QTextStream& err()
{
    static QTextStream s(stderr);
    return s;
}

const QStringList Commands{QStringLiteral("import"),
                           QStringLiteral("import-taxonomy"),
                           QStringLiteral("export"),
                           QStringLiteral("demo"),
                           QStringLiteral("info"),
                           QStringLiteral("search"),
                           QStringLiteral("sync"),
                           QStringLiteral("taxonomy")};

// A progress line on the terminal: rewritten in place on a TTY, every 10% otherwise.
ProgressFn progressPrinter(const QString& what)
{
    const bool tty = isatty(fileno(stderr));
    auto lastTenth = std::make_shared<int>(-1);
    return [what, tty, lastTenth](qint64 done, qint64 total) {
        const int percent = total > 0 ? int(done * 100 / total) : 100;
        if (tty) {
            err() << '\r' << Text::tr("%1: %2% (%3 of %4 records)").arg(what).arg(percent).arg(done).arg(total)
                  << (done >= total ? "\n" : "");
            err().flush();
        } else if (percent / 10 != *lastTenth) {
            *lastTenth = percent / 10;
            err() << Text::tr("%1: %2% (%3 of %4 records)").arg(what).arg(percent).arg(done).arg(total) << '\n';
            err().flush();
        }
    };
}

std::unique_ptr<Database> openProfile(const GlobalOptions& g)
{
    const Profile profile(g.dataDir);
    auto db = Database::open(profile.databasePath());
    if (!db) {
        err() << db.error() << '\n';
        return nullptr;
    }
    return std::move(db).value();
}

QString seconds(const QElapsedTimer& t)
{
    return QString::number(double(t.elapsed()) / 1000.0, 'f', 1);
}

int parseCommand(QCommandLineParser& p, const GlobalOptions& g, int minPositional)
{
    p.addHelpOption();
    if (!p.parse(QStringList{g.command} + g.commandArgs)) {
        err() << p.errorText() << '\n';
        return 2;
    }
    if (p.isSet(QStringLiteral("help"))) {
        out() << p.helpText();
        return 0;
    }
    if (p.positionalArguments().size() < minPositional) {
        err() << p.helpText();
        return 2;
    }
    return -1;
}

void printSummary(const ImportSummary& s, const QElapsedTimer& t)
{
    out() << Text::tr("Imported %1 services (%2 records in all) in %3 s.")
                 .arg(s.services())
                 .arg(s.total())
                 .arg(seconds(t))
          << '\n';
    for (const QString& w : s.warnings)
        err() << Text::tr("Warning: %1").arg(w) << '\n';
}

int runImport(const GlobalOptions& g)
{
    QCommandLineParser p;
    p.setApplicationDescription(Text::tr("Imports HSDS 3 resources: a JSON file (one service, an array of services or "
                                         "an API page) or an HSDS CSV data package (folder or datapackage.json)."));
    p.addPositionalArgument(QStringLiteral("FILE"), Text::tr("The file or data package to import."));
    if (int rc = parseCommand(p, g, 1); rc >= 0)
        return rc;
    auto db = openProfile(g);
    if (!db)
        return 1;
    QElapsedTimer t;
    t.start();
    err() << Text::tr("Reading %1…").arg(p.positionalArguments().first()) << '\n';
    auto r = importHsdsFile(*db, p.positionalArguments().first(), progressPrinter(Text::tr("Writing")));
    if (!r) {
        err() << Text::tr("Import failed: %1").arg(r.error()) << '\n';
        return 1;
    }
    printSummary(*r, t);
    return 0;
}

int runImportTaxonomy(const GlobalOptions& g)
{
    QCommandLineParser p;
    p.setApplicationDescription(
        Text::tr("Imports a taxonomy from CSV with the columns code, name, name_fr, definition, "
                 "definition_fr, parent_code, use_references, use_references_fr, see_also."));
    p.addPositionalArgument(QStringLiteral("FILE"), Text::tr("The taxonomy CSV file."));
    p.addOption({QStringLiteral("taxonomy-id"),
                 Text::tr("Identifier of the taxonomy."),
                 QStringLiteral("ID"),
                 QStringLiteral("iar")});
    p.addOption({QStringLiteral("taxonomy-name"),
                 Text::tr("Name of the taxonomy."),
                 QStringLiteral("NAME"),
                 QStringLiteral("I&R Taxonomy")});
    if (int rc = parseCommand(p, g, 1); rc >= 0)
        return rc;
    auto db = openProfile(g);
    if (!db)
        return 1;
    TaxonomyInfo info;
    info.id = p.value(QStringLiteral("taxonomy-id"));
    info.name = p.value(QStringLiteral("taxonomy-name"));
    QElapsedTimer t;
    t.start();
    auto r = importTaxonomyCsv(*db, p.positionalArguments().first(), info);
    if (!r) {
        err() << Text::tr("Import failed: %1").arg(r.error()) << '\n';
        return 1;
    }
    out() << Text::tr("Imported %1 taxonomy terms in %2 s.").arg(*r).arg(seconds(t)) << '\n';
    return 0;
}

int runExport(const GlobalOptions& g)
{
    QCommandLineParser p;
    p.setApplicationDescription(
        Text::tr("Writes the stored resources out as HSDS 3 JSON (an array of full services)."));
    p.addOption({QStringLiteral("hsds-json"), Text::tr("The JSON file to write."), QStringLiteral("FILE")});
    if (int rc = parseCommand(p, g, 0); rc >= 0)
        return rc;
    if (!p.isSet(QStringLiteral("hsds-json"))) {
        err() << p.helpText();
        return 2;
    }
    auto db = openProfile(g);
    if (!db)
        return 1;
    QElapsedTimer t;
    t.start();
    auto r = exportHsdsJson(*db, p.value(QStringLiteral("hsds-json")), progressPrinter(Text::tr("Exporting")));
    if (!r) {
        err() << Text::tr("Export failed: %1").arg(r.error()) << '\n';
        return 1;
    }
    out()
        << Text::tr("Exported %1 services to %2 in %3 s.").arg(*r).arg(p.value(QStringLiteral("hsds-json")), seconds(t))
        << '\n';
    return 0;
}

int runDemo(const GlobalOptions& g)
{
    QCommandLineParser p;
    p.setApplicationDescription(Text::tr("Generates realistic, deterministic Ontario demo data into the profile."));
    p.addOption({QStringLiteral("services"),
                 Text::tr("How many services (default 2000)."),
                 QStringLiteral("N"),
                 QStringLiteral("2000")});
    p.addOption({QStringLiteral("seed"),
                 Text::tr("Random seed; the same seed gives the same data."),
                 QStringLiteral("S"),
                 QStringLiteral("211")});
    if (int rc = parseCommand(p, g, 0); rc >= 0)
        return rc;
    bool okN = false, okS = false;
    DemoOptions o;
    o.services = p.value(QStringLiteral("services")).toInt(&okN);
    o.seed = p.value(QStringLiteral("seed")).toULongLong(&okS);
    if (!okN || !okS || o.services < 1 || o.services > 1000000) {
        err() << Text::tr("--services takes a whole number from 1 to 1000000 and --seed a whole number.") << '\n';
        return 2;
    }
    auto db = openProfile(g);
    if (!db)
        return 1;
    QElapsedTimer t;
    t.start();
    auto r = DemoGenerator::generate(*db, o, progressPrinter(Text::tr("Writing")));
    if (!r) {
        err() << Text::tr("Demo generation failed: %1").arg(r.error()) << '\n';
        return 1;
    }
    out() << Text::tr("Generated %1 demo services (%2 records) in %3 s into %4.")
                 .arg(r->services())
                 .arg(r->total())
                 .arg(seconds(t), db->path())
          << '\n';
    return 0;
}

int runSearch(const GlobalOptions& g)
{
    QCommandLineParser p;
    p.setApplicationDescription(Text::tr("Searches the local resource replica and prints the ranked results with why "
                                         "each matched."));
    p.addPositionalArgument(QStringLiteral("QUERY"),
                            Text::tr("Words to search for (may be empty with --near or --taxonomy)."));
    p.addOption({QStringLiteral("near"),
                 Text::tr("The caller's municipality, postal code or \"latitude,longitude\"."),
                 QStringLiteral("PLACE")});
    p.addOption({QStringLiteral("radius"),
                 Text::tr("Only services within this many kilometres (or whose service area covers the place)."),
                 QStringLiteral("KM")});
    p.addOption({QStringLiteral("taxonomy"),
                 Text::tr("A taxonomy code: the term and everything narrower."),
                 QStringLiteral("CODE")});
    p.addOption({QStringLiteral("language"),
                 Text::tr("A language the service offers (ISO code, e.g. fr)."),
                 QStringLiteral("CODE")});
    p.addOption({QStringLiteral("age"), Text::tr("The caller's age."), QStringLiteral("N")});
    p.addOption({QStringLiteral("open-at"),
                 Text::tr("Open at this date and time (ISO 8601)."),
                 QStringLiteral("ISO-DATETIME")});
    p.addOption({QStringLiteral("open-now"), Text::tr("Open now.")});
    p.addOption({QStringLiteral("free"), Text::tr("Free services only.")});
    p.addOption({QStringLiteral("accessible"), Text::tr("Wheelchair accessible only.")});
    p.addOption({QStringLiteral("include-inactive"), Text::tr("Include inactive records.")});
    p.addOption({QStringLiteral("limit"),
                 Text::tr("How many results (default 10)."),
                 QStringLiteral("N"),
                 QStringLiteral("10")});
    p.addOption({QStringLiteral("json"), Text::tr("Print JSON.")});
    if (int rc = parseCommand(p, g, 0); rc >= 0)
        return rc;
    auto db = openProfile(g);
    if (!db)
        return 1;
    SearchEngine engine(*db);
    SearchQuery q;
    q.text = p.positionalArguments().join(u' ');
    q.taxonomyCode = p.value(QStringLiteral("taxonomy"));
    bool ok = true;
    if (p.isSet(QStringLiteral("near"))) {
        auto place = engine.resolvePlace(p.value(QStringLiteral("near")));
        if (!place) {
            err() << place.error() << '\n';
            return 2;
        }
        q.near = *place;
    }
    if (p.isSet(QStringLiteral("radius"))) {
        q.radiusKm = p.value(QStringLiteral("radius")).toDouble(&ok);
        if (!ok || q.radiusKm <= 0 || q.radiusKm > 2000) {
            err() << Text::tr("--radius takes a number of kilometres between 0 and 2000.") << '\n';
            return 2;
        }
        if (!q.near) {
            err() << Text::tr("--radius needs --near.") << '\n';
            return 2;
        }
    }
    q.filters.language = p.value(QStringLiteral("language"));
    if (p.isSet(QStringLiteral("age"))) {
        const int age = p.value(QStringLiteral("age")).toInt(&ok);
        if (!ok || age < 0 || age > 130) {
            err() << Text::tr("--age takes a whole number from 0 to 130.") << '\n';
            return 2;
        }
        q.filters.age = age;
    }
    if (p.isSet(QStringLiteral("open-at"))) {
        QDateTime at = QDateTime::fromString(p.value(QStringLiteral("open-at")), Qt::ISODate);
        if (!at.isValid()) {
            err() << Text::tr("--open-at takes an ISO 8601 date and time, e.g. 2026-11-25T19:30.") << '\n';
            return 2;
        }
        if (at.timeSpec() == Qt::LocalTime)
            at = QDateTime(at.date(), at.time(), OpeningHours::timeZone());
        q.filters.openAt = at;
    } else if (p.isSet(QStringLiteral("open-now"))) {
        q.filters.openAt = QDateTime::currentDateTimeUtc();
    }
    q.filters.freeOnly = p.isSet(QStringLiteral("free"));
    q.filters.accessibleOnly = p.isSet(QStringLiteral("accessible"));
    q.filters.includeInactive = p.isSet(QStringLiteral("include-inactive"));
    q.limit = p.value(QStringLiteral("limit")).toInt(&ok);
    if (!ok || q.limit < 1 || q.limit > 500) {
        err() << Text::tr("--limit takes a whole number from 1 to 500.") << '\n';
        return 2;
    }
    auto r = engine.search(q);
    if (!r) {
        err() << r.error() << '\n';
        return 1;
    }
    if (p.isSet(QStringLiteral("json"))) {
        QJsonArray arr;
        for (const SearchResult& x : r->results) {
            arr.append(QJsonObject{{QStringLiteral("service_id"), x.serviceId},
                                   {QStringLiteral("service_name"), x.serviceName},
                                   {QStringLiteral("service_name_fr"), x.serviceNameFr},
                                   {QStringLiteral("organization_name"), x.organizationName},
                                   {QStringLiteral("score"), x.score},
                                   {QStringLiteral("distance_km"),
                                    x.distanceKm ? QJsonValue(std::round(*x.distanceKm * 100) / 100) : QJsonValue()},
                                   {QStringLiteral("open_now"), x.openNow ? QJsonValue(*x.openNow) : QJsonValue()},
                                   {QStringLiteral("covered_by_service_area"), x.coveredByServiceArea},
                                   {QStringLiteral("city"), x.city},
                                   {QStringLiteral("address"), x.address},
                                   {QStringLiteral("matched"), QJsonArray::fromStringList(x.matched)}});
        }
        out() << QJsonDocument(arr).toJson(QJsonDocument::Indented);
        return 0;
    }
    if (!r->note.isEmpty())
        out() << r->note << '\n';
    out() << Text::tr("%1 results in %2 ms.").arg(r->total).arg(double(r->elapsedMicros) / 1000.0, 0, 'f', 1) << '\n';
    int n = r->results.isEmpty() ? 0 : q.offset;
    for (const SearchResult& x : r->results) {
        out() << QStringLiteral("%1. %2 — %3 (%4)").arg(++n).arg(x.serviceName, x.organizationName, x.city) << '\n'
              << QStringLiteral("   %1  [%2]").arg(x.matched.join(QStringLiteral("; "))).arg(x.score, 0, 'f', 3)
              << '\n';
    }
    return 0;
}

int runTaxonomy(const GlobalOptions& g)
{
    QCommandLineParser p;
    p.setApplicationDescription(Text::tr("Finds taxonomy terms by name, code or use reference."));
    p.addPositionalArgument(QStringLiteral("QUERY"), Text::tr("Words or a code."));
    p.addOption(
        {QStringLiteral("limit"), Text::tr("How many terms (default 10)."), QStringLiteral("N"), QStringLiteral("10")});
    p.addOption({QStringLiteral("json"), Text::tr("Print JSON.")});
    if (int rc = parseCommand(p, g, 1); rc >= 0)
        return rc;
    auto db = openProfile(g);
    if (!db)
        return 1;
    auto r = searchTaxonomy(
        *db, p.positionalArguments().join(u' '), std::clamp(p.value(QStringLiteral("limit")).toInt(), 1, 500));
    if (!r) {
        err() << r.error() << '\n';
        return 1;
    }
    const auto toJson = [](const QList<TaxonomyMatch>& list) {
        QJsonArray a;
        for (const auto& m : list) {
            a.append(QJsonObject{{QStringLiteral("id"), m.id},
                                 {QStringLiteral("code"), m.code},
                                 {QStringLiteral("name"), m.name},
                                 {QStringLiteral("name_fr"), m.nameFr},
                                 {QStringLiteral("matched"), m.matched}});
        }
        return a;
    };
    if (p.isSet(QStringLiteral("json"))) {
        out() << QJsonDocument(QJsonObject{{QStringLiteral("terms"), toJson(r->terms)},
                                           {QStringLiteral("related"), toJson(r->related)}})
                     .toJson(QJsonDocument::Indented);
        return 0;
    }
    for (const auto& m : r->terms)
        out() << QStringLiteral("%1  %2 / %3  (%4)").arg(m.code, -16).arg(m.name, m.nameFr, m.matched) << '\n';
    if (!r->related.isEmpty()) {
        out() << Text::tr("See also:") << '\n';
        for (const auto& m : r->related)
            out() << QStringLiteral("  %1  %2 / %3").arg(m.code, -16).arg(m.name, m.nameFr) << '\n';
    }
    return 0;
}

int runInfo(const GlobalOptions& g)
{
    auto db = openProfile(g);
    if (!db)
        return 1;
    auto c = ResourceStore(*db).counts();
    if (!c) {
        err() << c.error() << '\n';
        return 1;
    }
    out() << Text::tr("Database: %1 (schema %2)").arg(db->path()).arg(db->schemaVersion()) << '\n'
          << Text::tr("Organizations: %1").arg(c->organizations) << '\n'
          << Text::tr("Services: %1").arg(c->services) << '\n'
          << Text::tr("Locations: %1").arg(c->locations) << '\n'
          << Text::tr("Taxonomy terms: %1").arg(c->taxonomyTerms) << '\n'
          << Text::tr("Calls: %1").arg(c->calls) << '\n'
          << Text::tr("Waiting to upload: %1").arg(c->outbox) << '\n';
    return 0;
}

// The terminal as it was before the password prompt turned echo off, put back even when Ctrl+C
// ends the program at the prompt (tcsetattr may be called from a signal handler).
termios savedTerminal{};

extern "C" void restoreTerminalAndDie(int sig)
{
    tcsetattr(STDIN_FILENO, TCSAFLUSH, &savedTerminal);
    std::signal(sig, SIG_DFL);
    std::raise(sig);
}

// The password for `sync`: OPEN211_PASSWORD, else a line of standard input (not echoed on a
// terminal). Never written anywhere.
QString readPassword(const QString& prompt)
{
    if (const QString fromEnv = qEnvironmentVariable("OPEN211_PASSWORD"); !fromEnv.isEmpty())
        return fromEnv;
    bool quietTerminal = false;
    if (isatty(STDIN_FILENO)) {
        err() << prompt;
        err().flush();
        if (tcgetattr(STDIN_FILENO, &savedTerminal) == 0) {
            termios quiet = savedTerminal;
            quiet.c_lflag &= ~tcflag_t(ECHO);
            quiet.c_lflag |= ECHONL; // the Enter still moves to the next line
            std::signal(SIGINT, restoreTerminalAndDie);
            std::signal(SIGTERM, restoreTerminalAndDie);
            std::signal(SIGHUP, restoreTerminalAndDie);
            quietTerminal = tcsetattr(STDIN_FILENO, TCSAFLUSH, &quiet) == 0;
        }
    }
    QTextStream in(stdin);
    QString line = in.readLine();
    if (quietTerminal) {
        tcsetattr(STDIN_FILENO, TCSAFLUSH, &savedTerminal);
        for (int sig : {SIGINT, SIGTERM, SIGHUP})
            std::signal(sig, SIG_DFL);
    }
    if (line.endsWith(u'\r'))
        line.chop(1);
    return line;
}

int runSync(const GlobalOptions& g)
{
    QCommandLineParser p;
    p.setApplicationDescription(Text::tr("Signs in to the hub and syncs the profile once: the uploads waiting are sent "
                                         "(every one tried again now), then the hub's changes are pulled. The "
                                         "password comes from OPEN211_PASSWORD, else from standard input."));
    p.addOption(
        {QStringLiteral("hub"), Text::tr("The hub's address, e.g. https://hub.example.org."), QStringLiteral("URL")});
    p.addOption({QStringLiteral("user"), Text::tr("Your user name on the hub."), QStringLiteral("NAME")});
    p.addOption({QStringLiteral("ca-bundle"),
                 Text::tr("A PEM file of the certificate authorities to trust for the hub (default: the system's)."),
                 QStringLiteral("FILE")});
    if (int rc = parseCommand(p, g, 0); rc >= 0)
        return rc;
    const QString hub = p.value(QStringLiteral("hub"));
    const QString user = p.value(QStringLiteral("user"));
    if (hub.isEmpty() || user.isEmpty()) {
        err() << Text::tr("sync needs --hub URL and --user NAME.") << '\n' << p.helpText();
        return 2;
    }
    const QString caBundle = p.value(QStringLiteral("ca-bundle"));
    if (!caBundle.isEmpty() && !QFileInfo(caBundle).isFile()) {
        err() << Text::tr("The CA bundle file %1 does not exist.").arg(caBundle) << '\n';
        return 1;
    }
    auto db = openProfile(g);
    if (!db)
        return 1;
    QString password = readPassword(Text::tr("Password for %1 on %2: ").arg(user, hub));
    if (password.isEmpty()) {
        err() << Text::tr("No password given: set OPEN211_PASSWORD or type it when asked.") << '\n';
        return 1;
    }
    CurlSettings settings;
    settings.caBundle = caBundle;
    CurlTransport http(settings);
    SyncClient client(*db, http, SyncConfig{hub});
    const auto signIn = client.signIn(user, password);
    if (!signIn) {
        crypto::wipe(password);
        err() << Text::tr("Sign-in failed: %1").arg(signIn.error()) << '\n';
        return 1;
    }
    // As the window does: the sign-in kept for offline use, and the keys that open the callers'
    // details the uploads carry. The token is not kept: a command's sign-in opens no window's
    // session.
    Keychain keychain;
    const auto session = WorkstationSignIn(*db, &keychain).online(hub, *signIn, password, /*keepToken=*/false);
    crypto::wipe(password);
    if (!session)
        err() << Text::tr("Uploads that name a caller stay here: %1").arg(session.error()) << '\n';
    err() << Text::tr("Signed in to %1 as %2. Syncing…")
                 .arg(hub, signIn->displayName.isEmpty() ? signIn->username : signIn->displayName)
          << '\n';
    err().flush();
    QElapsedTimer t;
    t.start();
    const SyncReport r = client.run(nullptr, true);
    out() << Text::tr("Pulled: %1").arg(r.pulled) << '\n'
          << Text::tr("Deleted: %1").arg(r.deleted) << '\n'
          << Text::tr("Pushed: %1").arg(r.pushed) << '\n'
          << Text::tr("Conflicts: %1").arg(r.conflicts) << '\n';
    if (r.failed > 0)
        out() << Text::tr("Refused by the hub: %1").arg(r.failed) << '\n';
    out() << Text::tr("Bytes: %1").arg(r.bytes) << '\n';
    if (!r.ok()) {
        out().flush();
        err() << Text::tr("Sync failed: %1").arg(r.error) << '\n';
        return 1;
    }
    out() << Text::tr("Sync finished in %1 s.").arg(seconds(t)) << '\n';
    return 0;
}

} // namespace

bool isCommand(const QString& name)
{
    return Commands.contains(name);
}

GlobalOptions parseGlobal(const QStringList& arguments)
{
    GlobalOptions g;
    for (int i = 1; i < arguments.size(); ++i) {
        const QString& a = arguments[i];
        const auto value = [&](const QString& name) -> QString {
            if (a.startsWith(name + u'='))
                return a.mid(name.size() + 1);
            if (i + 1 < arguments.size())
                return arguments[++i];
            g.error = Text::tr("%1 needs a value.").arg(name);
            return {};
        };
        if (a == QLatin1String("--data-dir") || a.startsWith(QLatin1String("--data-dir="))) {
            g.dataDir = value(QStringLiteral("--data-dir"));
        } else if (a == QLatin1String("--lang") || a.startsWith(QLatin1String("--lang="))) {
            g.language = value(QStringLiteral("--lang"));
        } else if (a == QLatin1String("--screenshots") || a.startsWith(QLatin1String("--screenshots="))) {
            g.screenshotsDir = value(QStringLiteral("--screenshots"));
        } else if (a == QLatin1String("--version") || a == QLatin1String("-v")) {
            g.version = true;
        } else if (a == QLatin1String("--help") || a == QLatin1String("-h")) {
            g.help = true;
        } else if (!a.startsWith(u'-') && g.command.isEmpty()) {
            if (!isCommand(a)) {
                g.error = Text::tr("Unknown command \"%1\".").arg(a);
                return g;
            }
            g.command = a;
            g.commandArgs = arguments.mid(i + 1);
            return g;
        } else if (a.startsWith(u'-')) {
            // Options the window understands (Qt's own, -platform and the like) pass through.
            continue;
        }
    }
    return g;
}

QString usage()
{
    return Text::tr("Usage: open211 [--data-dir DIR] [--lang en|fr] [COMMAND] [ARGS]\n"
                    "\n"
                    "Without a command, opens the workstation (on a new profile, with demo data).\n"
                    "\n"
                    "Commands:\n"
                    "  import FILE                 import HSDS 3 JSON or an HSDS CSV data package\n"
                    "  import-taxonomy FILE        import a taxonomy CSV\n"
                    "  export --hsds-json FILE     export the resources as HSDS 3 JSON\n"
                    "  demo [--services N] [--seed S]  generate demo data\n"
                    "  info                        what the profile holds\n"
                    "  search QUERY [--near PLACE] [--radius KM] [--taxonomy CODE] [--language CODE] [--age N]\n"
                    "         [--open-at ISO-DATETIME | --open-now] [--free] [--accessible] [--limit N] [--json]\n"
                    "  taxonomy QUERY [--json]     find taxonomy terms by name, code or use reference\n"
                    "  sync --hub URL --user NAME [--ca-bundle FILE]\n"
                    "                              sign in to the hub and sync once (password from\n"
                    "                              OPEN211_PASSWORD, else asked for)\n"
                    "\n"
                    "Global options:\n"
                    "  --data-dir DIR   the profile folder (default: %1)\n"
                    "  --lang en|fr     the language of the interface\n"
                    "  --screenshots OUT  render the screens in English and French to PNG files in OUT\n"
                    "  --version        print the version\n")
        .arg(Profile::defaultDataDir());
}

int run(const GlobalOptions& g)
{
    if (g.command == QLatin1String("import"))
        return runImport(g);
    if (g.command == QLatin1String("import-taxonomy"))
        return runImportTaxonomy(g);
    if (g.command == QLatin1String("export"))
        return runExport(g);
    if (g.command == QLatin1String("demo"))
        return runDemo(g);
    if (g.command == QLatin1String("info"))
        return runInfo(g);
    if (g.command == QLatin1String("search"))
        return runSearch(g);
    if (g.command == QLatin1String("taxonomy"))
        return runTaxonomy(g);
    if (g.command == QLatin1String("sync"))
        return runSync(g);
    err() << usage();
    return 2;
}

} // namespace open211::cli
