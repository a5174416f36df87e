// 100,000 generated services load (the size the benchmarks use), deterministically.
#include "TestUtil.h"
#include "demo/DemoGenerator.h"
#include "import/ImportBatch.h"
#include "import/TaxonomyImport.h"

#include <QTemporaryDir>

using namespace open211;
using namespace open211::test;

class TestDemoScale : public QObject
{
    Q_OBJECT
private slots:
    void hundredThousandServicesLoad()
    {
        QTemporaryDir dir;
        auto db = Database::open(dir.filePath(QStringLiteral("big.sqlite")));
        QVERIFY(db);
        qint64 lastDone = 0;
        auto r = DemoGenerator::generate(**db, DemoOptions{100000, 211}, [&](qint64 done, qint64) { lastDone = done; });
        QVERIFY2(r, qPrintable(r.error()));
        QCOMPARE(r->services(), 100000);
        QCOMPARE(count(**db, QStringLiteral("service")), 100000);
        QCOMPARE(lastDone, qint64(r->total()));
        Statement fk(**db, QStringLiteral("PRAGMA foreign_key_check"));
        QVERIFY(!fk.next());
        fk = Statement();
        // A load this large into an empty store runs under a rollback journal; WAL is back after it.
        Statement mode(**db, QStringLiteral("PRAGMA journal_mode"));
        QVERIFY(mode.next());
        QCOMPARE(mode.text(0), QStringLiteral("wal"));
    }

    void batchIsDeterministic()
    {
        // Two batches from the same seed hold the same rows (compared without writing them twice).
        QTemporaryDir dir;
        auto db = Database::open(dir.filePath(QStringLiteral("t.sqlite")));
        QVERIFY(importDemoTaxonomy(**db));
        ImportBatch a, b;
        QVERIFY(DemoGenerator::fill(**db, DemoOptions{20000, 5}, a));
        QVERIFY(DemoGenerator::fill(**db, DemoOptions{20000, 5}, b));
        for (int t = 0; t < hsds::TableCount; ++t) {
            const auto& ra = a.rows(hsds::Table(t));
            const auto& rb = b.rows(hsds::Table(t));
            QCOMPARE(ra.size(), rb.size());
            for (qsizetype i = 0; i < ra.size(); ++i)
                QVERIFY(ra[i].values == rb[i].values && ra[i].lastModified == rb[i].lastModified);
        }
    }
};

QTEST_GUILESS_MAIN(TestDemoScale)
#include "TestDemoScale.moc"
