// Generates realistic, deterministic Ontario resource data for demonstration, training and
// benchmarks: organizations, bilingual services, locations in real municipalities with their
// coordinates and postal codes, phones, weekly hours (evenings, weekends, overnight), languages,
// age eligibility, fees, service areas and 1-4 taxonomy terms per service. The same seed gives
// the same data, byte for byte.
#pragma once

#include "import/ImportBatch.h"

namespace open211 {

struct DemoOptions
{
    int services = 2000;
    quint64 seed = 211;
};

class DemoGenerator
{
public:
    // Loads the demo taxonomy if needed, then generates and writes the data in one transaction.
    static Result<ImportSummary> generate(Database& db, const DemoOptions& options, const ProgressFn& progress = {});
    // Fills a batch without writing (terms must already be stored).
    static Status fill(Database& db, const DemoOptions& options, ImportBatch& batch);
};

} // namespace open211
