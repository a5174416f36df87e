#include "store/Database.h"

#include "store/SearchIndex.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSqlDriver>
#include <QSqlError>
#include <QSqlQuery>
#include <QStorageInfo>
#include <QVariant>
#include <atomic>
#include <sqlite3.h>

namespace open211 {

namespace {

QString uniqueConnectionName()
{
    static std::atomic<int> counter{0};
    return QStringLiteral("open211-%1").arg(++counter);
}

// The migration scripts, embedded as resources: /sql/NNN_name.sql.
QStringList migrationFiles()
{
    QDir dir(QStringLiteral(":/sql"));
    QStringList files = dir.entryList({QStringLiteral("*.sql")}, QDir::Files, QDir::Name);
    for (auto& f : files)
        f = dir.filePath(f);
    return files;
}

} // namespace

Database::Database(QSqlDatabase db, QString path)
    : m_db(std::move(db))
    , m_path(std::move(path))
{ }

Database::~Database()
{
    const QString name = m_db.connectionName();
    m_db.close();
    m_db = QSqlDatabase();
    QSqlDatabase::removeDatabase(name);
}

int Database::latestVersion()
{
    return int(migrationFiles().size());
}

Result<std::unique_ptr<Database>> Database::open(const QString& path)
{
    return openAtVersion(path, latestVersion());
}

Result<std::unique_ptr<Database>> Database::openAtVersion(const QString& path, int targetVersion)
{
    const QFileInfo fi(path);
    if (!QDir().mkpath(fi.absolutePath()))
        return Error{tr("Cannot create the folder %1. Check that you may write there.").arg(fi.absolutePath())};

    const QString name = uniqueConnectionName();
    QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
    db.setDatabaseName(path);
    if (!db.open()) {
        const QString err = db.lastError().text();
        db = QSqlDatabase();
        QSqlDatabase::removeDatabase(name);
        return Error{tr("Cannot open the database %1: %2").arg(path, err)};
    }
    std::unique_ptr<Database> d(new Database(db, path));
    db = QSqlDatabase(); // the Database holds the only handle, so closing it removes the connection

    // Read the version before anything writes to the file: a newer file is left untouched.
    const int version = d->schemaVersion();
    if (version < 0)
        return Error{tr("%1 is not a workstation database, or it is damaged: %2").arg(path, d->lastError())};
    if (version > latestVersion()) {
        return Error{tr("The database %1 was written by a newer version of Open 211 Workstation (schema %2; this "
                        "version knows up to %3). It has not been changed. Install the newer version to open it.")
                         .arg(path)
                         .arg(version)
                         .arg(latestVersion())};
    }

    for (const char* pragma : {"PRAGMA journal_mode=WAL",
                               "PRAGMA foreign_keys=ON",
                               "PRAGMA synchronous=NORMAL",
                               "PRAGMA busy_timeout=10000",
                               "PRAGMA temp_store=MEMORY",
                               "PRAGMA cache_size=-32768",
                               "PRAGMA mmap_size=4294967296"}) {
        if (auto st = d->exec(QString::fromLatin1(pragma)); !st)
            return Error{st.error()};
    }

    if (auto st = d->migrate(targetVersion); !st)
        return Error{st.error()};
    if (d->schemaVersion() >= 3) {
        if (auto st = SearchIndex::ensureCurrent(*d); !st)
            return Error{tr("The search index of %1 could not be built: %2").arg(path, st.error())};
    }
    return d;
}

int Database::schemaVersion() const
{
    QSqlQuery q(m_db);
    if (!q.exec(QStringLiteral("PRAGMA user_version")) || !q.next())
        return -1;
    return q.value(0).toInt();
}

sqlite3* Database::handle() const
{
    const QVariant v = m_db.driver()->handle();
    if (v.isValid() && qstrcmp(v.typeName(), "sqlite3*") == 0)
        return *static_cast<sqlite3* const*>(v.constData());
    return nullptr;
}

QString Database::lastError() const
{
    if (sqlite3* h = handle())
        return QString::fromUtf8(sqlite3_errmsg(h));
    return m_db.lastError().text();
}

Status Database::execScript(const QString& sql)
{
    sqlite3* h = handle();
    if (!h)
        return Error{tr("The SQLite driver is not available.")};
    char* err = nullptr;
    if (sqlite3_exec(h, sql.toUtf8().constData(), nullptr, nullptr, &err) != SQLITE_OK) {
        const QString message = err ? QString::fromUtf8(err) : lastError();
        sqlite3_free(err);
        return Error{message};
    }
    return {};
}

Status Database::backupTo(const QString& path)
{
    sqlite3* target = nullptr;
    const QByteArray file = QFile::encodeName(path);
    int rc = sqlite3_open_v2(file.constData(), &target, SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE, nullptr);
    QString error;
    if (rc == SQLITE_OK) {
        sqlite3_backup* backup = sqlite3_backup_init(target, "main", handle(), "main");
        if (backup) {
            rc = sqlite3_backup_step(backup, -1);
            sqlite3_backup_finish(backup);
            if (rc != SQLITE_DONE)
                error = QString::fromUtf8(sqlite3_errstr(rc));
        } else {
            error = QString::fromUtf8(sqlite3_errmsg(target));
        }
    } else {
        error = QString::fromUtf8(sqlite3_errstr(rc));
    }
    sqlite3_close(target);
    if (!error.isEmpty())
        return Error{tr("The database could not be copied to %1: %2").arg(path, error)};
    return {};
}

Status Database::exec(const QString& sql)
{
    return execScript(sql);
}

void Database::setDurability(Durability durability)
{
    (void)exec(durability == Durability::Full ? QStringLiteral("PRAGMA synchronous=FULL")
                                              : QStringLiteral("PRAGMA synchronous=NORMAL"));
}

Status Database::migrate(int targetVersion)
{
    const QStringList files = migrationFiles();
    int version = schemaVersion();
    while (version < targetVersion && version < files.size()) {
        const int next = version + 1;
        QFile f(files[next - 1]);
        if (!f.open(QIODevice::ReadOnly))
            return Error{tr("The schema step %1 is missing from this build.").arg(next)};
        const QString script = QString::fromUtf8(f.readAll());

        Transaction tx(*this);
        if (!tx.active())
            return Error{tx.error()};
        Status st = execScript(script);
        if (st)
            st = exec(QStringLiteral("PRAGMA user_version=%1").arg(next));
        if (st)
            st = tx.commit();
        if (!st) {
            return Error{tr("Could not upgrade the database %1 to schema version %2; it was left at version %3. "
                            "Reason: %4")
                             .arg(m_path)
                             .arg(next)
                             .arg(version)
                             .arg(st.error())};
        }
        version = next;
    }
    return {};
}

Transaction::Transaction(Database& db)
    : m_db(db)
{
    if (auto st = m_db.exec(QStringLiteral("BEGIN IMMEDIATE")); st)
        m_active = true;
    else
        m_error = st.error();
}

Transaction::~Transaction()
{
    if (m_active)
        rollback();
}

Status Transaction::commit()
{
    if (!m_active)
        return Error{m_error.isEmpty() ? QStringLiteral("no transaction") : m_error};
    Status st = m_db.exec(QStringLiteral("COMMIT"));
    if (!st) {
        rollback();
        return st;
    }
    m_active = false;
    return st;
}

void Transaction::rollback()
{
    if (m_active) {
        (void)m_db.exec(QStringLiteral("ROLLBACK"));
        m_active = false;
    }
}

} // namespace open211
