// Loads a taxonomy from CSV (code, name, definition, parent code, use references, see-also codes,
// French name and definition), so a centre can load its licensed I&R taxonomy; the demo taxonomy
// ships in the same form. Term ids are the codes.
#pragma once

#include "import/ImportBatch.h"

namespace open211 {

struct TaxonomyInfo
{
    QString id = QStringLiteral("iar");
    QString name = QStringLiteral("I&R Taxonomy");
    QString description;
    QString lastModified; // stamped on every term; empty: the time of the import
};

Result<int> importTaxonomyCsv(Database& db, const QString& path, const TaxonomyInfo& taxonomy = {});
Result<int>
importTaxonomyCsvData(Database& db, const QByteArray& csv, const QString& label, const TaxonomyInfo& taxonomy);

// The demo taxonomy embedded in the app (taxonomy id "open211-demo").
Result<int> importDemoTaxonomy(Database& db);
TaxonomyInfo demoTaxonomyInfo();

} // namespace open211
