// Records read from an import (HSDS JSON, an HSDS CSV data package, the demo generator), held in
// memory until they are all known to be valid, then written in one transaction: an import either
// lands whole or leaves the database exactly as it was.
#pragma once

#include "HsdsSchema.h"
#include "Result.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QElapsedTimer>
#include <QHash>
#include <QList>
#include <QSet>
#include <QVariant>
#include <array>
#include <functional>

namespace open211 {

class Database;

struct ImportRow
{
    // One per hsds::TableInfo::fields entry; a null QVariant is SQL NULL. Text is a QString, or
    // UTF-8 in a QByteArray (as the JSON reader keeps it).
    QVariantList values;
    qint64 version = 1;
    QString lastModified; // ISO 8601 UTC
    QString source; // where it came from, for messages ("services.json, service 12")
    // For rows nested in a parent: the parent's source, shared rather than copied per row; the
    // row's own part (table and id) is added only when a message needs it.
    QString parentSource;

    // A value with text as a QString (what Qt's SQL drivers and messages take).
    QVariant value(qsizetype i) const
    {
        const QVariant& v = values.at(i);
        return v.typeId() == QMetaType::QByteArray
            ? QVariant(QString::fromUtf8(*static_cast<const QByteArray*>(v.constData())))
            : v;
    }

    QString describe(const QString& table) const
    {
        if (!source.isEmpty() || parentSource.isEmpty())
            return source;
        return parentSource + QStringLiteral(", ") + table + QStringLiteral(" \"") + values.value(0).toString() + u'"';
    }
};

// A nested collection given for a parent: its children not in the import are removed.
struct Ownership
{
    hsds::Table parent;
    QString parentId;
    hsds::Table child;
    QString parentColumn;
};

struct ImportSummary
{
    std::array<int, hsds::TableCount> rows{};
    int services() const { return rows[int(hsds::Table::Service)]; }
    int total() const;
    QStringList warnings;
};

using ProgressFn = std::function<void(qint64 done, qint64 total)>;

class ImportBatch
{
public:
    ImportBatch();

    // Adds a row. The same id twice is accepted when both copies agree (nested HSDS repeats an
    // organization in every service); copies that disagree are an error, and so is any repeat
    // when `strict` (a flat CSV table, or the services of a JSON file).
    Status add(hsds::Table table, ImportRow row, bool strict = false);
    void addOwnership(Ownership o)
    {
        if (m_trackOwnership)
            m_owners.append(std::move(o));
    }
    // The nested collections given (the hub removes the children they no longer list, as write() does).
    const QList<Ownership>& ownerships() const { return m_owners; }
    // Into empty tables there is nothing to replace: skip the bookkeeping.
    void setTrackOwnership(bool track) { m_trackOwnership = track; }
    void addWarning(const QString& w) { m_warnings.append(w); }

    const QList<ImportRow>& rows(hsds::Table t) const { return m_tables[int(t)].rows; }
    bool contains(hsds::Table t, const QString& id) const { return contains(t, id.toUtf8()); }
    bool contains(hsds::Table t, const QByteArray& id) const { return m_tables[int(t)].index.contains(id); }
    // A row's id (its first value) as UTF-8, shared with the row when it is kept so.
    static QByteArray idOf(const ImportRow& row);
    int count(hsds::Table t) const { return int(m_tables[int(t)].rows.size()); }
    bool isEmpty() const;

    // Checks references (to rows in the batch or already stored) and writes everything in one
    // transaction. On any error nothing is written and the message names the record and field.
    // `alsoWrite` runs inside the same transaction, after the rows (for data outside HSDS, such as
    // taxonomy use references).
    Result<ImportSummary>
    write(Database& db, const ProgressFn& progress = {}, const std::function<Status(Database&)>& alsoWrite = {}) const;

    // Writes as write() does; once the import is saved, the rows are freed on a thread of their
    // own instead of keeping the caller waiting. The batch is empty after it.
    Result<ImportSummary> writeAndRelease(Database& db, const ProgressFn& progress = {}) &&;

    static QString nowIso();

private:
    Status validateReferences(Database& db) const;
    // What the search index must take in: kept apart from the rows, which may be gone by then.
    struct SearchRefresh
    {
        QStringList services, organizations, terms;
    };
    SearchRefresh searchRefresh() const;

    struct TableRows
    {
        QList<ImportRow> rows;
        QHash<QByteArray, qsizetype> index;
    };
    std::array<TableRows, hsds::TableCount> m_tables;
    QList<Ownership> m_owners;
    QStringList m_warnings;
    bool m_trackOwnership = true;
};

// Reads one value for a field, checking its type and range; `source` and the field name go into
// the message on error.
Result<QVariant> convertField(const hsds::Field& field, const QVariant& raw, const QString& source);

// Prints how long each phase of an import (or a page of a sync) took since it began, when
// OPEN211_IMPORT_TRACE is set.
class ImportTrace
{
public:
    bool on() const { return m_on; }
    explicit ImportTrace(const char* what = "import")
        : m_on(qEnvironmentVariableIsSet("OPEN211_IMPORT_TRACE"))
        , m_what(what)
    {
        m_clock.start();
    }
    void mark(const char* what) const
    {
        if (m_on)
            qInfo("%s: %s at %.3f s", m_what, what, double(m_clock.nsecsElapsed()) / 1e9);
    }

private:
    bool m_on;
    const char* m_what;
    QElapsedTimer m_clock;
};

enum class SqlDialect { SQLite, PostgreSQL };
// What an upsert does to a stored row whose fields are all the same as the incoming ones:
// Touch takes the incoming last_modified (the workstation's import); Keep leaves the row alone,
// time and all (the hub's load: an unchanged record stays where it is in the change feed).
enum class UnchangedRow { Touch, Keep };
// The statement that writes one row of a table: insert, or update by id. The version goes up only
// when a field changed (or to the incoming version when that is higher). The hub uses the same.
QString upsertSql(const hsds::TableInfo& table,
                  SqlDialect dialect = SqlDialect::SQLite,
                  UnchangedRow unchanged = UnchangedRow::Touch);

// The translation context of import and export messages.
struct Import
{
    Q_DECLARE_TR_FUNCTIONS(open211::Import)
};

} // namespace open211

// Rows move as plain memory when a list of them grows.
Q_DECLARE_TYPEINFO(open211::ImportRow, Q_RELOCATABLE_TYPE);
