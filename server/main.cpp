// open211-hub: the reference provincial hub the workstations sync with, on PostgreSQL.
//   open211-hub serve (--pg CONNECTION | --local-postgres DIR) [--port N] [--listen ADDRESS]
//                     [--tls-cert FILE --tls-key FILE]
//   open211-hub load FILE (--pg CONNECTION | --local-postgres DIR)
//   open211-hub load-taxonomy [FILE] (--pg CONNECTION | --local-postgres DIR)
//   open211-hub add-user NAME --role ROLE [--display-name TEXT] (--pg ... | --local-postgres DIR)
//                     (the password on standard input)
#include "HubAuth.h"
#include "HubServer.h"
#include "HubStore.h"
#include "PgCluster.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QFile>
#include <QSocketNotifier>
#include <QTextStream>
#include <csignal>
#include <sys/socket.h>
#include <termios.h>
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

QString translate(const char* text)
{
    return QCoreApplication::translate("open211-hub", text);
}

// The first line of standard input; typed without echo when it is a terminal.
QByteArray readPassword(QTextStream& err)
{
    const bool terminal = ::isatty(STDIN_FILENO);
    termios saved{};
    if (terminal) {
        err << translate("Password: ") << Qt::flush;
        ::tcgetattr(STDIN_FILENO, &saved);
        termios quiet = saved;
        quiet.c_lflag &= ~tcflag_t(ECHO);
        ::tcsetattr(STDIN_FILENO, TCSANOW, &quiet);
    }
    QFile in;
    QByteArray line;
    if (in.open(stdin, QIODevice::ReadOnly))
        line = in.readLine(4096);
    if (terminal) {
        ::tcsetattr(STDIN_FILENO, TCSANOW, &saved);
        err << '\n';
    }
    while (line.endsWith('\n') || line.endsWith('\r'))
        line.chop(1);
    return line;
}

} // namespace

int main(int argc, char* argv[])
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("open211-hub"));
    QCoreApplication::setApplicationVersion(QStringLiteral(OPEN211_VERSION));
    QCommandLineParser parser;
    parser.setApplicationDescription(
        translate("Open 211 provincial hub: HSDS 3 API, the workstations' sync and call data on PostgreSQL.\n\n"
                  "Commands:\n"
                  "  serve   answer the HSDS API and the workstations\n"
                  "  load FILE   load HSDS 3 JSON resources\n"
                  "  load-taxonomy [FILE]   load a taxonomy CSV (none: the demo taxonomy)\n"
                  "  add-user NAME --role ROLE   add a user (or reset one), the password read from standard input"));
    parser.addHelpOption();
    parser.addVersionOption();
    parser.addPositionalArgument(QStringLiteral("command"), translate("serve, load, load-taxonomy or add-user"));
    parser.addOption({QStringLiteral("pg"),
                      translate("PostgreSQL connection (host=... port=... user=... dbname=...)."),
                      QStringLiteral("CONNECTION")});
    parser.addOption({QStringLiteral("local-postgres"),
                      translate("Run a PostgreSQL of the hub's own in this folder."),
                      QStringLiteral("DIR")});
    parser.addOption({QStringLiteral("port"),
                      translate("HTTP port (0: any free one)."),
                      QStringLiteral("N"),
                      QStringLiteral("8211")});
    parser.addOption({QStringLiteral("listen"),
                      translate("Address to listen on (0.0.0.0: every IPv4 address)."),
                      QStringLiteral("ADDRESS"),
                      QStringLiteral("127.0.0.1")});
    parser.addOption({QStringLiteral("tls-cert"),
                      translate("Serve HTTPS with this PEM certificate (its chain may follow it)."),
                      QStringLiteral("FILE")});
    parser.addOption({QStringLiteral("tls-key"),
                      translate("The certificate's PEM private key (unencrypted)."),
                      QStringLiteral("FILE")});
    parser.addOption({QStringLiteral("role"),
                      translate("add-user: specialist, resource_specialist, supervisor or admin."),
                      QStringLiteral("ROLE")});
    parser.addOption(
        {QStringLiteral("display-name"), translate("add-user: the name shown for the user."), QStringLiteral("TEXT")});
    parser.process(app);
    QTextStream out(stdout), err(stderr);
    const QStringList args = parser.positionalArguments();
    if (args.isEmpty()) {
        parser.showHelp(0);
    }
    const QString command = args.first();
    if (!QStringList{QStringLiteral("serve"),
                     QStringLiteral("load"),
                     QStringLiteral("load-taxonomy"),
                     QStringLiteral("add-user")}
             .contains(command)) {
        err << translate("Unknown command \"%1\".").arg(command) << '\n';
        return 2;
    }
    if (!HubAuth::initialize()) {
        err << translate("libsodium could not start; the hub cannot check passwords.") << '\n';
        return 1;
    }
    // Arguments are checked before a PostgreSQL is started for nothing.
    if (command == QLatin1String("add-user")) {
        if (args.size() < 2) {
            err << translate("add-user needs a user name.") << '\n';
            return 2;
        }
        if (!HubAuth::roles().contains(parser.value(QStringLiteral("role")))) {
            err << translate("add-user needs --role, one of: %1.").arg(HubAuth::roles().join(QStringLiteral(", ")))
                << '\n';
            return 2;
        }
    }
    if (command == QLatin1String("load") && args.size() < 2) {
        err << translate("load needs a file.") << '\n';
        return 2;
    }
    if (parser.isSet(QStringLiteral("tls-cert")) != parser.isSet(QStringLiteral("tls-key"))) {
        err << translate("HTTPS needs both --tls-cert and --tls-key.") << '\n';
        return 2;
    }
    const QHostAddress address(parser.value(QStringLiteral("listen")));
    if (address.isNull()) {
        err << translate("\"%1\" is not an IP address.").arg(parser.value(QStringLiteral("listen"))) << '\n';
        return 2;
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
        err << translate("Give --pg CONNECTION or --local-postgres DIR.") << '\n';
        return 2;
    }
    auto store = HubStore::open(connection);
    if (!store) {
        err << store.error() << '\n';
        return 1;
    }
    if (command == QLatin1String("add-user")) {
        const QByteArray password = readPassword(err);
        HubAuth auth((*store)->database());
        auto added = auth.setUser(
            args.at(1), parser.value(QStringLiteral("role")), parser.value(QStringLiteral("display-name")), password);
        if (!added) {
            err << added.error() << '\n';
            return 1;
        }
        out << (*added ? translate("Added the user %1.") : translate("Updated the user %1; their sessions were ended."))
                   .arg(args.at(1))
            << '\n';
        return 0;
    }
    if (command == QLatin1String("load-taxonomy") || command == QLatin1String("load")) {
        auto n = command == QLatin1String("load") ? (*store)->loadFile(args.at(1))
                                                  : (*store)->loadTaxonomy(args.value(1, QStringLiteral("demo")));
        if (!n) {
            err << n.error() << '\n';
            return 1;
        }
        out << translate("Loaded %1 records.").arg(*n) << '\n';
        return 0;
    }

    if (::socketpair(AF_UNIX, SOCK_STREAM, 0, signalPipe) == 0) {
        auto* notifier = new QSocketNotifier(signalPipe[0], QSocketNotifier::Read, &app);
        QObject::connect(notifier, &QSocketNotifier::activated, &app, &QCoreApplication::quit);
        std::signal(SIGTERM, onSignal);
        std::signal(SIGINT, onSignal);
    }
    HubServer server(**store);
    if (parser.isSet(QStringLiteral("tls-cert"))) {
        if (auto st = server.setTls(parser.value(QStringLiteral("tls-cert")), parser.value(QStringLiteral("tls-key")));
            !st) {
            err << st.error() << '\n';
            return 1;
        }
    } else if (!address.isLoopback()) {
        err << translate("Warning: serving plain HTTP beyond this computer; passwords and tokens cross the network "
                         "unencrypted. Give --tls-cert and --tls-key.")
            << '\n';
    }
    const quint16 port = server.listen(address, quint16(parser.value(QStringLiteral("port")).toUInt()));
    if (port == 0) {
        err << translate("Cannot listen on %1 port %2.").arg(address.toString(), parser.value(QStringLiteral("port")))
            << '\n';
        return 1;
    }
    // A line for scripts and tests to read the address from: not translated.
    out << QStringLiteral("listening on %1://%2:%3")
               .arg(server.usesTls() ? QStringLiteral("https") : QStringLiteral("http"), address.toString())
               .arg(port)
        << Qt::endl;
    return QCoreApplication::exec();
}
