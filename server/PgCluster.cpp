#include "PgCluster.h"

#include <QDir>
#include <QFileInfo>
#include <QProcess>
#include <QTcpServer>
#include <unistd.h>

namespace open211 {

namespace {

QString binDir()
{
    // Debian keeps the server programs in /usr/lib/postgresql/<version>/bin; the newest wins.
    QDir base(QStringLiteral("/usr/lib/postgresql"));
    QStringList versions = base.entryList(QDir::Dirs | QDir::NoDotAndDotDot, QDir::Name);
    std::sort(
        versions.begin(), versions.end(), [](const QString& a, const QString& b) { return a.toInt() < b.toInt(); });
    return versions.isEmpty() ? QString() : base.filePath(versions.last() + QStringLiteral("/bin"));
}

int freePort()
{
    QTcpServer probe;
    if (!probe.listen(QHostAddress::LocalHost, 0))
        return 0;
    return probe.serverPort();
}

} // namespace

PgCluster::PgCluster(QString folder, int port)
    : m_folder(std::move(folder))
    , m_port(port)
{ }

PgCluster::~PgCluster()
{
    stop();
}

Status PgCluster::run(const QString& program, const QStringList& args, int timeoutMs)
{
    const QString bin = binDir();
    if (bin.isEmpty())
        return Error{tr("PostgreSQL's server programs were not found (install the postgresql package).")};
    QProcess p;
    p.setProcessChannelMode(QProcess::MergedChannels);
    QStringList full = args;
    QString command = QDir(bin).filePath(program);
    if (geteuid() == 0) {
        // PostgreSQL refuses to run as root: as the postgres user, which must own the folder.
        full.prepend(command);
        full.prepend(QStringLiteral("--"));
        full.prepend(QStringLiteral("postgres"));
        full.prepend(QStringLiteral("-u"));
        command = QStringLiteral("runuser");
    }
    p.start(command, full);
    if (!p.waitForFinished(timeoutMs) || p.exitStatus() != QProcess::NormalExit || p.exitCode() != 0) {
        return Error{tr("%1 failed: %2").arg(program, QString::fromLocal8Bit(p.readAll()).trimmed().right(600))};
    }
    return {};
}

Status PgCluster::start()
{
    if (m_started)
        return {};
    if (!QDir().mkpath(m_folder))
        return Error{tr("Cannot create the folder %1.").arg(m_folder)};
    if (geteuid() == 0
        && QProcess::execute(QStringLiteral("chown"), {QStringLiteral("-R"), QStringLiteral("postgres"), m_folder})
            != 0)
        return Error{tr("Cannot give the folder %1 to the postgres user.").arg(m_folder)};
    const QString data = QDir(m_folder).filePath(QStringLiteral("data"));
    if (!QFileInfo::exists(QDir(data).filePath(QStringLiteral("PG_VERSION")))) {
        if (auto st = run(QStringLiteral("initdb"),
                          {QStringLiteral("-D"),
                           data,
                           QStringLiteral("-A"),
                           QStringLiteral("trust"),
                           QStringLiteral("-U"),
                           QStringLiteral("postgres"),
                           QStringLiteral("-E"),
                           QStringLiteral("UTF8"),
                           QStringLiteral("--no-sync")},
                          120000);
            !st)
            return st;
    }
    if (m_port == 0)
        m_port = freePort();
    const QString options = QStringLiteral("-p %1 -k %2 -c listen_addresses=127.0.0.1").arg(m_port).arg(m_folder);
    if (auto st = run(QStringLiteral("pg_ctl"),
                      {QStringLiteral("-D"),
                       data,
                       QStringLiteral("-l"),
                       QDir(m_folder).filePath(QStringLiteral("server.log")),
                       QStringLiteral("-w"),
                       QStringLiteral("-o"),
                       options,
                       QStringLiteral("start")},
                      60000);
        !st)
        return st;
    m_started = true;
    return {};
}

void PgCluster::stop()
{
    if (!m_started)
        return;
    (void)run(QStringLiteral("pg_ctl"),
              {QStringLiteral("-D"),
               QDir(m_folder).filePath(QStringLiteral("data")),
               QStringLiteral("-m"),
               QStringLiteral("fast"),
               QStringLiteral("-w"),
               QStringLiteral("stop")},
              60000);
    m_started = false;
}

QString PgCluster::connectionString() const
{
    return QStringLiteral("host=127.0.0.1 port=%1 user=postgres dbname=postgres").arg(m_port);
}

} // namespace open211
