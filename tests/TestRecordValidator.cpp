// The checks a resource record passes before a form saves it: HSDS types and required fields,
// phone numbers, Canadian postal codes, hours, ages and taxonomy codes, every problem at once.
#include "TestUtil.h"
#include "import/TaxonomyImport.h"
#include "maintenance/RecordValidator.h"

#include <QTemporaryDir>

using namespace open211;
using namespace open211::test;

class TestRecordValidator : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    std::unique_ptr<Database> m_db;

    QStringList fieldsWithProblems(hsds::Table table, const QVariantMap& record)
    {
        QStringList out;
        for (const FieldProblem& p : RecordValidator(*m_db).check(table, record))
            out << p.field;
        return out;
    }

private slots:
    void initTestCase()
    {
        auto db = Database::open(m_dir.filePath(QStringLiteral("v.sqlite")));
        QVERIFY(db);
        m_db = std::move(db).value();
        QVERIFY(importDemoTaxonomy(*m_db));
    }

    void phoneNumbers()
    {
        for (const char* good : {"613-555-0100", "(416) 555 0199", "+1 705.555.0123", "1-800-555-0100", "211"})
            QVERIFY2(RecordValidator::isPhoneNumber(QString::fromLatin1(good)), good);
        for (const char* bad : {"555-0100", "613-555-010", "012-555-0100", "613-055-0100", "call us", "011", ""})
            QVERIFY2(!RecordValidator::isPhoneNumber(QString::fromLatin1(bad)), bad);
        const QVariantMap phone{{QStringLiteral("id"), QStringLiteral("p1")},
                                {QStringLiteral("number"), QStringLiteral("555-0100")}};
        const auto problems = RecordValidator(*m_db).check(hsds::Table::Phone, phone);
        QCOMPARE(problems.size(), 1);
        QCOMPARE(problems.first().field, QStringLiteral("number"));
        QVERIFY(problems.first().message.contains(QLatin1String("555-0100")));
    }

    void postalCodes()
    {
        QCOMPARE(RecordValidator::canadianPostalCode(QStringLiteral("k1p5k8")), QStringLiteral("K1P 5K8"));
        QCOMPARE(RecordValidator::canadianPostalCode(QStringLiteral(" M5V 2T6 ")), QStringLiteral("M5V 2T6"));
        QVERIFY(!RecordValidator::canadianPostalCode(QStringLiteral("D1P 5K8"))); // no D
        QVERIFY(!RecordValidator::canadianPostalCode(QStringLiteral("K1P5K")));
        QVERIFY(!RecordValidator::canadianPostalCode(QStringLiteral("12345")));
        QVariantMap address{{QStringLiteral("id"), QStringLiteral("a1")},
                            {QStringLiteral("location_id"), QStringLiteral("l1")},
                            {QStringLiteral("address_1"), QStringLiteral("1 Main St")},
                            {QStringLiteral("city"), QStringLiteral("Ottawa")},
                            {QStringLiteral("state_province"), QStringLiteral("ON")},
                            {QStringLiteral("postal_code"), QStringLiteral("K1P 5K")},
                            {QStringLiteral("country"), QStringLiteral("CA")},
                            {QStringLiteral("address_type"), QStringLiteral("physical")}};
        QCOMPARE(fieldsWithProblems(hsds::Table::Address, address), QStringList{QStringLiteral("postal_code")});
        address.insert(QStringLiteral("country"), QStringLiteral("US"));
        address.insert(QStringLiteral("postal_code"), QStringLiteral("14201"));
        QVERIFY(fieldsWithProblems(hsds::Table::Address, address).isEmpty()); // another country's own shape
    }

    void hoursThatMakeSense()
    {
        const auto schedule = [](const QVariantMap& extra) {
            QVariantMap s{{QStringLiteral("id"), QStringLiteral("s1")},
                          {QStringLiteral("service_id"), QStringLiteral("x")}};
            s.insert(extra);
            return s;
        };
        QVERIFY(fieldsWithProblems(hsds::Table::Schedule,
                                   schedule({{QStringLiteral("opens_at"), QStringLiteral("09:00")},
                                             {QStringLiteral("closes_at"), QStringLiteral("17:00")},
                                             {QStringLiteral("byday"), QStringLiteral("MO,TU,WE")}}))
                    .isEmpty());
        // Overnight (closing after midnight) and all day are real hours.
        QVERIFY(fieldsWithProblems(hsds::Table::Schedule,
                                   schedule({{QStringLiteral("opens_at"), QStringLiteral("20:00")},
                                             {QStringLiteral("closes_at"), QStringLiteral("08:00")}}))
                    .isEmpty());
        QVERIFY(fieldsWithProblems(hsds::Table::Schedule,
                                   schedule({{QStringLiteral("opens_at"), QStringLiteral("00:00")},
                                             {QStringLiteral("closes_at"), QStringLiteral("24:00")}}))
                    .isEmpty());
        QCOMPARE(fieldsWithProblems(hsds::Table::Schedule,
                                    schedule({{QStringLiteral("opens_at"), QStringLiteral("25:00")},
                                              {QStringLiteral("closes_at"), QStringLiteral("9h")}})),
                 (QStringList{QStringLiteral("opens_at"), QStringLiteral("closes_at")}));
        QCOMPARE(fieldsWithProblems(hsds::Table::Schedule,
                                    schedule({{QStringLiteral("opens_at"), QStringLiteral("09:00")},
                                              {QStringLiteral("closes_at"), QStringLiteral("09:00")}})),
                 QStringList{QStringLiteral("closes_at")});
        QCOMPARE(fieldsWithProblems(hsds::Table::Schedule,
                                    schedule({{QStringLiteral("opens_at"), QStringLiteral("09:00")}})),
                 QStringList{QStringLiteral("closes_at")});
        QCOMPARE(
            fieldsWithProblems(hsds::Table::Schedule, schedule({{QStringLiteral("byday"), QStringLiteral("MO,XX")}})),
            QStringList{QStringLiteral("byday")});
        QCOMPARE(fieldsWithProblems(hsds::Table::Schedule,
                                    schedule({{QStringLiteral("valid_from"), QStringLiteral("2026-12-01")},
                                              {QStringLiteral("valid_to"), QStringLiteral("2026-11-01")}})),
                 QStringList{QStringLiteral("valid_to")});
    }

    void requiredFieldsAgesAndEveryProblemAtOnce()
    {
        // No name, an unknown status, ages the wrong way round and a field HSDS does not have.
        const QVariantMap service{{QStringLiteral("id"), QStringLiteral("s1")},
                                  {QStringLiteral("organization_id"), QStringLiteral("o1")},
                                  {QStringLiteral("status"), QStringLiteral("maybe")},
                                  {QStringLiteral("minimum_age"), 18},
                                  {QStringLiteral("maximum_age"), 12},
                                  {QStringLiteral("colour"), QStringLiteral("blue")}};
        const QStringList fields = fieldsWithProblems(hsds::Table::Service, service);
        for (const char* f : {"name", "status", "maximum_age", "colour"})
            QVERIFY2(fields.contains(QLatin1String(f)), qPrintable(fields.join(u',')));
    }

    void taxonomyCodesThatExist()
    {
        QVariantMap attribute{{QStringLiteral("id"), QStringLiteral("t1")},
                              {QStringLiteral("link_id"), QStringLiteral("s1")},
                              {QStringLiteral("link_entity"), QStringLiteral("service")},
                              {QStringLiteral("link_type"), QStringLiteral("taxonomy")},
                              {QStringLiteral("taxonomy_term_id"), QStringLiteral("BD-1800.2000")}};
        QVERIFY(fieldsWithProblems(hsds::Table::Attribute, attribute).isEmpty());
        attribute.insert(QStringLiteral("taxonomy_term_id"), QStringLiteral("ZZ-9999"));
        QCOMPARE(fieldsWithProblems(hsds::Table::Attribute, attribute),
                 QStringList{QStringLiteral("taxonomy_term_id")});
    }
};

QTEST_GUILESS_MAIN(TestRecordValidator)
#include "TestRecordValidator.moc"
