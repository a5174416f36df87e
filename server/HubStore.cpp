#include "HubStore.h"

#include "HubNesting.h"
#include "HubRows.h"
#include "HubSchema.h"
#include "geo/Gazetteer.h"
#include "import/HsdsJsonReader.h"
#include "import/TaxonomyImport.h"

#include <QFile>
#include <QFileInfo>
#include <QHash>
#include <QSqlError>
#include <QSqlQuery>
#include <QSqlRecord>
#include <QUuid>
#include <cmath>

namespace open211 {

using namespace hsds;

namespace {

// Great-circle distance in metres from the point bound as c.lat, c.lng to location l.
const char* const DistanceSql = "(2 * 6371000 * asin(least(1, sqrt(power(sin(radians(l.latitude - c.lat) / 2), 2) + "
                                "cos(radians(c.lat)) * cos(radians(l.latitude)) * "
                                "power(sin(radians(l.longitude - c.lng) / 2), 2)))))";

// Each record gets the flat record its column refers to, under `key`.
Status attachFlat(HubNesting& nesting, QList<QJsonObject>& records, const QString& key, const QString& column, Table t)
{
    QStringList ids;
    for (const QJsonObject& r : std::as_const(records))
        ids << r.value(column).toString();
    ids.removeDuplicates();
    ids.removeAll(QString());
    auto rows = nesting.byIds(t, ids);
    if (!rows)
        return Error{rows.error()};
    QHash<QString, QJsonObject> byId;
    for (const QJsonObject& o : *rows)
        byId.insert(o.value(QStringLiteral("id")).toString(), o);
    for (QJsonObject& r : records) {
        const auto it = byId.constFind(r.value(column).toString());
        if (it != byId.constEnd())
            r.insert(key, *it);
    }
    return {};
}

// Service_at_locations get their service: fully nested (but for its service_at_locations), or
// flat with its flat organization.
Status nestServices(HubNesting& nesting, QList<QJsonObject>& records, bool full)
{
    QStringList ids;
    for (const QJsonObject& r : std::as_const(records))
        ids << r.value(QStringLiteral("service_id")).toString();
    ids.removeDuplicates();
    auto rows = nesting.byIds(Table::Service, ids);
    if (!rows)
        return Error{rows.error()};
    QList<QJsonObject> services = std::move(rows).value();
    if (full) {
        if (auto st = nesting.nest(Table::Service, services, {QStringLiteral("service_at_locations")}); !st)
            return st;
    } else if (auto st = attachFlat(nesting,
                                    services,
                                    QStringLiteral("organization"),
                                    QStringLiteral("organization_id"),
                                    Table::Organization);
               !st) {
        return st;
    }
    QHash<QString, QJsonObject> byId;
    for (const QJsonObject& s : std::as_const(services))
        byId.insert(s.value(QStringLiteral("id")).toString(), s);
    for (QJsonObject& r : records) {
        const auto it = byId.constFind(r.value(QStringLiteral("service_id")).toString());
        if (it != byId.constEnd())
            r.insert(QStringLiteral("service"), *it);
    }
    return {};
}

} // namespace

HubStore::HubStore(QSqlDatabase db)
    : m_db(std::move(db))
{ }

HubStore::~HubStore()
{
    const QString name = m_db.connectionName();
    m_db.close();
    m_db = QSqlDatabase();
    QSqlDatabase::removeDatabase(name);
}

Result<std::unique_ptr<HubStore>> HubStore::open(const QString& connection)
{
    const QString name = QStringLiteral("hub-") + QUuid::createUuid().toString(QUuid::WithoutBraces);
    QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QPSQL"), name);
    if (!db.isValid())
        return Error{tr("The PostgreSQL driver for Qt is missing (install libqt6sql6-psql).")};
    for (const QString& part : connection.split(u' ', Qt::SkipEmptyParts)) {
        const QString key = part.section(u'=', 0, 0), value = part.section(u'=', 1);
        if (key == QLatin1String("host"))
            db.setHostName(value);
        else if (key == QLatin1String("port"))
            db.setPort(value.toInt());
        else if (key == QLatin1String("user"))
            db.setUserName(value);
        else if (key == QLatin1String("dbname"))
            db.setDatabaseName(value);
        else if (key == QLatin1String("password"))
            db.setPassword(value);
    }
    if (!db.open()) {
        const QString error = db.lastError().text();
        db = QSqlDatabase();
        QSqlDatabase::removeDatabase(name);
        return Error{tr("Cannot connect to PostgreSQL (%1): %2").arg(connection, error)};
    }
    {
        QSqlQuery quiet(db);
        (void)quiet.exec(QStringLiteral("SET client_min_messages TO warning")); // no NOTICEs on stderr
    }
    // The store holds the only handle: on failure it removes the connection cleanly.
    std::unique_ptr<HubStore> store(new HubStore(std::move(db)));
    if (auto st = HubSchema::migrate(store->m_db); !st)
        return Error{st.error()};
    return store;
}

Result<qint64> HubStore::load(const ImportBatch& batch)
{
    if (!m_db.transaction())
        return Error{tr("Cannot start writing: %1").arg(m_db.lastError().text())};
    // The change feed names a load's changes "load".
    if (QString error; !hub::setChangeAuthor(m_db, QStringLiteral("load"), &error)) {
        m_db.rollback();
        return Error{tr("Cannot start writing: %1").arg(error)};
    }
    // Children that a reloaded record no longer lists are removed after the rows are written; a
    // child table empty before the load has none to remove (which keeps a first load fast).
    std::array<qint64, TableCount> childRows;
    childRows.fill(-1);
    for (const Ownership& o : batch.ownerships()) {
        qint64& n = childRows[int(o.child)];
        if (n < 0) {
            QSqlQuery c(m_db);
            n = c.exec(QStringLiteral("SELECT EXISTS (SELECT 1 FROM %1)").arg(info(o.child).name)) && c.next()
                    && c.value(0).toBool()
                ? 1
                : 0;
        }
    }
    qint64 written = 0;
    for (Table t : allTables()) {
        const TableInfo& ti = info(t);
        const auto& rows = batch.rows(t);
        if (rows.isEmpty())
            continue;
        QSqlQuery q(m_db);
        // An unchanged row is not touched at all: its last_modified stays and its change-log entry
        // does not move, so a nightly reload of the province's file sends the workstations only
        // what changed.
        q.prepare(upsertSql(ti, SqlDialect::PostgreSQL, UnchangedRow::Keep));
        for (const ImportRow& row : rows) {
            for (int i = 0; i < ti.fields.size(); ++i)
                q.addBindValue(row.value(i));
            q.addBindValue(row.version);
            q.addBindValue(row.lastModified);
            if (!q.exec()) {
                const QString error = q.lastError().text();
                m_db.rollback();
                return Error{tr("%1: the hub's database refused the record: %2").arg(row.describe(ti.name), error)};
            }
            ++written;
        }
    }
    for (const Ownership& o : batch.ownerships()) {
        if (childRows[int(o.child)] == 0)
            continue;
        const bool attribute = o.child == Table::Attribute;
        QSqlQuery children(m_db);
        children.prepare(
            attribute ? QStringLiteral("SELECT id FROM attribute WHERE link_id = ? AND link_entity = ?")
                      : QStringLiteral("SELECT id FROM %1 WHERE %2 = ?").arg(info(o.child).name, o.parentColumn));
        children.addBindValue(o.parentId);
        if (attribute)
            children.addBindValue(info(o.parent).name);
        QStringList stale;
        if (children.exec()) {
            while (children.next()) {
                const QString id = children.value(0).toString();
                if (!batch.contains(o.child, id))
                    stale << id;
            }
        }
        for (const QString& id : std::as_const(stale)) {
            QSqlQuery del(m_db);
            del.prepare(QStringLiteral("DELETE FROM %1 WHERE id = ?").arg(info(o.child).name));
            del.addBindValue(id);
            if (!del.exec()) {
                const QString error = del.lastError().text();
                m_db.rollback();
                return Error{tr("Cannot remove the %1 \"%2\" that %3 \"%4\" no longer lists: %5")
                                 .arg(info(o.child).name, id, info(o.parent).name, o.parentId, error)};
            }
        }
    }
    if (!m_db.commit()) {
        const QString error = m_db.lastError().text();
        m_db.rollback();
        return Error{tr("The load could not be saved; nothing was changed. Reason: %1").arg(error)};
    }
    return written;
}

Result<qint64> HubStore::loadFile(const QString& path)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        return Error{tr("Cannot read %1: %2").arg(path, f.errorString())};
    ImportBatch batch;
    HsdsJsonReader reader(batch, QFileInfo(path).fileName(), ImportBatch::nowIso());
    if (auto st = reader.readDocument(f.readAll()); !st)
        return Error{st.error()};
    return load(batch);
}

Result<qint64> HubStore::loadTaxonomy(const QString& path)
{
    const bool demo = path == QLatin1String("demo");
    QByteArray csv;
    if (demo) {
        csv = demoTaxonomyCsv();
    } else {
        QFile f(path);
        if (!f.open(QIODevice::ReadOnly))
            return Error{tr("Cannot read %1: %2").arg(path, f.errorString())};
        csv = f.readAll();
    }
    ImportBatch batch;
    QList<TaxonomyTermExtras> extras; // use references and see-also are the workstation's, not HSDS
    if (auto st = readTaxonomyCsv(csv,
                                  demo ? QStringLiteral("demo-taxonomy.csv") : QFileInfo(path).fileName(),
                                  demo ? demoTaxonomyInfo() : TaxonomyInfo(),
                                  batch,
                                  extras);
        !st)
        return Error{st.error()};
    return load(batch);
}

Result<QList<TableChecksum>> HubStore::checksums()
{
    QList<TableChecksum> out;
    for (Table t : allTables()) {
        QSqlQuery q(m_db);
        q.setForwardOnly(true);
        if (!q.exec(QStringLiteral("SELECT id, version, last_modified FROM %1 ORDER BY id COLLATE \"C\"")
                        .arg(info(t).name)))
            return Error{q.lastError().text()};
        QList<std::tuple<QByteArray, qint64, QString>> rows;
        while (q.next())
            rows.append({q.value(0).toString().toUtf8(), q.value(1).toLongLong(), q.value(2).toString()});
        out.append({info(t).name, qint64(rows.size()), tableChecksum(rows)});
    }
    return out;
}

QString HubStore::normalizePostcode(const QString& postcode)
{
    QString out = postcode.toUpper();
    out.remove(u' ');
    return out;
}

QString HubStore::searchQuery(const QString& text)
{
    QStringList words;
    QString word;
    const auto flush = [&] {
        if (!word.isEmpty() && words.size() < 10)
            words << word.left(60) + QStringLiteral(":*");
        word.clear();
    };
    for (const QChar c : text) {
        if (c.isLetterOrNumber())
            word += c;
        else
            flush();
    }
    flush();
    return words.join(QStringLiteral(" & "));
}

Result<std::optional<GeoPoint>> HubStore::postcodeCentre(const QString& postcode)
{
    const QString key = normalizePostcode(postcode);
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral("SELECT avg(l.latitude), avg(l.longitude) FROM address a JOIN location l ON l.id = "
                             "a.location_id WHERE %1 = ? AND l.latitude IS NOT NULL AND l.longitude IS NOT NULL")
                  .arg(HubSchema::postcodeKey(QStringLiteral("a.postal_code"))));
    q.addBindValue(key);
    if (!q.exec() || !q.next())
        return Error{q.lastError().text()};
    if (!q.value(0).isNull())
        return std::optional<GeoPoint>(GeoPoint{q.value(0).toDouble(), q.value(1).toDouble()});
    if (const Municipality* m = Gazetteer::ontario().byFsa(key))
        return std::optional<GeoPoint>(GeoPoint{m->latitude, m->longitude});
    return std::optional<GeoPoint>();
}

Result<Page> HubStore::list(Table table, const ListFilter& filter, int page, int perPage)
{
    const TableInfo& ti = info(table);
    QStringList where;
    QVariantList joinBinds, binds;
    QString joins;
    if (!filter.modifiedAfter.isEmpty()) {
        where << QStringLiteral("t.last_modified > ?");
        binds << filter.modifiedAfter;
    }
    for (const auto& [column, value] : filter.equals) {
        if (ti.fieldIndex(column) < 0)
            return Error{tr("%1 has no field \"%2\".").arg(ti.name, column)};
        where << QStringLiteral("t.") + column + QStringLiteral(" = ?");
        binds << value;
    }
    for (const QString& column : filter.isNull) {
        if (ti.fieldIndex(column) < 0)
            return Error{tr("%1 has no field \"%2\".").arg(ti.name, column)};
        where << QStringLiteral("t.") + column + QStringLiteral(" IS NULL");
    }

    // Filters on services apply to a service_at_location through its service.
    const bool services = table == Table::Service || table == Table::ServiceAtLocation;
    const QString serviceId = table == Table::Service ? QStringLiteral("t.id") : QStringLiteral("t.service_id");
    if (services && !filter.organizationId.isEmpty()) {
        if (table == Table::Service)
            where << QStringLiteral("t.organization_id = ?");
        else
            where << serviceId + QStringLiteral(" IN (SELECT id FROM service WHERE organization_id = ?)");
        binds << filter.organizationId;
    }
    if (services && !filter.taxonomyTermId.isEmpty()) {
        where << serviceId
                + QStringLiteral(" IN (SELECT link_id FROM attribute WHERE link_entity = 'service' AND "
                                 "taxonomy_term_id = ?)");
        binds << filter.taxonomyTermId;
    }
    if (services && !filter.taxonomyId.isEmpty()) {
        where << serviceId
                + QStringLiteral(" IN (SELECT a.link_id FROM attribute a JOIN taxonomy_term tt ON tt.id = "
                                 "a.taxonomy_term_id WHERE a.link_entity = 'service' AND tt.taxonomy_id = ?)");
        binds << filter.taxonomyId;
    }
    if (services) {
        const QString words = searchQuery(filter.search);
        if (!words.isEmpty()) {
            // Two indexed look-ups, by the service's own words and by its organization's name.
            where << serviceId
                    + QStringLiteral(" IN (SELECT s.id FROM service s WHERE %1 @@ to_tsquery('simple', hub_fold(?)) "
                                     "UNION SELECT s.id FROM organization o JOIN service s ON s.organization_id = "
                                     "o.id WHERE %2 @@ to_tsquery('simple', hub_fold(?)))")
                          .arg(HubSchema::serviceSearchVector(QStringLiteral("s")),
                               HubSchema::organizationSearchVector(QStringLiteral("o")));
            binds << words << words;
        }
    }
    if (table == Table::Organization) {
        const QString words = searchQuery(filter.search);
        if (!words.isEmpty()) {
            where << HubSchema::organizationSearchVector(QStringLiteral("t"))
                    + QStringLiteral(" @@ to_tsquery('simple', hub_fold(?))");
            binds << words;
        }
    }
    if (table == Table::ServiceAtLocation && !filter.postcode.isEmpty() && !filter.near) {
        where << QStringLiteral("t.location_id IN (SELECT location_id FROM address WHERE %1 = ?)")
                     .arg(HubSchema::postcodeKey(QStringLiteral("postal_code")));
        binds << normalizePostcode(filter.postcode);
    }
    QString order
        = ti.fieldIndex(QStringLiteral("name")) >= 0 ? QStringLiteral("t.name, t.id") : QStringLiteral("t.id");
    if (table == Table::ServiceAtLocation && filter.near) {
        // A box around the point first (the latitude index narrows it), then the exact distance.
        const double lat = filter.near->latitude, lng = filter.near->longitude, r = filter.withinMeters;
        const double dLat = r / 111320.0;
        const double dLng = r / (111320.0 * std::max(0.01, std::cos(lat * M_PI / 180)));
        joins = QStringLiteral(" JOIN location l ON l.id = t.location_id CROSS JOIN (SELECT ?::float8 AS lat, "
                               "?::float8 AS lng) c");
        joinBinds << lat << lng;
        where << QStringLiteral("l.latitude BETWEEN ? AND ?") << QStringLiteral("l.longitude BETWEEN ? AND ?")
              << QString::fromLatin1(DistanceSql) + QStringLiteral(" <= ?");
        binds << lat - dLat << lat + dLat << lng - dLng << lng + dLng << r;
        order = QString::fromLatin1(DistanceSql) + QStringLiteral(", t.id");
    }

    const QString clause
        = where.isEmpty() ? QString() : QStringLiteral(" WHERE ") + where.join(QStringLiteral(" AND "));
    Page out;
    QSqlQuery count(m_db);
    count.prepare(QStringLiteral("SELECT count(*) FROM %1 t%2%3").arg(ti.name, joins, clause));
    for (const QVariant& v : joinBinds + binds)
        count.addBindValue(v);
    if (!count.exec() || !count.next())
        return Error{count.lastError().text()};
    out.total = count.value(0).toLongLong();
    QSqlQuery q(m_db);
    q.setForwardOnly(true);
    q.prepare(
        QStringLiteral("SELECT t.* FROM %1 t%2%3 ORDER BY %4 LIMIT ? OFFSET ?").arg(ti.name, joins, clause, order));
    for (const QVariant& v : joinBinds + binds)
        q.addBindValue(v);
    q.addBindValue(perPage);
    q.addBindValue(qint64(page - 1) * perPage);
    if (!q.exec())
        return Error{q.lastError().text()};
    while (q.next())
        out.contents.append(hub::rowJson(ti, q.record()));

    HubNesting nesting(m_db);
    const auto fail = [](const QString& e) {
        return Error{tr("The records could not be read: %1").arg(e)};
    };
    if (filter.full && (table == Table::Service || table == Table::ServiceAtLocation)) {
        if (auto st = nesting.nest(table, out.contents); !st)
            return fail(st.error());
        if (table == Table::ServiceAtLocation) {
            if (auto st = nestServices(nesting, out.contents, true); !st)
                return fail(st.error());
        }
    } else if (table == Table::Service) {
        // The list's one-to-one fields: the organization, flat.
        if (auto st = attachFlat(nesting,
                                 out.contents,
                                 QStringLiteral("organization"),
                                 QStringLiteral("organization_id"),
                                 Table::Organization);
            !st)
            return fail(st.error());
    } else if (table == Table::ServiceAtLocation) {
        if (auto st = attachFlat(
                nesting, out.contents, QStringLiteral("location"), QStringLiteral("location_id"), Table::Location);
            !st)
            return fail(st.error());
        if (auto st = nestServices(nesting, out.contents, false); !st)
            return fail(st.error());
    }
    return out;
}

Result<std::optional<QJsonObject>> HubStore::record(Table table, const QString& id)
{
    HubNesting nesting(m_db);
    auto rows = nesting.byIds(table, {id});
    if (!rows)
        return Error{rows.error()};
    if (rows->isEmpty())
        return std::optional<QJsonObject>();
    QList<QJsonObject> records = *rows;
    if (table == Table::Service || table == Table::ServiceAtLocation) {
        if (auto st = nesting.nest(table, records); !st)
            return Error{st.error()};
        if (table == Table::ServiceAtLocation) {
            if (auto st = nestServices(nesting, records, true); !st)
                return Error{st.error()};
        }
    }
    return std::optional<QJsonObject>(records.constFirst());
}

} // namespace open211
