// Typed views of the stored resources that screens and engines work with. The HSDS tables
// themselves are described in HsdsSchema.h; these are the shapes code reads.
#pragma once

#include "search/OpeningHours.h"

#include <QDateTime>
#include <QList>
#include <QString>
#include <QStringList>
#include <optional>

namespace open211 {

// The parts that are not blank, trimmed and joined: "Suite 4, 12 Main St" without empty pieces.
inline QString joinNonEmpty(const QStringList& parts, const QString& separator)
{
    QStringList kept;
    for (const QString& p : parts) {
        if (!p.trimmed().isEmpty())
            kept << p.trimmed();
    }
    return kept.join(separator);
}

struct TaxonomyTerm
{
    QString id;
    QString code;
    QString name;
    QString nameFr;
    QString description;
    QString descriptionFr;
    QString parentId;
    QString taxonomyId;
    QStringList useReferences; // English
    QStringList useReferencesFr;
    QStringList seeAlso; // term ids

    // Name in the given language ("fr" or anything else for English), falling back to English.
    QString displayName(const QString& language) const
    {
        return language == QLatin1String("fr") && !nameFr.isEmpty() ? nameFr : name;
    }
    int depth() const; // 1 for a top-level category
};

struct ServiceSummary
{
    QString id;
    QString name;
    QString nameFr;
    QString organizationId;
    QString organizationName;
    QString organizationNameFr;
    QString status;
    QString city;
    QDateTime lastModified;
    qint64 version = 0;
};

// A phone number as a detail page shows it; `source` says which record it hangs on, since HSDS
// lets a service, its location, the service at that location, a contact and the organization
// each carry their own numbers.
struct ResourcePhone
{
    enum class Source { ServiceAtLocation, Location, Service, Contact, Organization };

    QString id;
    QString number;
    QString extension; // empty when none
    QString type; // HSDS: text, voice, fax, cell, video, pager, textphone
    QString description;
    QString contactName; // for Source::Contact
    QStringList languages; // language names (or codes) the line answers in
    Source source = Source::Service;
    bool operator==(const ResourcePhone&) const = default;
};

struct ResourceAddress
{
    QString address1;
    QString address2;
    QString city;
    QString stateProvince;
    QString postalCode;
    QString country;
    QString type; // physical, postal, virtual

    // "100 Elgin Street, Ottawa, ON K1P 5K8" (empty parts left out).
    QString oneLine() const;
    bool operator==(const ResourceAddress&) const = default;
};

struct ResourceLanguage
{
    QString code; // ISO 639
    QString name;
    QString note;
    bool operator==(const ResourceLanguage&) const = default;
};

struct CostOption
{
    QString option;
    QString currency;
    std::optional<double> amount;
    QString amountDescription;
    QDate validFrom;
    QDate validTo;
    bool operator==(const CostOption&) const = default;
};

struct RequiredDocument
{
    QString document;
    QString uri;
    bool operator==(const RequiredDocument&) const = default;
};

struct ServiceAreaInfo
{
    QString name;
    QString description;
    QString extentType;
    bool operator==(const ServiceAreaInfo&) const = default;
};

// One place the service is delivered (a service_at_location row and its location).
struct ServiceLocation
{
    QString id; // location id
    QString serviceAtLocationId;
    QString name;
    QString alternateName;
    QString description; // of the service at this location, else of the location
    QString locationType; // physical, postal, virtual
    QString transportation;
    QString url;
    std::optional<double> latitude;
    std::optional<double> longitude;
    QList<ResourceAddress> addresses; // physical ones first
    // The numbers to call about the service here: the service at this location's, the location's,
    // then the service's own and its contacts' (in that order, duplicates of a number left out).
    QList<ResourcePhone> phones;
    // When the service is offered here: the service's schedules and this service_at_location's,
    // as the search's "open now" filter reads them.
    OpeningHours hours;
    // The location's own opening hours (the building), when the record gives them.
    OpeningHours locationHours;
    QStringList scheduleNotes; // schedule descriptions and notes of all three levels
    QStringList accessibility; // descriptions, each with its details
    QList<ResourceLanguage> languages; // spoken at this location

    bool hasPoint() const { return latitude.has_value() && longitude.has_value(); }
    // The hours to show and to judge "open now" by: the service's here, else the building's.
    const OpeningHours& effectiveHours() const { return hours.isEmpty() ? locationHours : hours; }
    // The address to give a caller: the first physical one, else the first.
    const ResourceAddress* mainAddress() const;
};

struct OrganizationInfo
{
    QString id;
    QString name;
    QString nameFr;
    QString alternateName;
    QString description;
    QString descriptionFr;
    QString website;
    QString email;
    QList<ResourcePhone> phones;

    QString displayName(const QString& language) const
    {
        return language == QLatin1String("fr") && !nameFr.isEmpty() ? nameFr : name;
    }
};

// Everything a specialist needs about one service, read from the local replica in one go
// (ResourceStore::serviceDetail). A value: screens render it, the caller summary quotes it.
struct ServiceDetail
{
    QString id;
    OrganizationInfo organization;
    QString name;
    QString nameFr;
    QString alternateName;
    QString description;
    QString descriptionFr;
    QString url;
    QString email;
    QString status; // active, inactive, defunct, temporarily closed
    QString alert;
    QString eligibilityDescription;
    std::optional<double> minimumAge;
    std::optional<double> maximumAge;
    QString feesDescription;
    QString applicationProcess;
    QString accreditations;
    QString waitTime;
    QString interpretationServices;
    QDateTime lastModified;
    qint64 version = 0;

    QList<ResourcePhone> phones; // the service's and its contacts'
    OpeningHours hours; // the service's own schedules
    QStringList scheduleNotes;
    QList<CostOption> costOptions;
    QList<RequiredDocument> requiredDocuments;
    QList<ResourceLanguage> languages;
    QList<ServiceAreaInfo> serviceAreas;
    QList<TaxonomyTerm> taxonomyTerms; // code, name, name_fr, description(s)
    QList<ServiceLocation> locations; // ordered by location name, then id

    bool isActive() const { return status == QLatin1String("active"); }
    // French name or description when asked for and given, else English.
    QString displayName(const QString& language) const
    {
        return language == QLatin1String("fr") && !nameFr.isEmpty() ? nameFr : name;
    }
    QString displayDescription(const QString& language) const
    {
        return language == QLatin1String("fr") && !descriptionFr.isEmpty() ? descriptionFr : description;
    }
    // The location with this id; else the first; nullptr when the service has none.
    const ServiceLocation* location(const QString& locationId) const;
};

struct StoreCounts
{
    qint64 organizations = 0;
    qint64 services = 0;
    qint64 locations = 0;
    qint64 taxonomyTerms = 0;
    qint64 calls = 0;
    qint64 outbox = 0;
};

} // namespace open211
