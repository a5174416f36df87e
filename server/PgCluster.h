// A PostgreSQL cluster of the hub's own, in a folder: made with initdb on first use, started on
// loopback with pg_ctl, stopped (and, for tests, removed) at the end. The README's one command
// runs the hub on one; each hub test makes a throwaway one. As root, the server runs as the
// system's postgres user (PostgreSQL refuses to run as root).
#pragma once

#include "Result.h"

#include <QCoreApplication>
#include <QString>

namespace open211 {

class PgCluster
{
    Q_DECLARE_TR_FUNCTIONS(open211::PgCluster)
public:
    explicit PgCluster(QString folder, int port = 0);
    ~PgCluster(); // stops the server it started
    PgCluster(const PgCluster&) = delete;
    PgCluster& operator=(const PgCluster&) = delete;

    // Makes the cluster if the folder holds none, and starts it. Port 0 picks a free one.
    Status start();
    void stop();
    int port() const { return m_port; }
    // A libpq connection string for QPSQL's setConnectOptions / the hub's --pg option.
    QString connectionString() const;

private:
    Status run(const QString& program, const QStringList& args, int timeoutMs);

    QString m_folder;
    int m_port;
    bool m_started = false;
};

} // namespace open211
