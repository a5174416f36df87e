// One workstation's SQLite file: opens it with the pragmas the app relies on (WAL, foreign keys),
// brings its schema up to date one version per transaction, and refuses a file newer than this build.
// A Database belongs to the thread that opened it; another thread opens its own.
#pragma once

#include "Result.h"

#include <QCoreApplication>
#include <QSqlDatabase>
#include <QString>
#include <memory>

struct sqlite3;

namespace open211 {

class Database
{
    Q_DECLARE_TR_FUNCTIONS(open211::Database)

public:
    enum class Durability { Normal, Full };

    ~Database();
    Database(const Database&) = delete;
    Database& operator=(const Database&) = delete;

    // Opens (creating if needed) and migrates to the latest schema.
    static Result<std::unique_ptr<Database>> open(const QString& path);
    // For migration tests and fixtures: opens and migrates only up to targetVersion.
    static Result<std::unique_ptr<Database>> openAtVersion(const QString& path, int targetVersion);

    static int latestVersion();
    int schemaVersion() const;

    QSqlDatabase& connection() { return m_db; }
    const QString& path() const { return m_path; }
    sqlite3* handle() const;

    // Runs a script of several statements (sqlite3_exec).
    Status execScript(const QString& sql);
    Status exec(const QString& sql);
    // A page-exact copy of the whole database at `path` (SQLite's online backup: rowids, which the
    // indexes use as keys, are kept). An existing file there is replaced.
    Status backupTo(const QString& path);
    // synchronous=FULL while call data is written; NORMAL otherwise (WAL keeps it consistent).
    void setDurability(Durability durability);

    // The last error of the connection, for messages.
    QString lastError() const;

private:
    Database(QSqlDatabase db, QString path);
    Status migrate(int targetVersion);

    QSqlDatabase m_db;
    QString m_path;
};

// Begins a transaction and rolls it back on scope exit unless commit() succeeded.
class Transaction
{
public:
    explicit Transaction(Database& db);
    ~Transaction();
    Transaction(const Transaction&) = delete;
    Transaction& operator=(const Transaction&) = delete;

    bool active() const { return m_active; }
    const QString& error() const { return m_error; }
    Status commit();
    void rollback();

private:
    Database& m_db;
    bool m_active = false;
    QString m_error;
};

} // namespace open211
