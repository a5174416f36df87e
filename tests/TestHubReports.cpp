// The community needs report over the province's calls, served by the hub on a real PostgreSQL
// (docs/sync-protocol.md, "Reports"): a handful of hand-made calls posted as the workstations
// post them, then GET /reports counted to the unit (categories and a drill-down, regions,
// periods, reasons, organizations, hours in local time) and GET /reports/open-data with small
// counts suppressed and no personal data; only supervisors and admins may read them, and bad
// parameters get a 400 naming the parameter. The hub runs in America/Toronto, so local hours are
// known.
#include "TestHubUtil.h"

#include <QtTest>
#include <ctime>

using namespace open211;
using namespace open211::test;

namespace {

const QByteArray SpecialistPassword = "specialist pass 1";
const QByteArray SupervisorPassword = "supervisor pass 22";
const QByteArray AdminPassword = "admin pass 333";

const QString Period = QStringLiteral("from=2026-01-01&to=2026-02-28");

QJsonObject need(const char* id, const char* code, const char* name, const QJsonValue& met, const char* reason = "")
{
    return QJsonObject{
        {QStringLiteral("id"), QLatin1String(id)},
        {QStringLiteral("taxonomy_term_id"), QLatin1String(code)},
        {QStringLiteral("term_code"), QLatin1String(code)},
        {QStringLiteral("term_name"), QLatin1String(name)},
        {QStringLiteral("met"), met},
        {QStringLiteral("unmet_reason"), *reason ? QJsonValue(QLatin1String(reason)) : QJsonValue(QJsonValue::Null)},
        {QStringLiteral("note"), QStringLiteral("Spoke of her landlord, Mr. Tremblay.")}};
}

QJsonObject referral(const char* id, const char* service, const char* serviceName, const char* organization)
{
    return QJsonObject{{QStringLiteral("id"), QLatin1String(id)},
                       {QStringLiteral("service_id"), QLatin1String(service)},
                       {QStringLiteral("service_name"), QLatin1String(serviceName)},
                       {QStringLiteral("organization_name"), QLatin1String(organization)}};
}

QJsonObject followUp(const QString& callId, const char* dueAt, const char* state)
{
    return QJsonObject{{QStringLiteral("id"), QString(callId + QStringLiteral("-follow-up"))},
                       {QStringLiteral("due_at"), QLatin1String(dueAt)},
                       {QStringLiteral("consent"), true},
                       {QStringLiteral("state"), QLatin1String(state)}};
}

// A call as a workstation sends it, with a caller who consented to leave a name and phone.
QJsonObject call(const char* id,
                 const char* startedAt,
                 const char* municipality,
                 const char* language,
                 const QJsonArray& needs,
                 const QJsonArray& referrals = {},
                 const QJsonObject& followUp = {})
{
    QJsonObject o{{QStringLiteral("id"), QLatin1String(id)},
                  {QStringLiteral("started_at"), QLatin1String(startedAt)},
                  {QStringLiteral("specialist"), QStringLiteral("Sam Specialist")},
                  {QStringLiteral("contact_type"), QStringLiteral("phone")},
                  {QStringLiteral("municipality"), QLatin1String(municipality)},
                  {QStringLiteral("language"), QLatin1String(language)},
                  {QStringLiteral("consent_recorded"), true},
                  {QStringLiteral("caller_name"), QStringLiteral("Jane Doe-%1").arg(QLatin1String(id))},
                  {QStringLiteral("caller_phone"), QStringLiteral("613-555-0199")},
                  {QStringLiteral("notes"), QStringLiteral("Lives at 12 Elm Crescent; her fridge broke.")},
                  {QStringLiteral("needs"), needs},
                  {QStringLiteral("referrals"), referrals}};
    if (!followUp.isEmpty())
        o.insert(QStringLiteral("follow_up"), followUp);
    return o;
}

// Report rows as "key|count|met|unmet", in order.
QStringList rows(const QJsonObject& report, const char* table)
{
    QStringList out;
    for (const QJsonValue& v : report.value(QLatin1String(table)).toArray()) {
        const QJsonObject o = v.toObject();
        out << QStringLiteral("%1|%2|%3|%4")
                   .arg(o.value(QStringLiteral("key")).toString())
                   .arg(o.value(QStringLiteral("count")).toInteger())
                   .arg(o.value(QStringLiteral("met")).toInteger())
                   .arg(o.value(QStringLiteral("unmet")).toInteger());
    }
    return out;
}

QList<qint64> numbers(const QJsonArray& a)
{
    QList<qint64> out;
    for (const QJsonValue& v : a)
        out << v.toInteger();
    return out;
}

} // namespace

class TestHubReports : public QObject
{
    Q_OBJECT

    HubFixture m_hub;
    QString m_base;
    QString m_specialist;
    QString m_supervisor;
    QString m_admin;

    QString signIn(const QString& user, const QByteArray& password)
    {
        return json(http(QStringLiteral("POST"),
                         m_base + QStringLiteral("/auth/token"),
                         compact({{QStringLiteral("username"), user},
                                  {QStringLiteral("password"), QString::fromUtf8(password)}})))
            .value(QStringLiteral("token"))
            .toString();
    }

    HttpResponse get(const QString& pathAndQuery, const QString& token)
    {
        QList<QPair<QByteArray, QByteArray>> headers;
        if (!token.isEmpty())
            headers.append({"Authorization", "Bearer " + token.toLatin1()});
        return http(QStringLiteral("GET"), m_base + pathAndQuery, {}, headers);
    }

    // GET /reports as the supervisor; an empty object (and a failure) when it is not a 200.
    QJsonObject reportFor(const QString& query)
    {
        const HttpResponse r = get(QStringLiteral("/reports?") + query, m_supervisor);
        if (r.status != 200) {
            qWarning("GET /reports?%s: %s", qPrintable(query), describe(r).constData());
            return {};
        }
        return json(r);
    }

    // The open-data CSV's lines after its byte-order mark, as the supervisor gets them.
    QStringList openData(const QString& query)
    {
        const HttpResponse r = get(QStringLiteral("/reports/open-data?") + query, m_supervisor);
        if (r.status != 200 || !r.body.startsWith("\xEF\xBB\xBF") || !r.body.endsWith("\r\n")) {
            qWarning("GET /reports/open-data?%s: %s", qPrintable(query), describe(r).constData());
            return {};
        }
        QStringList lines = QString::fromUtf8(r.body.mid(3)).split(QStringLiteral("\r\n"));
        lines.removeLast(); // after the last CRLF
        return lines;
    }

private slots:
    void initTestCase()
    {
        // Local hours and dates are the hub's: Toronto's, for this process and the hub it starts.
        qputenv("TZ", "America/Toronto");
        ::tzset();
        const QString error = m_hub.startCluster();
        QVERIFY2(error.isEmpty(), qPrintable(error));
        QCOMPARE(m_hub.run({QStringLiteral("load-taxonomy")}), 0);
        QVERIFY(m_hub.addUser(QStringLiteral("sam"), QStringLiteral("specialist"), SpecialistPassword));
        QVERIFY(m_hub.addUser(QStringLiteral("sue"), QStringLiteral("supervisor"), SupervisorPassword));
        QVERIFY(m_hub.addUser(QStringLiteral("ada"), QStringLiteral("admin"), AdminPassword));
        m_base = m_hub.serve();
        QVERIFY(!m_base.isEmpty());
        m_specialist = signIn(QStringLiteral("sam"), SpecialistPassword);
        m_supervisor = signIn(QStringLiteral("sue"), SupervisorPassword);
        m_admin = signIn(QStringLiteral("ada"), AdminPassword);
        QVERIFY(!m_specialist.isEmpty() && !m_supervisor.isEmpty() && !m_admin.isEmpty());

        // Toronto is UTC-5 in January and February. Ottawa is in the Eastern region, Greater
        // Sudbury in the Northeastern one.
        const QJsonArray calls{
            // Saturday 10 January, 09:15.
            call("c1",
                 "2026-01-10T14:15:00Z",
                 "Ottawa",
                 "en",
                 {need("n1", "BD-1800.2000", "Food Pantries", true),
                  need("n2", "BH-1800.8500", "Homeless Shelters", false, "wait_list")},
                 {referral("r1", "svc-1", "Downtown Food Pantry", "Hope Community Services")}),
            // Tuesday 20 January, 10:40.
            call("c2",
                 "2026-01-20T15:40:00Z",
                 "Ottawa",
                 "fr",
                 {need("n1", "BD-5000.8300", "Soup Kitchens", true),
                  need("n2", "BH-1800.1500", "Domestic Violence Shelters", false, "wait_list")},
                 {referral("r1", "svc-1", "Downtown Food Pantry", "Hope Community Services"),
                  referral("r2", "svc-2", "Riverside Shelter", "Harbour Relief")},
                 followUp(QStringLiteral("c2"), "2026-01-22T15:00:00Z", "cancelled")),
            // 1 February in UTC, but Saturday 31 January at 22:30 in Toronto: January's.
            call("c3",
                 "2026-02-01T03:30:00Z",
                 "Greater Sudbury",
                 "FR",
                 {need("n1", "BH-3800.7000", "Rent Payment Assistance", false, "not_eligible"),
                  need("n2", "LD-1500", "Low-Cost Dental Clinics", QJsonValue::Null)},
                 {referral("r1", "svc-2", "Riverside Shelter", "Harbour Relief")},
                 followUp(QStringLiteral("c3"), "2026-02-03T15:00:00Z", "due")),
            // Thursday 12 February, 14:05.
            call("c4",
                 "2026-02-12T19:05:00Z",
                 "Greater Sudbury",
                 "en",
                 {need("n1", "BD-1800.2000", "Food Pantries", false, "wait_list"),
                  need("n2", "BH-1800.8500", "Homeless Shelters", true)},
                 {referral("r1", "svc-2", "Riverside Shelter", "Harbour Relief")}),
            // Friday 20 February, 09:50.
            call("c5",
                 "2026-02-20T14:50:00Z",
                 "Ottawa",
                 "en",
                 {need("n1", "BD-1800.1900", "Grocery Gift Cards and Food Vouchers", true)},
                 {},
                 followUp(QStringLiteral("c5"), "2026-02-21T15:00:00Z", "done")),
            // Outside the period: 1 January in UTC is still 31 December in Toronto; and March.
            call("c6",
                 "2026-01-01T04:30:00Z",
                 "Ottawa",
                 "en",
                 {need("n1", "BD-1800.2000", "Food Pantries", true)},
                 {referral("r1", "svc-3", "Clinique juridique Évangéline", "Aide juridique du Nord")},
                 followUp(QStringLiteral("c6"), "2026-01-02T15:00:00Z", "due")),
            call("c7",
                 "2026-03-05T15:00:00Z",
                 "Greater Sudbury",
                 "en",
                 {need("n1", "BD-1800.2000", "Food Pantries", false, "cost")},
                 {referral("r1", "svc-3", "Clinique juridique Évangéline", "Aide juridique du Nord")},
                 followUp(QStringLiteral("c7"), "2026-03-06T15:00:00Z", "due")),
        };
        for (const QJsonValue& c : calls) {
            const QString id = c.toObject().value(QStringLiteral("id")).toString();
            const HttpResponse r = http(
                QStringLiteral("POST"),
                m_base + QStringLiteral("/calls"),
                compact(c.toObject()),
                {{"Authorization", "Bearer " + m_specialist.toLatin1()}, {"Idempotency-Key", "call:" + id.toLatin1()}});
            QVERIFY2(r.status == 201, describe(r).constData());
        }
        // The hub kept the consenting callers' names: the reports must still leave them out.
        const QJsonObject stored = json(get(QStringLiteral("/calls/c1"), m_supervisor));
        QCOMPARE(stored.value(QStringLiteral("caller_name")).toString(), QStringLiteral("Jane Doe-c1"));
    }

    void cleanupTestCase()
    {
        QVERIFY(m_hub.stopServing());
        m_hub.pg.reset();
    }

    void countsTheWholePeriod()
    {
        const HttpResponse r = get(QStringLiteral("/reports?") + Period, m_supervisor);
        QVERIFY2(r.status == 200, describe(r).constData());
        QVERIFY(r.header("Content-Type").startsWith("application/json"));
        const QJsonObject report = json(r);
        QCOMPARE(report.value(QStringLiteral("from")).toString(), QStringLiteral("2026-01-01"));
        QCOMPARE(report.value(QStringLiteral("to")).toString(), QStringLiteral("2026-02-28"));
        QCOMPARE(report.value(QStringLiteral("granularity")).toString(), QStringLiteral("month"));
        QCOMPARE(report.value(QStringLiteral("time_zone")).toString(), QStringLiteral("America/Toronto"));
        QVERIFY(QDateTime::fromString(report.value(QStringLiteral("generated_at")).toString(), Qt::ISODateWithMs)
                    .isValid());

        QCOMPARE(report.value(QStringLiteral("calls")).toInteger(), 5);
        QCOMPARE(report.value(QStringLiteral("needs")).toInteger(), 9);
        QCOMPARE(report.value(QStringLiteral("met")).toInteger(), 4);
        QCOMPARE(report.value(QStringLiteral("unmet")).toInteger(), 4); // the dental need was not said
        QCOMPARE(report.value(QStringLiteral("referrals")).toInteger(), 5);

        // Top-level categories, with their names in both languages.
        QCOMPARE(rows(report, "categories"), (QStringList{QStringLiteral("B|8|4|4"), QStringLiteral("L|1|0|0")}));
        const QJsonObject basic = report.value(QStringLiteral("categories")).toArray()[0].toObject();
        QCOMPARE(basic.value(QStringLiteral("label")).toString(), QStringLiteral("Basic Needs"));
        QCOMPARE(basic.value(QStringLiteral("label_fr")).toString(), QStringLiteral("Besoins essentiels"));

        QCOMPARE(rows(report, "regions"),
                 (QStringList{QStringLiteral("Eastern|5|3|2"), QStringLiteral("Northeastern|4|1|2")}));
        QCOMPARE(rows(report, "municipalities"),
                 (QStringList{QStringLiteral("Ottawa|5|3|2"), QStringLiteral("Greater Sudbury|4|1|2")}));
        // Calls by month (met and unmet needs beside them), then needs by month.
        QCOMPARE(rows(report, "periods"),
                 (QStringList{QStringLiteral("2026-01-01|3|2|3"), QStringLiteral("2026-02-01|2|2|1")}));
        QCOMPARE(rows(report, "period_needs"),
                 (QStringList{QStringLiteral("2026-01-01|6|2|3"), QStringLiteral("2026-02-01|3|2|1")}));
        QCOMPARE(rows(report, "unmet_reasons"),
                 (QStringList{QStringLiteral("wait_list|3|0|3"), QStringLiteral("not_eligible|1|0|1")}));
        QCOMPARE(
            rows(report, "organizations"),
            (QStringList{QStringLiteral("Harbour Relief|3|0|0"), QStringLiteral("Hope Community Services|2|0|0")}));
        QCOMPARE(rows(report, "services"), (QStringList{QStringLiteral("svc-2|3|0|0"), QStringLiteral("svc-1|2|0|0")}));
        QCOMPARE(rows(report, "languages"), (QStringList{QStringLiteral("en|3|0|0"), QStringLiteral("fr|2|0|0")}));

        // Local hours: 09:15 and 09:50, 10:40, 14:05, 22:30.
        QList<qint64> hours(24, 0);
        hours[9] = 2;
        hours[10] = 1;
        hours[14] = 1;
        hours[22] = 1;
        QCOMPARE(numbers(report.value(QStringLiteral("calls_by_hour")).toArray()), hours);
        // Monday first: Tuesday, Thursday, Friday, and two Saturdays.
        QCOMPARE(numbers(report.value(QStringLiteral("calls_by_weekday")).toArray()),
                 (QList<qint64>{0, 1, 0, 1, 1, 2, 0}));

        const QJsonObject followUps = report.value(QStringLiteral("follow_ups")).toObject();
        QCOMPARE(followUps.value(QStringLiteral("due")).toInteger(), 1);
        const bool overdue = QDateTime::currentDateTimeUtc() > QDateTime(QDate(2026, 2, 3), QTime(15, 0), Qt::UTC);
        QCOMPARE(followUps.value(QStringLiteral("overdue")).toInteger(), overdue ? 1 : 0);
        QCOMPARE(followUps.value(QStringLiteral("done")).toInteger(), 1);
        QCOMPARE(followUps.value(QStringLiteral("cancelled")).toInteger(), 1);

        // No caller's name, phone or notes, nor the needs' notes.
        for (const char* personal : {"Jane", "613-555", "Elm Crescent", "Tremblay"})
            QVERIFY2(!r.body.contains(personal), personal);

        // An admin reads it too, the same.
        const HttpResponse admin = get(QStringLiteral("/reports?") + Period, m_admin);
        QCOMPARE(admin.status, 200);
        QCOMPARE(json(admin).value(QStringLiteral("needs")).toInteger(), 9);
    }

    void drillsDown()
    {
        // Under Basic Needs: food and housing, the dental need left out.
        QJsonObject report = reportFor(Period + QStringLiteral("&category=B"));
        QCOMPARE(report.value(QStringLiteral("category")).toString(), QStringLiteral("B"));
        QCOMPARE(report.value(QStringLiteral("calls")).toInteger(), 5);
        QCOMPARE(report.value(QStringLiteral("needs")).toInteger(), 8);
        QCOMPARE(report.value(QStringLiteral("met")).toInteger(), 4);
        QCOMPARE(report.value(QStringLiteral("unmet")).toInteger(), 4);
        QCOMPARE(rows(report, "categories"), (QStringList{QStringLiteral("BD|4|3|1"), QStringLiteral("BH|4|1|3")}));
        QCOMPARE(report.value(QStringLiteral("categories"))
                     .toArray()[1]
                     .toObject()
                     .value(QStringLiteral("label"))
                     .toString(),
                 QStringLiteral("Housing and Shelter"));

        // One level further: shelters and help with the rent.
        report = reportFor(Period + QStringLiteral("&category=BH"));
        QCOMPARE(report.value(QStringLiteral("needs")).toInteger(), 4);
        QCOMPARE(rows(report, "categories"),
                 (QStringList{QStringLiteral("BH-1800|3|1|2"), QStringLiteral("BH-3800|1|0|1")}));
        QCOMPARE(rows(report, "regions"),
                 (QStringList{QStringLiteral("Eastern|2|0|2"), QStringLiteral("Northeastern|2|1|1")}));
        QCOMPARE(rows(report, "unmet_reasons"),
                 (QStringList{QStringLiteral("wait_list|2|0|2"), QStringLiteral("not_eligible|1|0|1")}));
    }

    void narrowsByPlaceAndTime()
    {
        QJsonObject report = reportFor(Period + QStringLiteral("&region=Northeastern"));
        QCOMPARE(report.value(QStringLiteral("calls")).toInteger(), 2);
        QCOMPARE(report.value(QStringLiteral("needs")).toInteger(), 4);
        QCOMPARE(rows(report, "regions"), QStringList{QStringLiteral("Northeastern|4|1|2")});

        report = reportFor(Period + QStringLiteral("&region=eastern&municipality=Ottawa"));
        QCOMPARE(report.value(QStringLiteral("region")).toString(), QStringLiteral("Eastern"));
        QCOMPARE(report.value(QStringLiteral("calls")).toInteger(), 3);
        QCOMPARE(rows(report, "municipalities"), QStringList{QStringLiteral("Ottawa|5|3|2")});

        // The French name of a place finds it too.
        report = reportFor(Period + QStringLiteral("&municipality=") + encoded(QStringLiteral("Grand Sudbury")));
        QCOMPARE(report.value(QStringLiteral("calls")).toInteger(), 2);

        // A day of local time: the call made on 1 February in UTC is 31 January's, at 22:00.
        report = reportFor(QStringLiteral("from=2026-01-31&to=2026-01-31&granularity=day"));
        QCOMPARE(report.value(QStringLiteral("calls")).toInteger(), 1);
        QCOMPARE(rows(report, "periods"), QStringList{QStringLiteral("2026-01-31|1|0|1")});
        QCOMPARE(numbers(report.value(QStringLiteral("calls_by_hour")).toArray()).value(22), 1);
        QCOMPARE(report.value(QStringLiteral("follow_ups")).toObject().value(QStringLiteral("due")).toInteger(), 1);
        report = reportFor(QStringLiteral("from=2026-02-01&to=2026-02-01&granularity=day"));
        QCOMPARE(report.value(QStringLiteral("calls")).toInteger(), 0);
        // 31 December, local time, whatever the date in UTC.
        report = reportFor(QStringLiteral("from=2025-12-31&to=2025-12-31"));
        QCOMPARE(report.value(QStringLiteral("calls")).toInteger(), 1);
        QCOMPARE(rows(report, "organizations"), QStringList{QStringLiteral("Aide juridique du Nord|1|0|0")});

        // Weeks begin on Mondays: 1 January 2026 is a Thursday.
        report = reportFor(Period + QStringLiteral("&granularity=week"));
        const QJsonArray weeks = report.value(QStringLiteral("periods")).toArray();
        QCOMPARE(weeks.size(), 9);
        QCOMPARE(weeks.first().toObject().value(QStringLiteral("key")).toString(), QStringLiteral("2025-12-29"));
        QCOMPARE(rows(report, "periods").filter(QStringLiteral("2026-01-26|")),
                 QStringList{QStringLiteral("2026-01-26|1|0|1")});

        // Nothing in a period without calls; the empty months are listed all the same.
        report = reportFor(QStringLiteral("from=2027-01-01&to=2027-03-31"));
        QCOMPARE(report.value(QStringLiteral("calls")).toInteger(), 0);
        QCOMPARE(report.value(QStringLiteral("periods")).toArray().size(), 3);
    }

    void onlySupervisorsAndAdmins()
    {
        for (const QString& path : {QStringLiteral("/reports?"), QStringLiteral("/reports/open-data?")}) {
            const HttpResponse specialist = get(path + Period, m_specialist);
            QCOMPARE(specialist.status, 403);
            QVERIFY(json(specialist).value(QStringLiteral("error")).toString().contains(QStringLiteral("supervisor")));
            const HttpResponse anonymous = get(path + Period, {});
            QCOMPARE(anonymous.status, 401);
            QVERIFY(!anonymous.header("WWW-Authenticate").isEmpty());
            QCOMPARE(get(path + Period, QStringLiteral("not-a-token")).status, 401);
            QCOMPARE(get(path + Period, m_admin).status, 200);
        }
    }

    void refusesBadParameters_data()
    {
        QTest::addColumn<QString>("path");
        QTest::addColumn<QString>("query");
        QTest::addColumn<QString>("parameter");
        const QString reports = QStringLiteral("/reports"), csv = QStringLiteral("/reports/open-data");
        QTest::newRow("no from") << reports << QStringLiteral("to=2026-02-28") << QStringLiteral("from");
        QTest::newRow("no to") << reports << QStringLiteral("from=2026-01-01") << QStringLiteral("to");
        QTest::newRow("nothing") << csv << QString() << QStringLiteral("from");
        QTest::newRow("not a date") << reports << QStringLiteral("from=2026-13-01&to=2026-12-31")
                                    << QStringLiteral("from");
        QTest::newRow("short date") << reports << QStringLiteral("from=2026-1-1&to=2026-12-31")
                                    << QStringLiteral("from");
        QTest::newRow("date and time") << reports << QStringLiteral("from=2026-01-01&to=2026-02-28T10:00:00")
                                       << QStringLiteral("to");
        QTest::newRow("backwards") << reports << QStringLiteral("from=2026-02-01&to=2026-01-31")
                                   << QStringLiteral("to");
        QTest::newRow("too long") << csv << QStringLiteral("from=2000-01-01&to=2020-01-02") << QStringLiteral("to");
        QTest::newRow("granularity") << reports << Period + QStringLiteral("&granularity=year")
                                     << QStringLiteral("granularity");
        QTest::newRow("region") << reports << Period + QStringLiteral("&region=Atlantis") << QStringLiteral("region");
        QTest::newRow("category") << reports << Period + QStringLiteral("&category=ZZ-9999")
                                  << QStringLiteral("category");
        QTest::newRow("threshold 0") << csv << Period + QStringLiteral("&threshold=0") << QStringLiteral("threshold");
        QTest::newRow("threshold 1001") << csv << Period + QStringLiteral("&threshold=1001")
                                        << QStringLiteral("threshold");
        QTest::newRow("threshold text") << csv << Period + QStringLiteral("&threshold=ten")
                                        << QStringLiteral("threshold");
        QTest::newRow("language") << csv << Period + QStringLiteral("&language=de") << QStringLiteral("language");
    }

    void refusesBadParameters()
    {
        QFETCH(QString, path);
        QFETCH(QString, query);
        QFETCH(QString, parameter);
        const HttpResponse r = get(path + QStringLiteral("?") + query, m_supervisor);
        QVERIFY2(r.status == 400, describe(r).constData());
        QVERIFY(r.header("Content-Type").startsWith("application/json")); // the CSV's errors too
        const QString message = json(r).value(QStringLiteral("error")).toString();
        QVERIFY2(message.contains(QStringLiteral("\"%1\"").arg(parameter)), qPrintable(message));
    }

    void acceptsTheLongestPeriod()
    {
        // Twenty years to the day, by the day.
        const QJsonObject twenty = reportFor(QStringLiteral("from=2006-01-01&to=2026-01-01&granularity=day"));
        QCOMPARE(twenty.value(QStringLiteral("periods")).toArray().size(), 7306);
        QCOMPARE(twenty.value(QStringLiteral("calls")).toInteger(), 1); // 31 December's
    }

    void publishesOpenData()
    {
        const HttpResponse r
            = get(QStringLiteral("/reports/open-data?") + Period + QStringLiteral("&threshold=2"), m_supervisor);
        QVERIFY2(r.status == 200, describe(r).constData());
        QCOMPARE(r.header("Content-Type"), QByteArrayLiteral("text/csv; charset=utf-8"));
        QCOMPARE(r.header("Content-Disposition"),
                 QByteArrayLiteral("attachment; filename=\"open-data-needs-2026-01-01-to-2026-02-28.csv\""));
        QVERIFY(r.body.startsWith("\xEF\xBB\xBF"));

        // A count below 2 shows as "<2"; when met or unmet is, the pair goes (either tells the other).
        QCOMPARE(openData(Period + QStringLiteral("&threshold=2")),
                 (QStringList{QStringLiteral("period,period_start,region,category_code,category,needs,met,unmet"),
                              QStringLiteral("2026-01,2026-01-01,Eastern,B,Basic Needs,4,2,2"),
                              QStringLiteral("2026-01,2026-01-01,Northeastern,B,Basic Needs,<2,<2,<2"),
                              QStringLiteral("2026-01,2026-01-01,Northeastern,L,Health Care,<2,<2,<2"),
                              QStringLiteral("2026-02,2026-02-01,Eastern,B,Basic Needs,<2,<2,<2"),
                              QStringLiteral("2026-02,2026-02-01,Northeastern,B,Basic Needs,2,<2,<2")}));

        // Ten by default: every count here is below it.
        const QStringList hidden = openData(Period);
        QCOMPARE(hidden.size(), 6);
        QCOMPARE(hidden[1], QStringLiteral("2026-01,2026-01-01,Eastern,B,Basic Needs,<10,<10,<10"));

        // In French: the categories' French names.
        QCOMPARE(openData(Period + QStringLiteral("&threshold=2&language=fr")),
                 (QStringList{QStringLiteral("period,period_start,region,category_code,category,needs,met,unmet"),
                              QStringLiteral("2026-01,2026-01-01,Eastern,B,Besoins essentiels,4,2,2"),
                              QStringLiteral("2026-01,2026-01-01,Northeastern,B,Besoins essentiels,<2,<2,<2"),
                              QStringLiteral("2026-01,2026-01-01,Northeastern,L,Soins de santé,<2,<2,<2"),
                              QStringLiteral("2026-02,2026-02-01,Eastern,B,Besoins essentiels,<2,<2,<2"),
                              QStringLiteral("2026-02,2026-02-01,Northeastern,B,Besoins essentiels,2,<2,<2")}));
        // Drilled down and narrowed to a region, as /reports is.
        const QStringList food = openData(Period + QStringLiteral("&category=BD&region=Northeastern&threshold=1"));
        QCOMPARE(food.size(), 2);
        QVERIFY2(food[1].startsWith(QStringLiteral("2026-02,2026-02-01,Northeastern,BD-1800,Emergency Food,1,")),
                 qPrintable(food[1]));

        // Counts only: no names, phones, notes, places or services.
        for (const char* personal :
             {"Jane", "613-555", "Elm Crescent", "Tremblay", "Ottawa", "Sudbury", "svc-", "Harbour", "Sam"})
            QVERIFY2(!r.body.contains(personal), personal);
    }
};

QTEST_GUILESS_MAIN(TestHubReports)
#include "TestHubReports.moc"
