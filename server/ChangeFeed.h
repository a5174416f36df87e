// The change feed the workstations replicate from (docs/sync-protocol.md): every HSDS record at
// its latest change, in the order of one hub-wide sequence that PostgreSQL's triggers hand out
// (see HubSchema), deleted records as tombstones; and the HSDS-style list of what was deleted or
// deactivated since a time.
#pragma once

#include "HubStore.h"
#include "Result.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QSqlDatabase>

namespace open211 {

struct ChangePage
{
    QJsonArray changes; // {"seq", "table", "id", "deleted", "record", "by"} in sequence order
    qint64 next = 0; // the last sequence number in the page (the cursor to resume after)
    qint64 head = 0; // the newest sequence number on the hub
    bool more = false;
};

class ChangeFeed
{
    Q_DECLARE_TR_FUNCTIONS(open211::ChangeFeed)
public:
    explicit ChangeFeed(QSqlDatabase db);

    // The changes after a sequence number, at most `limit`, read from one snapshot: a page is
    // consistent even while a load runs. One statement for the page's entries, then one per table
    // for their rows.
    Result<ChangePage> changes(qint64 after, int limit);
    // Records deleted after a time, and services deactivated (inactive or defunct) after it,
    // oldest first: {"table", "id", "deleted_at"[, "deactivated": true]}.
    Result<Page> deleted(const QDateTime& since, int page, int perPage);

private:
    QSqlDatabase m_db;
};

} // namespace open211
