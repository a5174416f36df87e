// One service's full detail from the store (every field, phones of every level, hours, languages,
// costs, documents, terms, an unknown id) and the caller summary built from it: English and French
// text, compact weekly hours (runs of days, spans past midnight, French day names and times).
#include "TestUtil.h"
#include "calls/CallerSummary.h"
#include "import/HsdsImport.h"
#include "import/TaxonomyImport.h"
#include "search/OpeningHours.h"
#include "store/ResourceStore.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTimeZone>
#include <QTranslator>

using namespace open211;
using namespace open211::test;

namespace {

QJsonObject sample()
{
    return jsonObject(QStringLiteral("service-full.json"));
}

// service-full.json plus what it lacks: a phone and notes on the service at location, a second
// (unnamed) location, eligibility, the French description, more hours.
QJsonObject richSample()
{
    QJsonObject s = sample();
    s[QStringLiteral("description_fr")] = QStringLiteral("Épicerie pour les familles dans le besoin.");
    s[QStringLiteral("maximum_age")] = 64;
    s[QStringLiteral("eligibility_description")] = QStringLiteral("Ottawa residents");
    s[QStringLiteral("application_process")] = QStringLiteral("Walk in.");
    s[QStringLiteral("wait_time")] = QStringLiteral("About a week");
    s[QStringLiteral("accreditations")] = QStringLiteral("Food Banks Canada member");
    s[QStringLiteral("url")] = QStringLiteral("https://example.org/pantry");
    s[QStringLiteral("email")] = QStringLiteral("pantry@example.org");
    QJsonArray sals = s[QStringLiteral("service_at_locations")].toArray();
    QJsonObject sal = sals[0].toObject();
    sal[QStringLiteral("phones")] = QJsonArray{QJsonObject{{QStringLiteral("id"), QStringLiteral("sal-1-ph")},
                                                           {QStringLiteral("number"), QStringLiteral("613-555-0104")},
                                                           {QStringLiteral("type"), QStringLiteral("voice")},
                                                           {QStringLiteral("description"), QStringLiteral("Intake")}}};
    QJsonArray salHours = sal[QStringLiteral("schedules")].toArray();
    QJsonObject h = salHours[0].toObject();
    h[QStringLiteral("description")] = QStringLiteral("Closed on statutory holidays");
    salHours[0] = h;
    sal[QStringLiteral("schedules")] = salHours;
    sals[0] = sal;
    sals.append(QJsonObject{
        {QStringLiteral("id"), QStringLiteral("sal-2")},
        {QStringLiteral("location"),
         QJsonObject{{QStringLiteral("id"), QStringLiteral("loc-2")},
                     {QStringLiteral("location_type"), QStringLiteral("physical")},
                     {QStringLiteral("latitude"), 45.3876},
                     {QStringLiteral("longitude"), -75.6960},
                     {QStringLiteral("addresses"),
                      QJsonArray{QJsonObject{{QStringLiteral("id"), QStringLiteral("addr-2")},
                                             {QStringLiteral("address_1"), QStringLiteral("5 Bank Street")},
                                             {QStringLiteral("city"), QStringLiteral("Ottawa")},
                                             {QStringLiteral("state_province"), QStringLiteral("ON")},
                                             {QStringLiteral("postal_code"), QStringLiteral("K1S 3T4")},
                                             {QStringLiteral("country"), QStringLiteral("CA")},
                                             {QStringLiteral("address_type"), QStringLiteral("physical")}}}}}}});
    s[QStringLiteral("service_at_locations")] = sals;
    return s;
}

QByteArray json(const QJsonObject& o)
{
    return QJsonDocument(o).toJson();
}

OpeningHours hours(const QList<QStringList>& rows)
{
    OpeningHours h;
    for (const QStringList& r : rows)
        h.addSchedule(QStringLiteral("WEEKLY"), r[0], r[1], r[2]);
    return h;
}

QDateTime toronto(int y, int m, int d, int hh, int mm)
{
    return QDateTime(QDate(y, m, d), QTime(hh, mm), OpeningHours::timeZone());
}

// Stands in for the French catalogue until the summary's strings are in open211_fr.ts: proves
// the summary asks the given translator (and only for its own context).
class MarkingTranslator : public QTranslator
{
public:
    QString translate(const char* context, const char* source, const char* = nullptr, int = -1) const override
    {
        if (qstrcmp(context, "open211::CallerSummary") != 0)
            return {};
        if (qstrcmp(source, "Call 211 any time if you need more help.") == 0)
            return QStringLiteral("Appelez le 211 en tout temps si vous avez besoin d'aide.");
        return QStringLiteral("[fr] ") + QString::fromUtf8(source);
    }
    bool isEmpty() const override { return false; }
};

} // namespace

class TestResourceDetail : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    std::unique_ptr<Database> m_db;

    ServiceDetail detail(const QString& id = QStringLiteral("svc-1"))
    {
        auto d = ResourceStore(*m_db).serviceDetail(id);
        if (!d)
            qFatal("%s", qPrintable(d.error()));
        return std::move(d).value();
    }

private slots:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        auto db = Database::open(m_dir.filePath(QStringLiteral("detail.sqlite")));
        QVERIFY2(db, qPrintable(db.error()));
        m_db = std::move(db).value();
        auto t = importTaxonomyCsv(*m_db, dataPath(QStringLiteral("taxonomy-small.csv")));
        QVERIFY2(t, qPrintable(t.error()));
        auto r = importHsdsJson(*m_db, json(richSample()), QStringLiteral("rich.json"));
        QVERIFY2(r, qPrintable(r.error()));
    }

    void serviceAndOrganizationFields()
    {
        const ServiceDetail d = detail();
        QCOMPARE(d.id, QStringLiteral("svc-1"));
        QCOMPARE(d.name, QStringLiteral("Downtown Food Pantry"));
        QCOMPARE(d.nameFr, QStringLiteral("Banque alimentaire du centre-ville"));
        QCOMPARE(d.alternateName, QStringLiteral("DFP"));
        QCOMPARE(d.description, QStringLiteral("Groceries for families in need."));
        QCOMPARE(d.descriptionFr, QStringLiteral("Épicerie pour les familles dans le besoin."));
        QCOMPARE(d.displayName(QStringLiteral("fr")), d.nameFr);
        QCOMPARE(d.displayDescription(QStringLiteral("en")), d.description);
        QCOMPARE(d.status, QStringLiteral("active"));
        QVERIFY(d.isActive());
        QCOMPARE(d.url, QStringLiteral("https://example.org/pantry"));
        QCOMPARE(d.email, QStringLiteral("pantry@example.org"));
        QCOMPARE(d.eligibilityDescription, QStringLiteral("Ottawa residents"));
        QCOMPARE(d.minimumAge, std::optional<double>(18));
        QCOMPARE(d.maximumAge, std::optional<double>(64));
        QCOMPARE(d.feesDescription, QStringLiteral("Free"));
        QCOMPARE(d.applicationProcess, QStringLiteral("Walk in."));
        QCOMPARE(d.waitTime, QStringLiteral("About a week"));
        QCOMPARE(d.accreditations, QStringLiteral("Food Banks Canada member"));
        QCOMPARE(d.lastModified, QDateTime(QDate(2026, 3, 1), QTime(12, 0), Qt::UTC));
        QVERIFY(d.version >= 1);

        QCOMPARE(d.organization.id, QStringLiteral("org-1"));
        QCOMPARE(d.organization.name, QStringLiteral("Hope Community Services"));
        QCOMPARE(d.organization.description, QStringLiteral("A community agency."));
        QCOMPARE(d.organization.phones.size(), 1);
        QCOMPARE(d.organization.phones[0].number, QStringLiteral("613-555-0100"));
        QCOMPARE(d.organization.phones[0].type, QStringLiteral("voice"));
        QCOMPARE(d.organization.phones[0].source, ResourcePhone::Source::Organization);
    }

    void costsDocumentsLanguagesAreasTerms()
    {
        const ServiceDetail d = detail();
        QCOMPARE(d.costOptions.size(), 1);
        QCOMPARE(d.costOptions[0].option, QStringLiteral("Free"));
        QCOMPARE(d.costOptions[0].amount, std::optional<double>(0));
        QCOMPARE(d.costOptions[0].currency, QStringLiteral("CAD"));
        QCOMPARE(d.requiredDocuments.size(), 1);
        QCOMPARE(d.requiredDocuments[0].document, QStringLiteral("Photo identification"));
        QCOMPARE(d.languages.size(), 2);
        QCOMPARE(d.languages[0], (ResourceLanguage{QStringLiteral("en"), QStringLiteral("English"), {}}));
        QCOMPARE(d.languages[1], (ResourceLanguage{QStringLiteral("fr"), QStringLiteral("French"), {}}));
        QCOMPARE(d.serviceAreas.size(), 1);
        QCOMPARE(d.serviceAreas[0].name, QStringLiteral("Ottawa"));
        QCOMPARE(d.serviceAreas[0].extentType, QStringLiteral("municipality"));
        QCOMPARE(d.taxonomyTerms.size(), 2);
        QCOMPARE(d.taxonomyTerms[0].code, QStringLiteral("BD-1800.2000"));
        QCOMPARE(d.taxonomyTerms[0].name, QStringLiteral("Food Pantries"));
        QCOMPARE(d.taxonomyTerms[0].nameFr, QStringLiteral("Banques alimentaires"));
        QCOMPARE(d.taxonomyTerms[1].code, QStringLiteral("BH-1800.8500"));
        QCOMPARE(d.taxonomyTerms[1].displayName(QStringLiteral("fr")), QStringLiteral("Refuges pour sans-abri"));
    }

    void locations()
    {
        const ServiceDetail d = detail();
        QCOMPARE(d.locations.size(), 2);
        // Ordered by name: the unnamed one first.
        const ServiceLocation& second = d.locations[0];
        const ServiceLocation& main = d.locations[1];
        QCOMPARE(second.id, QStringLiteral("loc-2"));
        QVERIFY(second.name.isEmpty());
        QCOMPARE(main.id, QStringLiteral("loc-1"));
        QCOMPARE(main.serviceAtLocationId, QStringLiteral("sal-1"));
        QCOMPARE(main.name, QStringLiteral("Main office"));
        QCOMPARE(main.locationType, QStringLiteral("physical"));
        QVERIFY(main.hasPoint());
        QCOMPARE(*main.latitude, 45.4215);
        QCOMPARE(*main.longitude, -75.6972);
        QCOMPARE(main.addresses.size(), 1);
        const ResourceAddress& a = *main.mainAddress();
        QCOMPARE(a.address1, QStringLiteral("100 Elgin Street"));
        QCOMPARE(a.city, QStringLiteral("Ottawa"));
        QCOMPARE(a.stateProvince, QStringLiteral("ON"));
        QCOMPARE(a.postalCode, QStringLiteral("K1P 5K8"));
        QCOMPARE(a.oneLine(), QStringLiteral("100 Elgin Street, Ottawa, ON K1P 5K8"));
        QCOMPARE(main.accessibility, QStringList{QStringLiteral("Wheelchair accessible")});
        QCOMPARE(main.languages.size(), 1);
        QCOMPARE(main.languages[0].code, QStringLiteral("en"));
        QCOMPARE(main.scheduleNotes, QStringList{QStringLiteral("Closed on statutory holidays")});
        QVERIFY(second.accessibility.isEmpty());
        QCOMPARE(second.mainAddress()->oneLine(), QStringLiteral("5 Bank Street, Ottawa, ON K1S 3T4"));

        QCOMPARE(d.location(QStringLiteral("loc-1"))->id, QStringLiteral("loc-1"));
        QCOMPARE(d.location(QStringLiteral("loc-2"))->id, QStringLiteral("loc-2"));
        QCOMPARE(d.location(QStringLiteral("nowhere"))->id, QStringLiteral("loc-2")); // the first
        QCOMPARE(d.location({})->id, QStringLiteral("loc-2"));
    }

    void phonesOfEveryLevel()
    {
        const ServiceDetail d = detail();
        // The service's own numbers: its phone and its contact's.
        QCOMPARE(d.phones.size(), 2);
        QCOMPARE(d.phones[0].number, QStringLiteral("613-555-0102"));
        QCOMPARE(d.phones[0].source, ResourcePhone::Source::Service);
        QCOMPARE(d.phones[1].number, QStringLiteral("613-555-0103"));
        QCOMPARE(d.phones[1].source, ResourcePhone::Source::Contact);
        QCOMPARE(d.phones[1].contactName, QStringLiteral("Intake worker"));

        // At a location: the service at location's, the location's, then the service's.
        const ServiceLocation& main = *d.location(QStringLiteral("loc-1"));
        QStringList numbers;
        QList<ResourcePhone::Source> sources;
        for (const ResourcePhone& p : main.phones) {
            numbers << p.number;
            sources << p.source;
        }
        QCOMPARE(numbers,
                 (QStringList{QStringLiteral("613-555-0104"),
                              QStringLiteral("613-555-0101"),
                              QStringLiteral("613-555-0102"),
                              QStringLiteral("613-555-0103")}));
        QCOMPARE(sources,
                 (QList<ResourcePhone::Source>{ResourcePhone::Source::ServiceAtLocation,
                                               ResourcePhone::Source::Location,
                                               ResourcePhone::Source::Service,
                                               ResourcePhone::Source::Contact}));
        QCOMPARE(main.phones[0].type, QStringLiteral("voice"));
        QCOMPARE(main.phones[0].description, QStringLiteral("Intake"));
        QCOMPARE(main.phones[1].extension, QStringLiteral("22"));
        QCOMPARE(main.phones[1].languages, QStringList{QStringLiteral("French")});
        QVERIFY(main.phones[0].extension.isEmpty());

        // The other location has no numbers of its own: the service's only.
        const ServiceLocation& other = *d.location(QStringLiteral("loc-2"));
        QCOMPARE(other.phones.size(), 2);
        QCOMPARE(other.phones[0].number, QStringLiteral("613-555-0102"));
    }

    void hoursOfEveryLevel()
    {
        const ServiceDetail d = detail();
        // The service's own: Fri and Sat 22:00-03:00.
        QCOMPARE(d.hours.spans().size(), 1);
        QCOMPARE(d.hours.spans()[0].dayMask, (1 << 4) | (1 << 5));
        QCOMPARE(d.hours.spans()[0].opensMinute, 22 * 60);
        QCOMPARE(d.hours.spans()[0].closesMinute, 3 * 60);

        const ServiceLocation& main = *d.location(QStringLiteral("loc-1"));
        QCOMPARE(main.hours.spans().size(), 2); // Sat 10-14 here, plus the service's
        QCOMPARE(main.locationHours.spans().size(), 1); // the building: Mon-Fri 9-17
        QCOMPARE(main.locationHours.spans()[0].dayMask, 0x1f);
        QCOMPARE(&main.effectiveHours(), &main.hours);
        // 2026-03-07 is a Saturday.
        QVERIFY(main.effectiveHours().isOpenAt(toronto(2026, 3, 7, 11, 0)));
        QVERIFY(!main.effectiveHours().isOpenAt(toronto(2026, 3, 7, 15, 0)));
        QVERIFY(main.effectiveHours().isOpenAt(toronto(2026, 3, 8, 2, 0))); // Saturday night's span
        QVERIFY(!main.effectiveHours().isOpenAt(toronto(2026, 3, 9, 10, 0))); // Monday: building only

        const ServiceLocation& other = *d.location(QStringLiteral("loc-2"));
        QCOMPARE(other.hours.spans().size(), 1); // the service's only
        QVERIFY(other.locationHours.isEmpty());
    }

    void unknownIdIsAnError()
    {
        const auto d = ResourceStore(*m_db).serviceDetail(QStringLiteral("no-such-service"));
        QVERIFY(!d.ok());
        QVERIFY(d.error().contains(QStringLiteral("no-such-service")));
    }

    void compactHours_data()
    {
        QTest::addColumn<QList<QStringList>>("rows");
        QTest::addColumn<QString>("english");
        QTest::addColumn<QString>("french");
        QTest::newRow("weekdays and saturday")
            << QList<QStringList>{{QStringLiteral("MO,TU,WE,TH,FR"), QStringLiteral("09:00"), QStringLiteral("17:00")},
                                  {QStringLiteral("SA"), QStringLiteral("10:00"), QStringLiteral("14:00")}}
            << QStringLiteral("Mon–Fri 9:00–17:00; Sat 10:00–14:00")
            << QStringLiteral("lun.–ven. 9 h 00–17 h 00; sam. 10 h 00–14 h 00");
        QTest::newRow("overnight")
            << QList<QStringList>{{QStringLiteral("FR,SA"), QStringLiteral("22:00"), QStringLiteral("06:00")}}
            << QStringLiteral("Fri, Sat 22:00–6:00") << QStringLiteral("ven., sam. 22 h 00–6 h 00");
        QTest::newRow("split days and a gap")
            << QList<QStringList>{{QStringLiteral("MO,WE"), QStringLiteral("09:00"), QStringLiteral("12:00")},
                                  {QStringLiteral("MO,WE"), QStringLiteral("13:30"), QStringLiteral("16:00")},
                                  {QStringLiteral("FR"), QStringLiteral("09:00"), QStringLiteral("12:00")}}
            << QStringLiteral("Mon, Wed 9:00–12:00, 13:30–16:00; Fri 9:00–12:00")
            << QStringLiteral("lun., mer. 9 h 00–12 h 00, 13 h 30–16 h 00; ven. 9 h 00–12 h 00");
        QTest::newRow("every day, all day")
            << QList<QStringList>{{QString(), QStringLiteral("00:00"), QStringLiteral("24:00")}}
            << QStringLiteral("Mon–Sun 0:00–24:00") << QStringLiteral("lun.–dim. 0 h 00–24 h 00");
        QTest::newRow("none") << QList<QStringList>{} << QString() << QString();
    }

    void compactHours()
    {
        QFETCH(QList<QStringList>, rows);
        QFETCH(QString, english);
        QFETCH(QString, french);
        const OpeningHours h = hours(rows);
        QCOMPARE(CallerSummary::compactHours(h, QStringLiteral("en")), english);
        QCOMPARE(CallerSummary::compactHours(h, QStringLiteral("fr")), french);
    }

    void summaryInEnglish()
    {
        const ServiceDetail d = detail();
        Referral atMain{QStringLiteral("r1"),
                        {},
                        d.id,
                        QStringLiteral("loc-1"),
                        QStringLiteral("sal-1"),
                        d.name,
                        d.organization.name,
                        QDateTime::currentDateTimeUtc()};
        Referral gone{QStringLiteral("r2"),
                      {},
                      QStringLiteral("svc-removed"),
                      {},
                      {},
                      QStringLiteral("Old Drop-in"),
                      QStringLiteral("Former Agency"),
                      QDateTime::currentDateTimeUtc()};
        const QString text = CallerSummary::text({atMain, gone}, {d}, QStringLiteral("en"), nullptr);
        const QStringList lines = text.split(u'\n');
        QCOMPARE(lines.first(), QStringLiteral("Your referrals from 211"));
        QVERIFY(lines.contains(QStringLiteral("1. Downtown Food Pantry")));
        QVERIFY(lines.contains(QStringLiteral("   Hope Community Services")));
        QVERIFY(lines.contains(QStringLiteral("   Address: 100 Elgin Street, Ottawa, ON K1P 5K8")));
        QVERIFY2(
            lines.contains(QStringLiteral("   Phone: 613-555-0104, 613-555-0101 ext. 22, 613-555-0102, 613-555-0103")),
            qPrintable(text));
        QVERIFY2(lines.contains(QStringLiteral("   Hours: Fri 22:00–3:00; Sat 10:00–14:00, 22:00–3:00")),
                 qPrintable(text));
        QVERIFY(lines.contains(QStringLiteral("   Website: https://example.org/pantry")));
        QVERIFY(lines.contains(QStringLiteral("2. Old Drop-in")));
        QVERIFY(lines.contains(QStringLiteral("   Former Agency")));
        QVERIFY(text.trimmed().endsWith(QStringLiteral("Call 211 any time if you need more help.")));

        // The referral's location picks the address.
        Referral atSecond = atMain;
        atSecond.locationId = QStringLiteral("loc-2");
        const QString second = CallerSummary::text({atSecond}, {d}, QStringLiteral("en"), nullptr);
        QVERIFY(second.contains(QStringLiteral("Address: 5 Bank Street, Ottawa, ON K1S 3T4")));
        QVERIFY(!second.contains(QStringLiteral("Elgin")));
        QVERIFY2(second.contains(QStringLiteral("Hours: Fri, Sat 22:00–3:00")), qPrintable(second));

        const QString empty = CallerSummary::text({}, {}, QStringLiteral("en"), nullptr);
        QVERIFY(empty.contains(QStringLiteral("No referrals were given on this call.")));
    }

    void summaryInFrench()
    {
        const ServiceDetail d = detail();
        const Referral r{QStringLiteral("r1"),
                         {},
                         d.id,
                         QStringLiteral("loc-1"),
                         {},
                         d.name,
                         d.organization.name,
                         QDateTime::currentDateTimeUtc()};
        // With the shipped catalogue (the summary's strings may not be in it yet): French names,
        // days and times whatever it holds.
        QTranslator shipped;
        QVERIFY(shipped.load(QStringLiteral(":/i18n/open211_fr.qm")));
        const QString text = CallerSummary::text({r}, {d}, QStringLiteral("fr"), &shipped);
        QVERIFY2(text.contains(QStringLiteral("1. Banque alimentaire du centre-ville")), qPrintable(text));
        QVERIFY2(text.contains(QStringLiteral("ven. 22 h 00–3 h 00; sam. 10 h 00–14 h 00, 22 h 00–3 h 00")),
                 qPrintable(text));
        QVERIFY(!text.contains(QStringLiteral("Downtown Food Pantry")));
        QVERIFY(text.contains(QStringLiteral("100 Elgin Street, Ottawa, ON K1P 5K8")));

        // The summary's strings come from the translator it is given, not from the application's.
        MarkingTranslator marking;
        const QString marked = CallerSummary::text({r}, {d}, QStringLiteral("fr"), &marking);
        QVERIFY2(marked.startsWith(QStringLiteral("[fr] Your referrals from 211\n")), qPrintable(marked));
        QVERIFY(marked.contains(QStringLiteral("[fr] 613-555-0101 ext. 22")));
        QVERIFY(marked.contains(QStringLiteral("   [fr] Address: 100 Elgin Street")));
        QVERIFY(marked.trimmed().endsWith(QStringLiteral("Appelez le 211 en tout temps si vous avez besoin d'aide.")));
        // English ignores the translator.
        const QString english = CallerSummary::text({r}, {d}, QStringLiteral("en"), &marking);
        QVERIFY(!english.contains(QStringLiteral("[fr]")));
        QVERIFY(english.contains(QStringLiteral("Downtown Food Pantry")));
    }

    void summaryAsHtml()
    {
        ServiceDetail d = detail();
        d.name = QStringLiteral("Food <b>&</b> Friends");
        const Referral r{QStringLiteral("r1"), {}, d.id, {}, {}, d.name, {}, {}};
        const QString html = CallerSummary::html({r}, {d}, QStringLiteral("en"), nullptr);
        QVERIFY(html.contains(QStringLiteral("<h1>Your referrals from 211</h1>")));
        QVERIFY(html.contains(QStringLiteral("<strong>Food &lt;b&gt;&amp;&lt;/b&gt; Friends</strong>")));
        QVERIFY(!html.contains(QStringLiteral("<b>&</b>")));
        QVERIFY(html.contains(QStringLiteral("Hours: Fri, Sat 22:00–3:00"))); // the first location
        QVERIFY(html.contains(QStringLiteral("Address: 5 Bank Street")));
        QVERIFY(html.contains(QStringLiteral("Call 211 any time if you need more help.")));
    }
};

QTEST_GUILESS_MAIN(TestResourceDetail)
#include "TestResourceDetail.moc"
