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

namespace {

// Reads the document into `batch`; the text is not needed once this returns.
Status readJson(Database& db, ImportBatch& batch, const QByteArray& json, const QString& label)
{
    {
        // Into an empty store nothing is replaced, so nested collections need no bookkeeping.
        Statement any(db,
                      QStringLiteral("SELECT EXISTS (SELECT 1 FROM service) OR EXISTS (SELECT 1 FROM location) OR "
                                     "EXISTS (SELECT 1 FROM organization)"));
        batch.setTrackOwnership(!any.next() || any.integer(0) != 0);
    }
    HsdsJsonReader reader(batch, label, ImportBatch::nowIso());
    if (auto st = reader.readDocument(json); !st)
        return st;
    if (batch.isEmpty())
        return Error{Import::tr("%1 holds no services.").arg(label)};
    return {};
}

} // namespace

Result<ImportSummary>
importHsdsJson(Database& db, const QByteArray& json, const QString& label, const ProgressFn& progress)
{
    ImportBatch batch;
    if (auto st = readJson(db, batch, json, label); !st)
        return Error{st.error()};
    return std::move(batch).writeAndRelease(db, progress);
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
        return std::move(batch).writeAndRelease(db, progress);
    }
    if (fi.size() > MaxJsonBytes) {
        return Error{Import::tr("%1 is %2 MB; JSON files of up to %3 MB can be imported. Split it, or use an HSDS CSV "
                                "data package.")
                         .arg(path)
                         .arg(fi.size() / (1024 * 1024))
                         .arg(MaxJsonBytes / (1024 * 1024))};
    }
    ImportBatch batch;
    {
        QFile f(path);
        if (!f.open(QIODevice::ReadOnly))
            return Error{Import::tr("Cannot read %1: %2").arg(path, f.errorString())};
        // Read with room after the text for the parser's padding, so it is parsed in place; the
        // text is released before the rows are written.
        QByteArray json;
        json.reserve(f.size() + 64);
        json.resize(f.size());
        if (f.read(json.data(), json.size()) != json.size())
            return Error{Import::tr("Cannot read %1: %2").arg(path, f.errorString())};
        if (auto st = readJson(db, batch, json, fi.fileName()); !st)
            return Error{st.error()};
    }
    return std::move(batch).writeAndRelease(db, progress);
}

} // namespace open211
