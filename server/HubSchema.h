// The hub's PostgreSQL schema, brought up to date at every start in one transaction: the HSDS
// tables (made from the shared table descriptions), their search and nesting indexes, the change
// log PostgreSQL's triggers keep for the workstations' sync (with who made each change), sign-in,
// the call records, the suggested changes to resource records, and the audit log.
#pragma once

#include "Result.h"

#include <QCoreApplication>
#include <QSqlDatabase>

namespace open211 {

class HubSchema
{
    Q_DECLARE_TR_FUNCTIONS(open211::HubSchema)
public:
    static Status migrate(QSqlDatabase& db);
    static int latestVersion();

    // The expressions the search indexes are built on; a query must spell them the same way to
    // use the index. `alias` is the table's name or alias in the query.
    static QString serviceSearchVector(const QString& alias);
    static QString organizationSearchVector(const QString& alias);
    // A postal code as compared: capitals, no spaces ("k1p 5k8" = "K1P5K8").
    static QString postcodeKey(const QString& expression);

    // Every transaction that writes HSDS rows takes this lock before it writes (the tables'
    // statement triggers take it too), so change numbers are handed out in commit order and a
    // reader of the change feed never passes a number that a slower transaction commits later.
    static constexpr qint64 ChangeLock = 211005;
};

} // namespace open211
