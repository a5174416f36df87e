#include "store/ResourceHistory.h"

#include "store/Database.h"

namespace open211 {

using namespace hsds;

QString ResourceHistory::text(const Field& field, const QVariant& value)
{
    if (!value.isValid() || value.isNull())
        return {};
    switch (field.type) {
    case Type::Integer:
        return QString::number(value.toLongLong());
    case Type::Number:
        return QString::number(value.toDouble(), 'g', 15);
    case Type::Text:
        break;
    }
    if (value.typeId() == QMetaType::QByteArray)
        return QString::fromUtf8(value.toByteArray());
    return value.toString();
}

QString ResourceHistory::owner(Table table, const QVariantList& values, const QString& id)
{
    const TableInfo& ti = info(table);
    if (table == Table::Service || table == Table::Organization || table == Table::Location)
        return ti.name + u'/' + id;
    const auto at = [&](const char* field) {
        const int i = ti.fieldIndex(QLatin1String(field));
        return i >= 0 && i < values.size() ? text(ti.fields[i], values[i]) : QString();
    };
    for (const char* field : {"service_id", "location_id", "organization_id"}) {
        const QString parent = at(field);
        if (!parent.isEmpty())
            return QString::fromLatin1(field).chopped(3) + u'/' + parent;
    }
    if (table == Table::Attribute && !at("link_id").isEmpty())
        return at("link_entity") + u'/' + at("link_id");
    return ti.name + u'/' + id;
}

Result<std::optional<ResourceHistory::Row>> ResourceHistory::read(Table table, const QString& id)
{
    const TableInfo& ti = info(table);
    Statement& s = m_reads[int(table)];
    if (!s.isValid()) {
        QStringList columns;
        for (const Field& f : ti.fields)
            columns << f.name;
        s = Statement(
            m_db,
            QStringLiteral("SELECT %1, version FROM %2 WHERE id = ?").arg(columns.join(QStringLiteral(", ")), ti.name));
    }
    s.reset();
    s.bindText(1, id);
    if (!s.next()) {
        if (!s.error().isEmpty())
            return Error{tr("The record could not be read: %1").arg(s.error())};
        return std::optional<Row>();
    }
    Row row;
    const int n = int(ti.fields.size());
    row.values.reserve(n);
    for (int i = 0; i < n; ++i)
        row.values << (s.isNull(i) ? QVariant() : s.value(i));
    row.version = s.integer(n);
    s.reset();
    return std::optional<Row>(std::move(row));
}

Status ResourceHistory::record(Table table,
                               const QString& id,
                               const QVariantList* before,
                               const QVariantList* after,
                               const QString& by,
                               const QString& origin,
                               const QString& at)
{
    const TableInfo& ti = info(table);
    if (!m_insert.isValid()) {
        m_insert = Statement(m_db,
                             QStringLiteral("INSERT INTO resource_history (table_name, record_id, owner, changed_at, "
                                            "changed_by, field, old_value, new_value, event, origin) "
                                            "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"));
    }
    const QString who = by.isEmpty() ? QStringLiteral("hub") : by;
    const QString ownerOf = owner(table, after ? *after : before ? *before : QVariantList(), id);
    const auto add = [&](const QString& field, const QString& oldValue, const QString& newValue, const char* event) {
        m_insert.reset();
        m_insert.bindText(1, ti.name);
        m_insert.bindText(2, id);
        m_insert.bindText(3, ownerOf);
        m_insert.bindText(4, at);
        m_insert.bindText(5, who);
        m_insert.bindText(6, field);
        if (oldValue.isEmpty())
            m_insert.bindNull(7);
        else
            m_insert.bindText(7, oldValue);
        if (newValue.isEmpty())
            m_insert.bindNull(8);
        else
            m_insert.bindText(8, newValue);
        m_insert.bindText(9, QString::fromLatin1(event));
        m_insert.bindText(10, origin);
        if (!m_insert.exec())
            return Status(Error{tr("The record's history could not be written: %1").arg(m_insert.error())});
        return Status();
    };
    if (!before && !after)
        return {};
    for (int i = 1; i < ti.fields.size(); ++i) { // the id never changes
        const QString was = before && i < before->size() ? text(ti.fields[i], before->at(i)) : QString();
        const QString now = after && i < after->size() ? text(ti.fields[i], after->at(i)) : QString();
        if (was == now)
            continue;
        if (auto st = add(ti.fields[i].name, was, now, ""); !st)
            return st;
    }
    // Created or removed: the event after the fields it had (what a removed phone's number was),
    // so that, newest first, it heads them.
    if (!before || !after)
        return add({}, {}, {}, before ? "removed" : "created");
    return {};
}

} // namespace open211
