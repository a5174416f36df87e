// Reads of the stored resources for screens and engines. Writes go through the import path
// (ImportBatch), which validates them; edits by resource specialists come later through here.
#pragma once

#include "Resources.h"
#include "Result.h"

#include <QCoreApplication>

namespace open211 {

class Database;

class ResourceStore
{
    Q_DECLARE_TR_FUNCTIONS(open211::ResourceStore)

public:
    explicit ResourceStore(Database& db);

    Result<StoreCounts> counts() const;
    // Says that resources were written (in the writer's transaction): readers that keep them in
    // memory, such as the search engine, watch this count rather than every write.
    Status markChanged();
    Result<QList<TaxonomyTerm>> taxonomyTerms() const; // with use references and see-also
    Result<QList<ServiceSummary>> serviceSummaries(int limit = -1) const;
    // One service with its organization, locations, phones, hours, languages, costs, documents,
    // areas and taxonomy terms. An unknown id is an error with a message for the user.
    Result<ServiceDetail> serviceDetail(const QString& serviceId) const;

private:
    Database& m_db;
};

} // namespace open211
