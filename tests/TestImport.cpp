// HSDS import and export: the three JSON shapes, the CSV data package, upsert and versions,
// import -> export -> import, and every bad input leaving the database byte for byte as it was.
#include "TestUtil.h"
#include "demo/DemoGenerator.h"
#include "import/HsdsExport.h"
#include "import/HsdsImport.h"
#include "import/ImportBatch.h"
#include "import/TaxonomyImport.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>

using namespace open211;
using namespace open211::test;

namespace {

QJsonObject sample()
{
    return jsonObject(QStringLiteral("service-full.json"));
}

QByteArray json(const QJsonValue& v)
{
    return v.isArray() ? QJsonDocument(v.toArray()).toJson() : QJsonDocument(v.toObject()).toJson();
}

} // namespace

class TestImport : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    int m_n = 0;

    std::unique_ptr<Database> freshDb(bool withTaxonomy = true)
    {
        auto db = Database::open(m_dir.filePath(QStringLiteral("db%1.sqlite").arg(++m_n)));
        if (!db)
            qFatal("%s", qPrintable(db.error()));
        if (withTaxonomy) {
            auto t = importTaxonomyCsv(**db, dataPath(QStringLiteral("taxonomy-small.csv")));
            if (!t)
                qFatal("%s", qPrintable(t.error()));
        }
        return std::move(db).value();
    }

    QString writeTemp(const QString& name, const QByteArray& data)
    {
        const QString path = m_dir.filePath(name);
        QFile f(path);
        f.open(QIODevice::WriteOnly);
        f.write(data);
        return path;
    }

private slots:
    void singleServiceWithEverythingNested()
    {
        auto db = freshDb();
        auto r = importHsdsJson(*db, json(sample()), QStringLiteral("one.json"));
        QVERIFY2(r, qPrintable(r.error()));
        QCOMPARE(r->services(), 1);
        QCOMPARE(count(*db, QStringLiteral("organization")), 1);
        QCOMPARE(count(*db, QStringLiteral("location")), 1);
        QCOMPARE(count(*db, QStringLiteral("phone")), 4); // organization, location, service, contact
        QCOMPARE(count(*db, QStringLiteral("schedule")), 3);
        QCOMPARE(count(*db, QStringLiteral("language")), 4);
        QCOMPARE(count(*db, QStringLiteral("attribute")), 2);

        Statement s(
            *db,
            QStringLiteral(
                "SELECT location_id, service_id, organization_id, contact_id, extension FROM phone ORDER BY id"));
        QStringList phones;
        while (s.next())
            phones << QStringLiteral("%1/%2/%3/%4/%5").arg(s.text(0), s.text(1), s.text(2), s.text(3), s.text(4));
        QCOMPARE(phones,
                 QStringList({QStringLiteral("loc-1////22"),
                              QStringLiteral("//org-1//"),
                              QStringLiteral("///svc-1-c/"),
                              QStringLiteral("/svc-1///")}));
        Statement a(*db, QStringLiteral("SELECT link_id, link_entity, taxonomy_term_id FROM attribute ORDER BY id"));
        QVERIFY(a.next());
        QCOMPARE(a.text(0), QStringLiteral("svc-1"));
        QCOMPARE(a.text(1), QStringLiteral("service"));
        QCOMPARE(a.text(2), QStringLiteral("BD-1800.2000"));
        Statement sv(*db, QStringLiteral("SELECT name_fr, minimum_age, last_modified, version FROM service"));
        QVERIFY(sv.next());
        QCOMPARE(sv.text(0), QStringLiteral("Banque alimentaire du centre-ville"));
        QCOMPARE(sv.real(1), 18.0);
        QCOMPARE(sv.text(2), QStringLiteral("2026-03-01T12:00:00Z"));
        QCOMPARE(sv.integer(3), 1);
        // Children without a time of their own take their parent's.
        Statement ph(*db, QStringLiteral("SELECT last_modified FROM phone WHERE id = 'loc-1-ph'"));
        QVERIFY(ph.next());
        QCOMPARE(ph.text(0), QStringLiteral("2026-03-01T12:00:00Z"));
    }

    void arrayAndEnvelope()
    {
        QJsonObject second = sample();
        second[QStringLiteral("id")] = QStringLiteral("svc-2");
        second[QStringLiteral("name")] = QStringLiteral("Evening Pantry");
        QJsonObject third = second;
        third[QStringLiteral("id")] = QStringLiteral("svc-3");
        // Nested children need their own ids per service.
        for (QJsonObject* o : {&second, &third}) {
            const QString id = (*o)[QStringLiteral("id")].toString();
            for (const char* key : {"phones",
                                    "schedules",
                                    "languages",
                                    "service_areas",
                                    "cost_options",
                                    "required_documents",
                                    "contacts",
                                    "attributes",
                                    "service_at_locations"}) {
                QJsonArray arr = (*o)[QLatin1String(key)].toArray();
                for (auto&& v : arr) {
                    QJsonObject c = v.toObject();
                    c[QStringLiteral("id")] = QString(id + u'-' + c[QStringLiteral("id")].toString());
                    c.remove(QStringLiteral("phones")); // nested deeper: leave them to the first service
                    if (qstrcmp(key, "service_at_locations") == 0)
                        c.remove(QStringLiteral("schedules"));
                    v = c;
                }
                (*o)[QLatin1String(key)] = arr;
            }
        }
        {
            auto db = freshDb();
            auto r = importHsdsJson(*db, json(QJsonArray{sample(), second}), QStringLiteral("array.json"));
            QVERIFY2(r, qPrintable(r.error()));
            QCOMPARE(count(*db, QStringLiteral("service")), 2);
            QCOMPARE(count(*db, QStringLiteral("organization")), 1); // the shared organization once
            QCOMPARE(count(*db, QStringLiteral("location")), 1);
        }
        {
            auto db = freshDb();
            const QJsonObject envelope{{QStringLiteral("total_items"), 3},
                                       {QStringLiteral("page_number"), 1},
                                       {QStringLiteral("contents"), QJsonArray{sample(), second, third}}};
            const QString path = writeTemp(QStringLiteral("envelope.json"), json(envelope));
            auto r = importHsdsFile(*db, path);
            QVERIFY2(r, qPrintable(r.error()));
            QCOMPARE(count(*db, QStringLiteral("service")), 3);
        }
    }

    void csvDataPackage()
    {
        auto db = freshDb();
        auto r = importHsdsFile(*db, dataPath(QStringLiteral("hsds-csv")));
        QVERIFY2(r, qPrintable(r.error()));
        QCOMPARE(count(*db, QStringLiteral("service")), 2);
        QCOMPARE(count(*db, QStringLiteral("address")), 1);
        QVERIFY(r->warnings.join(u' ').contains(QLatin1String("funding")));
        Statement s(*db, QStringLiteral("SELECT description, minimum_age FROM service WHERE id = 'svc-csv-1'"));
        QVERIFY(s.next());
        QCOMPARE(s.text(0), QStringLiteral("Advice on evictions,\nrepairs and rent increases."));
        QCOMPARE(s.integer(1), 16);
        Statement p(*db, QStringLiteral("SELECT location_id IS NULL, extension FROM phone"));
        QVERIFY(p.next());
        QCOMPARE(p.integer(0), 1);
        QCOMPARE(p.integer(1), 12);
        // The datapackage.json path works as well as the folder.
        auto again = importHsdsFile(*db, dataPath(QStringLiteral("hsds-csv/datapackage.json")));
        QVERIFY2(again, qPrintable(again.error()));
        QCOMPARE(count(*db, QStringLiteral("service")), 2);
    }

    void upsertKeepsVersionUnlessChanged()
    {
        auto db = freshDb();
        QVERIFY(importHsdsJson(*db, json(sample()), QStringLiteral("a.json")));
        QVERIFY(importHsdsJson(*db, json(sample()), QStringLiteral("a.json")));
        const auto version = [&](const QString& table, const QString& id) {
            Statement s(*db, QStringLiteral("SELECT version FROM %1 WHERE id = ?").arg(table));
            s.bindText(1, id);
            return s.next() ? s.integer(0) : -1;
        };
        QCOMPARE(version(QStringLiteral("service"), QStringLiteral("svc-1")), 1);

        QJsonObject changed = sample();
        changed[QStringLiteral("description")] = QStringLiteral("Groceries and hygiene items.");
        QJsonArray phones = changed[QStringLiteral("phones")].toArray();
        phones.removeAt(0);
        changed[QStringLiteral("phones")] = phones; // the service's own phone is gone
        QVERIFY(importHsdsJson(*db, json(changed), QStringLiteral("b.json")));
        QCOMPARE(version(QStringLiteral("service"), QStringLiteral("svc-1")), 2);
        QCOMPARE(version(QStringLiteral("location"), QStringLiteral("loc-1")), 1);
        QCOMPARE(version(QStringLiteral("phone"), QStringLiteral("svc-1-ph")), -1);
        QCOMPARE(count(*db, QStringLiteral("phone")), 3);

        // A version from the hub wins when it is newer.
        changed[QStringLiteral("version")] = 7;
        QVERIFY(importHsdsJson(*db, json(changed), QStringLiteral("c.json")));
        QCOMPARE(version(QStringLiteral("service"), QStringLiteral("svc-1")), 7);
    }

    void importExportImportGivesIdenticalRows()
    {
        auto a = freshDb(false);
        QVERIFY(DemoGenerator::generate(*a, DemoOptions{300, 7}));
        QVERIFY(importTaxonomyCsv(
            *a,
            dataPath(QStringLiteral("taxonomy-small.csv")),
            TaxonomyInfo{
                QStringLiteral("small"), QStringLiteral("Small"), {}, QStringLiteral("2026-01-01T00:00:00Z")}));
        QVERIFY(importHsdsJson(*a, json(sample()), QStringLiteral("one.json")));
        QVERIFY(importHsdsFile(*a, dataPath(QStringLiteral("hsds-csv"))));
        const QString exported = m_dir.filePath(QStringLiteral("export.json"));
        auto e = exportHsdsJson(*a, exported);
        QVERIFY2(e, qPrintable(e.error()));
        QCOMPARE(*e, 303);

        auto b = freshDb(false);
        QVERIFY(importDemoTaxonomy(*b));
        QVERIFY(importTaxonomyCsv(
            *b,
            dataPath(QStringLiteral("taxonomy-small.csv")),
            TaxonomyInfo{
                QStringLiteral("small"), QStringLiteral("Small"), {}, QStringLiteral("2026-01-01T00:00:00Z")}));
        auto r = importHsdsFile(*b, exported);
        QVERIFY2(r, qPrintable(r.error()));
        for (const QString& table : resourceTables()) {
            const QStringList ra = tableRows(*a, table), rb = tableRows(*b, table);
            QVERIFY2(ra.size() == rb.size(), qPrintable(table));
            QVERIFY2(ra == rb, qPrintable(table));
        }
        // And the second export is the same file.
        const QString again = m_dir.filePath(QStringLiteral("export2.json"));
        QVERIFY(exportHsdsJson(*b, again));
        QCOMPARE(fileHash(again), fileHash(exported));
    }

    void badInputLeavesDatabaseUnchanged_data()
    {
        QTest::addColumn<QByteArray>("content");
        QTest::addColumn<QString>("fileName");
        QTest::addColumn<QString>("expected");

        const QByteArray good = json(sample());
        QTest::newRow("truncated JSON") << good.left(good.size() / 2) << "svc.json"
                                        << "malformed at line";
        QTest::newRow("not JSON") << QByteArray("<html>oops</html>") << "svc.json"
                                  << "malformed";

        QJsonObject o = sample();
        o[QStringLiteral("minimum_age")] = QStringLiteral("ten");
        QTest::newRow("wrong type") << json(o) << "svc.json"
                                    << "field \"minimum_age\": expected a number";

        o = sample();
        o[QStringLiteral("name")] = 42;
        QTest::newRow("number for text") << json(o) << "svc.json"
                                         << "field \"name\": expected text";

        o = sample();
        o.remove(QStringLiteral("name"));
        QTest::newRow("missing required") << json(o) << "svc.json"
                                          << "required field \"name\"";

        o = sample();
        o[QStringLiteral("status")] = QStringLiteral("open");
        QTest::newRow("bad enum") << json(o) << "svc.json"
                                  << "field \"status\"";

        o = sample();
        QJsonArray attrs = o[QStringLiteral("attributes")].toArray();
        attrs.append(QJsonObject{{QStringLiteral("id"), QStringLiteral("x")},
                                 {QStringLiteral("taxonomy_term_id"), QStringLiteral("ZZ-9999")}});
        o[QStringLiteral("attributes")] = attrs;
        QTest::newRow("unknown taxonomy code") << json(o) << "svc.json"
                                               << "taxonomy term \"ZZ-9999\" is not known";

        QJsonObject dup = sample();
        dup[QStringLiteral("name")] = QStringLiteral("Another name");
        QTest::newRow("duplicate ids") << json(QJsonArray{sample(), dup}) << "svc.json"
                                       << "used twice";

        o = sample();
        QJsonArray sals = o[QStringLiteral("service_at_locations")].toArray();
        QJsonObject sal = sals[0].toObject();
        QJsonObject loc = sal[QStringLiteral("location")].toObject();
        loc[QStringLiteral("latitude")] = 123.0;
        sal[QStringLiteral("location")] = loc;
        sals[0] = sal;
        o[QStringLiteral("service_at_locations")] = sals;
        QTest::newRow("absurd latitude") << json(o) << "svc.json"
                                         << "out of range";

        o = sample();
        o[QStringLiteral("description")] = QString(200000, u'x');
        QTest::newRow("absurd length") << json(o) << "svc.json"
                                       << "200000 characters";

        o = sample();
        o.remove(QStringLiteral("organization"));
        o[QStringLiteral("organization_id")] = QStringLiteral("nobody");
        QTest::newRow("dangling reference") << json(o) << "svc.json"
                                            << "organization \"nobody\"";

        o = sample();
        o[QStringLiteral("organization_id")] = QStringLiteral("org-2");
        QTest::newRow("inconsistent nesting") << json(o) << "svc.json"
                                              << "nested in";

        o = sample();
        o[QStringLiteral("phones")] = QStringLiteral("613-555-0100");
        QTest::newRow("object expected") << json(o) << "svc.json"
                                         << "expected an array";

        QTest::newRow("empty array") << QByteArray("[]") << "svc.json"
                                     << "holds no services";
    }

    void badInputLeavesDatabaseUnchanged()
    {
        QFETCH(QByteArray, content);
        QFETCH(QString, fileName);
        QFETCH(QString, expected);
        const QString dbPath = m_dir.filePath(QStringLiteral("bad-%1.sqlite").arg(++m_n));
        {
            auto db = Database::open(dbPath);
            QVERIFY(db);
            QVERIFY(importTaxonomyCsv(**db, dataPath(QStringLiteral("taxonomy-small.csv"))));
            QVERIFY(importHsdsFile(**db, dataPath(QStringLiteral("hsds-csv"))));
        }
        const QByteArray before = fileHash(dbPath);
        const QString input = writeTemp(QStringLiteral("%1-%2").arg(m_n).arg(fileName), content);
        {
            auto db = Database::open(dbPath);
            QVERIFY(db);
            auto r = importHsdsFile(**db, input);
            QVERIFY(!r);
            QVERIFY2(r.error().contains(expected), qPrintable(r.error()));
            if (expected != QLatin1String("holds no services") && !expected.startsWith(QLatin1String("malformed")))
                QVERIFY2(r.error().contains(QLatin1String("svc")), qPrintable(r.error())); // names the file and record
        }
        QCOMPARE(fileHash(dbPath), before);
    }

    void badCsvPackageLeavesDatabaseUnchanged_data()
    {
        QTest::addColumn<QString>("file");
        QTest::addColumn<QByteArray>("content");
        QTest::addColumn<QString>("expected");
        QTest::newRow("missing declared column")
            << "services.csv" << QByteArray("id,organization_id,name,status\nsvc-csv-1,org-csv-1,T,active\n")
            << "\"minimum_age\" declared in datapackage.json is missing";
        QTest::newRow("missing required column")
            << "addresses.csv"
            << QByteArray("id,location_id,address_1,city,state_province,country,address_type\n"
                          "a,loc-csv-1,1 King,Hamilton,ON,CA,physical\n")
            << "required column \"postal_code\"";
        QTest::newRow("short row")
            << "locations.csv"
            << QByteArray("id,location_type,name,latitude,longitude,organization_id\nloc-csv-1,physical\n")
            << "line 2: 2 values where the header has 6";
        QTest::newRow("duplicate id") << "phones.csv"
                                      << QByteArray("id,service_id,number\nph,svc-csv-1,1\nph,svc-csv-1,2\n")
                                      << "used twice";
        QTest::newRow("not a number") << "locations.csv"
                                      << QByteArray("id,location_type,latitude\nloc-csv-1,physical,north\n")
                                      << "field \"latitude\": expected a number";
        QTest::newRow("unclosed quote") << "organizations.csv"
                                        << QByteArray("id,name,description\norg-csv-1,\"Harbour,x\n") << "never closed";
        QTest::newRow("unknown term")
            << "attributes.csv"
            << QByteArray("id,link_id,link_type,link_entity,taxonomy_term_id\na,svc-csv-2,taxonomy,service,QQ-1234\n")
            << "\"QQ-1234\" is not known";
    }

    void badCsvPackageLeavesDatabaseUnchanged()
    {
        QFETCH(QString, file);
        QFETCH(QByteArray, content);
        QFETCH(QString, expected);
        const QString pkg = m_dir.filePath(QStringLiteral("pkg%1").arg(++m_n));
        QDir().mkpath(pkg);
        for (const QString& f : QDir(dataPath(QStringLiteral("hsds-csv"))).entryList(QDir::Files))
            QFile::copy(dataPath(QStringLiteral("hsds-csv/") + f), pkg + u'/' + f);
        QFile::remove(pkg + u'/' + file);
        writeFile(pkg + u'/' + file, content);

        const QString dbPath = m_dir.filePath(QStringLiteral("badcsv-%1.sqlite").arg(m_n));
        {
            auto db = Database::open(dbPath);
            QVERIFY(db);
            QVERIFY(importTaxonomyCsv(**db, dataPath(QStringLiteral("taxonomy-small.csv"))));
            QVERIFY(importHsdsJson(**db, json(sample()), QStringLiteral("one.json")));
        }
        const QByteArray before = fileHash(dbPath);
        {
            auto db = Database::open(dbPath);
            auto r = importHsdsFile(**db, pkg);
            QVERIFY(!r);
            QVERIFY2(r.error().contains(expected), qPrintable(r.error()));
        }
        QCOMPARE(fileHash(dbPath), before);
    }

    void fullDiskLeavesDatabaseUnchanged()
    {
        const QString dbPath = m_dir.filePath(QStringLiteral("full.sqlite"));
        {
            auto db = Database::open(dbPath);
            QVERIFY(importTaxonomyCsv(**db, dataPath(QStringLiteral("taxonomy-small.csv"))));
            QVERIFY(importHsdsJson(**db, json(sample()), QStringLiteral("one.json")));
        }
        const QByteArray before = fileHash(dbPath);
        {
            auto db = Database::open(dbPath);
            // The disk "fills" a few pages past what the file holds now.
            Statement pages(**db, QStringLiteral("PRAGMA page_count"));
            QVERIFY(pages.next());
            QVERIFY((*db)->exec(QStringLiteral("PRAGMA max_page_count=%1").arg(pages.integer(0) + 3)));
            auto r = DemoGenerator::generate(**db, DemoOptions{400, 1});
            QVERIFY(!r);
            QVERIFY2(r.error().contains(QLatin1String("full")), qPrintable(r.error()));
            QCOMPARE(count(**db, QStringLiteral("service")), 1);
        }
        QCOMPARE(fileHash(dbPath), before);
    }

    void bulkImportBuildsIndexesAfterwards()
    {
        // Enough rows that the empty tables are loaded without their indexes and triggers: the
        // schema afterwards is the fresh one, and the tables the triggers keep hold what the
        // triggers would have written.
        auto db = freshDb(false);
        QVERIFY(importDemoTaxonomy(*db));
        ImportBatch batch;
        QVERIFY(DemoGenerator::fill(*db, DemoOptions{1500, 8}, batch));
        QVERIFY(batch.count(hsds::Table::Attribute) >= 2000);
        QVERIFY(batch.write(*db));
        auto fresh = freshDb(false);
        QCOMPARE(schema(*db), schema(*fresh));
        const auto same = [&](const QString& derived, const QString& expected) {
            return scalar(*db, QStringLiteral("SELECT count(*) FROM (%1)").arg(derived)) > 0
                && scalar(*db, QStringLiteral("SELECT count(*) FROM (%1 EXCEPT %2)").arg(expected, derived)) == 0
                && scalar(*db, QStringLiteral("SELECT count(*) FROM (%2 EXCEPT %1)").arg(expected, derived)) == 0;
        };
        // (The R*Tree keeps coordinates as 32-bit floats: rows are compared by their keys.)
        QVERIFY(same(QStringLiteral("SELECT id, service_rowid FROM service_point"),
                     QStringLiteral("SELECT x.rowid, s.rowid FROM service_at_location x "
                                    "JOIN location l ON l.id = x.location_id JOIN service s ON s.id = x.service_id "
                                    "WHERE l.latitude IS NOT NULL")));
        QVERIFY(same(QStringLiteral("SELECT area, service_rowid, service_area_id FROM service_coverage"),
                     QStringLiteral("SELECT lower(a.name), s.rowid, a.id FROM service_area a JOIN service s ON "
                                    "s.id = a.service_id WHERE a.name IS NOT NULL")));
        QVERIFY(same(QStringLiteral("SELECT code, service_rowid, attribute_id FROM service_term"),
                     QStringLiteral("SELECT t.code, s.rowid, a.id FROM attribute a JOIN taxonomy_term t ON t.id = "
                                    "a.taxonomy_term_id JOIN service s ON s.id = a.link_id WHERE a.link_entity = "
                                    "'service'")));
        // The triggers are back: a later single change keeps those tables in step.
        QVERIFY(db->exec(QStringLiteral("DELETE FROM service_area WHERE id = (SELECT min(id) FROM service_area)")));
        QVERIFY(same(QStringLiteral("SELECT area, service_rowid, service_area_id FROM service_coverage"),
                     QStringLiteral("SELECT lower(a.name), s.rowid, a.id FROM service_area a JOIN service s ON "
                                    "s.id = a.service_id WHERE a.name IS NOT NULL")));
    }

    void failedBulkImportKeepsIndexes()
    {
        // A disk that fills in the middle of a bulk import: the dropped indexes and triggers come
        // back with everything else, and the file is as it was.
        QString path;
        {
            auto db = freshDb(false);
            QVERIFY(importDemoTaxonomy(*db));
            path = db->path();
        }
        const QByteArray hash = fileHash(path); // closed: everything is in the main file
        auto opened = Database::open(path);
        QVERIFY(opened);
        auto db = std::move(opened).value();
        ImportBatch batch;
        QVERIFY(DemoGenerator::fill(*db, DemoOptions{1500, 9}, batch));
        const QStringList before = schema(*db);
        const qint64 pages = scalar(*db, QStringLiteral("PRAGMA page_count"));
        QVERIFY(db->exec(QStringLiteral("PRAGMA max_page_count = %1").arg(pages + 200)));
        auto r = batch.write(*db);
        QVERIFY(!r);
        QVERIFY2(r.error().contains(QStringLiteral("full"), Qt::CaseInsensitive), qPrintable(r.error()));
        QCOMPARE(schema(*db), before);
        QCOMPARE(count(*db, QStringLiteral("service")), 0);
        db.reset();
        QCOMPARE(fileHash(path), hash);
        {
            auto reopened = Database::open(path);
            QVERIFY(reopened);
            QCOMPARE(schema(**reopened), before);
        }
    }

    void largeImportUnderRollbackJournal()
    {
        // Over 50,000 rows into an empty store are written under a rollback journal. A disk that
        // fills half way leaves the file as it was, with no journal left behind; a load that fits
        // lands whole; either way the store is back in WAL mode.
        QString path;
        {
            auto db = freshDb(false);
            QVERIFY(importDemoTaxonomy(*db));
            path = db->path();
        }
        const QByteArray hash = fileHash(path);
        auto opened = Database::open(path);
        QVERIFY(opened);
        auto db = std::move(opened).value();
        ImportBatch batch;
        QVERIFY(DemoGenerator::fill(*db, DemoOptions{5000, 10}, batch));
        qsizetype rows = 0;
        for (int t = 0; t < hsds::TableCount; ++t)
            rows += batch.count(hsds::Table(t));
        QVERIFY(rows > 50000);
        const qint64 pages = scalar(*db, QStringLiteral("PRAGMA page_count"));
        QVERIFY(db->exec(QStringLiteral("PRAGMA max_page_count = %1").arg(pages + 2000)));
        auto failed = batch.write(*db);
        QVERIFY(!failed);
        QVERIFY2(failed.error().contains(QStringLiteral("full"), Qt::CaseInsensitive), qPrintable(failed.error()));
        const auto journalMode = [&] {
            Statement mode(*db, QStringLiteral("PRAGMA journal_mode"));
            return mode.next() ? mode.text(0) : QString();
        };
        QCOMPARE(journalMode(), QStringLiteral("wal"));
        QVERIFY(!QFile::exists(path + QStringLiteral("-journal")));
        QCOMPARE(count(*db, QStringLiteral("service")), 0);
        QVERIFY(db->exec(QStringLiteral("PRAGMA max_page_count = 1073741823")));
        auto written = std::move(batch).writeAndRelease(*db);
        QVERIFY2(written, qPrintable(written ? QString() : written.error()));
        QCOMPARE(count(*db, QStringLiteral("service")), 5000);
        QCOMPARE(journalMode(), QStringLiteral("wal"));
        db.reset();
        QVERIFY(fileHash(path) != hash);
    }

    void missingFile()
    {
        auto db = freshDb();
        auto r = importHsdsFile(*db, m_dir.filePath(QStringLiteral("nope.json")));
        QVERIFY(!r);
        QVERIFY(r.error().contains(QLatin1String("does not exist")));
    }
};

QTEST_GUILESS_MAIN(TestImport)
#include "TestImport.moc"
