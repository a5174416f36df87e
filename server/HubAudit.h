// The hub's audit log (issue 8): who opened which call record (GET /calls/<id>) and who read the
// log, kept in hub_audit for the supervisors and admins. Entries are added, never changed.
#pragma once

#include "HubAuth.h"
#include "Result.h"

#include <QDateTime>
#include <QJsonArray>
#include <QSqlDatabase>
#include <QUrlQuery>
#include <optional>

namespace open211 {

// What GET /audit asks for.
struct AuditFilter
{
    QDateTime from; // entries at or after; invalid: no bound
    QDateTime before; // entries before; invalid: no bound
    QString username; // empty: everyone
    QString action; // empty: every action
    int limit = 200;
    QString asked; // the filters as given, for the read_audit entry's detail
};

class HubAudit
{
public:
    explicit HubAudit(QSqlDatabase db);

    static constexpr int DefaultLimit = 200;
    static constexpr int MaxLimit = 1000;
    // What the hub records: open_call (entity: the call's id), read_audit (detail: the filters).
    static const QStringList& actions();

    // The query's from and to (YYYY-MM-DD, a day of the hub's time zone, as the reports count
    // days; or an ISO 8601 date and time, to the millisecond; both inclusive), username, action
    // and limit, checked: nullopt, with a message naming the parameter, when one is wrong.
    static std::optional<AuditFilter> parse(const QUrlQuery& query, QString* message);

    Status record(const HubUser& by, const QString& action, const QString& entityId = {}, const QString& detail = {});
    // Newest first, at most filter.limit: {"at", "username", "action", "entity_id", "detail"},
    // at in UTC with milliseconds, entity_id and detail null when there is none.
    Result<QJsonArray> list(const AuditFilter& filter);

private:
    QSqlDatabase m_db;
};

} // namespace open211
