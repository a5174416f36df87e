#include "import/HsdsImport.h"

#include "import/HsdsCsvReader.h"
#include "import/HsdsJsonReader.h"
#include "store/Statement.h"

#include <QFile>
#include <QFileInfo>

namespace open211 {

namespace {
constexpr qint64 MaxJsonBytes = qint64(1800) * 1024 * 1024; // read whole into memory: keep it sane
}

Result<ImportSummary>
importHsdsJson(Database& db, const QByteArray& json, const QString& label, const ProgressFn& progress)
{
    ImportBatch batch;
    {
        // Into an empty store nothing is replaced, so nested collections need no bookkeeping.
        Statement any(db,
                      QStringLiteral("SELECT EXISTS (SELECT 1 FROM service) OR EXISTS (SELECT 1 FROM location) OR "
                                     "EXISTS (SELECT 1 FROM organization)"));
        batch.setTrackOwnership(!any.next() || any.integer(0) != 0);
    }
    HsdsJsonReader reader(batch, label, ImportBatch::nowIso());
    if (auto st = reader.readDocument(json); !st)
        return Error{st.error()};
    if (batch.isEmpty())
        return Error{Import::tr("%1 holds no services.").arg(label)};
    return batch.write(db, progress);
}

Result<ImportSummary> importHsdsFile(Database& db, const QString& path, const ProgressFn& progress)
{
    const QFileInfo fi(path);
    if (!fi.exists())
        return Error{Import::tr("%1 does not exist.").arg(path)};
    if (fi.isDir() || fi.fileName() == QLatin1String("datapackage.json")) {
        ImportBatch batch;
        if (auto st = readHsdsCsvPackage(path, batch, ImportBatch::nowIso()); !st)
            return Error{st.error()};
        return batch.write(db, progress);
    }
    if (fi.size() > MaxJsonBytes) {
        return Error{Import::tr("%1 is %2 MB; JSON files of up to %3 MB can be imported. Split it, or use an HSDS CSV "
                                "data package.")
                         .arg(path)
                         .arg(fi.size() / (1024 * 1024))
                         .arg(MaxJsonBytes / (1024 * 1024))};
    }
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        return Error{Import::tr("Cannot read %1: %2").arg(path, f.errorString())};
    return importHsdsJson(db, f.readAll(), fi.fileName(), progress);
}

} // namespace open211
