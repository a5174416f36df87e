#include "ResourceEdits.h"

#include "HubRows.h"
#include "HubSchema.h"
#include "import/ImportBatch.h"

#include <QJsonArray>
#include <QSqlError>
#include <QSqlQuery>
#include <cmath>

namespace open211 {

using namespace hsds;

namespace {

// A JSON value as convertField reads it: text, a number, null; anything else is refused there.
QVariant variant(const QJsonValue& v)
{
    switch (v.type()) {
    case QJsonValue::Null:
        return QVariant::fromValue(nullptr);
    case QJsonValue::Bool:
        return v.toBool();
    case QJsonValue::Double:
        return v.toDouble();
    case QJsonValue::String:
        return v.toString();
    case QJsonValue::Array:
        return QVariant(QVariantList{});
    case QJsonValue::Object:
        return QVariant(QVariantMap{});
    case QJsonValue::Undefined:
        break;
    }
    return QVariant();
}

WriteAnswer databaseFailed(const QString& error)
{
    return WriteAnswer::error(500, QStringLiteral("The hub's database failed: %1").arg(error));
}

WriteAnswer conflict(const QString& message, const std::optional<QJsonObject>& current)
{
    return WriteAnswer::json(
        409,
        QJsonObject{{QStringLiteral("error"), message},
                    {QStringLiteral("current"), current ? QJsonValue(*current) : QJsonValue(QJsonValue::Null)}});
}

} // namespace

ResourceEdits::ResourceEdits(QSqlDatabase db)
    : m_db(std::move(db))
{ }

std::optional<WriteAnswer> ResourceEdits::lockChanges()
{
    QSqlQuery q(m_db);
    if (!q.exec(QStringLiteral("SET LOCAL lock_timeout = '3s'")))
        return databaseFailed(q.lastError().text());
    if (!q.exec(QStringLiteral("SELECT pg_advisory_xact_lock(%1)").arg(HubSchema::ChangeLock))) {
        if (hub::sqlState(q) == QLatin1String("55P03")) {
            return WriteAnswer::error(503, QStringLiteral("The hub is busy loading resources; try again in a minute."));
        }
        return databaseFailed(q.lastError().text());
    }
    return std::nullopt;
}

std::optional<QJsonObject> ResourceEdits::current(const TableInfo& table, const QString& id, QString* error)
{
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral("SELECT * FROM %1 WHERE id = ? FOR UPDATE").arg(table.name));
    q.addBindValue(id);
    if (!q.exec()) {
        *error = q.lastError().text();
        return std::nullopt;
    }
    if (!q.next())
        return std::nullopt;
    return hub::rowJson(table, q.record());
}

bool ResourceEdits::exists(const TableInfo& table, const QString& id, QString* error)
{
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral("SELECT 1 FROM %1 WHERE id = ?").arg(table.name));
    q.addBindValue(id);
    if (!q.exec())
        *error = q.lastError().text();
    return q.next();
}

WriteAnswer ResourceEdits::get(const TableInfo& table, const QString& id)
{
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral("SELECT * FROM %1 WHERE id = ?").arg(table.name));
    q.addBindValue(id);
    if (!q.exec())
        return databaseFailed(q.lastError().text());
    if (!q.next())
        return WriteAnswer::error(404, QStringLiteral("The hub has no %1 \"%2\".").arg(table.name, id.left(100)));
    return WriteAnswer::json(200, QJsonObject{{QStringLiteral("record"), hub::rowJson(table, q.record())}});
}

WriteAnswer ResourceEdits::put(const TableInfo& table, const QString& id, const QJsonObject& body, const HubUser& by)
{
    if (id.trimmed().isEmpty() || id.size() > 200)
        return WriteAnswer::error(422, QStringLiteral("A record's id is 1 to 200 characters."));
    const QJsonValue base = body.value(QStringLiteral("base_version"));
    qint64 baseVersion = 0;
    if (!base.isUndefined() && !base.isNull()) {
        const double v = base.toDouble(-1);
        if (!base.isDouble() || v < 0 || v != std::floor(v) || v > 1e15)
            return WriteAnswer::error(400, QStringLiteral("\"base_version\" must be a whole number, 0 or more."));
        baseVersion = qint64(v);
    }
    if (!body.value(QStringLiteral("record")).isObject())
        return WriteAnswer::error(400, QStringLiteral("\"record\" must be an object with the record's fields."));
    const QJsonObject record = body.value(QStringLiteral("record")).toObject();
    for (auto it = record.constBegin(); it != record.constEnd(); ++it) {
        if (table.fieldIndex(it.key()) < 0 && it.key() != QLatin1String("version")
            && it.key() != QLatin1String("last_modified"))
            return WriteAnswer::error(422,
                                      QStringLiteral("%1 has no field \"%2\".").arg(table.name, it.key().left(100)));
    }
    if (record.contains(QStringLiteral("id")) && record.value(QStringLiteral("id")) != QJsonValue(id)) {
        return WriteAnswer::error(
            422, QStringLiteral("The record's id differs from the id in the address (\"%1\").").arg(id.left(100)));
    }

    // Types, required fields and allowed values, as the workstation's import checks them.
    const QString source = QStringLiteral("%1 \"%2\"").arg(table.name, id.left(100));
    QVariantList values;
    for (const Field& f : table.fields) {
        const QVariant raw = f.name == QLatin1String("id") ? QVariant(id) : variant(record.value(f.name));
        auto value = convertField(f, raw, source);
        if (!value)
            return WriteAnswer::error(422, value.error());
        values << std::move(value).value();
    }
    // References, against what the hub holds.
    QString error;
    for (int i = 0; i < table.fields.size(); ++i) {
        const TableInfo* target = referencedTable(table.table, table.fields[i].name);
        if (!target || values[i].isNull())
            continue;
        if (!exists(*target, values[i].toString(), &error)) {
            if (!error.isEmpty())
                return databaseFailed(error);
            return WriteAnswer::error(
                422,
                QStringLiteral("%1, field \"%2\": the %3 \"%4\" is not on the hub.")
                    .arg(source, table.fields[i].name, target->name, values[i].toString().left(100)));
        }
    }
    const int linkEntity = table.fieldIndex(QStringLiteral("link_entity"));
    const int linkId = table.fieldIndex(QStringLiteral("link_id"));
    if (linkEntity >= 0 && linkId >= 0) {
        const TableInfo* target = byName(values[linkEntity].toString());
        if (!target) {
            return WriteAnswer::error(422,
                                      QStringLiteral("%1, field \"link_entity\": \"%2\" is not an HSDS table.")
                                          .arg(source, values[linkEntity].toString().left(100)));
        }
        if (!exists(*target, values[linkId].toString(), &error)) {
            if (!error.isEmpty())
                return databaseFailed(error);
            return WriteAnswer::error(422,
                                      QStringLiteral("%1, field \"link_id\": the %2 \"%3\" is not on the hub.")
                                          .arg(source, target->name, values[linkId].toString().left(100)));
        }
    }

    if (auto busy = lockChanges())
        return *busy;
    const std::optional<QJsonObject> stored = current(table, id, &error);
    if (!error.isEmpty())
        return databaseFailed(error);
    if (stored) {
        const qint64 version = stored->value(QStringLiteral("version")).toInteger();
        if (version != baseVersion) {
            return conflict(
                baseVersion == 0
                    ? QStringLiteral("%1 is already on the hub; edit it from its version %2.").arg(source).arg(version)
                    : QStringLiteral("%1 was changed on the hub meanwhile (version %2, the edit was based on "
                                     "version %3); nothing was written.")
                          .arg(source)
                          .arg(version)
                          .arg(baseVersion),
                stored);
        }
    } else if (baseVersion != 0) {
        return conflict(QStringLiteral("%1 is no longer on the hub; nothing was written.").arg(source), std::nullopt);
    }

    if (!hub::setChangeAuthor(m_db, by.username, &error))
        return databaseFailed(error);
    QSqlQuery q(m_db);
    QStringList columns;
    for (const Field& f : table.fields)
        columns << f.name;
    if (stored) {
        QStringList sets;
        for (const QString& c : std::as_const(columns))
            sets << c + QStringLiteral(" = ?");
        q.prepare(QStringLiteral("UPDATE %1 SET %2, version = ?, last_modified = ? WHERE id = ? RETURNING *")
                      .arg(table.name, sets.join(QStringLiteral(", "))));
    } else {
        q.prepare(
            QStringLiteral("INSERT INTO %1 (%2, version, last_modified) VALUES (%3?, ?) RETURNING *")
                .arg(table.name, columns.join(QStringLiteral(", ")), QStringLiteral("?, ").repeated(columns.size())));
    }
    for (const QVariant& v : std::as_const(values))
        q.addBindValue(v);
    q.addBindValue(baseVersion + 1);
    q.addBindValue(ImportBatch::nowIso());
    if (stored)
        q.addBindValue(id);
    if (!q.exec() || !q.next())
        return databaseFailed(q.lastError().text());
    return WriteAnswer::json(200, QJsonObject{{QStringLiteral("record"), hub::rowJson(table, q.record())}});
}

WriteAnswer ResourceEdits::remove(const TableInfo& table, const QString& id, qint64 baseVersion, const HubUser& by)
{
    if (table.table == Table::Service || table.table == Table::Organization || table.table == Table::Location) {
        return WriteAnswer::error(
            422,
            QStringLiteral("Services, organizations and locations are not deleted: a service is "
                           "deactivated by an edit that sets its status to inactive or defunct."));
    }
    if (auto busy = lockChanges())
        return *busy;
    QString error;
    const std::optional<QJsonObject> stored = current(table, id, &error);
    if (!error.isEmpty())
        return databaseFailed(error);
    const QString source = QStringLiteral("%1 \"%2\"").arg(table.name, id.left(100));
    if (!stored)
        return WriteAnswer::error(404, QStringLiteral("The hub has no %1.").arg(source));
    const qint64 version = stored->value(QStringLiteral("version")).toInteger();
    if (version != baseVersion) {
        return conflict(QStringLiteral("%1 was changed on the hub meanwhile (version %2, the removal was based on "
                                       "version %3); nothing was removed.")
                            .arg(source)
                            .arg(version)
                            .arg(baseVersion),
                        stored);
    }
    // Nothing may be left referring to it (the hub keeps no dangling references).
    QSqlQuery q(m_db);
    for (Table t : allTables()) {
        const TableInfo& other = info(t);
        QStringList where;
        for (const Field& f : other.fields) {
            if (referencedTable(t, f.name) == &table)
                where << f.name + QStringLiteral(" = ?");
        }
        const bool links = other.fieldIndex(QStringLiteral("link_entity")) >= 0;
        if (links)
            where << QStringLiteral("(link_entity = ? AND link_id = ?)");
        if (where.isEmpty())
            continue;
        q.prepare(
            QStringLiteral("SELECT id FROM %1 WHERE %2 LIMIT 1").arg(other.name, where.join(QStringLiteral(" OR "))));
        for (qsizetype i = 0; i < where.size() - (links ? 1 : 0); ++i)
            q.addBindValue(id);
        if (links) {
            q.addBindValue(table.name);
            q.addBindValue(id);
        }
        if (!q.exec())
            return databaseFailed(q.lastError().text());
        if (q.next()) {
            return WriteAnswer::error(422,
                                      QStringLiteral("The %1 \"%2\" refers to %3; change or remove it first.")
                                          .arg(other.name, q.value(0).toString().left(100), source));
        }
    }
    if (!hub::setChangeAuthor(m_db, by.username, &error))
        return databaseFailed(error);
    q.prepare(QStringLiteral("DELETE FROM %1 WHERE id = ?").arg(table.name));
    q.addBindValue(id);
    if (!q.exec())
        return databaseFailed(q.lastError().text());
    return WriteAnswer::json(200,
                             QJsonObject{{QStringLiteral("table"), table.name},
                                         {QStringLiteral("id"), id},
                                         {QStringLiteral("deleted"), true}});
}

} // namespace open211
