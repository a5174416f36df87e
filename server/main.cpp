// open211-hub: the reference provincial hub the workstations sync with, on PostgreSQL.
//   open211-hub serve (--pg CONNECTION | --local-postgres DIR) [--port N]
//   open211-hub load FILE (--pg CONNECTION | --local-postgres DIR)
//   open211-hub load-taxonomy [FILE] (--pg CONNECTION | --local-postgres DIR)
#include "HubServer.h"
#include "HubStore.h"
#include "PgCluster.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QSocketNotifier>
#include <QTextStream>
#include <csignal>
#include <sys/socket.h>
#include <unistd.h>

using namespace open211;

namespace {

// SIGTERM and SIGINT end the event loop (through a socket pair: the only safe way out of a
// signal handler), so the hub stops the PostgreSQL it started.
int signalPipe[2] = {-1, -1};

void onSignal(int)
{
    const char c = 1;
    (void)::write(signalPipe[1], &c, 1);
}

} // namespace

int main(int argc, char* argv[])
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("open211-hub"));
    QCoreApplication::setApplicationVersion(QStringLiteral(OPEN211_VERSION));
    QCommandLineParser parser;
    parser.setApplicationDescription(
        QCoreApplication::translate("open211-hub",
                                    "Open 211 provincial hub: HSDS 3 API and call data on PostgreSQL.\n\nCommands:\n  "
                                    "serve   answer the HSDS API\n  load FILE   load HSDS 3 JSON resources\n  "
                                    "load-taxonomy [FILE]   load a taxonomy CSV (none: the demo taxonomy)"));
    parser.addHelpOption();
    parser.addVersionOption();
    parser.addPositionalArgument(QStringLiteral("command"),
                                 QCoreApplication::translate("open211-hub", "serve, load or load-taxonomy"));
    parser.addOption(
        {QStringLiteral("pg"),
         QCoreApplication::translate("open211-hub", "PostgreSQL connection (host=... port=... user=... dbname=...)."),
         QStringLiteral("CONNECTION")});
    parser.addOption({QStringLiteral("local-postgres"),
                      QCoreApplication::translate("open211-hub", "Run a PostgreSQL of the hub's own in this folder."),
                      QStringLiteral("DIR")});
    parser.addOption({QStringLiteral("port"),
                      QCoreApplication::translate("open211-hub", "HTTP port (0: any free one)."),
                      QStringLiteral("N"),
                      QStringLiteral("8211")});
    parser.process(app);
    QTextStream out(stdout), err(stderr);
    const QStringList args = parser.positionalArguments();
    if (args.isEmpty()) {
        parser.showHelp(0);
    }
    std::unique_ptr<PgCluster> cluster;
    QString connection = parser.value(QStringLiteral("pg"));
    if (parser.isSet(QStringLiteral("local-postgres"))) {
        cluster = std::make_unique<PgCluster>(parser.value(QStringLiteral("local-postgres")));
        if (auto st = cluster->start(); !st) {
            err << st.error() << '\n';
            return 1;
        }
        connection = cluster->connectionString();
    }
    if (connection.isEmpty()) {
        err << QCoreApplication::translate("open211-hub", "Give --pg CONNECTION or --local-postgres DIR.") << '\n';
        return 2;
    }
    auto store = HubStore::open(connection);
    if (!store) {
        err << store.error() << '\n';
        return 1;
    }
    if (args.first() == QLatin1String("load-taxonomy")) {
        auto n = (*store)->loadTaxonomy(args.value(1, QStringLiteral("demo")));
        if (!n) {
            err << n.error() << '\n';
            return 1;
        }
        out << QCoreApplication::translate("open211-hub", "Loaded %1 records.").arg(*n) << '\n';
        return 0;
    }
    if (args.first() == QLatin1String("load")) {
        if (args.size() < 2) {
            err << QCoreApplication::translate("open211-hub", "load needs a file.") << '\n';
            return 2;
        }
        auto n = (*store)->loadFile(args.at(1));
        if (!n) {
            err << n.error() << '\n';
            return 1;
        }
        out << QCoreApplication::translate("open211-hub", "Loaded %1 records.").arg(*n) << '\n';
        return 0;
    }
    if (args.first() != QLatin1String("serve")) {
        err << QCoreApplication::translate("open211-hub", "Unknown command \"%1\".").arg(args.first()) << '\n';
        return 2;
    }
    if (::socketpair(AF_UNIX, SOCK_STREAM, 0, signalPipe) == 0) {
        auto* notifier = new QSocketNotifier(signalPipe[0], QSocketNotifier::Read, &app);
        QObject::connect(notifier, &QSocketNotifier::activated, &app, &QCoreApplication::quit);
        std::signal(SIGTERM, onSignal);
        std::signal(SIGINT, onSignal);
    }
    HubServer server(**store);
    const quint16 port = server.listen(quint16(parser.value(QStringLiteral("port")).toUInt()));
    if (port == 0) {
        err << QCoreApplication::translate("open211-hub", "Cannot listen on port %1.")
                   .arg(parser.value(QStringLiteral("port")))
            << '\n';
        return 1;
    }
    // A line for scripts and tests to read the port from: not translated.
    out << QStringLiteral("listening on http://127.0.0.1:%1").arg(port) << Qt::endl;
    return QCoreApplication::exec();
}
