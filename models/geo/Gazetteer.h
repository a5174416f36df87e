// Ontario municipalities with their coordinates, French names and postal areas (FSAs), shipped
// with the app. Resolves what a caller says ("Sudbury", "Grand Sudbury", "P3A 1B2") to a point.
// Built from public facts; GeoNames (CC BY 4.0) was used to check coordinates.
#pragma once

#include <QHash>
#include <QList>
#include <QString>
#include <QStringList>

namespace open211 {

struct Municipality
{
    QString name;
    QString nameFr;
    QString division; // census division (county, region, district)
    QString divisionFr;
    QString region; // Toronto, Central, Eastern, Southwestern, Northeastern, Northwestern
    double latitude = 0;
    double longitude = 0;
    int population = 0;
    QStringList fsas;
};

class Gazetteer
{
public:
    // The embedded Ontario gazetteer (loaded once).
    static const Gazetteer& ontario();
    static Gazetteer fromCsv(const QByteArray& csv);

    const QList<Municipality>& municipalities() const { return m_items; }
    // By English or French name, ignoring case, accents, hyphens and "St."/"Saint".
    const Municipality* find(const QString& name) const;
    // By forward sortation area (first three characters of a postal code).
    const Municipality* byFsa(const QString& postalCode) const;

    // Folds a place name for comparison: lower case, no accents, punctuation as spaces,
    // "Saint"/"St." alike.
    static QString fold(const QString& name);
    // The words of a text, lower case and without accents (as the search index sees them).
    static QStringList foldWords(QStringView text);

private:
    QList<Municipality> m_items;
    QHash<QString, qsizetype> m_byName;
    QHash<QString, qsizetype> m_byFsa;
};

// Great-circle distance in kilometres.
double distanceKm(double lat1, double lon1, double lat2, double lon2);

} // namespace open211
