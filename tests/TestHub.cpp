// The hub on a real PostgreSQL: a throwaway cluster on loopback, resources loaded with the
// workstation's HSDS reader, and the HSDS API's read endpoints answered over HTTP by the
// open211-hub program, read with the workstation's libcurl transport: lists and their filters
// (search, taxonomy, organization, postcode and proximity), nested "full" records a workstation
// can import as they are. Bad requests get a 4xx with a JSON error; a bad file loads nothing.
#include "HubStore.h"
#include "TestHubUtil.h"
#include "import/HsdsImport.h"
#include "import/TaxonomyImport.h"
#include "store/Database.h"

#include <QtTest>

using namespace open211;
using namespace open211::test;

class TestHub : public QObject
{
    Q_OBJECT

    HubFixture m_hub;

    QJsonObject get(const QString& url, int expectedStatus)
    {
        const HttpResponse r = http(QStringLiteral("GET"), url);
        if (r.status != expectedStatus)
            qWarning("%s -> %s", qPrintable(url), describe(r).constData());
        [&] {
            QCOMPARE(r.status, expectedStatus);
        }();
        return json(r);
    }

    static QStringList ids(const QJsonObject& page)
    {
        QStringList out;
        for (const auto& v : page.value(QStringLiteral("contents")).toArray())
            out << v.toObject().value(QStringLiteral("id")).toString();
        return out;
    }

private slots:
    void initTestCase()
    {
        const QString error = m_hub.startCluster();
        QVERIFY2(error.isEmpty(), qPrintable(error));
    }

    void cleanupTestCase()
    {
        QVERIFY(m_hub.stopServing());
        m_hub.pg.reset(); // stops the server; the folder goes with the temporary directory
    }

    void loadsWithTheWorkstationsReader()
    {
        QByteArray out;
        QCOMPARE(m_hub.run({QStringLiteral("load"), dataPath(QStringLiteral("service-full.json"))}, &out), 0);
        QVERIFY2(out.contains("Loaded"), out.constData());
        auto store = HubStore::open(m_hub.pg->connectionString());
        QVERIFY2(store, qPrintable(store.error()));
        QCOMPARE((*store)->services(1, 10)->total, 1);

        // A truncated file and a file with a wrong type load nothing, and say why.
        const QString truncated = m_hub.dir.filePath(QStringLiteral("truncated.json"));
        QByteArray json = QJsonDocument(jsonObject(QStringLiteral("service-full.json"))).toJson();
        writeFile(truncated, json.left(json.size() / 2));
        QCOMPARE(m_hub.run({QStringLiteral("load"), truncated}, &out), 1);
        QVERIFY2(out.contains("malformed"), out.constData());
        QJsonObject wrong = jsonObject(QStringLiteral("service-full.json"));
        wrong[QStringLiteral("id")] = QStringLiteral("svc-2");
        wrong[QStringLiteral("minimum_age")] = QStringLiteral("eighteen");
        const QString wrongPath = m_hub.dir.filePath(QStringLiteral("wrong.json"));
        writeFile(wrongPath, QJsonDocument(wrong).toJson());
        QCOMPARE(m_hub.run({QStringLiteral("load"), wrongPath}, &out), 1);
        QVERIFY2(out.contains("minimum_age"), out.constData());
        QCOMPARE((*store)->services(1, 10)->total, 1);

        // Loading the same file again changes nothing but what changed.
        QCOMPARE(m_hub.run({QStringLiteral("load"), dataPath(QStringLiteral("service-full.json"))}), 0);
        QCOMPARE((*store)->services(1, 10)->total, 1);
    }

    void loadsATaxonomy()
    {
        QByteArray out;
        QCOMPARE(m_hub.run({QStringLiteral("load-taxonomy")}, &out), 0); // the embedded demo taxonomy
        QVERIFY2(out.contains("Loaded"), out.constData());
        const QString bad = m_hub.dir.filePath(QStringLiteral("bad-taxonomy.csv"));
        writeFile(bad, "code,name\nB-12,Odd\n");
        QCOMPARE(m_hub.run({QStringLiteral("load-taxonomy"), bad}, &out), 1);
        QVERIFY2(out.contains("B-12"), out.constData());
    }

    void servesTheHsdsApi()
    {
        const QString base = m_hub.serve();
        QVERIFY(!base.isEmpty());

        const QJsonObject info = get(base + QStringLiteral("/"), 200);
        QCOMPARE(info.value(QStringLiteral("version")).toString(), QStringLiteral("3.0"));

        const QJsonObject page = get(base + QStringLiteral("/services?page=1&per_page=10"), 200);
        QCOMPARE(page.value(QStringLiteral("total_items")).toInt(), 1);
        QCOMPARE(page.value(QStringLiteral("total_pages")).toInt(), 1);
        QCOMPARE(page.value(QStringLiteral("page_number")).toInt(), 1);
        QCOMPARE(page.value(QStringLiteral("size")).toInt(), 1);
        QCOMPARE(page.value(QStringLiteral("first_page")).toBool(), true);
        QCOMPARE(page.value(QStringLiteral("last_page")).toBool(), true);
        QCOMPARE(page.value(QStringLiteral("empty")).toBool(), false);
        const QJsonObject first = page.value(QStringLiteral("contents")).toArray().first().toObject();
        QCOMPARE(first.value(QStringLiteral("id")).toString(), QStringLiteral("svc-1"));
        // A list item has the one-to-one fields, its organization among them, and no arrays.
        QCOMPARE(first.value(QStringLiteral("organization")).toObject().value(QStringLiteral("name")).toString(),
                 QStringLiteral("Hope Community Services"));
        QVERIFY(!first.contains(QStringLiteral("phones")));
        QCOMPARE(first.value(QStringLiteral("version")).toInt(), 1);

        const QJsonObject past = get(base + QStringLiteral("/services?page=2&per_page=10"), 200);
        QCOMPARE(past.value(QStringLiteral("empty")).toBool(), true);

        const QJsonObject one = get(base + QStringLiteral("/services/svc-1"), 200);
        QCOMPARE(one.value(QStringLiteral("name")).toString(), first.value(QStringLiteral("name")).toString());
        QCOMPARE(one.value(QStringLiteral("organization")).toObject().value(QStringLiteral("id")).toString(),
                 one.value(QStringLiteral("organization_id")).toString());

        // What changed since a time, and by organization: how a workstation pulls.
        QCOMPARE(get(base + QStringLiteral("/services?modified_after=2000-01-01T00:00:00Z"), 200)
                     .value(QStringLiteral("total_items"))
                     .toInt(),
                 1);
        const QJsonObject later = get(base + QStringLiteral("/services?modified_after=2999-01-01T00:00:00Z"), 200);
        QCOMPARE(later.value(QStringLiteral("total_items")).toInt(), 0);
        QCOMPARE(later.value(QStringLiteral("empty")).toBool(), true);
        const QString orgId = one.value(QStringLiteral("organization_id")).toString();
        QCOMPARE(get(base + QStringLiteral("/services?organization_id=") + orgId, 200)
                     .value(QStringLiteral("total_items"))
                     .toInt(),
                 1);
        QCOMPARE(get(base + QStringLiteral("/services?organization_id=nobody"), 200)
                     .value(QStringLiteral("total_items"))
                     .toInt(),
                 0);
        const QJsonObject orgs = get(base + QStringLiteral("/organizations"), 200);
        QCOMPARE(orgs.value(QStringLiteral("total_items")).toInt(), 1);
        QCOMPARE(get(base + QStringLiteral("/organizations/") + orgId, 200).value(QStringLiteral("id")).toString(),
                 orgId);

        // The taxonomy: its top-level categories, and a term's narrower terms.
        QCOMPARE(get(base + QStringLiteral("/taxonomies"), 200).value(QStringLiteral("total_items")).toInt(), 1);
        const QJsonObject top = get(base + QStringLiteral("/taxonomy_terms?top_only=true&per_page=50"), 200);
        QStringList codes;
        for (const auto& t : top.value(QStringLiteral("contents")).toArray())
            codes << t.toObject().value(QStringLiteral("code")).toString();
        codes.sort();
        QCOMPARE(codes.join(u','), QStringLiteral("B,D,F,H,J,L,N,P,R,T,Y"));
        const QJsonObject food = get(base + QStringLiteral("/taxonomy_terms?parent_id=BD-1800"), 200);
        QVERIFY(food.value(QStringLiteral("total_items")).toInt() >= 3);
        for (const auto& t : food.value(QStringLiteral("contents")).toArray())
            QCOMPARE(t.toObject().value(QStringLiteral("parent_id")).toString(), QStringLiteral("BD-1800"));
        QVERIFY(get(base + QStringLiteral("/taxonomy_terms?top_only=maybe"), 400).contains(QStringLiteral("error")));

        QVERIFY(get(base + QStringLiteral("/services/no-such-id"), 404).contains(QStringLiteral("error")));
        QVERIFY(
            get(base + QStringLiteral("/services?modified_after=yesterday"), 400).contains(QStringLiteral("error")));
        QVERIFY(get(base + QStringLiteral("/services?organization_id=%27%3B%20DROP%20TABLE%20service%3B--"), 200)
                    .value(QStringLiteral("empty"))
                    .toBool());
        QVERIFY(get(base + QStringLiteral("/services?page=abc"), 400).contains(QStringLiteral("error")));
        QVERIFY(get(base + QStringLiteral("/services?per_page=100000"), 400).contains(QStringLiteral("error")));
        QVERIFY(get(base + QStringLiteral("/services?full=yes"), 400).contains(QStringLiteral("error")));
        QVERIFY(get(base + QStringLiteral("/services?format=ndjson"), 400).contains(QStringLiteral("error")));
        QVERIFY(get(base + QStringLiteral("/no/such/endpoint"), 404).contains(QStringLiteral("error")));

        QVERIFY(m_hub.stopServing());
    }

    void filtersServicesLikeHsds()
    {
        const QString more = m_hub.dir.filePath(QStringLiteral("more.json"));
        writeFile(more, QJsonDocument(moreServices()).toJson());
        QByteArray out;
        QVERIFY2(m_hub.run({QStringLiteral("load"), more}, &out) == 0, out.constData());
        const QString base = m_hub.serve();
        QVERIFY(!base.isEmpty());
        const auto services = [&](const QString& query) {
            return ids(get(base + QStringLiteral("/services?") + query, 200));
        };
        QCOMPARE(services({}),
                 (QStringList{QStringLiteral("svc-3"), QStringLiteral("svc-1"), QStringLiteral("svc-2")}));

        // Words of the name, description or organization name; each word a prefix, all required;
        // accents and case do not matter.
        QCOMPARE(services(QStringLiteral("search=food")), QStringList{QStringLiteral("svc-1")});
        QCOMPARE(services(QStringLiteral("search=") + encoded(QStringLiteral("PANTR groc"))),
                 QStringList{QStringLiteral("svc-1")});
        QCOMPARE(services(QStringLiteral("search=harbour")), QStringList{QStringLiteral("svc-2")});
        QCOMPARE(services(QStringLiteral("search=evangeline")), QStringList{QStringLiteral("svc-3")});
        QCOMPARE(services(QStringLiteral("search=") + encoded(QStringLiteral("Évangéline"))),
                 QStringList{QStringLiteral("svc-3")});
        QCOMPARE(services(QStringLiteral("search=") + encoded(QStringLiteral("food shelter"))), QStringList());
        QCOMPARE(services(QStringLiteral("search=") + encoded(QStringLiteral("'); DROP TABLE service; --"))),
                 QStringList());
        QCOMPARE(services(QStringLiteral("search=") + encoded(QStringLiteral("!!!"))).size(), 3); // no words: no filter

        // By taxonomy term and by taxonomy, through the services' attributes; by organization.
        QCOMPARE(services(QStringLiteral("taxonomy_term_id=BH-1800.8500")),
                 (QStringList{QStringLiteral("svc-1"), QStringLiteral("svc-2")}));
        QCOMPARE(services(QStringLiteral("taxonomy_term_id=BD-1800.2000")), QStringList{QStringLiteral("svc-1")});
        QCOMPARE(services(QStringLiteral("taxonomy_term_id=nothing")), QStringList());
        QCOMPARE(services(QStringLiteral("taxonomy_id=open211-demo")),
                 (QStringList{QStringLiteral("svc-1"), QStringLiteral("svc-2")}));
        QCOMPARE(services(QStringLiteral("taxonomy_id=other")), QStringList());
        QCOMPARE(services(QStringLiteral("organization_id=org-2&taxonomy_term_id=BH-1800.8500")),
                 QStringList{QStringLiteral("svc-2")});
        QCOMPARE(services(QStringLiteral("search=shelter&organization_id=org-1")), QStringList());
        QCOMPARE(ids(get(base + QStringLiteral("/organizations?search=harb"), 200)),
                 QStringList{QStringLiteral("org-2")});

        // Service_at_locations: one-to-one fields with their location and service, by postal
        // code (spaces and case ignored), and within metres of a postal code's centre.
        const QJsonObject sals = get(base + QStringLiteral("/service_at_locations"), 200);
        QCOMPARE(sals.value(QStringLiteral("total_items")).toInt(), 3);
        const QJsonObject sal1 = sals.value(QStringLiteral("contents")).toArray().first().toObject();
        QCOMPARE(sal1.value(QStringLiteral("location")).toObject().value(QStringLiteral("id")).toString(),
                 QStringLiteral("loc-1"));
        QCOMPARE(sal1.value(QStringLiteral("service")).toObject().value(QStringLiteral("name")).toString(),
                 QStringLiteral("Downtown Food Pantry"));
        const auto sal = [&](const QString& query) {
            return ids(get(base + QStringLiteral("/service_at_locations?") + query, 200));
        };
        QCOMPARE(sal(QStringLiteral("postcode=m5v2t6")), QStringList{QStringLiteral("sal-2")});
        QCOMPARE(sal(QStringLiteral("postcode=") + encoded(QStringLiteral("K1P 5K8"))),
                 QStringList{QStringLiteral("sal-1")});
        QCOMPARE(sal(QStringLiteral("postcode=K1P5K9")), QStringList());
        QCOMPARE(sal(QStringLiteral("postcode=K1P5K8&proximity=5000")), QStringList{QStringLiteral("sal-1")});
        // Ottawa to Toronto is about 350 km, to Sudbury about 390 km: nearest first.
        QCOMPARE(sal(QStringLiteral("postcode=K1P5K8&proximity=370000")),
                 (QStringList{QStringLiteral("sal-1"), QStringLiteral("sal-2")}));
        QCOMPARE(sal(QStringLiteral("postcode=K1P5K8&proximity=500000")),
                 (QStringList{QStringLiteral("sal-1"), QStringLiteral("sal-2"), QStringLiteral("sal-3")}));
        // From Toronto, Sudbury (about 340 km) comes before Ottawa (about 350 km).
        QCOMPARE(sal(QStringLiteral("postcode=M5V2T6&proximity=500000&per_page=1&page=2")),
                 QStringList{QStringLiteral("sal-3")});
        // A postal code no location has: the centre of its postal area's municipality.
        QCOMPARE(sal(QStringLiteral("postcode=P3A9Z9&proximity=20000")), QStringList{QStringLiteral("sal-3")});
        QCOMPARE(sal(QStringLiteral("search=shelter&postcode=M5V2T6")), QStringList{QStringLiteral("sal-2")});
        QCOMPARE(sal(QStringLiteral("taxonomy_term_id=BD-1800.2000")), QStringList{QStringLiteral("sal-1")});
        QVERIFY(
            get(base + QStringLiteral("/service_at_locations?proximity=1000"), 400).contains(QStringLiteral("error")));
        QVERIFY(get(base + QStringLiteral("/service_at_locations?postcode=K1P5K8&proximity=far"), 400)
                    .contains(QStringLiteral("error")));
        QVERIFY(get(base + QStringLiteral("/service_at_locations?postcode=K1P5K8&proximity=-5"), 400)
                    .contains(QStringLiteral("error")));
        QVERIFY(get(base + QStringLiteral("/service_at_locations?postcode=Z9Z9Z9&proximity=1000"), 400)
                    .contains(QStringLiteral("error")));
        QVERIFY(get(base + QStringLiteral("/service_at_locations?postcode=") + encoded(QStringLiteral("<script>")), 400)
                    .contains(QStringLiteral("error")));

        // One service_at_location, fully nested: its location's address, its service's phones.
        const QJsonObject full = get(base + QStringLiteral("/service_at_locations/sal-1"), 200);
        const QJsonObject location = full.value(QStringLiteral("location")).toObject();
        QCOMPARE(location.value(QStringLiteral("addresses"))
                     .toArray()
                     .first()
                     .toObject()
                     .value(QStringLiteral("postal_code"))
                     .toString(),
                 QStringLiteral("K1P 5K8"));
        QCOMPARE(full.value(QStringLiteral("schedules")).toArray().size(), 1);
        QCOMPARE(full.value(QStringLiteral("service")).toObject().value(QStringLiteral("phones")).toArray().size(), 1);
        QVERIFY(!full.value(QStringLiteral("service")).toObject().contains(QStringLiteral("service_at_locations")));
        QVERIFY(get(base + QStringLiteral("/service_at_locations/sal-9"), 404).contains(QStringLiteral("error")));
        QVERIFY(m_hub.stopServing());
    }

    void fullServicesImportIntoAWorkstation()
    {
        const QString base = m_hub.serve();
        QVERIFY(!base.isEmpty());
        const HttpResponse r = http(QStringLiteral("GET"), base + QStringLiteral("/services?full=true&per_page=10"));
        QVERIFY2(r.status == 200, describe(r).constData());
        const QJsonObject page = json(r);
        QCOMPARE(page.value(QStringLiteral("total_items")).toInt(), 3);
        const QJsonObject pantry = page.value(QStringLiteral("contents")).toArray().at(1).toObject();
        QCOMPARE(pantry.value(QStringLiteral("id")).toString(), QStringLiteral("svc-1"));
        const QJsonObject sal = pantry.value(QStringLiteral("service_at_locations")).toArray().first().toObject();
        const QJsonObject location = sal.value(QStringLiteral("location")).toObject();
        QCOMPARE(location.value(QStringLiteral("phones"))
                     .toArray()
                     .first()
                     .toObject()
                     .value(QStringLiteral("languages"))
                     .toArray()
                     .size(),
                 1);
        QCOMPARE(location.value(QStringLiteral("accessibility")).toArray().size(), 1);
        QCOMPARE(
            pantry.value(QStringLiteral("organization")).toObject().value(QStringLiteral("phones")).toArray().size(),
            1);
        QCOMPARE(pantry.value(QStringLiteral("contacts"))
                     .toArray()
                     .first()
                     .toObject()
                     .value(QStringLiteral("phones"))
                     .toArray()
                     .size(),
                 1);
        for (const char* key :
             {"phones", "schedules", "languages", "service_areas", "cost_options", "required_documents"})
            QVERIFY2(!pantry.value(QLatin1String(key)).toArray().isEmpty(), key);
        const QJsonArray attributes = pantry.value(QStringLiteral("attributes")).toArray();
        QCOMPARE(attributes.size(), 2);
        QCOMPARE(attributes.first()
                     .toObject()
                     .value(QStringLiteral("taxonomy_term"))
                     .toObject()
                     .value(QStringLiteral("name"))
                     .toString(),
                 QStringLiteral("Food Pantries"));

        // The page as it came: the workstation's import reads it whole.
        auto db = Database::open(m_hub.dir.filePath(QStringLiteral("workstation.sqlite")));
        QVERIFY2(db, qPrintable(db.error()));
        QVERIFY(importDemoTaxonomy(**db));
        auto imported = importHsdsJson(**db, r.body, QStringLiteral("hub page"));
        QVERIFY2(imported, qPrintable(imported.error()));
        QCOMPARE(imported->services(), 3);
        QCOMPARE(count(**db, QStringLiteral("phone")), 5);
        QCOMPARE(count(**db, QStringLiteral("address")), 3);
        QCOMPARE(scalar(**db, QStringLiteral("SELECT count(*) FROM attribute WHERE link_entity = 'service'")), 3);
        QVERIFY(m_hub.stopServing());
    }
};

QTEST_GUILESS_MAIN(TestHub)
#include "TestHub.moc"
