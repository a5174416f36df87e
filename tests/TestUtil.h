// Helpers shared by the tests: file hashing for "byte for byte unchanged" checks, a database's
// schema and contents as text, and the paths of test data.
#pragma once

#include "HsdsSchema.h"
#include "store/Database.h"
#include "store/Statement.h"

#include <QCryptographicHash>
#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonObject>
#include <QStringList>
#include <QTest>

namespace open211::test {

inline QByteArray fileHash(const QString& path)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        return {};
    QCryptographicHash h(QCryptographicHash::Sha256);
    h.addData(&f);
    return h.result().toHex();
}

// Whether any file under `roots` (hidden ones too) holds `needle`: a secret that must be in no file.
inline bool anyFileHolds(const QStringList& roots, const QByteArray& needle)
{
    for (const QString& root : roots) {
        QDirIterator it(root, QDir::Files | QDir::Hidden, QDirIterator::Subdirectories);
        while (it.hasNext()) {
            QFile f(it.next());
            if (f.open(QIODevice::ReadOnly) && f.readAll().contains(needle))
                return true;
        }
    }
    return false;
}

inline QString sourceDir()
{
    return QString::fromLocal8Bit(qgetenv("OPEN211_SOURCE_DIR"));
}

inline QString dataPath(const QString& name)
{
    return QDir(sourceDir()).filePath(QStringLiteral("tests/data/") + name);
}

// A JSON object from tests/data (empty when the file cannot be read).
inline QJsonObject jsonObject(const QString& name)
{
    QFile f(dataPath(name));
    if (!f.open(QIODevice::ReadOnly))
        return {};
    return QJsonDocument::fromJson(f.readAll()).object();
}

inline QString sharedDir()
{
    return QString::fromLocal8Bit(qgetenv("OPEN211_SHARED_DIR"));
}

// The schema as sorted CREATE statements (names of internal objects left out).
inline QStringList schema(Database& db)
{
    QStringList out;
    Statement s(db,
                QStringLiteral("SELECT type, name, coalesce(sql, '') FROM sqlite_schema "
                               "WHERE name NOT LIKE 'sqlite_%' ORDER BY type, name"));
    while (s.next())
        out << s.text(0) + u' ' + s.text(1) + u' ' + s.text(2).simplified();
    return out;
}

// Every row of a table as text, sorted, for comparing two databases.
inline QStringList tableRows(Database& db, const QString& table, const QStringList& skipColumns = {})
{
    QStringList cols;
    Statement info(db, QStringLiteral("SELECT name FROM pragma_table_info('%1')").arg(table));
    while (info.next()) {
        if (!skipColumns.contains(info.text(0)))
            cols << QStringLiteral("quote(%1)").arg(info.text(0));
    }
    QStringList out;
    Statement s(db, QStringLiteral("SELECT %1 FROM %2").arg(cols.join(QStringLiteral(" || '|' || ")), table));
    while (s.next())
        out << s.text(0);
    out.sort();
    return out;
}

// The HSDS tables the store holds, from the schema description.
inline QStringList resourceTables()
{
    QStringList names;
    for (hsds::Table t : hsds::allTables())
        names << hsds::info(t).name;
    return names;
}

// The first column of the first row of a query, as an integer (-1 when there is none).
inline qint64 scalar(Database& db, const QString& sql)
{
    Statement s(db, sql);
    return s.next() ? s.integer(0) : -1;
}

inline qint64 count(Database& db, const QString& table)
{
    return scalar(db, QStringLiteral("SELECT count(*) FROM %1").arg(table));
}

// Writes a file and fails the test if it cannot.
inline void writeFile(const QString& path, const QByteArray& data)
{
    QDir().mkpath(QFileInfo(path).absolutePath());
    QFile f(path);
    QVERIFY2(f.open(QIODevice::WriteOnly), qPrintable(path));
    f.write(data);
}

} // namespace open211::test
