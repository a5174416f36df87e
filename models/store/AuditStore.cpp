#include "store/AuditStore.h"

#include "store/Database.h"
#include "store/IsoTime.h"
#include "store/Statement.h"

namespace open211 {

AuditStore::AuditStore(Database& db)
    : m_db(db)
{ }

Status AuditStore::record(const QString& user,
                          const QString& action,
                          const QString& entityType,
                          const QString& entityId,
                          const QString& detail,
                          const QDateTime& at)
{
    Statement s(m_db,
                QStringLiteral("INSERT INTO audit_log (at, user_name, action, entity_type, entity_id, detail) VALUES "
                               "(?, ?, ?, ?, ?, ?)"));
    s.bindText(1, isoUtc(at));
    s.bindText(2, user);
    s.bindText(3, action);
    s.bindText(4, entityType);
    if (entityId.isEmpty())
        s.bindNull(5);
    else
        s.bindText(5, entityId);
    if (detail.isEmpty())
        s.bindNull(6);
    else
        s.bindText(6, detail);
    if (!s.exec())
        return Error{tr("The audit log could not be written: %1").arg(s.error())};
    return {};
}

Result<QList<AuditEntry>> AuditStore::find(const AuditQuery& q) const
{
    QString sql = QStringLiteral("SELECT id, at, user_name, action, entity_type, entity_id, detail FROM audit_log "
                                 "WHERE 1");
    QVariantList args;
    // Local days: from the start of `from` to the end of `to`, in UTC as stored.
    if (q.from.isValid()) {
        sql += QStringLiteral(" AND at >= ?");
        args << isoUtc(q.from.startOfDay().toUTC());
    }
    if (q.to.isValid()) {
        sql += QStringLiteral(" AND at < ?");
        args << isoUtc(q.to.addDays(1).startOfDay().toUTC());
    }
    if (!q.user.isEmpty()) {
        sql += QStringLiteral(" AND user_name = ?");
        args << q.user;
    }
    if (!q.action.isEmpty()) {
        sql += QStringLiteral(" AND action = ?");
        args << q.action;
    }
    if (!q.entityId.isEmpty()) {
        sql += QStringLiteral(" AND entity_id = ?");
        args << q.entityId;
    }
    sql += QStringLiteral(" ORDER BY at DESC, id DESC LIMIT ?");
    args << std::max(1, q.limit);
    Statement s(m_db, sql);
    for (int i = 0; i < args.size(); ++i)
        s.bind(i + 1, args[i]);
    QList<AuditEntry> out;
    while (s.next()) {
        AuditEntry e;
        e.id = s.integer(0);
        e.at = fromIsoUtc(s.text(1));
        e.user = s.text(2);
        e.action = s.text(3);
        e.entityType = s.text(4);
        e.entityId = s.text(5);
        e.detail = s.text(6);
        out.append(e);
    }
    if (!s.error().isEmpty())
        return Error{tr("The audit log could not be read: %1").arg(s.error())};
    return out;
}

Result<QStringList> AuditStore::users() const
{
    Statement s(m_db, QStringLiteral("SELECT DISTINCT user_name FROM audit_log ORDER BY 1"));
    QStringList out;
    while (s.next())
        out << s.text(0);
    if (!s.error().isEmpty())
        return Error{tr("The audit log could not be read: %1").arg(s.error())};
    return out;
}

} // namespace open211
