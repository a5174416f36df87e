#include "HubNesting.h"

#include "HubRows.h"

#include <QHash>
#include <QJsonArray>
#include <QSqlError>
#include <QSqlQuery>

namespace open211 {

using namespace hsds;

namespace {

bool linkable(Table t)
{
    return t == Table::Service || t == Table::Organization || t == Table::Location || t == Table::ServiceAtLocation;
}

QStringList distinctValues(const QList<QJsonObject>& records, const QString& key)
{
    QStringList out;
    QSet<QString> seen;
    for (const QJsonObject& r : records) {
        const QString v = r.value(key).toString();
        if (!v.isEmpty() && !seen.contains(v)) {
            seen.insert(v);
            out << v;
        }
    }
    return out;
}

} // namespace

HubNesting::HubNesting(QSqlDatabase db)
    : m_db(std::move(db))
{ }

Result<QList<QJsonObject>> HubNesting::select(Table table, const QString& where, const QVariantList& binds)
{
    const TableInfo& ti = info(table);
    QSqlQuery q(m_db);
    q.setForwardOnly(true);
    if (!q.prepare(QStringLiteral("SELECT * FROM %1 WHERE %2 ORDER BY id").arg(ti.name, where)))
        return Error{q.lastError().text()};
    for (const QVariant& v : binds)
        q.addBindValue(v);
    if (!q.exec())
        return Error{q.lastError().text()};
    QList<QJsonObject> out;
    while (q.next())
        out.append(hub::rowJson(ti, q.record()));
    return out;
}

Result<QList<QJsonObject>> HubNesting::byIds(Table table, const QStringList& ids)
{
    if (ids.isEmpty())
        return QList<QJsonObject>();
    auto rows = select(table, QStringLiteral("id ") + hub::inJsonList(), {hub::jsonList(ids)});
    if (!rows)
        return rows;
    QHash<QString, QJsonObject> byId;
    for (const QJsonObject& r : *rows)
        byId.insert(r.value(QStringLiteral("id")).toString(), r);
    QList<QJsonObject> out;
    for (const QString& id : ids) {
        const auto it = byId.constFind(id);
        if (it != byId.constEnd())
            out.append(*it);
    }
    return out;
}

Status HubNesting::nest(Table table, QList<QJsonObject>& records, const QStringList& skip)
{
    if (records.isEmpty())
        return {};
    const QString idKey = QStringLiteral("id");
    const QString ids = hub::jsonList(distinctValues(records, idKey));

    for (const Nesting& n : nestings(table)) {
        if (skip.contains(n.key))
            continue;
        auto rows = select(n.child, n.parentColumn + u' ' + hub::inJsonList(), {ids});
        if (!rows)
            return Error{rows.error()};
        QList<QJsonObject> children = std::move(rows).value();
        if (auto st = nest(n.child, children); !st)
            return st;
        QHash<QString, QJsonArray> byParent;
        for (const QJsonObject& c : std::as_const(children))
            byParent[c.value(n.parentColumn).toString()].append(c);
        // An empty array says "none" (a reader removes children it no longer lists).
        for (QJsonObject& r : records)
            r.insert(n.key, byParent.value(r.value(idKey).toString()));
    }

    // The one-to-one parents HSDS nests: a service's organization, a service_at_location's location.
    const auto nestParent = [&](const QString& key, const QString& column, Table parent) -> Status {
        if (skip.contains(key))
            return {};
        auto rows = byIds(parent, distinctValues(records, column));
        if (!rows)
            return Error{rows.error()};
        QList<QJsonObject> parents = std::move(rows).value();
        if (auto st = nest(parent, parents); !st)
            return st;
        QHash<QString, QJsonObject> byId;
        for (const QJsonObject& p : std::as_const(parents))
            byId.insert(p.value(idKey).toString(), p);
        for (QJsonObject& r : records) {
            const auto it = byId.constFind(r.value(column).toString());
            if (it != byId.constEnd())
                r.insert(key, *it);
        }
        return {};
    };
    if (table == Table::Service) {
        if (auto st
            = nestParent(QStringLiteral("organization"), QStringLiteral("organization_id"), Table::Organization);
            !st)
            return st;
    } else if (table == Table::ServiceAtLocation) {
        if (auto st = nestParent(QStringLiteral("location"), QStringLiteral("location_id"), Table::Location); !st)
            return st;
    }

    if (linkable(table) && !skip.contains(QStringLiteral("attributes"))) {
        auto rows = select(Table::Attribute,
                           QStringLiteral("link_entity = ? AND link_id ") + hub::inJsonList(),
                           {info(table).name, ids});
        if (!rows)
            return Error{rows.error()};
        auto terms = byIds(Table::TaxonomyTerm, distinctValues(*rows, QStringLiteral("taxonomy_term_id")));
        if (!terms)
            return Error{terms.error()};
        QHash<QString, QJsonObject> termById;
        for (const QJsonObject& t : *terms)
            termById.insert(t.value(idKey).toString(), t);
        QHash<QString, QJsonArray> byLink;
        for (QJsonObject a : *rows) {
            const auto it = termById.constFind(a.value(QStringLiteral("taxonomy_term_id")).toString());
            if (it != termById.constEnd())
                a.insert(QStringLiteral("taxonomy_term"), *it);
            byLink[a.value(QStringLiteral("link_id")).toString()].append(a);
        }
        for (QJsonObject& r : records)
            r.insert(QStringLiteral("attributes"), byLink.value(r.value(idKey).toString()));
    }
    return {};
}

} // namespace open211
