#include "import/HsdsJsonReader.h"

#include "import/JsonValue.h"
#include "import/LastModified.h"

#include <QElapsedTimer>
#include <QJsonDocument>
#include <QJsonParseError>
#include <QStringBuilder>
#include <QVarLengthArray>
#include <list>
#include <simdjson.h>
#include <unordered_map>
#include <vector>

namespace open211 {

using namespace hsds;
namespace dom = simdjson::dom;

struct HsdsJsonReader::Object
{
    dom::object value;
};

namespace {

QString text(std::string_view v)
{
    return QString::fromUtf8(v.data(), qsizetype(v.size()));
}

// The value at key, or nothing when the key is absent or null.
std::optional<dom::element> member(const dom::object& o, std::string_view key)
{
    dom::element e;
    if (o.at_key(key).get(e) != simdjson::SUCCESS || e.is_null())
        return std::nullopt;
    return e;
}

std::optional<QString> stringMember(const dom::object& o, std::string_view key)
{
    const auto e = member(o, key);
    if (!e || !e->is_string())
        return std::nullopt;
    return text(std::string_view(*e));
}

} // namespace

namespace {
// "2026-11-01T09:30:00Z", the form the store keeps: valid as it is, with no need for QDateTime
// (which costs microseconds a row, and an export repeats the time in every record).
bool isUtcSeconds(std::string_view v)
{
    if (v.size() != 20 || v[4] != '-' || v[7] != '-' || v[10] != 'T' || v[13] != ':' || v[16] != ':' || v[19] != 'Z')
        return false;
    int n[6];
    const int at[6] = {0, 5, 8, 11, 14, 17};
    for (int i = 0; i < 6; ++i) {
        const int width = i == 0 ? 4 : 2;
        int value = 0;
        for (int k = 0; k < width; ++k) {
            const char c = v[size_t(at[i] + k)];
            if (c < '0' || c > '9')
                return false;
            value = value * 10 + (c - '0');
        }
        n[i] = value;
    }
    return QDate::isValid(n[0], n[1], n[2]) && n[3] < 24 && n[4] < 60 && n[5] < 60;
}
} // namespace

QString LastModifiedReader::read(std::string_view raw)
{
    if (!raw.empty() && raw == m_raw)
        return m_value;
    const QString value = QString::fromUtf8(raw.data(), qsizetype(raw.size()));
    if (isUtcSeconds(raw)) {
        m_value = value; // already in the stored form
    } else {
        const QDateTime dt = QDateTime::fromString(value, Qt::ISODateWithMs);
        if (!dt.isValid())
            return {};
        m_value = dt.toUTC().toString(Qt::ISODate);
    }
    m_raw = raw;
    return m_value;
}

int jsonFieldIndex(Table table, std::string_view key)
{
    static const auto fieldIndex = [] {
        std::array<std::unordered_map<std::string_view, int>, TableCount> h;
        static std::list<std::string> names; // the keys' storage, for the program's life
        for (Table t : allTables()) {
            const auto& fields = info(t).fields;
            for (int i = 0; i < fields.size(); ++i)
                h[int(t)].emplace(names.emplace_back(fields[i].name.toStdString()), i);
        }
        return h;
    }();
    const auto& index = fieldIndex[int(table)];
    const auto f = index.find(key);
    return f == index.end() ? -1 : f->second;
}

QVariant jsonFieldValue(const simdjson::dom::element& e)
{
    switch (e.type()) {
    case simdjson::dom::element_type::STRING: {
        const std::string_view v(e);
        return QByteArray(v.data(), qsizetype(v.size()));
    }
    case simdjson::dom::element_type::INT64:
        return double(int64_t(e));
    case simdjson::dom::element_type::UINT64:
        return double(uint64_t(e));
    case simdjson::dom::element_type::DOUBLE:
        return double(e);
    case simdjson::dom::element_type::BOOL:
        return bool(e);
    case simdjson::dom::element_type::NULL_VALUE:
        return QVariant::fromValue(nullptr);
    case simdjson::dom::element_type::ARRAY:
        return QVariant(QVariantList{});
    case simdjson::dom::element_type::OBJECT:
        return QVariant(QVariantMap{});
    }
    return {};
}

HsdsJsonReader::HsdsJsonReader(ImportBatch& batch, QString label, QString importTime)
    : m_batch(batch)
    , m_label(std::move(label))
    , m_importTime(std::move(importTime))
{ }

Status HsdsJsonReader::readDocument(const QByteArray& json)
{
    const ImportTrace trace;
    const auto mark = [&trace](const char* what) {
        trace.mark(what);
    };
    dom::parser parser;
    dom::element doc;
    // simdjson reads a little past the end of the text: a buffer with room for that (as
    // importHsdsFile reads it) is parsed where it is; any other is copied once.
    const bool padded = json.capacity() - json.size() >= qsizetype(simdjson::SIMDJSON_PADDING);
    const auto error = parser.parse(json.constData(), size_t(json.size()), !padded).get(doc);
    if (error != simdjson::SUCCESS) {
        // simdjson says what is wrong but not where: ask Qt's parser for the place, on this error
        // path only. People open the file in an editor, so name the line as well as the byte.
        QJsonParseError err{};
        (void)QJsonDocument::fromJson(json, &err);
        const qsizetype offset = err.error != QJsonParseError::NoError ? err.offset : json.size();
        const int line = int(json.left(offset).count('\n')) + 1;
        return Error{Import::tr("%1: the JSON is malformed at line %2 (byte %3): %4. Nothing was imported.")
                         .arg(m_label)
                         .arg(line)
                         .arg(offset)
                         .arg(err.error != QJsonParseError::NoError
                                  ? err.errorString()
                                  : QString::fromUtf8(simdjson::error_message(error)))};
    }
    std::vector<dom::element> services;
    dom::object top;
    if (doc.is_array()) {
        for (const dom::element v : dom::array(doc))
            services.push_back(v);
    } else if (doc.get(top) == simdjson::SUCCESS) {
        dom::element contents;
        if (top.at_key("contents").get(contents) == simdjson::SUCCESS) {
            if (!contents.is_array())
                return Error{Import::tr("%1: \"contents\" must be an array of services.").arg(m_label)};
            for (const dom::element v : dom::array(contents))
                services.push_back(v);
        } else {
            services.push_back(doc);
        }
    } else {
        services.push_back(doc); // refused below with a clear message
    }
    mark("parsed");
    for (size_t i = 0; i < services.size(); ++i) {
        const QString where = Import::tr("%1, service #%2").arg(m_label).arg(i + 1);
        dom::object o;
        if (services[i].get(o) != simdjson::SUCCESS)
            return Error{Import::tr("%1: expected a service object.").arg(where)};
        Context ctx{Table::Service, QString(), QString(), m_importTime, where, {}};
        if (auto st = readObject(Table::Service, Object{o}, &ctx); !st)
            return st;
    }
    mark("services read");
    return {};
}

Status HsdsJsonReader::readObject(Table table, const Object& object, const Context* ctx)
{
    const dom::object& obj = object.value;
    const TableInfo& ti = info(table);
    const auto idValue = stringMember(obj, "id");
    if (!idValue || idValue->trimmed().isEmpty()) {
        return Error{Import::tr("%1: a %2 has no \"id\" (a non-empty text is required).")
                         .arg(ctx ? ctx->source : m_label, ti.name)};
    }
    const QString id = *idValue;
    const bool nested = ctx && !ctx->parentId.isEmpty();
    const bool linkable = table == Table::Service || table == Table::Organization || table == Table::Location
        || table == Table::ServiceAtLocation;
    // A row with children spells out where it is (its children's messages start with it); a leaf
    // row keeps a shared reference to its parent's and is spelled out only for a message.
    const bool parent = !nested || linkable || !nestings(table).isEmpty();
    const auto spell = [&] {
        return QString((nested ? ctx->source : m_label) % (nested ? u", " : u": ") % ti.name % u" \"" % id % u'"');
    };
    const QString source = parent ? spell() : QString();
    const auto where = [&] {
        return parent ? source : spell();
    };

    ImportRow row;
    row.source = source;
    if (!parent)
        row.parentSource = ctx->source;

    // The object's values by field, in one pass over its keys.
    QVariantList raw(ti.fields.size());
    for (const dom::key_value_pair field : obj) {
        if (const int i = jsonFieldIndex(table, field.key); i >= 0)
            raw[i] = jsonFieldValue(field.value);
    }
    // Keys that nesting fills in when the object leaves them out.
    // (As UTF-8, the form the values are read in.)
    QVarLengthArray<QPair<QString, QByteArray>, 4> implied;
    if (ctx && !ctx->parentId.isEmpty()) {
        if (ctx->parentColumn.isEmpty()) {
            implied.append({QStringLiteral("link_id"), ctx->parentIdUtf8});
            static const auto tableNames = [] {
                std::array<QByteArray, TableCount> names;
                for (Table t : allTables())
                    names[int(t)] = info(t).name.toUtf8();
                return names;
            }();
            implied.append({QStringLiteral("link_entity"), tableNames[int(ctx->parent)]});
        } else {
            implied.append({ctx->parentColumn, ctx->parentIdUtf8});
        }
    }
    const auto utf8Member = [](const dom::object& o, std::string_view key) -> std::optional<QByteArray> {
        const auto e = member(o, key);
        if (!e || !e->is_string())
            return std::nullopt;
        const std::string_view v(*e);
        return QByteArray(v.data(), qsizetype(v.size()));
    };
    if (table == Table::Attribute) {
        implied.append({QStringLiteral("link_type"), QByteArrayLiteral("taxonomy")});
        if (const auto term = member(obj, "taxonomy_term"); term && term->is_object()) {
            const dom::object t(*term);
            if (const auto termId = utf8Member(t, "id"))
                implied.append({QStringLiteral("taxonomy_term_id"), *termId});
            else if (const auto code = utf8Member(t, "code"))
                implied.append({QStringLiteral("taxonomy_term_id"), *code});
        }
    }
    if (const auto org = table == Table::Service ? member(obj, "organization") : std::nullopt; org && org->is_object())
        implied.append({QStringLiteral("organization_id"), utf8Member(dom::object(*org), "id").value_or(QByteArray())});
    if (const auto loc = table == Table::ServiceAtLocation ? member(obj, "location") : std::nullopt;
        loc && loc->is_object())
        implied.append({QStringLiteral("location_id"), utf8Member(dom::object(*loc), "id").value_or(QByteArray())});
    for (const auto& [name, value] : implied) {
        const int i = ti.fieldIndex(name);
        QVariant& v = raw[i];
        if (v.isNull() || !v.isValid()) {
            v = value;
        } else if ((v.typeId() != QMetaType::QByteArray || *static_cast<const QByteArray*>(v.constData()) != value)
                   && name != QLatin1String("link_type")) {
            return Error{Import::tr("%1, field \"%2\": it says \"%3\" but the record is nested in \"%4\".")
                             .arg(where(), name, v.toString(), QString::fromUtf8(value))};
        }
    }
    for (int i = 0; i < ti.fields.size(); ++i) {
        auto value = convertField(ti.fields[i], raw[i], source);
        if (!value)
            return Error{parent ? value.error() : convertField(ti.fields[i], raw[i], where()).error()};
        raw[i] = std::move(value).value();
    }
    row.values = std::move(raw);

    if (const auto version = member(obj, "version")) {
        const bool number = version->is_int64() || version->is_uint64() || version->is_double();
        const double v = number ? double(version->get_double().value_unsafe()) : 0;
        if (!number || v < 1 || v != double(qint64(v)))
            return Error{Import::tr("%1, field \"version\": expected a whole number of at least 1.").arg(where())};
        row.version = qint64(v);
    }
    row.lastModified = ctx ? ctx->lastModified : m_importTime;
    if (const auto modified = member(obj, "last_modified")) {
        const std::string_view raw = modified->is_string() ? std::string_view(*modified) : std::string_view();
        row.lastModified = m_lastModified.read(raw);
        if (row.lastModified.isNull()) {
            const QString value = text(raw);
            return Error{Import::tr("%1, field \"last_modified\": \"%2\" is not an ISO 8601 date and time.")
                             .arg(where(), value.isEmpty() ? jsonFieldValue(*modified).toString() : value)};
        }
    }
    const QString lastModified = row.lastModified;
    const QByteArray idUtf8 = ImportBatch::idOf(row);

    if (auto st = m_batch.add(table, std::move(row), table == Table::Service); !st)
        return st;

    const auto readChild = [&](Table child, const dom::element& e, const Context& c, const QString& key) -> Status {
        dom::object o;
        if (e.get(o) != simdjson::SUCCESS)
            return Error{Import::tr("%1, field \"%2\": expected objects in the array.").arg(source, key)};
        return readObject(child, Object{o}, &c);
    };
    if (table == Table::Service || table == Table::ServiceAtLocation) {
        const bool service = table == Table::Service;
        if (const auto parent = member(obj, service ? "organization" : "location"); parent && parent->is_object()) {
            const Context c{table, QString(), QString(), lastModified, source, {}};
            if (auto st = readObject(service ? Table::Organization : Table::Location, Object{dom::object(*parent)}, &c);
                !st)
                return st;
        }
    }
    const auto readArray
        = [&](std::string_view jsonKey, const QString& key, Table child, const QString& parentColumn) -> Status {
        const auto v = member(obj, jsonKey);
        if (!v)
            return {};
        if (!v->is_array())
            return Error{Import::tr("%1, field \"%2\": expected an array.").arg(source, key)};
        m_batch.addOwnership({table, id, child, parentColumn.isEmpty() ? QStringLiteral("link_id") : parentColumn});
        const Context c{table, id, parentColumn, lastModified, source, idUtf8};
        for (const dom::element item : dom::array(*v)) {
            if (auto st = readChild(child, item, c, key); !st)
                return st;
        }
        return {};
    };
    static const auto nestingKeys = [] {
        std::array<std::vector<std::string>, TableCount> keys;
        for (Table t : allTables()) {
            for (const Nesting& n : nestings(t))
                keys[int(t)].push_back(n.key.toStdString());
        }
        return keys;
    }();
    const auto& children = nestings(table);
    for (qsizetype i = 0; i < children.size(); ++i) {
        const Nesting& n = children[i];
        if (auto st = readArray(nestingKeys[int(table)][size_t(i)], n.key, n.child, n.parentColumn); !st)
            return st;
    }
    if (linkable) {
        if (auto st = readArray("attributes", QStringLiteral("attributes"), Table::Attribute, QString()); !st)
            return st;
    }
    return {};
}

} // namespace open211
