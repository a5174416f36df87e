// Reads an HSDS CSV data package (a folder with datapackage.json and one CSV per table) into an
// ImportBatch. Tables the workstation does not store (funding, program, metadata) are skipped
// with a warning.
#pragma once

#include "import/ImportBatch.h"

namespace open211 {

// `path` is the folder or its datapackage.json.
Status readHsdsCsvPackage(const QString& path, ImportBatch& batch, const QString& importTime);

} // namespace open211
