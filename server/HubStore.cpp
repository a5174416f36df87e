#include "HubStore.h"

#include "import/HsdsJsonReader.h"
#include "import/TaxonomyImport.h"

#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QSqlError>
#include <QSqlQuery>
#include <QSqlRecord>
#include <QUuid>

namespace open211 {

using namespace hsds;

namespace {

QString columnType(Type t)
{
    switch (t) {
    case Type::Integer:
        return QStringLiteral("BIGINT");
    case Type::Number:
        return QStringLiteral("DOUBLE PRECISION");
    case Type::Text:
        break;
    }
    return QStringLiteral("TEXT");
}

// A row as HSDS JSON: fields by name, numbers as numbers, nulls left out.
QJsonObject rowJson(const TableInfo& ti, const QSqlRecord& record, const QString& prefix = {})
{
    QJsonObject o;
    for (const Field& f : ti.fields) {
        const QVariant v = record.value(prefix + f.name);
        if (v.isNull())
            continue;
        o.insert(f.name, f.type == Type::Text ? QJsonValue(v.toString()) : QJsonValue(v.toDouble()));
    }
    return o;
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
    QSqlQuery quiet(db);
    (void)quiet.exec(QStringLiteral("SET client_min_messages TO warning")); // no NOTICEs on stderr
    std::unique_ptr<HubStore> store(new HubStore(db));
    if (auto st = store->migrate(); !st)
        return Error{st.error()};
    return store;
}

Status HubStore::migrate()
{
    QSqlQuery q(m_db);
    for (Table t : allTables()) {
        const TableInfo& ti = info(t);
        QStringList columns;
        for (const Field& f : ti.fields) {
            columns << f.name + u' ' + columnType(f.type)
                    + (f.name == QLatin1String("id") ? QStringLiteral(" PRIMARY KEY") : QString());
        }
        columns << QStringLiteral("version BIGINT NOT NULL DEFAULT 1") << QStringLiteral("last_modified TEXT NOT NULL");
        if (!q.exec(
                QStringLiteral("CREATE TABLE IF NOT EXISTS %1 (%2)").arg(ti.name, columns.join(QStringLiteral(", ")))))
            return Error{tr("The hub's schema could not be made: %1").arg(q.lastError().text())};
    }
    for (const char* sql : {"CREATE INDEX IF NOT EXISTS service_organization ON service(organization_id)",
                            "CREATE INDEX IF NOT EXISTS service_last_modified ON service(last_modified)"}) {
        if (!q.exec(QString::fromLatin1(sql)))
            return Error{tr("The hub's schema could not be made: %1").arg(q.lastError().text())};
    }
    return {};
}

Result<qint64> HubStore::load(const ImportBatch& batch)
{
    if (!m_db.transaction())
        return Error{tr("Cannot start writing: %1").arg(m_db.lastError().text())};
    qint64 written = 0;
    for (Table t : allTables()) {
        const TableInfo& ti = info(t);
        const auto& rows = batch.rows(t);
        if (rows.isEmpty())
            continue;
        QSqlQuery q(m_db);
        q.prepare(upsertSql(ti, SqlDialect::PostgreSQL));
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

Result<Page> HubStore::list(Table table, const ListFilter& filter, int page, int perPage)
{
    const TableInfo& ti = info(table);
    QStringList where;
    QVariantList binds;
    if (!filter.modifiedAfter.isEmpty()) {
        where << QStringLiteral("last_modified > ?");
        binds << filter.modifiedAfter;
    }
    for (const auto& [column, value] : filter.equals) {
        if (ti.fieldIndex(column) < 0)
            return Error{tr("%1 has no field \"%2\".").arg(ti.name, column)};
        where << column + QStringLiteral(" = ?");
        binds << value;
    }
    for (const QString& column : filter.isNull) {
        if (ti.fieldIndex(column) < 0)
            return Error{tr("%1 has no field \"%2\".").arg(ti.name, column)};
        where << column + QStringLiteral(" IS NULL");
    }
    const QString clause
        = where.isEmpty() ? QString() : QStringLiteral(" WHERE ") + where.join(QStringLiteral(" AND "));
    Page out;
    QSqlQuery count(m_db);
    count.prepare(QStringLiteral("SELECT count(*) FROM %1%2").arg(ti.name, clause));
    for (const QVariant& v : binds)
        count.addBindValue(v);
    if (!count.exec() || !count.next())
        return Error{count.lastError().text()};
    out.total = count.value(0).toLongLong();
    const QString order
        = ti.fieldIndex(QStringLiteral("name")) >= 0 ? QStringLiteral("name, id") : QStringLiteral("id");
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral("SELECT * FROM %1%2 ORDER BY %3 LIMIT ? OFFSET ?").arg(ti.name, clause, order));
    for (const QVariant& v : binds)
        q.addBindValue(v);
    q.addBindValue(perPage);
    q.addBindValue(qint64(page - 1) * perPage);
    if (!q.exec())
        return Error{q.lastError().text()};
    while (q.next()) {
        QJsonObject o = rowJson(ti, q.record());
        o.insert(QStringLiteral("last_modified"), q.record().value(QStringLiteral("last_modified")).toString());
        out.contents.append(o);
    }
    return out;
}

Result<std::optional<QJsonObject>> HubStore::record(Table table, const QString& id)
{
    const TableInfo& ti = info(table);
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral("SELECT * FROM %1 WHERE id = ?").arg(ti.name));
    q.addBindValue(id);
    if (!q.exec())
        return Error{q.lastError().text()};
    if (!q.next())
        return std::optional<QJsonObject>();
    QJsonObject o = rowJson(ti, q.record());
    o.insert(QStringLiteral("last_modified"), q.record().value(QStringLiteral("last_modified")).toString());
    if (table == Table::Service) {
        QSqlQuery org(m_db);
        org.prepare(QStringLiteral("SELECT * FROM organization WHERE id = ?"));
        org.addBindValue(o.value(QStringLiteral("organization_id")).toString());
        if (org.exec() && org.next())
            o.insert(QStringLiteral("organization"), rowJson(info(Table::Organization), org.record()));
    }
    return std::optional<QJsonObject>(o);
}

} // namespace open211
