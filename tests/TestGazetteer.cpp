// The shipped gazetteer, checked against the reference Ontario geography in ../shared/geo
// (GeoNames places and FSA centroids, Open Civic Data names): coordinates, postal areas and
// French names.
#include "TestUtil.h"
#include "geo/Gazetteer.h"
#include "import/CsvReader.h"

using namespace open211;
using namespace open211::test;

class TestGazetteer : public QObject
{
    Q_OBJECT

    static CsvTable reference(const QString& name)
    {
        QFile f(QDir(sharedDir()).filePath(QStringLiteral("geo/") + name));
        if (!f.open(QIODevice::ReadOnly))
            return {};
        auto t = parseCsv(f.readAll(), name);
        return t ? *t : CsvTable{};
    }

private slots:
    void initTestCase()
    {
        if (!QFileInfo::exists(QDir(sharedDir()).filePath(QStringLiteral("geo/ontario-places-geonames.csv"))))
            QSKIP("the reference geography (../shared/geo) is not beside this checkout");
    }

    void coversOntario()
    {
        const Gazetteer& g = Gazetteer::ontario();
        QVERIFY(g.municipalities().size() >= 150);
        QSet<QString> regions;
        for (const auto& m : g.municipalities())
            regions.insert(m.region);
        QCOMPARE(regions.size(), 6);
    }

    void lookups()
    {
        const Gazetteer& g = Gazetteer::ontario();
        QVERIFY(g.find(QStringLiteral("Grand Sudbury")));
        QCOMPARE(g.find(QStringLiteral("grand sudbury")), g.find(QStringLiteral("Greater Sudbury")));
        QCOMPARE(g.find(QStringLiteral("Sault-Sainte-Marie")), g.find(QStringLiteral("Sault Ste. Marie")));
        QCOMPARE(g.find(QStringLiteral("La Nation")), g.find(QStringLiteral("The Nation")));
        QVERIFY(g.byFsa(QStringLiteral("k1p 5k8")));
        QCOMPARE(g.byFsa(QStringLiteral("K1P5K8"))->name, QStringLiteral("Ottawa"));
        QCOMPARE(g.byFsa(QStringLiteral("M5V"))->name, QStringLiteral("Toronto"));
        QVERIFY(!g.byFsa(QStringLiteral("H2X"))); // Montréal: not Ontario
        QVERIFY(!g.find(QStringLiteral("Atlantis")));
        QCOMPARE(Gazetteer::fold(QStringLiteral("Rivière-des-Français")), QStringLiteral("riviere des francais"));
    }

    void coordinatesAgreeWithGeoNames()
    {
        const CsvTable places = reference(QStringLiteral("ontario-places-geonames.csv"));
        QVERIFY(!places.rows.isEmpty());
        // Names repeat across Ontario (Lincoln is a town in Niagara and a place in Waterloo): a
        // place matches by name within the same census division.
        QHash<QString, QList<QPair<double, double>>> byName;
        for (const auto& r : places.rows)
            byName[Gazetteer::fold(r[0]) + u'|' + Gazetteer::fold(r[4])].append({r[1].toDouble(), r[2].toDouble()});
        int matched = 0;
        QStringList far;
        for (const auto& m : Gazetteer::ontario().municipalities()) {
            const auto it = byName.constFind(Gazetteer::fold(m.name) + u'|' + Gazetteer::fold(m.division));
            if (it == byName.constEnd())
                continue;
            ++matched;
            double best = 1e9;
            for (const auto& [lat, lon] : *it)
                best = std::min(best, distanceKm(m.latitude, m.longitude, lat, lon));
            if (best > 25)
                far << QStringLiteral("%1 (%2 km)").arg(m.name).arg(best, 0, 'f', 0);
        }
        QVERIFY2(matched >= 120, qPrintable(QString::number(matched)));
        QVERIFY2(far.isEmpty(), qPrintable(far.join(QStringLiteral(", "))));
    }

    void postalAreasAgreeWithGeoNames()
    {
        const CsvTable fsas = reference(QStringLiteral("ontario-fsa-centroids-geonames.csv"));
        QVERIFY(!fsas.rows.isEmpty());
        QHash<QString, QPair<double, double>> centroid;
        for (const auto& r : fsas.rows)
            centroid.insert(r[0], {r[3].toDouble(), r[4].toDouble()});
        QStringList unknown, far;
        for (const auto& m : Gazetteer::ontario().municipalities()) {
            for (const QString& f : m.fsas) {
                const auto it = centroid.constFind(f);
                if (it == centroid.constEnd()) {
                    unknown << f;
                    continue;
                }
                // Rural FSAs span hundreds of kilometres; urban ones sit in or next to their town.
                const double d = distanceKm(m.latitude, m.longitude, it->first, it->second);
                if (f.at(1) != u'0' && d > 40)
                    far << QStringLiteral("%1 %2 (%3 km)").arg(m.name, f).arg(d, 0, 'f', 0);
            }
        }
        QVERIFY2(unknown.isEmpty(), qPrintable(unknown.join(u' ')));
        QVERIFY2(far.isEmpty(), qPrintable(far.join(QStringLiteral(", "))));
    }

    void frenchNamesAgreeWithOpenCivicData()
    {
        const CsvTable csd = reference(QStringLiteral("ontario-census-subdivisions-ocd.csv"));
        QVERIFY(!csd.rows.isEmpty());
        QStringList wrong;
        for (const auto& r : csd.rows) {
            const Municipality* m = Gazetteer::ontario().find(r[1]);
            if (m && Gazetteer::fold(m->name) == Gazetteer::fold(r[1]) && r[2] != r[1] && m->nameFr != r[2])
                wrong << QStringLiteral("%1: %2 / %3").arg(r[1], m->nameFr, r[2]);
        }
        QVERIFY2(wrong.isEmpty(), qPrintable(wrong.join(QStringLiteral("; "))));
    }
};

QTEST_GUILESS_MAIN(TestGazetteer)
#include "TestGazetteer.moc"
