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

struct ServicePage
{
    qint64 total = 0;
    QList<QJsonObject> contents;
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

    Result<ServicePage> services(int page, int perPage);
    // One service with its organization; an empty result when there is none with that id.
    Result<std::optional<QJsonObject>> service(const QString& id);

private:
    explicit HubStore(QSqlDatabase db);
    Status migrate();

    QSqlDatabase m_db;
};

} // namespace open211
