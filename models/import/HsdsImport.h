// Import entry points used by the command line, the hub and the tests.
#pragma once

#include "import/ImportBatch.h"

namespace open211 {

// Imports an HSDS 3 JSON file, or an HSDS CSV data package (a folder, or its datapackage.json).
// All or nothing: on error the database is unchanged and the message names file, record and field.
Result<ImportSummary> importHsdsFile(Database& db, const QString& path, const ProgressFn& progress = {});
// The same for JSON already in memory (the hub's request bodies, sync pages).
Result<ImportSummary>
importHsdsJson(Database& db, const QByteArray& json, const QString& label, const ProgressFn& progress = {});

} // namespace open211
