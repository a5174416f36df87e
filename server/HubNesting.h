// Builds HSDS 3's nested documents from the hub's flat tables: a service with its organization,
// service_at_locations (each with its location, addresses, phones, schedules...), phones,
// schedules, languages, service areas, costs, documents, contacts and attributes with their
// taxonomy terms: the shape the workstation's HSDS JSON reader reads, so a page of full services
// can be imported as it is. Every nested record keeps its version and last_modified.
#pragma once

#include "HsdsSchema.h"
#include "Result.h"

#include <QJsonObject>
#include <QSqlDatabase>

namespace open211 {

class HubNesting
{
public:
    explicit HubNesting(QSqlDatabase db);

    // Nests each record of the table in place. One statement per kind of child for the whole
    // list, whatever its length. `skip` names nested keys to leave out (a service inside its own
    // service_at_location does not list the service_at_locations again).
    Status nest(hsds::Table table, QList<QJsonObject>& records, const QStringList& skip = {});

    // Flat records of a table by id, in the order asked (missing ones left out).
    Result<QList<QJsonObject>> byIds(hsds::Table table, const QStringList& ids);

private:
    Result<QList<QJsonObject>> select(hsds::Table table, const QString& where, const QVariantList& binds);

    QSqlDatabase m_db;
};

} // namespace open211
