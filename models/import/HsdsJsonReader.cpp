#include "import/HsdsJsonReader.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonParseError>
#include <QStringBuilder>
#include <QVarLengthArray>

namespace open211 {

using namespace hsds;

HsdsJsonReader::HsdsJsonReader(ImportBatch& batch, QString label, QString importTime)
    : m_batch(batch)
    , m_label(std::move(label))
    , m_importTime(std::move(importTime))
{ }

Status HsdsJsonReader::readDocument(const QByteArray& json)
{
    QJsonParseError err{};
    const QJsonDocument doc = QJsonDocument::fromJson(json, &err);
    if (err.error != QJsonParseError::NoError) {
        // Name the line as well as the byte offset: people open the file in an editor.
        const int line = int(json.left(err.offset).count('\n')) + 1;
        return Error{Import::tr("%1: the JSON is malformed at line %2 (byte %3): %4. Nothing was imported.")
                         .arg(m_label)
                         .arg(line)
                         .arg(err.offset)
                         .arg(err.errorString())};
    }
    QJsonArray services;
    if (doc.isArray()) {
        services = doc.array();
    } else if (doc.isObject() && doc.object().contains(QLatin1String("contents"))) {
        const QJsonValue contents = doc.object().value(QLatin1String("contents"));
        if (!contents.isArray())
            return Error{Import::tr("%1: \"contents\" must be an array of services.").arg(m_label)};
        services = contents.toArray();
    } else if (doc.isObject()) {
        services.append(doc.object());
    }
    for (qsizetype i = 0; i < services.size(); ++i) {
        const QJsonValue v = services.at(i);
        const QString where = Import::tr("%1, service #%2").arg(m_label).arg(i + 1);
        if (!v.isObject())
            return Error{Import::tr("%1: expected a service object.").arg(where)};
        if (auto st = readService(v.toObject(), where); !st)
            return st;
    }
    return {};
}

Status HsdsJsonReader::readService(const QJsonObject& service, const QString& where)
{
    Context top{Table::Service, QString(), QString(), m_importTime, where};
    return readObject(Table::Service, service, &top);
}

Status HsdsJsonReader::readObject(Table table, const QJsonObject& obj, const Context* ctx, QString* idOut)
{
    const TableInfo& ti = info(table);
    const QJsonValue idValue = obj.value(QLatin1String("id"));
    if (!idValue.isString() || idValue.toString().trimmed().isEmpty()) {
        return Error{Import::tr("%1: a %2 has no \"id\" (a non-empty text is required).")
                         .arg(ctx ? ctx->source : m_label, ti.name)};
    }
    const QString id = idValue.toString();
    const bool nested = ctx && !ctx->parentId.isEmpty();
    const QString source = (nested ? ctx->source : m_label) % (nested ? u", " : u": ") % ti.name % u" \"" % id % u'"';

    ImportRow row;
    row.source = source;
    row.values.reserve(ti.fields.size());

    // The object's values by field, in one pass over its keys (QJsonObject lookups are linear).
    static const auto fieldIndex = [] {
        std::array<QHash<QString, int>, TableCount> h;
        for (Table t : allTables()) {
            const auto& fields = info(t).fields;
            for (int i = 0; i < fields.size(); ++i)
                h[int(t)].insert(fields[i].name, i);
        }
        return h;
    }();
    QVariantList raw(ti.fields.size());
    const auto& indexOf = fieldIndex[int(table)];
    for (auto it = obj.constBegin(); it != obj.constEnd(); ++it) {
        const auto f = indexOf.constFind(it.key());
        if (f != indexOf.constEnd())
            raw[*f] = it.value().toVariant();
    }

    // Keys that nesting fills in when the object leaves them out.
    QVarLengthArray<QPair<QString, QString>, 4> implied;
    if (ctx && !ctx->parentId.isEmpty()) {
        if (ctx->parentColumn.isEmpty()) {
            implied.append({QStringLiteral("link_id"), ctx->parentId});
            implied.append({QStringLiteral("link_entity"), info(ctx->parent).name});
        } else {
            implied.append({ctx->parentColumn, ctx->parentId});
        }
    }
    if (table == Table::Attribute) {
        implied.append({QStringLiteral("link_type"), QStringLiteral("taxonomy")});
        const QJsonObject term = obj.value(QLatin1String("taxonomy_term")).toObject();
        if (term.value(QLatin1String("id")).isString())
            implied.append({QStringLiteral("taxonomy_term_id"), term.value(QLatin1String("id")).toString()});
        else if (term.value(QLatin1String("code")).isString())
            implied.append({QStringLiteral("taxonomy_term_id"), term.value(QLatin1String("code")).toString()});
    }
    if (table == Table::Service && obj.value(QLatin1String("organization")).isObject()) {
        implied.append({QStringLiteral("organization_id"),
                        obj.value(QLatin1String("organization")).toObject().value(QLatin1String("id")).toString()});
    }
    if (table == Table::ServiceAtLocation && obj.value(QLatin1String("location")).isObject()) {
        implied.append({QStringLiteral("location_id"),
                        obj.value(QLatin1String("location")).toObject().value(QLatin1String("id")).toString()});
    }
    for (const auto& [name, value] : implied) {
        const int i = ti.fieldIndex(name);
        QVariant& v = raw[i];
        if (v.isNull() || !v.isValid()) {
            v = value;
        } else if (v.toString() != value && name != QLatin1String("link_type")) {
            return Error{Import::tr("%1, field \"%2\": it says \"%3\" but the record is nested in \"%4\".")
                             .arg(source, name, v.toString(), value)};
        }
    }
    for (int i = 0; i < ti.fields.size(); ++i) {
        auto value = convertField(ti.fields[i], raw[i], source);
        if (!value)
            return Error{value.error()};
        row.values.append(std::move(value).value());
    }

    const QJsonValue version = obj.value(QLatin1String("version"));
    if (!version.isUndefined() && !version.isNull()) {
        if (!version.isDouble() || version.toDouble() < 1 || version.toDouble() != qint64(version.toDouble()))
            return Error{Import::tr("%1, field \"version\": expected a whole number of at least 1.").arg(source)};
        row.version = qint64(version.toDouble());
    }
    row.lastModified = ctx ? ctx->lastModified : m_importTime;
    const QJsonValue modified = obj.value(QLatin1String("last_modified"));
    if (!modified.isUndefined() && !modified.isNull()) {
        const QDateTime dt = QDateTime::fromString(modified.toString(), Qt::ISODateWithMs);
        if (!modified.isString() || !dt.isValid()) {
            return Error{Import::tr("%1, field \"last_modified\": \"%2\" is not an ISO 8601 date and time.")
                             .arg(source, modified.toVariant().toString())};
        }
        row.lastModified = dt.toUTC().toString(Qt::ISODate);
    }
    const QString lastModified = row.lastModified;

    if (auto st = m_batch.add(table, std::move(row), table == Table::Service); !st)
        return st;
    if (idOut)
        *idOut = id;

    const auto nestedContext = [&](const QString& column) {
        return Context{table, id, column, lastModified, source};
    };

    if (table == Table::Service) {
        const QJsonValue org = obj.value(QLatin1String("organization"));
        if (org.isObject()) {
            Context c{table, QString(), QString(), lastModified, source};
            if (auto st = readObject(Table::Organization, org.toObject(), &c); !st)
                return st;
        }
    }
    if (table == Table::ServiceAtLocation) {
        const QJsonValue loc = obj.value(QLatin1String("location"));
        if (loc.isObject()) {
            Context c{table, QString(), QString(), lastModified, source};
            if (auto st = readObject(Table::Location, loc.toObject(), &c); !st)
                return st;
        }
    }
    for (const Nesting& n : nestings(table)) {
        const QJsonValue v = obj.value(n.key);
        if (v.isUndefined() || v.isNull())
            continue;
        if (!v.isArray())
            return Error{Import::tr("%1, field \"%2\": expected an array.").arg(source, n.key)};
        m_batch.addOwnership({table, id, n.child, n.parentColumn});
        const Context c = nestedContext(n.parentColumn);
        for (const QJsonValue& item : v.toArray()) {
            if (!item.isObject())
                return Error{Import::tr("%1, field \"%2\": expected objects in the array.").arg(source, n.key)};
            if (auto st = readObject(n.child, item.toObject(), &c); !st)
                return st;
        }
    }
    const bool linkable = table == Table::Service || table == Table::Organization || table == Table::Location
        || table == Table::ServiceAtLocation;
    const QJsonValue attributes = obj.value(QLatin1String("attributes"));
    if (linkable && !attributes.isUndefined() && !attributes.isNull()) {
        if (!attributes.isArray())
            return Error{Import::tr("%1, field \"attributes\": expected an array.").arg(source)};
        m_batch.addOwnership({table, id, Table::Attribute, QStringLiteral("link_id")});
        const Context c = nestedContext(QString());
        for (const QJsonValue& item : attributes.toArray()) {
            if (!item.isObject())
                return Error{Import::tr("%1, field \"attributes\": expected objects in the array.").arg(source)};
            if (auto st = readObject(Table::Attribute, item.toObject(), &c); !st)
                return st;
        }
    }
    return {};
}

} // namespace open211
