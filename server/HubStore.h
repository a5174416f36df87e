// The hub's store on PostgreSQL: the HSDS 3 resource tables (made from the same table
// descriptions the workstation's SQLite schema follows), loaded through the workstation's own
// HSDS reader and validation, and read back for the HSDS API.
#pragma once

#include "Result.h"
#include "import/ImportBatch.h"

#include <QCoreApplication>
#include <QJsonObject>
#include <QSqlDatabase>

namespace open211 {

struct Page
{
    qint64 total = 0;
    QList<QJsonObject> contents;
};
using ServicePage = Page;

// What a list endpoint narrows to; empty parts do not narrow.
struct ListFilter
{
    QString modifiedAfter; // ISO 8601 UTC: records changed after it
    QList<QPair<QString, QString>> equals; // column = value (columns of the table only)
    QStringList isNull; // columns that must be empty (top_only: no parent)
};

class HubStore
{
    Q_DECLARE_TR_FUNCTIONS(open211::HubStore)
public:
    ~HubStore();
    // Connects ("host=... port=... user=... dbname=... [password=...]") and brings the schema up to date.
    static Result<std::unique_ptr<HubStore>> open(const QString& connection);

    // Writes the batch's rows in one transaction (insert, or update by id); all or nothing.
    Result<qint64> load(const ImportBatch& batch);
    // Loads an HSDS JSON file as the workstation's import reads it.
    Result<qint64> loadFile(const QString& path);
    // Loads a taxonomy CSV as the workstation reads it ("demo": the embedded demo taxonomy).
    Result<qint64> loadTaxonomy(const QString& path);

    Result<ServicePage> services(int page, int perPage) { return list(hsds::Table::Service, {}, page, perPage); }
    // A page of a table's records, by name then id.
    Result<Page> list(hsds::Table table, const ListFilter& filter, int page, int perPage);
    // One record; an empty result when there is none with that id. A service comes with its
    // organization.
    Result<std::optional<QJsonObject>> record(hsds::Table table, const QString& id);

private:
    explicit HubStore(QSqlDatabase db);
    Status migrate();

    QSqlDatabase m_db;
};

} // namespace open211
