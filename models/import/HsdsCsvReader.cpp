#include "import/HsdsCsvReader.h"

#include "import/CsvReader.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace open211 {

using namespace hsds;

namespace {

Result<QByteArray> readAll(const QString& path)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        return Error{Import::tr("Cannot read %1: %2").arg(path, f.errorString())};
    return f.readAll();
}

} // namespace

Status readHsdsCsvPackage(const QString& path, ImportBatch& batch, const QString& importTime)
{
    const QFileInfo fi(path);
    const QDir dir = fi.isDir() ? QDir(path) : fi.absoluteDir();
    const QString packagePath = dir.filePath(QStringLiteral("datapackage.json"));
    auto packageData = readAll(packagePath);
    if (!packageData)
        return Error{packageData.error()};
    QJsonParseError err{};
    const QJsonDocument doc = QJsonDocument::fromJson(*packageData, &err);
    if (err.error != QJsonParseError::NoError || !doc.isObject())
        return Error{Import::tr("%1: not a valid data package description (%2).").arg(packagePath, err.errorString())};
    const QJsonArray resources = doc.object().value(QLatin1String("resources")).toArray();
    if (resources.isEmpty())
        return Error{Import::tr("%1: \"resources\" lists no tables.").arg(packagePath)};

    for (const QJsonValue& rv : resources) {
        const QJsonObject res = rv.toObject();
        const QString name = res.value(QLatin1String("name")).toString();
        const QString file = res.value(QLatin1String("path")).toString();
        const TableInfo* ti = byName(name);
        if (!ti) {
            for (Table t : allTables()) {
                if (info(t).csvFile == QFileInfo(file).fileName())
                    ti = &info(t);
            }
        }
        if (!ti) {
            batch.addWarning(
                Import::tr("%1: the table \"%2\" is not stored by the workstation; skipped.").arg(packagePath, name));
            continue;
        }
        if (file.isEmpty() || file.contains(QLatin1String("..")) || QDir::isAbsolutePath(file))
            return Error{Import::tr("%1: the table \"%2\" has no usable \"path\".").arg(packagePath, name)};
        const QString csvPath = dir.filePath(file);
        const QString label = QFileInfo(csvPath).fileName();
        auto data = readAll(csvPath);
        if (!data)
            return Error{data.error()};
        auto csv = parseCsv(*data, label);
        if (!csv)
            return Error{csv.error()};

        // Every column the package declares must be in the file, and so must every required field.
        const QJsonArray declared
            = res.value(QLatin1String("schema")).toObject().value(QLatin1String("fields")).toArray();
        for (const QJsonValue& dv : declared) {
            const QString col = dv.toObject().value(QLatin1String("name")).toString();
            if (!col.isEmpty() && csv->column(col) < 0) {
                return Error{Import::tr("%1: the column \"%2\" declared in datapackage.json is missing from the file.")
                                 .arg(label, col)};
            }
        }
        QList<int> columns;
        for (const Field& f : ti->fields) {
            const int c = csv->column(f.name);
            if (c < 0 && f.required)
                return Error{Import::tr("%1: the required column \"%2\" is missing.").arg(label, f.name)};
            columns.append(c);
        }
        const int versionCol = csv->column(QStringLiteral("version"));
        const int modifiedCol = csv->column(QStringLiteral("last_modified"));

        for (qsizetype r = 0; r < csv->rows.size(); ++r) {
            const QStringList& cells = csv->rows[r];
            const QString id = columns[0] >= 0 ? cells[columns[0]] : QString();
            ImportRow row;
            row.source = Import::tr("%1, line %2, %3 \"%4\"").arg(label).arg(csv->lines[r]).arg(ti->name, id);
            for (int i = 0; i < ti->fields.size(); ++i) {
                const QVariant raw = columns[i] >= 0 ? QVariant(cells[columns[i]]) : QVariant();
                auto v = convertField(ti->fields[i], raw, row.source);
                if (!v)
                    return Error{v.error()};
                row.values.append(v.value());
            }
            if (versionCol >= 0 && !cells[versionCol].isEmpty()) {
                bool ok = false;
                row.version = cells[versionCol].toLongLong(&ok);
                if (!ok || row.version < 1)
                    return Error{
                        Import::tr("%1, field \"version\": expected a whole number of at least 1.").arg(row.source)};
            }
            row.lastModified = importTime;
            if (modifiedCol >= 0 && !cells[modifiedCol].isEmpty()) {
                const QDateTime dt = QDateTime::fromString(cells[modifiedCol], Qt::ISODateWithMs);
                if (!dt.isValid()) {
                    return Error{Import::tr("%1, field \"last_modified\": \"%2\" is not an ISO 8601 date and time.")
                                     .arg(row.source, cells[modifiedCol])};
                }
                row.lastModified = dt.toUTC().toString(Qt::ISODate);
            }
            if (auto st = batch.add(ti->table, std::move(row), true); !st)
                return st;
        }
    }
    return {};
}

} // namespace open211
