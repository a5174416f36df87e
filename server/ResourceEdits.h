// Resource edits pushed by resource specialists (docs/sync-protocol.md): a whole flat record with
// the version it was based on. Checked as the workstation's import checks (types, required
// fields, references, against what the hub holds), written with the next version and the time,
// and so entering the change feed; refused with the hub's record when someone changed it first.
#pragma once

#include "HsdsSchema.h"
#include "HubAuth.h"
#include "Idempotency.h"

#include <QSqlDatabase>

namespace open211 {

class ResourceEdits
{
public:
    explicit ResourceEdits(QSqlDatabase db);

    // The record as the hub holds it, flat: 200 {"record"} or 404. A workstation whose edit the
    // hub refused for good takes the hub's record back with it.
    WriteAnswer get(const hsds::TableInfo& table, const QString& id);

    // Both run inside the caller's transaction (see Idempotency); the change feed names `by` as
    // the change's author.
    // {"base_version": N, "record": {...}}: 200 {"record"}, 409 {"error", "current"}, 422, 400.
    WriteAnswer put(const hsds::TableInfo& table, const QString& id, const QJsonObject& body, const HubUser& by);
    // Removes a record nothing refers to any more (services, organizations and locations are
    // deactivated instead): 200 {"table", "id", "deleted": true}, 404, 409, 422.
    WriteAnswer remove(const hsds::TableInfo& table, const QString& id, qint64 baseVersion, const HubUser& by);

private:
    // Waits up to 3 seconds for the change lock (a running load holds it until it commits: changes
    // are numbered one transaction at a time); the hub answers nothing else meanwhile, so a long
    // load gets a 503 rather than a frozen hub.
    std::optional<WriteAnswer> lockChanges();
    std::optional<QJsonObject> current(const hsds::TableInfo& table, const QString& id, QString* error);
    bool exists(const hsds::TableInfo& table, const QString& id, QString* error);

    QSqlDatabase m_db;
};

} // namespace open211
