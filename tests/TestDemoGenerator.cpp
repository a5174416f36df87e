// The demo generator: deterministic for a seed, realistic in what it makes (bilingual names,
// Ontario places and postal codes, evening, weekend and overnight hours, languages, ages, fees,
// service areas, 1-4 taxonomy terms per service).
#include "TestUtil.h"
#include "demo/DemoGenerator.h"
#include "geo/Gazetteer.h"

#include <QTemporaryDir>

using namespace open211;
using namespace open211::test;

class TestDemoGenerator : public QObject
{
    Q_OBJECT
    QTemporaryDir m_dir;
    std::unique_ptr<Database> m_db;

    std::unique_ptr<Database> generate(const QString& name, int services, quint64 seed)
    {
        auto db = Database::open(m_dir.filePath(name));
        if (!db)
            qFatal("%s", qPrintable(db.error()));
        auto r = DemoGenerator::generate(**db, DemoOptions{services, seed});
        if (!r)
            qFatal("%s", qPrintable(r.error()));
        return std::move(db).value();
    }

    qint64 scalar(const QString& sql)
    {
        Statement s(*m_db, sql);
        return s.next() ? s.integer(0) : -1;
    }

private slots:
    void initTestCase() { m_db = generate(QStringLiteral("main.sqlite"), 1000, 211); }

    void sameSeedSameData()
    {
        auto again = generate(QStringLiteral("again.sqlite"), 1000, 211);
        for (const QString& t : resourceTables())
            QVERIFY2(tableRows(*m_db, t) == tableRows(*again, t), qPrintable(t));
        auto other = generate(QStringLiteral("other.sqlite"), 1000, 212);
        QVERIFY(tableRows(*m_db, QStringLiteral("service")) != tableRows(*other, QStringLiteral("service")));
    }

    void makesWhatWasAskedFor()
    {
        QCOMPARE(count(*m_db, QStringLiteral("service")), 1000);
        QVERIFY(count(*m_db, QStringLiteral("organization")) >= 200);
        QCOMPARE(scalar(QStringLiteral("SELECT count(*) FROM service WHERE name_fr IS NULL OR description_fr IS NULL")),
                 0);
        // 1 to 4 taxonomy terms per service.
        QCOMPARE(scalar(QStringLiteral("SELECT count(*) FROM service s WHERE (SELECT count(*) FROM attribute a "
                                       "WHERE a.link_id = s.id) NOT BETWEEN 1 AND 4")),
                 0);
        // Hours: evenings, weekends and overnight spans that close after midnight.
        QVERIFY(scalar(QStringLiteral("SELECT count(*) FROM schedule WHERE closes_at < opens_at")) > 0);
        QVERIFY(scalar(QStringLiteral("SELECT count(*) FROM schedule WHERE byday LIKE '%SA%' OR byday LIKE '%SU%'"))
                > 0);
        QVERIFY(scalar(QStringLiteral("SELECT count(*) FROM schedule WHERE closes_at >= '20:00'")) > 0);
        QVERIFY(scalar(QStringLiteral("SELECT count(*) FROM language WHERE code = 'fr'")) > 100);
        QVERIFY(scalar(QStringLiteral("SELECT count(DISTINCT code) FROM language")) > 8);
        QVERIFY(scalar(QStringLiteral("SELECT count(*) FROM service WHERE minimum_age IS NOT NULL")) > 50);
        QVERIFY(scalar(QStringLiteral("SELECT count(*) FROM cost_option WHERE amount > 0")) > 50);
        QVERIFY(scalar(QStringLiteral("SELECT count(*) FROM cost_option WHERE amount = 0")) > 300);
        QVERIFY(scalar(QStringLiteral("SELECT count(DISTINCT extent_type) FROM service_area")) == 4);
        QVERIFY(scalar(QStringLiteral("SELECT count(*) FROM service WHERE status <> 'active'")) > 0);
        // Every service is offered somewhere; every site offers something.
        QCOMPARE(scalar(QStringLiteral("SELECT count(*) FROM service s WHERE NOT EXISTS (SELECT 1 FROM "
                                       "service_at_location x WHERE x.service_id = s.id)")),
                 0);
        QCOMPARE(scalar(QStringLiteral("SELECT count(*) FROM location l WHERE NOT EXISTS (SELECT 1 FROM "
                                       "service_at_location x WHERE x.location_id = l.id)")),
                 0);
    }

    void placesAreRealOntarioMunicipalities()
    {
        const Gazetteer& g = Gazetteer::ontario();
        Statement s(*m_db,
                    QStringLiteral("SELECT a.city, a.postal_code, l.latitude, l.longitude FROM address a JOIN "
                                   "location l ON l.id = a.location_id"));
        int n = 0;
        while (s.next()) {
            const Municipality* m = g.find(s.text(0));
            QVERIFY2(m, qPrintable(s.text(0)));
            QVERIFY2(m->fsas.contains(s.text(1).left(3)), qPrintable(s.text(0) + u' ' + s.text(1)));
            QVERIFY(
                QRegularExpression(QStringLiteral("^[KLMNP][0-9][A-Z] [0-9][A-Z][0-9]$")).match(s.text(1)).hasMatch());
            QVERIFY2(distanceKm(m->latitude, m->longitude, s.real(2), s.real(3)) < 15, qPrintable(s.text(0)));
            ++n;
        }
        QVERIFY(n > 300);
        // Phone numbers are in the fictional 555-01xx range, with Ontario area codes.
        QCOMPARE(scalar(QStringLiteral(
                     "SELECT count(*) FROM phone WHERE number NOT GLOB '[0-9][0-9][0-9]-555-01[0-9][0-9]'")),
                 0);
    }
};

QTEST_GUILESS_MAIN(TestDemoGenerator)
#include "TestDemoGenerator.moc"
