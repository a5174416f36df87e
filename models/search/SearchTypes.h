// What a search asks and what it answers: the query with its filters, and ranked results that
// say why they matched.
#pragma once

#include <QDateTime>
#include <QList>
#include <QString>
#include <QStringList>
#include <optional>

namespace open211 {

// A point the caller is at, and what it stands for.
struct Place
{
    enum class Kind { Municipality, PostalCode, PostalArea, Coordinates, ResourceCity };
    Kind kind = Kind::Coordinates;
    double latitude = 0;
    double longitude = 0;
    QString municipality; // for service-area coverage
    QString division;
    QString region;
    QString measuredFrom; // plain words: which point distances are measured from
};

struct SearchFilters
{
    QString language; // ISO 639-1 code offered by the service, e.g. "fr"
    std::optional<int> age; // caller's age, within the service's eligibility
    std::optional<QDateTime> openAt; // open at this moment
    bool freeOnly = false;
    bool accessibleOnly = false;
    bool includeInactive = false; // active records only by default
};

struct SearchQuery
{
    QString text;
    QString taxonomyCode; // the term and everything narrower
    std::optional<Place> near;
    double radiusKm = 0; // 0: no limit (order by distance only)
    SearchFilters filters;
    int offset = 0;
    int limit = 20;
};

struct SearchResult
{
    QString serviceId;
    QString serviceName;
    QString serviceNameFr;
    QString organizationName;
    QString status;
    double score = 0;
    std::optional<double> distanceKm;
    std::optional<bool> openNow; // empty: no hours recorded
    bool coveredByServiceArea = false;
    QString serviceArea; // the area that covers the caller, when it does
    QString locationId; // the nearest location
    QString address;
    QString city;
    QStringList matched; // why it matched, in plain words
};

struct SearchResponse
{
    QList<SearchResult> results;
    int total = 0; // results found among the candidates looked at
    bool more = false; // candidates were left unexamined: the next page may find more
    QString note; // e.g. how the place was read, or why nothing was searched
    qint64 elapsedMicros = 0;
};

} // namespace open211
