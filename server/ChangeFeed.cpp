#include "ChangeFeed.h"

#include "HsdsSchema.h"
#include "HubRows.h"

#include <QHash>
#include <QScopeGuard>
#include <QSqlError>
#include <QSqlQuery>
#include <QSqlRecord>

namespace open211 {

using namespace hsds;

namespace {

struct Entry
{
    qint64 seq;
    QString table;
    QString id;
    bool deleted;
    QString by; // who made the change; empty when unknown
};

} // namespace

ChangeFeed::ChangeFeed(QSqlDatabase db)
    : m_db(std::move(db))
{ }

Result<ChangePage> ChangeFeed::changes(qint64 after, int limit)
{
    const auto fail = [this](const QString& e) {
        m_db.rollback();
        return Error{tr("The changes could not be read: %1").arg(e)};
    };
    if (!m_db.transaction())
        return Error{tr("The changes could not be read: %1").arg(m_db.lastError().text())};
    QSqlQuery q(m_db);
    q.setForwardOnly(true);
    if (!q.exec(QStringLiteral("SET TRANSACTION ISOLATION LEVEL REPEATABLE READ, READ ONLY")))
        return fail(q.lastError().text());

    q.prepare(QStringLiteral(
        "SELECT seq, table_name, id, deleted, changed_by FROM change_log WHERE seq > ? ORDER BY seq LIMIT ?"));
    q.addBindValue(after);
    q.addBindValue(limit);
    if (!q.exec())
        return fail(q.lastError().text());
    QList<Entry> entries;
    QHash<QString, QStringList> idsByTable;
    while (q.next()) {
        Entry e{q.value(0).toLongLong(),
                q.value(1).toString(),
                q.value(2).toString(),
                q.value(3).toBool(),
                q.value(4).toString()};
        if (!e.deleted)
            idsByTable[e.table] << e.id;
        entries.append(std::move(e));
    }

    // The page's rows, one statement per table.
    QHash<QString, QHash<QString, QJsonObject>> rows;
    for (auto it = idsByTable.cbegin(); it != idsByTable.cend(); ++it) {
        const TableInfo* ti = byName(it.key());
        if (!ti)
            continue;
        QSqlQuery r(m_db);
        r.setForwardOnly(true);
        r.prepare(QStringLiteral("SELECT * FROM %1 WHERE id ").arg(ti->name) + hub::inJsonList());
        r.addBindValue(hub::jsonList(it.value()));
        if (!r.exec())
            return fail(r.lastError().text());
        auto& table = rows[ti->name];
        while (r.next()) {
            QJsonObject o = hub::rowJson(*ti, r.record());
            table.insert(o.value(QStringLiteral("id")).toString(), std::move(o));
        }
    }

    ChangePage page;
    page.next = after;
    for (const Entry& e : std::as_const(entries)) {
        page.next = e.seq;
        if (!byName(e.table))
            continue; // a table this hub no longer describes
        QJsonObject change{
            {QStringLiteral("seq"), e.seq}, {QStringLiteral("table"), e.table}, {QStringLiteral("id"), e.id}};
        const auto& tableRows = rows[e.table];
        const auto row = tableRows.constFind(e.id);
        // A row is always there in this snapshot unless it was deleted; be safe all the same.
        const bool deleted = e.deleted || row == tableRows.constEnd();
        change.insert(QStringLiteral("deleted"), deleted);
        if (!e.by.isEmpty())
            change.insert(QStringLiteral("by"), e.by);
        if (!deleted)
            change.insert(QStringLiteral("record"), *row);
        page.changes.append(change);
    }
    if (!q.exec(QStringLiteral("SELECT coalesce(max(seq), 0) FROM change_log")) || !q.next())
        return fail(q.lastError().text());
    page.head = q.value(0).toLongLong();
    page.more = page.next < page.head;
    q.finish();
    if (!m_db.commit())
        return fail(m_db.lastError().text());
    return page;
}

Result<Page> ChangeFeed::deleted(const QDateTime& since, int page, int perPage)
{
    const QString union_ = QStringLiteral(
        "SELECT table_name, id, changed_at, false AS deactivated FROM change_log WHERE deleted AND changed_at > "
        "?::timestamptz UNION ALL SELECT 'service', s.id, c.changed_at, true FROM service s JOIN change_log c ON "
        "c.table_name = 'service' AND c.id = s.id WHERE s.status IN ('inactive', 'defunct') AND c.changed_at > "
        "?::timestamptz");
    const QString time = hub::isoUtc(since);
    Page out;
    QSqlQuery count(m_db);
    count.prepare(QStringLiteral("SELECT count(*) FROM (%1) d").arg(union_));
    count.addBindValue(time);
    count.addBindValue(time);
    if (!count.exec() || !count.next())
        return Error{tr("The deleted records could not be read: %1").arg(count.lastError().text())};
    out.total = count.value(0).toLongLong();
    QSqlQuery q(m_db);
    q.setForwardOnly(true);
    q.prepare(QStringLiteral("SELECT table_name, id, %2, deactivated FROM (%1) d ORDER BY changed_at, table_name, id "
                             "LIMIT ? OFFSET ?")
                  .arg(union_, hub::isoColumn(QStringLiteral("changed_at"))));
    q.addBindValue(time);
    q.addBindValue(time);
    q.addBindValue(perPage);
    q.addBindValue(qint64(page - 1) * perPage);
    if (!q.exec())
        return Error{tr("The deleted records could not be read: %1").arg(q.lastError().text())};
    while (q.next()) {
        QJsonObject o{{QStringLiteral("table"), q.value(0).toString()},
                      {QStringLiteral("id"), q.value(1).toString()},
                      {QStringLiteral("deleted_at"), q.value(2).toString()}};
        if (q.value(3).toBool())
            o.insert(QStringLiteral("deactivated"), true);
        out.contents.append(o);
    }
    return out;
}

} // namespace open211
