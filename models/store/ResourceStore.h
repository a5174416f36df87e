// Reads of the stored resources for screens and engines. Writes go through the import path
// (ImportBatch), which validates them; edits by resource specialists come later through here.
#pragma once

#include "Resources.h"
#include "Result.h"

namespace open211 {

class Database;

class ResourceStore
{
public:
    explicit ResourceStore(Database& db);

    Result<StoreCounts> counts() const;
    Result<QList<TaxonomyTerm>> taxonomyTerms() const; // with use references and see-also
    Result<QList<ServiceSummary>> serviceSummaries(int limit = -1) const;

private:
    Database& m_db;
};

} // namespace open211
