// Taxonomy import: the embedded demo taxonomy's shape, use references and see-also links, and bad
// taxonomy files leaving the database unchanged.
#include "TestUtil.h"
#include "import/TaxonomyImport.h"
#include "search/SearchEngine.h"
#include "store/ResourceStore.h"

#include <QSet>
#include <QTemporaryDir>

using namespace open211;
using namespace open211::test;

class TestTaxonomy : public QObject
{
    Q_OBJECT
    QTemporaryDir m_dir;
    int m_n = 0;

    std::unique_ptr<Database> freshDb()
    {
        auto db = Database::open(m_dir.filePath(QStringLiteral("t%1.sqlite").arg(++m_n)));
        if (!db)
            qFatal("%s", qPrintable(db.error()));
        return std::move(db).value();
    }

private slots:
    void demoTaxonomyHasTheShapeOfTheIRTaxonomy()
    {
        auto db = freshDb();
        auto n = importDemoTaxonomy(*db);
        QVERIFY2(n, qPrintable(n.error()));
        QVERIFY(*n >= 300);
        auto terms = ResourceStore(*db).taxonomyTerms();
        QVERIFY(terms);
        QSet<QString> ids, top;
        int withUse = 0, withSee = 0, depth4 = 0;
        for (const auto& t : *terms)
            ids.insert(t.id);
        for (const auto& t : *terms) {
            QVERIFY2(!t.nameFr.isEmpty(), qPrintable(t.code));
            if (t.depth() == 1)
                top.insert(t.code);
            else
                QVERIFY2(ids.contains(t.parentId), qPrintable(t.code));
            if (t.depth() >= 4)
                ++depth4;
            withUse += !t.useReferences.isEmpty();
            withSee += !t.seeAlso.isEmpty();
            for (const QString& s : t.seeAlso)
                QVERIFY(ids.contains(s));
        }
        QCOMPARE(top,
                 (QSet<QString>{QStringLiteral("B"),
                                QStringLiteral("D"),
                                QStringLiteral("F"),
                                QStringLiteral("H"),
                                QStringLiteral("J"),
                                QStringLiteral("L"),
                                QStringLiteral("N"),
                                QStringLiteral("P"),
                                QStringLiteral("R"),
                                QStringLiteral("T"),
                                QStringLiteral("Y")}));
        QVERIFY(ids.contains(QStringLiteral("BD-1800.2000")));
        QVERIFY(depth4 > 100);
        QVERIFY(withUse > 100);
        QVERIFY(withSee > 50);
        // "Food bank" is a use reference of the food pantry term.
        const auto pantry = std::find_if(terms->begin(), terms->end(), [](const TaxonomyTerm& t) {
            return t.code == QLatin1String("BD-1800.2000");
        });
        QVERIFY(pantry->useReferences.contains(QStringLiteral("Food Bank")));
    }

    void exactUseReferenceComesFirst()
    {
        // In the demo taxonomy many terms contain "food" and "bank"; the one whose use reference
        // is exactly what was typed comes first, in either language.
        auto db = freshDb();
        QVERIFY(importDemoTaxonomy(*db));
        for (const char* typed : {"food bank", "Food Banks", "banque alimentaire", "Food Pantries"}) {
            auto found = searchTaxonomy(*db, QString::fromUtf8(typed), 5);
            QVERIFY(found && !found->terms.isEmpty());
            QCOMPARE(found->terms.first().code, QStringLiteral("BD-1800.2000"));
            QVERIFY(found->terms.size() <= 5);
        }
    }

    void importsUseReferencesAndSeeAlso()
    {
        auto db = freshDb();
        auto n = importTaxonomyCsv(*db, dataPath(QStringLiteral("taxonomy-small.csv")));
        QVERIFY2(n, qPrintable(n.error()));
        QCOMPARE(*n, 11);
        auto terms = ResourceStore(*db).taxonomyTerms();
        QVERIFY(terms);
        const auto find = [&](const QString& code) {
            return *std::find_if(terms->begin(), terms->end(), [&](const TaxonomyTerm& t) { return t.code == code; });
        };
        const TaxonomyTerm pantry = find(QStringLiteral("BD-1800.2000"));
        QCOMPARE(
            pantry.useReferences,
            QStringList({QStringLiteral("Food Bank"), QStringLiteral("Food Banks"), QStringLiteral("Food Cupboards")}));
        QCOMPARE(pantry.useReferencesFr, QStringList{QStringLiteral("Banque alimentaire")});
        QCOMPARE(pantry.seeAlso, QStringList{QStringLiteral("BH-1800.8500")});
        QCOMPARE(pantry.parentId, QStringLiteral("BD-1800"));
        QCOMPARE(pantry.nameFr, QStringLiteral("Banques alimentaires"));
        QCOMPARE(pantry.taxonomyId, QStringLiteral("iar"));
        // Importing again replaces the use references rather than adding to them.
        QVERIFY(importTaxonomyCsv(*db, dataPath(QStringLiteral("taxonomy-small.csv"))));
        QCOMPARE(count(*db, QStringLiteral("taxonomy_term_alias")), 14);
    }

    void badTaxonomyLeavesDatabaseUnchanged_data()
    {
        QTest::addColumn<QByteArray>("csv");
        QTest::addColumn<QString>("expected");
        const QByteArray header = "code,name,parent_code,see_also\n";
        QTest::newRow("no code column") << QByteArray("name,definition\nFood,x\n") << "column \"code\"";
        QTest::newRow("bad code") << header + "B,Basic,,\nB-12,Odd,B,\n"
                                  << "\"B-12\" is not a taxonomy code";
        QTest::newRow("unknown parent") << header + "BX-1800,Emergency Food,BX,\n"
                                        << "\"BX\"";
        QTest::newRow("unknown see-also") << header + "B,Basic,,\nBD,Food,B,BX-1000\n"
                                          << "\"BX-1000\" is not in the taxonomy";
        QTest::newRow("self see-also") << header + "B,Basic,,B\n"
                                       << "cannot refer to itself";
        QTest::newRow("duplicate code") << header + "B,Basic,,\nB,Other,,\n"
                                        << "used twice";
        QTest::newRow("empty name") << header + "B,,,\n"
                                    << "\"name\"";
        QTest::newRow("ragged row") << header + "B,Basic\n"
                                    << "2 values where the header has 4";
    }

    void badTaxonomyLeavesDatabaseUnchanged()
    {
        QFETCH(QByteArray, csv);
        QFETCH(QString, expected);
        const QString path = m_dir.filePath(QStringLiteral("bad%1.sqlite").arg(++m_n));
        {
            auto db = Database::open(path);
            QVERIFY(importTaxonomyCsv(**db,
                                      dataPath(QStringLiteral("taxonomy-small.csv")),
                                      TaxonomyInfo{QStringLiteral("x"), QStringLiteral("X"), {}, {}}));
        }
        const QByteArray before = fileHash(path);
        {
            auto db = Database::open(path);
            auto r = importTaxonomyCsvData(
                **db, csv, QStringLiteral("bad.csv"), TaxonomyInfo{QStringLiteral("y"), QStringLiteral("Y"), {}, {}});
            QVERIFY(!r);
            QVERIFY2(r.error().contains(expected), qPrintable(r.error()));
            QVERIFY2(r.error().contains(QLatin1String("bad.csv")), qPrintable(r.error()));
        }
        QCOMPARE(fileHash(path), before);
    }
};

QTEST_GUILESS_MAIN(TestTaxonomy)
#include "TestTaxonomy.moc"
