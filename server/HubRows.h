// Small helpers the hub's stores share: HSDS rows as JSON, id lists as query parameters, times
// in the form the API gives them.
#pragma once

#include "HsdsSchema.h"

#include <QDateTime>
#include <QJsonObject>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QSqlRecord>
#include <QStringList>

namespace open211::hub {

// A row as flat HSDS JSON: the table's fields by name, numbers as numbers, nulls left out, with
// its version and last_modified.
QJsonObject rowJson(const hsds::TableInfo& table, const QSqlRecord& record);

// Ids as a JSON array, bound as one parameter: "... IN (SELECT json_array_elements_text(?::json))"
// looks up a whole page's rows in one statement, whatever the ids contain.
QString jsonList(const QStringList& ids);
inline QString inJsonList()
{
    return QStringLiteral("IN (SELECT json_array_elements_text(?::json))");
}

// "2026-11-25T10:00:00Z" (milliseconds when there are some).
QString isoUtc(const QDateTime& time);
// A timestamptz column (or expression) as ISO 8601 UTC with milliseconds, formatted by PostgreSQL
// ("2026-11-25T10:00:00.000Z"); null stays null.
QString isoColumn(const QString& column);

// Names who makes the HSDS changes of the current transaction, until it ends: the change log's
// triggers keep it with each change (the change feed's "by"). False, with the reason, on failure.
bool setChangeAuthor(const QSqlDatabase& db, const QString& username, QString* error);

// The SQLSTATE of a failed statement, e.g. "55P03" when a lock was not granted in time.
inline QString sqlState(const QSqlQuery& q)
{
    return q.lastError().nativeErrorCode();
}

} // namespace open211::hub
