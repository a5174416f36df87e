// The community needs report on hand-made calls: every table counted exactly (needs by category
// and drill-down, by municipality and region, by period with the empty ones, met and unmet with
// the reasons, referrals, calls by hour and weekday in local time, languages, follow-ups); only
// ended calls of the period and the place asked for; the CSV tables with their headings; the
// open-data table with small counts suppressed and no personal data in it; bad periods refused.
#include "TestUtil.h"
#include "demo/DemoCalls.h"
#include "demo/DemoGenerator.h"
#include "import/TaxonomyImport.h"
#include "reports/ReportExport.h"
#include "security/CallerKeys.h"
#include "store/CallStore.h"
#include "store/ReportStore.h"

#include <QJsonArray>
#include <QtTest>

using namespace open211;
using namespace open211::test;

namespace {

// A call in local (Toronto) time with its needs: "code:met" ("BD-1800.2000:1", "BH-1800:0:cost").
Call makeCall(int n,
              const QDateTime& localStart,
              const QString& municipality,
              const QString& language,
              const QStringList& needs,
              const QString& state = QStringLiteral("ended"))
{
    Call c;
    c.id = QStringLiteral("call-%1").arg(n);
    c.startedAt = localStart.toUTC();
    c.endedAt = c.startedAt.addSecs(300);
    c.updatedAt = c.endedAt;
    c.specialist = QStringLiteral("ana");
    c.municipality = municipality;
    c.language = language;
    c.state = state;
    c.consentRecorded = true;
    c.callerName = QStringLiteral("Marguerite Tremblay-%1").arg(n);
    c.callerPhone = QStringLiteral("613-555-%1").arg(1000 + n);
    c.notes = QStringLiteral("Secret note %1: lives behind the arena").arg(n);
    for (int i = 0; i < needs.size(); ++i) {
        const QStringList part = needs[i].split(u':');
        CallerNeed need;
        need.id = QStringLiteral("%1-need-%2").arg(c.id).arg(i);
        need.termCode = part[0];
        need.termName = part[0];
        if (part.size() > 1 && !part[1].isEmpty())
            need.met = part[1] == QLatin1String("1");
        if (part.size() > 2)
            need.unmetReason = part[2];
        need.note = QStringLiteral("Private need note %1").arg(n);
        c.needs << need;
        if (need.met == true) {
            Referral r;
            r.id = QStringLiteral("%1-ref-%2").arg(c.id).arg(i);
            r.needId = need.id;
            r.serviceId = QStringLiteral("svc-%1").arg(part[0]);
            r.serviceName = QStringLiteral("Service for %1").arg(part[0]);
            r.organizationName = part[0].startsWith(QLatin1String("BD")) ? QStringLiteral("Food Bank")
                                                                         : QStringLiteral("Shelter Network");
            c.referrals << r;
        }
    }
    return c;
}

QDateTime toronto(int y, int m, int d, int h, int min = 0)
{
    return QDateTime(QDate(y, m, d), QTime(h, min)); // local time: TZ is America/Toronto here
}

const ReportRow* row(const QList<ReportRow>& rows, const QString& key)
{
    for (const ReportRow& r : rows) {
        if (r.key == key)
            return &r;
    }
    return nullptr;
}

} // namespace

class TestReports : public QObject
{
    Q_OBJECT
    QTemporaryDir m_dir;
    std::unique_ptr<Database> m_db;

    ReportFilter wholeSpring() const
    {
        ReportFilter f;
        f.from = QDate(2026, 3, 1);
        f.to = QDate(2026, 5, 31);
        f.granularity = ReportGranularity::Month;
        return f;
    }

private slots:
    void initTestCase()
    {
        qputenv("TZ", "America/Toronto");
        // Callers' details are sealed (CallerKeys): this test's session holds a key.
        CallerKeys::install(KeyRing::generate());
        tzset();
        QVERIFY(m_dir.isValid());
        auto db = Database::open(m_dir.filePath(QStringLiteral("r.sqlite")));
        QVERIFY(db);
        m_db = std::move(db).value();
        QVERIFY(importDemoTaxonomy(*m_db));
        QList<Call> calls{
            // Ottawa (Eastern), March: food met twice, shelter unmet (cost).
            makeCall(1,
                     toronto(2026, 3, 2, 9, 15),
                     QStringLiteral("Ottawa"),
                     QStringLiteral("en"),
                     {QStringLiteral("BD-1800.2000:1"), QStringLiteral("BH-1800:0:cost")}),
            makeCall(2,
                     toronto(2026, 3, 2, 9, 45),
                     QStringLiteral("Ottawa"),
                     QStringLiteral("fr"),
                     {QStringLiteral("BD-5000.8300:1")}),
            // Sudbury by its French name (Northeastern), April: shelter unmet twice (wait list, cost).
            makeCall(3,
                     toronto(2026, 4, 14, 22, 5),
                     QStringLiteral("Grand Sudbury"),
                     QStringLiteral("FR"),
                     {QStringLiteral("BH-1800.8500:0:wait_list"), QStringLiteral("BH-1800:0:cost")}),
            // Toronto, May, late on a Saturday: a need not yet decided, and a legal one met.
            makeCall(4,
                     toronto(2026, 5, 30, 23, 30),
                     QStringLiteral("Toronto"),
                     QStringLiteral("es"),
                     {QStringLiteral("BD-1800:"), QStringLiteral("FT:1")}),
            // Outside the period (the evening of Feb 28 local is Mar 1 in UTC), and a call still open.
            makeCall(5,
                     toronto(2026, 2, 28, 21, 0),
                     QStringLiteral("Ottawa"),
                     QStringLiteral("en"),
                     {QStringLiteral("BD-1800:1")}),
            makeCall(6,
                     toronto(2026, 4, 1, 10, 0),
                     QStringLiteral("Ottawa"),
                     QStringLiteral("en"),
                     {QStringLiteral("BD-1800:1")},
                     QStringLiteral("open")),
        };
        FollowUp due;
        due.id = QStringLiteral("fu-1");
        due.dueAt = toronto(2026, 3, 4, 9).toUTC();
        calls[0].followUp = due;
        FollowUp done = due;
        done.id = QStringLiteral("fu-2");
        done.state = QStringLiteral("done");
        done.doneAt = toronto(2026, 4, 16, 9).toUTC();
        calls[2].followUp = done;
        QVERIFY(CallStore(*m_db).saveMany(calls));
    }

    void countsEveryTable()
    {
        auto r = ReportStore(*m_db).build(wholeSpring(), QDateTime(QDate(2026, 6, 1), QTime(12, 0), Qt::UTC));
        QVERIFY2(r, qPrintable(r.error()));
        QCOMPARE(r->calls, 4);
        QCOMPARE(r->needs, 7);
        QCOMPARE(r->met, 3);
        QCOMPARE(r->unmet, 3);
        QCOMPARE(r->referrals, 3);

        // Top level: Basic Needs (6: food 3, one of them undecided, and shelter 3), Legal (1).
        QCOMPARE(r->categories.size(), 2);
        QCOMPARE(
            r->categories[0],
            (ReportRow{
                QStringLiteral("B"), QStringLiteral("Basic Needs"), QStringLiteral("Besoins essentiels"), 6, 2, 3}));
        QCOMPARE(r->categories[1].key, QStringLiteral("F"));
        QCOMPARE(r->categories[1].count, 1);

        // By place: Ottawa 3 (Eastern), Greater Sudbury 2 (Northeastern), Toronto 2.
        QCOMPARE(row(r->municipalities, QStringLiteral("Ottawa"))->count, 3);
        QCOMPARE(row(r->municipalities, QStringLiteral("Greater Sudbury"))->unmet, 2);
        QCOMPARE(row(r->regions, QStringLiteral("Eastern"))->count, 3);
        QCOMPARE(row(r->regions, QStringLiteral("Northeastern"))->count, 2);
        QCOMPARE(row(r->regions, QStringLiteral("Toronto"))->count, 2);

        // By month, the empty ones too: March 2 calls, April 1, May 1.
        QCOMPARE(r->periods.size(), 3);
        QCOMPARE(r->periods[0].key, QStringLiteral("2026-03-01"));
        QCOMPARE(r->periods[0].count, 2);
        QCOMPARE(r->periodNeeds[0].count, 3);
        QCOMPARE(r->periods[1].count, 1);
        QCOMPARE(r->periodNeeds[1].unmet, 2);
        QCOMPARE(r->periods[2].count, 1);

        QCOMPARE(row(r->unmetReasons, QStringLiteral("cost"))->count, 2);
        QCOMPARE(row(r->unmetReasons, QStringLiteral("wait_list"))->count, 1);
        QCOMPARE(row(r->organizations, QStringLiteral("Food Bank"))->count, 2);
        QCOMPARE(row(r->organizations, QStringLiteral("Shelter Network"))->count, 1);
        QCOMPARE(row(r->services, QStringLiteral("svc-FT"))->label, QStringLiteral("Service for FT"));

        // Local time: 9 h twice, 22 h and 23 h once; Monday twice, Tuesday, Saturday.
        QCOMPARE(r->callsByHour[9], 2);
        QCOMPARE(r->callsByHour[22], 1);
        QCOMPARE(r->callsByHour[23], 1);
        QCOMPARE(r->callsByWeekday[0], 2);
        QCOMPARE(r->callsByWeekday[1], 1);
        QCOMPARE(r->callsByWeekday[5], 1);
        QCOMPARE(r->callsByWeekdayHour[5][23], 1);
        // "fr" and "FR" are one language.
        QCOMPARE(row(r->languages, QStringLiteral("fr"))->count, 2);
        QCOMPARE(row(r->languages, QStringLiteral("en"))->count, 1);

        QCOMPARE(r->followUpsDue, 1);
        QCOMPARE(r->followUpsOverdue, 1);
        QCOMPARE(r->followUpsDone, 1);
    }

    void drillsDownTheTaxonomy()
    {
        ReportFilter f = wholeSpring();
        f.category = QStringLiteral("B");
        auto r = ReportStore(*m_db).build(f);
        QVERIFY(r);
        QCOMPARE(r->needs, 6); // only needs under Basic Needs count now
        QCOMPARE(row(r->categories, QStringLiteral("BD"))->count, 3);
        QCOMPARE(row(r->categories, QStringLiteral("BH"))->count, 3);
        QCOMPARE(row(r->categories, QStringLiteral("BH"))->label, QStringLiteral("Housing and Shelter"));
        f.category = QStringLiteral("BD-1800");
        r = ReportStore(*m_db).build(f);
        QVERIFY(r);
        // A need coded at the category itself counts as the category; one below it under its child.
        QCOMPARE(row(r->categories, QStringLiteral("BD-1800"))->count, 1);
        QCOMPARE(row(r->categories, QStringLiteral("BD-1800.2000"))->count, 1);
        QCOMPARE(r->categories.size(), 2);
        QCOMPARE(r->referrals, 3); // referrals stay those of the calls asked about
    }

    void filtersByPlaceAndPeriod()
    {
        ReportFilter f = wholeSpring();
        f.region = QStringLiteral("Eastern");
        auto r = ReportStore(*m_db).build(f);
        QVERIFY(r);
        QCOMPARE(r->calls, 2);
        QCOMPARE(r->needs, 3);
        f.region.clear();
        f.municipality = QStringLiteral("Sudbury"); // another name of Greater Sudbury
        r = ReportStore(*m_db).build(f);
        QCOMPARE(r->calls, 1);
        // By week, one day: the Monday of March 2.
        f = wholeSpring();
        f.from = f.to = QDate(2026, 3, 2);
        f.granularity = ReportGranularity::Week;
        r = ReportStore(*m_db).build(f);
        QCOMPARE(r->calls, 2);
        QCOMPARE(r->periods.size(), 1);
        QCOMPARE(r->periods[0].key, QStringLiteral("2026-03-02"));
        // The evening of Feb 28 (local) is in February, whatever its UTC date.
        f.from = QDate(2026, 2, 28);
        f.to = QDate(2026, 2, 28);
        r = ReportStore(*m_db).build(f);
        QCOMPARE(r->calls, 1);
        QCOMPARE(r->callsByHour[21], 1);
    }

    void placesByTheirGazetteerName()
    {
        ReportFilter f;
        f.from = QDate(2026, 4, 1);
        f.to = QDate(2026, 4, 30);
        ReportBuilder b(f, {ReportTerm{QStringLiteral("B"), {}, QStringLiteral("Basic Needs"), {}}});
        const int one = b.addCall("2026-04-10T14:00:00.000Z", "Grand Sudbury", "fr");
        const int two = b.addCall("2026-04-11T14:00:00.000Z", " Greater Sudbury", "en");
        const int elsewhere = b.addCall("2026-04-11T15:00:00.000Z", "Atlantis", "en");
        QVERIFY(one >= 0 && two >= 0 && elsewhere >= 0);
        b.addNeed(one, "B", 1, "");
        b.addNeed(two, "B", 0, "cost");
        b.addNeed(elsewhere, "B", 0, "no_service");
        const CommunityReport r = b.finish();
        QCOMPARE(r.municipalities.size(), 2);
        QCOMPARE(r.municipalities[0],
                 (ReportRow{QStringLiteral("Greater Sudbury"),
                            QStringLiteral("Greater Sudbury"),
                            QStringLiteral("Grand Sudbury"),
                            2,
                            1,
                            1}));
        QCOMPARE(r.municipalities[1].key, QStringLiteral("Atlantis")); // as given, with no region
        QCOMPARE(row(r.regions, QStringLiteral("Northeastern"))->count, 2);
        QCOMPARE(row(r.regions, QString())->count, 1);
    }

    void refusesBadPeriods()
    {
        ReportFilter f = wholeSpring();
        f.to = f.from.addDays(-1);
        QVERIFY(!ReportStore(*m_db).build(f));
        f.from = QDate();
        QVERIFY(!ReportStore(*m_db).build(f));
        f = wholeSpring();
        f.from = QDate(1900, 1, 1);
        QVERIFY(!ReportStore(*m_db).build(f));
    }

    void tablesAndCsv()
    {
        auto r = ReportStore(*m_db).build(wholeSpring());
        QVERIFY(r);
        const QList<ReportTable> tables = ReportExport::tables(*r, QStringLiteral("en"));
        QStringList names;
        for (const ReportTable& t : tables)
            names << t.name;
        QCOMPARE(names,
                 (QStringList{QStringLiteral("needs-by-category"),
                              QStringLiteral("needs-by-region"),
                              QStringLiteral("needs-by-municipality"),
                              QStringLiteral("by-period"),
                              QStringLiteral("unmet-reasons"),
                              QStringLiteral("referrals-by-organization"),
                              QStringLiteral("referrals-by-service"),
                              QStringLiteral("calls-by-hour"),
                              QStringLiteral("calls-by-weekday"),
                              QStringLiteral("caller-languages"),
                              QStringLiteral("follow-ups")}));
        const QByteArray csv = ReportExport::csv(tables.first());
        QVERIFY(csv.startsWith("\xEF\xBB\xBF"
                               "Code,Category,Needs,Met,Unmet,Unmet %\r\n"));
        QVERIFY(csv.contains("B,Basic Needs,6,2,3,50.0\r\n"));
        QCOMPARE(tables[3].rows.first().first(), QStringLiteral("2026-03"));
        QCOMPARE(tables[4].rows.first().first(), QStringLiteral("Cost"));
        // French headings and names.
        const QList<ReportTable> fr = ReportExport::tables(*r, QStringLiteral("fr"));
        QCOMPARE(fr.first().rows.first().at(1), QStringLiteral("Besoins essentiels"));
        // Quotes, commas and would-be formulas in a cell.
        const QByteArray tricky
            = ReportExport::csv(ReportTable{QStringLiteral("t"),
                                            {},
                                            {QStringLiteral("a")},
                                            {{QStringLiteral("say \"hi\", then")}, {QStringLiteral("=SUM(A1)")}}});
        QVERIFY(tricky.contains("\"say \"\"hi\"\", then\"\r\n"));
        QVERIFY(tricky.contains("'=SUM(A1)\r\n"));
    }

    void openDataSuppressesSmallCountsAndHoldsNoPersonalData()
    {
        auto r = ReportStore(*m_db).build(wholeSpring());
        QVERIFY(r);
        const ReportTable open = ReportExport::openData(*r, 2, QStringLiteral("en"));
        QCOMPARE(open.headers.join(u','),
                 QStringLiteral("period,period_start,region,category_code,category,needs,met,unmet"));
        // March, Eastern, Basic Needs: 3 needs, 2 met, 1 unmet: the unmet 1 is small, so both go.
        const auto find = [&](const QString& period, const QString& region, const QString& code) -> QStringList {
            for (const QStringList& row : open.rows) {
                if (row[1] == period && row[2] == region && row[3] == code)
                    return row;
            }
            return {};
        };
        QCOMPARE(find(QStringLiteral("2026-03-01"), QStringLiteral("Eastern"), QStringLiteral("B")),
                 (QStringList{QStringLiteral("2026-03"),
                              QStringLiteral("2026-03-01"),
                              QStringLiteral("Eastern"),
                              QStringLiteral("B"),
                              QStringLiteral("Basic Needs"),
                              QStringLiteral("3"),
                              QStringLiteral("<2"),
                              QStringLiteral("<2")}));
        // May, Toronto, Legal: one need, shown as "<2".
        QCOMPARE(find(QStringLiteral("2026-05-01"), QStringLiteral("Toronto"), QStringLiteral("F")).at(5),
                 QStringLiteral("<2"));
        // April, Northeastern, Basic Needs: 2 unmet, none met: nothing small.
        QCOMPARE(find(QStringLiteral("2026-04-01"), QStringLiteral("Northeastern"), QStringLiteral("B")).mid(5),
                 (QStringList{QStringLiteral("2"), QStringLiteral("0"), QStringLiteral("2")}));
        // Threshold 1: nothing hidden.
        QVERIFY(!ReportExport::csv(ReportExport::openData(*r, 1, QStringLiteral("en"))).contains('<'));

        // No names, phones, notes or municipalities anywhere in it, in either language.
        for (const QString& language : {QStringLiteral("en"), QStringLiteral("fr")}) {
            const QByteArray file = ReportExport::csv(ReportExport::openData(*r, 2, language));
            for (const char* personal :
                 {"Tremblay", "613-555", "Secret", "arena", "Private", "Ottawa", "Sudbury", "ana"})
                QVERIFY2(!file.contains(personal), personal);
        }
    }

    void jsonCarriesTheWholeReport()
    {
        auto r = ReportStore(*m_db).build(wholeSpring());
        const QJsonObject o = ReportExport::toJson(*r);
        QCOMPARE(o.value(QLatin1String("calls")).toInteger(), 4);
        QCOMPARE(o.value(QLatin1String("granularity")).toString(), QStringLiteral("month"));
        QCOMPARE(o.value(QLatin1String("categories"))
                     .toArray()
                     .first()
                     .toObject()
                     .value(QLatin1String("label_fr"))
                     .toString(),
                 QStringLiteral("Besoins essentiels"));
        QCOMPARE(o.value(QLatin1String("calls_by_hour")).toArray().size(), 24);
        QVERIFY(!QJsonDocument(o).toJson().contains("Tremblay"));
    }

    void demoCallsAreReproducible()
    {
        QTemporaryDir dir;
        auto one = Database::open(dir.filePath(QStringLiteral("a.sqlite")));
        auto two = Database::open(dir.filePath(QStringLiteral("b.sqlite")));
        QVERIFY(one && two);
        QVERIFY(DemoGenerator::generate(**one, DemoOptions{30, 5}));
        QVERIFY(DemoGenerator::generate(**two, DemoOptions{30, 5}));
        const DemoCallOptions o{300, 9, QDate(2026, 1, 1), QDate(2026, 6, 30)};
        QCOMPARE(*DemoCalls::generate(**one, o), 300);
        QCOMPARE(*DemoCalls::generate(**two, o), 300);
        ReportFilter f;
        f.from = o.from;
        f.to = o.to;
        auto a = ReportStore(**one).build(f);
        auto b = ReportStore(**two).build(f);
        QVERIFY(a && b);
        QCOMPARE(a->calls, 300);
        QVERIFY(a->needs >= 300 && a->met > a->unmet && !a->unmetReasons.isEmpty());
        QCOMPARE(ReportExport::toJson(*a).value(QLatin1String("categories")),
                 ReportExport::toJson(*b).value(QLatin1String("categories")));
        // Nothing waits to upload: they are history, not this workstation's calls.
        QCOMPARE(count(**one, QStringLiteral("outbox")), 0);
        QVERIFY(!DemoCalls::generate(**one, DemoCallOptions{-1}));
    }
};

QTEST_GUILESS_MAIN(TestReports)
#include "TestReports.moc"
