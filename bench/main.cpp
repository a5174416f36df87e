// open211-bench: measures what the issues set targets for, on generated data, and writes a JSON
// report. `open211-bench store --services 100000 --json out.json` times demo generation, the HSDS
// JSON export and a fresh import of that export, and reports the database size.
#include "demo/DemoGenerator.h"
#include "import/HsdsExport.h"
#include "import/HsdsImport.h"
#include "import/TaxonomyImport.h"
#include "store/Database.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTextStream>

using namespace open211;

namespace {

struct Out
{
    template <typename T> Out& operator<<(const T& v)
    {
        QTextStream s(stdout);
        s << v;
        return *this;
    }
};
Out& out()
{
    static Out o;
    return o;
}

qint64 dbBytes(const QString& path)
{
    qint64 n = 0;
    for (const char* suffix : {"", "-wal", "-shm"})
        n += QFileInfo(path + QLatin1String(suffix)).size();
    return n;
}

int benchStore(int services, quint64 seed, const QString& workDir, QJsonObject& report)
{
    const QString genPath = QDir(workDir).filePath(QStringLiteral("generated.sqlite"));
    const QString importPath = QDir(workDir).filePath(QStringLiteral("imported.sqlite"));
    const QString jsonPath = QDir(workDir).filePath(QStringLiteral("export.json"));
    QFile::remove(genPath);
    QFile::remove(importPath);

    QElapsedTimer t;
    {
        auto db = Database::open(genPath);
        if (!db) {
            out() << db.error() << '\n';
            return 1;
        }
        t.start();
        auto r = DemoGenerator::generate(**db, DemoOptions{services, seed});
        if (!r) {
            out() << r.error() << '\n';
            return 1;
        }
        report[QStringLiteral("demo_s")] = double(t.elapsed()) / 1000;
        out() << "demo generation: " << services << " services in " << double(t.elapsed()) / 1000 << " s\n";
        t.restart();
        auto e = exportHsdsJson(**db, jsonPath);
        if (!e) {
            out() << e.error() << '\n';
            return 1;
        }
        report[QStringLiteral("export_s")] = double(t.elapsed()) / 1000;
        report[QStringLiteral("export_bytes")] = QFileInfo(jsonPath).size();
        out() << "export: " << double(t.elapsed()) / 1000 << " s, " << QFileInfo(jsonPath).size() << " bytes\n";
    }
    (void)Database::open(genPath); // reopen and close: checkpoint the WAL so the size is the file's
    report[QStringLiteral("db_bytes")] = dbBytes(genPath);
    {
        auto db = Database::open(importPath);
        if (!db)
            return 1;
        if (auto tax = importDemoTaxonomy(**db); !tax)
            return 1;
        t.restart();
        auto r = importHsdsFile(**db, jsonPath);
        if (!r) {
            out() << r.error() << '\n';
            return 1;
        }
        report[QStringLiteral("import_s")] = double(t.elapsed()) / 1000;
        out() << "import of the export: " << r->services() << " services (" << r->total() << " records) in "
              << double(t.elapsed()) / 1000 << " s\n";
    }
    out() << "database size: " << dbBytes(genPath) << " bytes\n";
    report[QStringLiteral("services")] = services;
    return 0;
}

} // namespace

int main(int argc, char* argv[])
{
    QCoreApplication app(argc, argv);
    setvbuf(stdout, nullptr, _IONBF, 0);
    QCommandLineParser p;
    p.setApplicationDescription(QStringLiteral("Open 211 benchmarks. Suites: store"));
    p.addHelpOption();
    p.addPositionalArgument(QStringLiteral("suite"), QStringLiteral("store"));
    p.addOption({QStringLiteral("services"),
                 QStringLiteral("Number of services."),
                 QStringLiteral("N"),
                 QStringLiteral("100000")});
    p.addOption({QStringLiteral("seed"), QStringLiteral("Seed."), QStringLiteral("S"), QStringLiteral("211")});
    p.addOption({QStringLiteral("json"), QStringLiteral("Write the report here."), QStringLiteral("FILE")});
    p.addOption({QStringLiteral("work-dir"), QStringLiteral("Keep generated files here."), QStringLiteral("DIR")});
    p.process(app);
    const QString suite = p.positionalArguments().value(0, QStringLiteral("store"));
    QTemporaryDir tmp;
    const QString work = p.isSet(QStringLiteral("work-dir")) ? p.value(QStringLiteral("work-dir")) : tmp.path();
    QDir().mkpath(work);
    QJsonObject report{{QStringLiteral("suite"), suite}};
    int rc = 2;
    if (suite == QLatin1String("store"))
        rc = benchStore(
            p.value(QStringLiteral("services")).toInt(), p.value(QStringLiteral("seed")).toULongLong(), work, report);
    else
        out() << "unknown suite " << suite << '\n';
    if (rc == 0 && p.isSet(QStringLiteral("json"))) {
        QFile f(p.value(QStringLiteral("json")));
        if (f.open(QIODevice::WriteOnly))
            f.write(QJsonDocument(report).toJson());
    }
    return rc;
}
