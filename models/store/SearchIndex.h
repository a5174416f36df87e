// Keeps the full-text indexes (service_fts, taxonomy_fts) in step with the resource tables. The
// store calls it in the same transaction as the writes it follows, so a search never sees a
// service that its index does not know, or the other way round.
#pragma once

#include "Result.h"

#include <QStringList>

namespace open211 {

class Database;

class SearchIndex
{
public:
    // Bump when what goes into the index changes: databases are reindexed on open.
    static constexpr int Version = 2;

    // Rebuilds everything if the stored index is of another version (or was never built).
    static Status ensureCurrent(Database& db);
    // Whether the index was built by this version and is not marked out of date.
    static bool isCurrent(Database& db);
    // In the caller's transaction: the index is to be built again (by ensureCurrent, at the
    // latest when the store is next opened). A first sync marks it so rather than keep it in step.
    static Status markOutOfDate(Database& db);
    static Status rebuildAll(Database& db);
    // Refreshes the rows of these services (ids); removed services lose their rows.
    static Status refreshServices(Database& db, const QStringList& serviceIds);
    // After records changed: the services among them, those of the organizations among them and
    // those indexed with the taxonomy terms among them are indexed again (the taxonomy index too
    // when terms changed). Many services: the whole index is built again, which is faster.
    static Status refreshChanged(Database& db,
                                 const QStringList& services,
                                 const QStringList& organizations,
                                 const QStringList& terms);
    static Status rebuildTaxonomy(Database& db);
    // Merges the full-text index into one piece (after a whole build, before small changes).
    static Status optimize(Database& db);

    // The tables search reads that triggers keep (see 003_search.sql): where services are
    // (service_point, from service_at_location), the areas they cover (service_coverage, from
    // service_area) and the terms they are indexed with (service_term, from attribute). A bulk
    // import into an empty table writes without those triggers and fills them here, at once.
    enum class Derived { Points, Coverage, Terms };
    static Status rebuildDerived(Database& db, Derived which);
};

} // namespace open211
