// The HSDS 3 tables the workstation stores, as data: each table's fields with their types and
// whether HSDS requires them. Import, export and the store read this one description, so a field
// added here is imported, stored and exported alike (the store's table must have the column).
#pragma once

#include <QList>
#include <QString>

namespace open211::hsds {

enum class Type { Text, Integer, Number };

struct Field
{
    QString name;
    Type type = Type::Text;
    bool required = false;
    // Accepted values when the field is an enumeration (empty: any).
    QStringList allowed = {};
};

enum class Table {
    Taxonomy,
    TaxonomyTerm,
    Organization,
    Location,
    Service,
    ServiceAtLocation,
    Contact,
    Phone,
    Address,
    Schedule,
    Language,
    ServiceArea,
    CostOption,
    RequiredDocument,
    Accessibility,
    Attribute,
};
inline constexpr int TableCount = int(Table::Attribute) + 1;

struct TableInfo
{
    Table table;
    QString name; // SQL table and HSDS object name
    QString csvFile; // file name in an HSDS CSV data package
    QList<Field> fields; // "id" first; version and last_modified are implicit
    int fieldIndex(const QString& field) const;
};

const TableInfo& info(Table table);
const QList<Table>& allTables(); // in an order where referenced tables come first
// The table with this SQL name, or nullptr.
const TableInfo* byName(const QString& name);
// The table a column of `table` refers to by id ("organization_id" → organization), or nullptr
// (link_id is resolved through link_entity instead). The import and the hub check references so.
const TableInfo* referencedTable(Table table, const QString& column);

// Nested arrays of an HSDS object: the JSON key, the child table and the child's column that
// refers back to the parent. Attributes are linked by link_id/link_entity instead.
struct Nesting
{
    QString key;
    Table child;
    QString parentColumn;
};
const QList<Nesting>& nestings(Table parent);

} // namespace open211::hsds
