// Writes the stored resources back out as HSDS 3 JSON: an array of fully nested services, the
// shape importHsdsFile reads, so import -> export -> import gives the same rows.
#pragma once

#include "import/ImportBatch.h"

#include <QJsonArray>
#include <QJsonObject>

namespace open211 {

// Writes atomically: the file is replaced only once it is complete.
Result<int> exportHsdsJson(Database& db, const QString& path, const ProgressFn& progress = {});

// Builds fully nested service objects for the given ids (all services when empty), ordered by id.
Result<QJsonArray> buildServices(Database& db, const QStringList& ids = {});

} // namespace open211
