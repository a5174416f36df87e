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

// What a term carries beyond HSDS: use references (English, French) and see-also codes.
struct TaxonomyTermExtras
{
    QString code;
    QStringList use, useFr, seeAlso;
    QString source;
};

// Reads and checks a taxonomy CSV into a batch (the taxonomy and its terms) and the terms' extras,
// writing nothing: the workstation stores both, the hub the HSDS part.
Status readTaxonomyCsv(const QByteArray& csv,
                       const QString& label,
                       const TaxonomyInfo& taxonomy,
                       ImportBatch& batch,
                       QList<TaxonomyTermExtras>& extras);
// The embedded demo taxonomy's CSV.
QByteArray demoTaxonomyCsv();

Result<int> importTaxonomyCsv(Database& db, const QString& path, const TaxonomyInfo& taxonomy = {});
Result<int>
importTaxonomyCsvData(Database& db, const QByteArray& csv, const QString& label, const TaxonomyInfo& taxonomy);

// The demo taxonomy embedded in the app (taxonomy id "open211-demo").
Result<int> importDemoTaxonomy(Database& db);
TaxonomyInfo demoTaxonomyInfo();

} // namespace open211
