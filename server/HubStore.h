// The hub's store on PostgreSQL: the HSDS 3 resource tables (made from the same table
// descriptions the workstation's SQLite schema follows, see HubSchema), loaded through the
// workstation's own HSDS reader and validation, and read back for the HSDS API: lists with the
// API's filters, and records nested as HSDS documents.
#pragma once

#include "Result.h"
#include "import/ImportBatch.h"
#include "store/SyncStore.h"

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

struct GeoPoint
{
    double latitude = 0;
    double longitude = 0;
};

// What a list endpoint narrows to; empty parts do not narrow.
struct ListFilter
{
    QString modifiedAfter; // ISO 8601 UTC: records changed after it
    QList<QPair<QString, QString>> equals; // column = value (columns of the table only)
    QStringList isNull; // columns that must be empty (top_only: no parent)
    // Words: each must begin a word of a service's name, description or organization name (for
    // services and service_at_locations), or of an organization's name.
    QString search;
    // Services, and the services of service_at_locations:
    QString taxonomyTermId; // linked to this term by an attribute
    QString taxonomyId; // linked by an attribute to a term of this taxonomy
    QString organizationId;
    // Service_at_locations:
    QString postcode; // an address of the location has this postal code (spaces and case ignored)
    std::optional<GeoPoint> near; // within `withinMeters` of this point, nearest first
    double withinMeters = 0;
    // Nested documents (HSDS "full") instead of the list's one-to-one fields.
    bool full = false;
};

class HubStore
{
    Q_DECLARE_TR_FUNCTIONS(open211::HubStore)
public:
    ~HubStore();
    // Connects ("host=... port=... user=... dbname=... [password=...]") and brings the schema up to date.
    static Result<std::unique_ptr<HubStore>> open(const QString& connection);

    // The connection, for the hub's other stores (sign-in, calls, edits, the change feed).
    QSqlDatabase database() const { return m_db; }

    // Writes the batch's rows in one transaction (insert, or update by id); all or nothing. A
    // record whose fields are unchanged is not written again: it keeps its version and time, and
    // stays where it is in the change feed. The change feed names the load's changes "load".
    Result<qint64> load(const ImportBatch& batch);
    // Loads an HSDS JSON file as the workstation's import reads it.
    Result<qint64> loadFile(const QString& path);
    // Loads a taxonomy CSV as the workstation reads it ("demo": the embedded demo taxonomy).
    Result<qint64> loadTaxonomy(const QString& path);

    Result<ServicePage> services(int page, int perPage) { return list(hsds::Table::Service, {}, page, perPage); }
    // A page of a table's records, by name then id (by distance when near a point).
    Result<Page> list(hsds::Table table, const ListFilter& filter, int page, int perPage);
    // One record; an empty result when there is none with that id. Services and
    // service_at_locations come fully nested.
    Result<std::optional<QJsonObject>> record(hsds::Table table, const QString& id);

    // Every HSDS table's count and checksum, computed as the workstation computes its own
    // (SyncStore::checksums), to check a replica against the hub.
    Result<QList<TableChecksum>> checksums();

    // The centre of a postal code: of the hub's locations with an address there, else of the
    // municipality whose postal area (its first three characters) it is. Empty when unknown.
    Result<std::optional<GeoPoint>> postcodeCentre(const QString& postcode);
    // A postal code as the hub compares them: capitals, no spaces.
    static QString normalizePostcode(const QString& postcode);
    // The words of a search as a PostgreSQL text query (each word a prefix, all required); empty
    // when the text has no words.
    static QString searchQuery(const QString& text);

private:
    explicit HubStore(QSqlDatabase db);

    QSqlDatabase m_db;
};

} // namespace open211
