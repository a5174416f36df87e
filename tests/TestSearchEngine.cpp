// The search engine on small hand-made data: use-reference synonyms, accent folding both ways,
// taxonomy subtrees, distance order and the radius edge, service-area coverage, opening hours past
// midnight and on closed days, age bounds, each filter alone and all together, hostile input, and
// the same order run after run.
#include "TestUtil.h"
#include "geo/Gazetteer.h"
#include "import/HsdsImport.h"
#include "import/TaxonomyImport.h"
#include "search/OpeningHours.h"
#include "search/SearchEngine.h"

#include <QElapsedTimer>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>

using namespace open211;
using namespace open211::test;

namespace {

struct Spec
{
    const char* id;
    const char* name;
    const char* nameFr;
    const char* description;
    const char* term;
    double lat, lon;
    const char* city;
    const char* postal;
    QStringList languages;
    QList<QStringList> hours; // byday, opens, closes
    double cost; // < 0: no cost option
    std::optional<double> minAge, maxAge;
    bool accessible;
    const char* area; // service area name ("" for none)
    const char* status = "active";
};

QJsonObject service(const Spec& s)
{
    const QString id = QString::fromLatin1(s.id);
    QJsonArray langs, hours, areas, costs, access;
    for (const QString& l : s.languages)
        langs.append(QJsonObject{{QStringLiteral("id"), QString(id + u'-' + l)}, {QStringLiteral("code"), l}});
    int h = 0;
    for (const QStringList& x : s.hours) {
        hours.append(QJsonObject{{QStringLiteral("id"), QString(id + QStringLiteral("-h%1").arg(h++))},
                                 {QStringLiteral("freq"), QStringLiteral("WEEKLY")},
                                 {QStringLiteral("byday"), x[0]},
                                 {QStringLiteral("opens_at"), x[1]},
                                 {QStringLiteral("closes_at"), x[2]}});
    }
    if (*s.area)
        areas.append(QJsonObject{{QStringLiteral("id"), QString(id + QStringLiteral("-area"))},
                                 {QStringLiteral("name"), QString::fromUtf8(s.area)}});
    if (s.cost >= 0)
        costs.append(QJsonObject{{QStringLiteral("id"), QString(id + QStringLiteral("-cost"))},
                                 {QStringLiteral("amount"), s.cost}});
    if (s.accessible)
        access.append(QJsonObject{{QStringLiteral("id"), QString(id + QStringLiteral("-acc"))},
                                  {QStringLiteral("description"), QStringLiteral("Ramp")}});
    QJsonObject o{
        {QStringLiteral("id"), id},
        {QStringLiteral("name"), QString::fromUtf8(s.name)},
        {QStringLiteral("name_fr"), QString::fromUtf8(s.nameFr)},
        {QStringLiteral("description"), QString::fromUtf8(s.description)},
        {QStringLiteral("status"), QString::fromLatin1(s.status)},
        {QStringLiteral("organization"),
         QJsonObject{{QStringLiteral("id"), QString(id + QStringLiteral("-org"))},
                     {QStringLiteral("name"), QString(QString::fromUtf8(s.name) + QStringLiteral(" Society"))}}},
        {QStringLiteral("languages"), langs},
        {QStringLiteral("schedules"), hours},
        {QStringLiteral("service_areas"), areas},
        {QStringLiteral("cost_options"), costs},
        {QStringLiteral("attributes"),
         QJsonArray{QJsonObject{{QStringLiteral("id"), QString(id + QStringLiteral("-t"))},
                                {QStringLiteral("taxonomy_term_id"), QString::fromLatin1(s.term)}}}},
        {QStringLiteral("service_at_locations"),
         QJsonArray{QJsonObject{
             {QStringLiteral("id"), QString(id + QStringLiteral("-sal"))},
             {QStringLiteral("location"),
              QJsonObject{{QStringLiteral("id"), QString(id + QStringLiteral("-loc"))},
                          {QStringLiteral("location_type"), QStringLiteral("physical")},
                          {QStringLiteral("latitude"), s.lat},
                          {QStringLiteral("longitude"), s.lon},
                          {QStringLiteral("accessibility"), access},
                          {QStringLiteral("addresses"),
                           QJsonArray{QJsonObject{{QStringLiteral("id"), QString(id + QStringLiteral("-addr"))},
                                                  {QStringLiteral("address_1"), QStringLiteral("1 Main Street")},
                                                  {QStringLiteral("city"), QString::fromUtf8(s.city)},
                                                  {QStringLiteral("state_province"), QStringLiteral("ON")},
                                                  {QStringLiteral("postal_code"), QString::fromLatin1(s.postal)},
                                                  {QStringLiteral("country"), QStringLiteral("CA")},
                                                  {QStringLiteral("address_type"), QStringLiteral("physical")}}}}}}}}}};
    if (s.minAge)
        o[QStringLiteral("minimum_age")] = *s.minAge;
    if (s.maxAge)
        o[QStringLiteral("maximum_age")] = *s.maxAge;
    return o;
}

const QStringList Weekdays{QStringLiteral("MO,TU,WE,TH,FR"), QStringLiteral("09:00"), QStringLiteral("17:00")};
const QStringList AllDays{QStringLiteral("MO,TU,WE,TH,FR,SA,SU")};

// Ottawa city hall, and places at known distances from it.
constexpr double OttawaLat = 45.4215, OttawaLon = -75.6972;

QDateTime toronto(int y, int m, int d, int h, int min = 0)
{
    return QDateTime(QDate(y, m, d), QTime(h, min), OpeningHours::timeZone());
}

} // namespace

class TestSearchEngine : public QObject
{
    Q_OBJECT
    QTemporaryDir m_dir;
    std::unique_ptr<Database> m_db;
    std::unique_ptr<SearchEngine> m_engine;
    QList<Spec> m_specs;

    QStringList ids(const SearchQuery& q)
    {
        auto r = m_engine->search(q);
        if (!r)
            qWarning("%s", qPrintable(r.error()));
        QStringList out;
        if (r) {
            for (const auto& x : r->results)
                out << x.serviceId;
        }
        return out;
    }
    QStringList idsFor(const QString& text)
    {
        SearchQuery q;
        q.text = text;
        q.limit = 50;
        return ids(q);
    }
    Place ottawa()
    {
        auto p = m_engine->resolvePlace(QStringLiteral("Ottawa"));
        return p ? *p : Place{};
    }

private slots:
    void initTestCase()
    {
        auto db = Database::open(m_dir.filePath(QStringLiteral("s.sqlite")));
        QVERIFY(db);
        m_db = std::move(db).value();
        QVERIFY(importTaxonomyCsv(*m_db, dataPath(QStringLiteral("taxonomy-small.csv"))));
        m_specs = {
            {"pantry",
             "Downtown Food Pantry",
             "Garde-manger du centre-ville",
             "Groceries for families.",
             "BD-1800.2000",
             OttawaLat,
             OttawaLon,
             "Ottawa",
             "K1P 5K8",
             {QStringLiteral("en"), QStringLiteral("fr")},
             {Weekdays},
             0,
             18.0,
             {},
             true,
             "Ottawa"},
            {"shelter",
             "Vanier Night Shelter",
             "Hébergement d’urgence Vanier",
             "Beds every night.",
             "BH-1800.8500",
             45.4400,
             -75.6600,
             "Ottawa",
             "K1L 1A1",
             {QStringLiteral("fr")},
             {{AllDays[0], QStringLiteral("19:00"), QStringLiteral("07:00")}},
             0,
             {},
             {},
             true,
             "Ottawa"},
            {"meals",
             "Sudbury Hot Meals",
             "Repas chauds de Sudbury",
             "Meals delivered to seniors.",
             "BD-5000.2000",
             46.4917,
             -80.9930,
             "Greater Sudbury",
             "P3A 1A1",
             {QStringLiteral("en")},
             {{QStringLiteral("MO,WE,FR"), QStringLiteral("11:00"), QStringLiteral("13:00")}},
             5,
             55.0,
             {},
             false,
             "Greater Sudbury"},
            {"dental",
             "Toronto Dental Clinic",
             "Clinique dentaire de Toronto",
             "Low-cost dental care.",
             "LD",
             43.6532,
             -79.3832,
             "Toronto",
             "M5V 1A1",
             {QStringLiteral("en")},
             {},
             40,
             {},
             {},
             false,
             "Toronto"},
            {"helpline",
             "Food Helpline",
             "Ligne d’aide alimentaire",
             "Province-wide food information line.",
             "BD-1800",
             43.6532,
             -79.3832,
             "Toronto",
             "M5V 2B2",
             {QStringLiteral("en"), QStringLiteral("fr")},
             {{AllDays[0], QStringLiteral("00:00"), QStringLiteral("24:00")}},
             0,
             {},
             {},
             true,
             "Ontario"},
            {"old",
             "Old Food Pantry",
             "Ancien garde-manger",
             "Closed for good.",
             "BD-1800.2000",
             OttawaLat,
             OttawaLon + 0.01,
             "Ottawa",
             "K1P 5K9",
             {QStringLiteral("en")},
             {Weekdays},
             0,
             {},
             {},
             true,
             "Ottawa",
             "inactive"},
            {"kanata",
             "Kanata Food Cupboard",
             "Dépannage alimentaire de Kanata",
             "Saturday groceries.",
             "BD-1800.2000",
             45.3088,
             -75.8987,
             "Ottawa",
             "K2K 1A1",
             {QStringLiteral("en")},
             {{QStringLiteral("SA"), QStringLiteral("10:00"), QStringLiteral("14:00")}},
             0,
             {},
             {},
             false,
             ""},
            {"youth",
             "Youth Shelter Kingston",
             "Refuge jeunesse Kingston",
             "Un hebergement pour les jeunes.",
             "BH-1800.8500",
             44.2312,
             -76.4860,
             "Kingston",
             "K7L 1A1",
             {QStringLiteral("en")},
             {},
             0,
             16.0,
             24.0,
             true,
             "Kingston"},
        };
        QJsonArray all;
        for (const Spec& s : std::as_const(m_specs))
            all.append(service(s));
        auto r = importHsdsJson(*m_db, QJsonDocument(all).toJson(), QStringLiteral("search.json"));
        QVERIFY2(r, qPrintable(r.error()));
        m_engine = std::make_unique<SearchEngine>(*m_db);
        m_engine->setClock([] { return toronto(2026, 11, 25, 12); }); // a Wednesday noon
    }

    void useReferenceSynonyms()
    {
        // "Food Bank" is a use reference of the food pantry term, not a word of any name.
        const QStringList r = idsFor(QStringLiteral("food bank"));
        QVERIFY2(r.contains(QStringLiteral("pantry")), qPrintable(r.join(u',')));
        QVERIFY(r.contains(QStringLiteral("kanata")));
        QVERIFY(!r.contains(QStringLiteral("dental")));
        QVERIFY(idsFor(QStringLiteral("hostels")).contains(QStringLiteral("shelter")));
        auto t = searchTaxonomy(*m_db, QStringLiteral("food bank"));
        QVERIFY(t);
        QVERIFY(!t->terms.isEmpty());
        QCOMPARE(t->terms.first().code, QStringLiteral("BD-1800.2000"));
        QCOMPARE(t->related.first().code, QStringLiteral("BH-1800.8500")); // see-also
        auto byCode = searchTaxonomy(*m_db, QStringLiteral("bd-18"));
        QVERIFY(byCode && !byCode->terms.isEmpty());
        QCOMPARE(byCode->terms.first().code, QStringLiteral("BD-1800"));
        auto fr = searchTaxonomy(*m_db, QStringLiteral("popote"));
        QVERIFY(fr && !fr->terms.isEmpty());
        QCOMPARE(fr->terms.first().code, QStringLiteral("BD-5000.2000"));
    }

    void accentFoldingBothWays()
    {
        QVERIFY(idsFor(QStringLiteral("hebergement")).contains(QStringLiteral("shelter")));
        QVERIFY(idsFor(QStringLiteral("hébergement")).contains(QStringLiteral("youth"))); // stored without accent
        QVERIFY(idsFor(QStringLiteral("HÉBERG")).contains(QStringLiteral("shelter"))); // prefix, upper case
        QVERIFY(idsFor(QStringLiteral("depannage")).contains(QStringLiteral("kanata")));
    }

    void prefixOfTheWordBeingTyped()
    {
        QStringList last;
        for (const QString& typed : {QStringLiteral("d"),
                                     QStringLiteral("de"),
                                     QStringLiteral("den"),
                                     QStringLiteral("dent"),
                                     QStringLiteral("dental")}) {
            last = idsFor(typed);
            QVERIFY2(last.contains(QStringLiteral("dental")), qPrintable(typed));
        }
        QCOMPARE(last.first(), QStringLiteral("dental"));
        // A finished word (followed by a space) is not a prefix any more.
        QVERIFY(!idsFor(QStringLiteral("den ")).contains(QStringLiteral("dental")));
    }

    void taxonomySubtree()
    {
        SearchQuery q;
        q.taxonomyCode = QStringLiteral("BD-1800");
        q.limit = 50;
        QStringList r = ids(q);
        r.sort();
        QCOMPARE(r, QStringList({QStringLiteral("helpline"), QStringLiteral("kanata"), QStringLiteral("pantry")}));
        auto resp = m_engine->search(q);
        QVERIFY(resp);
        for (const auto& x : resp->results) {
            const QString why = x.matched.join(u';');
            QVERIFY2(x.serviceId == QLatin1String("helpline")
                         ? why.contains(QLatin1String("term BD-1800"))
                         : why.contains(QLatin1String("narrower term BD-1800.2000")),
                     qPrintable(why));
        }
        q.taxonomyCode = QStringLiteral("BD-1800.2000"); // narrower: the broader term's service drops out
        r = ids(q);
        QVERIFY(!r.contains(QStringLiteral("helpline")));
        QVERIFY(r.contains(QStringLiteral("pantry")));
        q.taxonomyCode = QStringLiteral("BD");
        r = ids(q);
        QVERIFY(r.contains(QStringLiteral("meals")));
        QVERIFY(!r.contains(QStringLiteral("shelter")));
        q.filters.includeInactive = true;
        QVERIFY(ids(q).contains(QStringLiteral("old")));
    }

    void distanceOrderAndRadiusEdge()
    {
        SearchQuery q;
        q.text = QStringLiteral("food");
        q.near = ottawa();
        q.radiusKm = 30;
        auto r = m_engine->search(q);
        QVERIFY(r);
        QStringList order;
        for (const auto& x : r->results)
            order << x.serviceId;
        QVERIFY2(order.indexOf(QStringLiteral("pantry")) < order.indexOf(QStringLiteral("kanata")),
                 qPrintable(order.join(u',')));
        const double kanataKm = distanceKm(q.near->latitude, q.near->longitude, 45.3088, -75.8987);
        q.radiusKm = kanataKm + 0.05;
        QVERIFY(ids(q).contains(QStringLiteral("kanata")));
        q.radiusKm = kanataKm - 0.05;
        QVERIFY(!ids(q).contains(QStringLiteral("kanata")));
        QVERIFY(ids(q).contains(QStringLiteral("pantry")));
        QVERIFY(r->note.contains(QLatin1String("Ottawa")));
        for (const auto& x : r->results) {
            if (x.serviceId == QLatin1String("pantry")) {
                QVERIFY(x.distanceKm && *x.distanceKm < 1);
                QVERIFY(x.matched.join(u';').contains(QLatin1String("km away")));
            }
        }
    }

    void serviceAreaCoverage()
    {
        SearchQuery q;
        q.text = QStringLiteral("food");
        q.near = ottawa();
        q.radiusKm = 10;
        auto r = m_engine->search(q);
        QVERIFY(r);
        bool found = false;
        for (const auto& x : r->results) {
            if (x.serviceId == QLatin1String("helpline")) {
                found = true;
                QVERIFY(x.coveredByServiceArea);
                QVERIFY(*x.distanceKm > 300); // its office is in Toronto
                QVERIFY(x.matched.join(u';').contains(QLatin1String("serves Ontario")));
            }
            QVERIFY(x.serviceId != QLatin1String("dental"));
        }
        QVERIFY(found);
        q.text = QStringLiteral("dental");
        QVERIFY(ids(q).isEmpty()); // Toronto's clinic does not serve Ottawa
    }

    void openingHours()
    {
        OpeningHours h;
        QVERIFY(h.addSchedule(
            QStringLiteral("WEEKLY"), QStringLiteral("MO"), QStringLiteral("19:00"), QStringLiteral("07:00")));
        QVERIFY(h.isOpenAt(toronto(2026, 11, 23, 23))); // Monday 23:00
        QVERIFY(h.isOpenAt(toronto(2026, 11, 24, 6, 59))); // Tuesday morning, same span
        QVERIFY(!h.isOpenAt(toronto(2026, 11, 24, 7)));
        QVERIFY(!h.isOpenAt(toronto(2026, 11, 24, 23))); // no span starts on Tuesday
        QVERIFY(!h.isOpenAt(toronto(2026, 11, 23, 6))); // Monday morning belongs to Sunday night
        OpeningHours all;
        QVERIFY(all.addSchedule({}, AllDays[0], QStringLiteral("00:00"), QStringLiteral("24:00")));
        QVERIFY(all.isOpenAt(toronto(2026, 11, 29, 3)));
        QVERIFY(!OpeningHours().addSchedule(
            QStringLiteral("MONTHLY"), {}, QStringLiteral("9:00"), QStringLiteral("10:00")));
        QVERIFY(!OpeningHours().addSchedule({}, QStringLiteral("XX"), QStringLiteral("9:00"), QStringLiteral("10:00")));
        QVERIFY(
            !OpeningHours().addSchedule({}, QStringLiteral("MO"), QStringLiteral("25:00"), QStringLiteral("10:00")));

        SearchQuery q;
        q.text = QStringLiteral("shelter");
        q.filters.openAt = toronto(2026, 11, 25, 2); // Wednesday 02:00, in Tuesday night's span
        QVERIFY(ids(q).contains(QStringLiteral("shelter")));
        q.filters.openAt = toronto(2026, 11, 25, 12);
        QVERIFY(!ids(q).contains(QStringLiteral("shelter")));
        q.text = QStringLiteral("food cupboard");
        q.filters.openAt = toronto(2026, 11, 28, 11); // Saturday
        QVERIFY(ids(q).contains(QStringLiteral("kanata")));
        q.filters.openAt = toronto(2026, 11, 29, 11); // Sunday: closed all day
        QVERIFY(!ids(q).contains(QStringLiteral("kanata")));
        // Without the filter, results still say whether they are open now (Wednesday noon).
        q.filters.openAt.reset();
        auto r = m_engine->search(q);
        QVERIFY(r && !r->results.isEmpty());
        QCOMPARE(r->results.first().openNow, std::optional<bool>(false));
        QVERIFY(r->results.first().matched.contains(QStringLiteral("closed")));
    }

    void ageBounds()
    {
        SearchQuery q;
        q.text = QStringLiteral("pantry");
        q.filters.age = 17;
        QVERIFY(!ids(q).contains(QStringLiteral("pantry")));
        q.filters.age = 18;
        QVERIFY(ids(q).contains(QStringLiteral("pantry")));
        q.text = QStringLiteral("youth");
        q.filters.age = 24;
        QVERIFY(ids(q).contains(QStringLiteral("youth")));
        q.filters.age = 25;
        QVERIFY(!ids(q).contains(QStringLiteral("youth")));
        q.filters.age = 15;
        QVERIFY(!ids(q).contains(QStringLiteral("youth")));
    }

    void eachFilterAloneAndCombined()
    {
        SearchQuery q;
        q.near = ottawa();
        q.radiusKm = 2000;
        q.limit = 50;
        const auto with = [&](auto&& set) {
            SearchQuery c = q;
            set(c);
            QStringList r = ids(c);
            r.sort();
            return r;
        };
        QCOMPARE(with([](SearchQuery&) {}).size(), 7); // everything active
        QCOMPARE(with([](SearchQuery& c) { c.filters.language = QStringLiteral("fr"); }),
                 QStringList({QStringLiteral("helpline"), QStringLiteral("pantry"), QStringLiteral("shelter")}));
        QCOMPARE(with([](SearchQuery& c) { c.filters.freeOnly = true; }),
                 QStringList({QStringLiteral("helpline"),
                              QStringLiteral("kanata"),
                              QStringLiteral("pantry"),
                              QStringLiteral("shelter"),
                              QStringLiteral("youth")}));
        QCOMPARE(with([](SearchQuery& c) { c.filters.accessibleOnly = true; }),
                 QStringList({QStringLiteral("helpline"),
                              QStringLiteral("pantry"),
                              QStringLiteral("shelter"),
                              QStringLiteral("youth")}));
        QCOMPARE(with([](SearchQuery& c) { c.filters.age = 60; }),
                 QStringList({QStringLiteral("dental"),
                              QStringLiteral("helpline"),
                              QStringLiteral("kanata"),
                              QStringLiteral("meals"),
                              QStringLiteral("pantry"),
                              QStringLiteral("shelter")}));
        // Wednesday noon: weekday hours, Monday-Wednesday-Friday lunch and 24/7 are open.
        QCOMPARE(with([](SearchQuery& c) { c.filters.openAt = toronto(2026, 11, 25, 12); }),
                 QStringList({QStringLiteral("helpline"), QStringLiteral("meals"), QStringLiteral("pantry")}));
        QCOMPARE(with([](SearchQuery& c) { c.filters.includeInactive = true; }).size(), 8);
        QCOMPARE(with([](SearchQuery& c) {
                     c.filters.language = QStringLiteral("fr");
                     c.filters.freeOnly = true;
                     c.filters.accessibleOnly = true;
                     c.filters.age = 30;
                     c.filters.openAt = toronto(2026, 11, 25, 22);
                 }),
                 QStringList({QStringLiteral("helpline"), QStringLiteral("shelter")}));
    }

    void resolvesPlaces()
    {
        auto fr = m_engine->resolvePlace(QStringLiteral("Grand Sudbury"));
        QVERIFY(fr);
        QCOMPARE(fr->municipality, QStringLiteral("Greater Sudbury"));
        auto postal = m_engine->resolvePlace(QStringLiteral("k1p 5k8"));
        QVERIFY(postal);
        QCOMPARE(postal->municipality, QStringLiteral("Ottawa"));
        QCOMPARE(postal->kind, Place::Kind::PostalCode);
        QVERIFY(m_engine->resolvePlace(QStringLiteral("K1P")));
        auto coords = m_engine->resolvePlace(QStringLiteral("45.42, -75.70"));
        QVERIFY(coords);
        QCOMPARE(coords->municipality, QStringLiteral("Ottawa"));
        auto rural = m_engine->resolvePlace(QStringLiteral("P0V"));
        QVERIFY(rural);
        QVERIFY2(rural->measuredFrom.contains(QLatin1String("rural")), qPrintable(rural->measuredFrom));
        QVERIFY(!m_engine->resolvePlace(QStringLiteral("Atlantis")));
        QVERIFY(!m_engine->resolvePlace(QStringLiteral("H2X 1Y4"))); // Montréal
        QVERIFY(!m_engine->resolvePlace(QStringLiteral("95, 200")));
    }

    void hostileInput_data()
    {
        QTest::addColumn<QString>("text");
        QTest::newRow("quotes") << QStringLiteral("\"food\" 'bank");
        QTest::newRow("star") << QStringLiteral("*");
        QTest::newRow("near") << QStringLiteral("NEAR(food bank, 2)");
        QTest::newRow("caret") << QStringLiteral("^food");
        QTest::newRow("operators") << QStringLiteral("food AND OR NOT -bank + {name}: col:x");
        QTest::newRow("emoji") << QStringLiteral("🍞 food 🏠");
        QTest::newRow("only emoji") << QStringLiteral("🍞🏠");
        QTest::newRow("sql") << QStringLiteral("'; DROP TABLE service; --");
        QTest::newRow("10000 chars") << QString(10000, u'x');
        QTest::newRow("10000 words") << QStringLiteral("food ").repeated(2000);
        QTest::newRow("control") << QString::fromUtf8("food\x01\x02\t\n");
    }

    void hostileInput()
    {
        QFETCH(QString, text);
        SearchQuery q;
        q.text = text;
        QElapsedTimer t;
        t.start();
        auto r = m_engine->search(q);
        QVERIFY2(r, qPrintable(r.error()));
        QVERIFY(t.elapsed() < 5000); // a sanity bound, not a speed target (that lives in the benchmark)
        auto tax = searchTaxonomy(*m_db, text);
        QVERIFY2(tax, qPrintable(tax.error()));
        QCOMPARE(count(*m_db, QStringLiteral("service")), 8);
    }

    void emptyQuerySaysWhatToDo()
    {
        auto r = m_engine->search(SearchQuery{});
        QVERIFY(r);
        QCOMPARE(r->total, 0);
        QVERIFY(!r->note.isEmpty());
    }

    void sameOrderRunAfterRun()
    {
        SearchQuery q;
        q.text = QStringLiteral("food");
        q.near = ottawa();
        const QStringList first = ids(q);
        QVERIFY(first.size() >= 3);
        for (int i = 0; i < 5; ++i)
            QCOMPARE(ids(q), first);
        SearchEngine other(*m_db);
        auto r = other.search(q);
        QVERIFY(r);
        QStringList again;
        for (const auto& x : r->results)
            again << x.serviceId;
        QCOMPARE(again, first);
    }

    void paging()
    {
        SearchQuery q;
        q.near = ottawa();
        q.radiusKm = 2000;
        q.limit = 3;
        const QStringList page1 = ids(q);
        q.offset = 3;
        const QStringList page2 = ids(q);
        QCOMPARE(page1.size(), 3);
        QCOMPARE(page2.size(), 3);
        for (const QString& id : page2)
            QVERIFY(!page1.contains(id));
    }

    void indexFollowsImports()
    {
        QVERIFY(!idsFor(QStringLiteral("zebra")).contains(QStringLiteral("dental")));
        Spec dental = *std::find_if(
            m_specs.cbegin(), m_specs.cend(), [](const Spec& x) { return qstrcmp(x.id, "dental") == 0; });
        dental.description = "Low-cost dental care, zebra friendly.";
        const QJsonObject changed = service(dental);
        QVERIFY(importHsdsJson(*m_db, QJsonDocument(changed).toJson(), QStringLiteral("edit.json")));
        QVERIFY(idsFor(QStringLiteral("zebra")).contains(QStringLiteral("dental")));
    }
};

QTEST_GUILESS_MAIN(TestSearchEngine)
#include "TestSearchEngine.moc"
