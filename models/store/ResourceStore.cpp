#include "store/ResourceStore.h"

#include "store/Database.h"
#include "store/Statement.h"

#include <QHash>
#include <QSet>

namespace open211 {

int TaxonomyTerm::depth() const
{
    // B = 1, BD = 2, BD-1800 = 3, BD-1800.2000 = 4, BD-1800.2000-620 = 5 ...
    if (code.isEmpty())
        return 0;
    int d = code.size() >= 2 && code.at(1).isLetter() ? 2 : 1;
    for (const QChar c : code) {
        if (c == u'-' || c == u'.')
            ++d;
    }
    return d;
}

QString ResourceAddress::oneLine() const
{
    return joinNonEmpty({address1, address2, city, joinNonEmpty({stateProvince, postalCode}, QStringLiteral(" "))},
                        QStringLiteral(", "));
}

const ResourceAddress* ServiceLocation::mainAddress() const
{
    for (const ResourceAddress& a : addresses) {
        if (a.type == QLatin1String("physical"))
            return &a;
    }
    return addresses.isEmpty() ? nullptr : &addresses.first();
}

const ServiceLocation* ServiceDetail::location(const QString& locationId) const
{
    if (!locationId.isEmpty()) {
        for (const ServiceLocation& l : locations) {
            if (l.id == locationId)
                return &l;
        }
    }
    return locations.isEmpty() ? nullptr : &locations.first();
}

ResourceStore::ResourceStore(Database& db)
    : m_db(db)
{ }

Status ResourceStore::markChanged()
{
    return m_db.exec(QStringLiteral("INSERT INTO sync_state (key, value) VALUES ('resource_generation', '1') "
                                    "ON CONFLICT(key) DO UPDATE SET value = CAST(value AS INTEGER) + 1"));
}

Result<StoreCounts> ResourceStore::counts() const
{
    Statement s(m_db,
                QStringLiteral("SELECT (SELECT count(*) FROM organization), (SELECT count(*) FROM service), "
                               "(SELECT count(*) FROM location), (SELECT count(*) FROM taxonomy_term), "
                               "(SELECT count(*) FROM call), (SELECT count(*) FROM outbox WHERE state = 'pending')"));
    if (!s.next())
        return Error{s.error()};
    return StoreCounts{s.integer(0), s.integer(1), s.integer(2), s.integer(3), s.integer(4), s.integer(5)};
}

Result<QList<TaxonomyTerm>> ResourceStore::taxonomyTerms() const
{
    QList<TaxonomyTerm> terms;
    QHash<QString, qsizetype> index;
    Statement s(m_db,
                QStringLiteral("SELECT id, code, name, name_fr, description, description_fr, parent_id, taxonomy_id "
                               "FROM taxonomy_term ORDER BY code, id"));
    while (s.next()) {
        TaxonomyTerm t{
            s.text(0), s.text(1), s.text(2), s.text(3), s.text(4), s.text(5), s.text(6), s.text(7), {}, {}, {}};
        index.insert(t.id, terms.size());
        terms.append(std::move(t));
    }
    if (!s.error().isEmpty())
        return Error{s.error()};
    Statement a(m_db,
                QStringLiteral("SELECT term_id, alias, language FROM taxonomy_term_alias ORDER BY term_id, alias"));
    while (a.next()) {
        const auto it = index.constFind(a.text(0));
        if (it == index.constEnd())
            continue;
        (a.text(2) == QLatin1String("fr") ? terms[*it].useReferencesFr : terms[*it].useReferences) << a.text(1);
    }
    Statement r(
        m_db, QStringLiteral("SELECT term_id, see_also_id FROM taxonomy_term_see_also ORDER BY term_id, see_also_id"));
    while (r.next()) {
        const auto it = index.constFind(r.text(0));
        if (it != index.constEnd())
            terms[*it].seeAlso << r.text(1);
    }
    return terms;
}

Result<QList<ServiceSummary>> ResourceStore::serviceSummaries(int limit) const
{
    Statement s(
        m_db,
        QStringLiteral("SELECT s.id, s.name, s.name_fr, s.organization_id, o.name, o.name_fr, s.status, "
                       "(SELECT a.city FROM service_at_location sal JOIN address a ON a.location_id = sal.location_id "
                       " WHERE sal.service_id = s.id ORDER BY a.id LIMIT 1), s.last_modified, s.version "
                       "FROM service s JOIN organization o ON o.id = s.organization_id ORDER BY s.name, s.id LIMIT ?"));
    s.bindInt(1, limit);
    QList<ServiceSummary> out;
    while (s.next()) {
        out.append({s.text(0),
                    s.text(1),
                    s.text(2),
                    s.text(3),
                    s.text(4),
                    s.text(5),
                    s.text(6),
                    s.text(7),
                    QDateTime::fromString(s.text(8), Qt::ISODate),
                    s.integer(9)});
    }
    if (!s.error().isEmpty())
        return Error{s.error()};
    return out;
}

namespace {

std::optional<double> optionalReal(const Statement& s, int column)
{
    return s.isNull(column) ? std::nullopt : std::optional<double>(s.real(column));
}

// Appends a value once (schedule notes repeat across levels).
void appendOnce(QStringList& list, const QString& value)
{
    const QString v = value.trimmed();
    if (!v.isEmpty() && !list.contains(v))
        list << v;
}

} // namespace

Result<ServiceDetail> ResourceStore::serviceDetail(const QString& serviceId) const
{
    ServiceDetail d;
    {
        Statement s(m_db,
                    QStringLiteral("SELECT s.id, s.name, s.name_fr, s.alternate_name, s.description, s.description_fr, "
                                   "s.url, s.email, s.status, s.alert, s.eligibility_description, s.minimum_age, "
                                   "s.maximum_age, s.fees_description, s.application_process, s.accreditations, "
                                   "s.wait_time, s.interpretation_services, s.last_modified, s.version, o.id, o.name, "
                                   "o.name_fr, o.alternate_name, o.description, o.description_fr, o.website, o.email "
                                   "FROM service s JOIN organization o ON o.id = s.organization_id WHERE s.id = ?"));
        s.bindText(1, serviceId);
        if (!s.next()) {
            if (!s.error().isEmpty())
                return Error{tr("The service could not be read from the local database: %1").arg(s.error())};
            //: %1 is a service's identifier
            return Error{tr("No service with the identifier \"%1\" is in the local database. It may have been "
                            "removed by the last update; search again to find it.")
                             .arg(serviceId)};
        }
        d.id = s.text(0);
        d.name = s.text(1);
        d.nameFr = s.text(2);
        d.alternateName = s.text(3);
        d.description = s.text(4);
        d.descriptionFr = s.text(5);
        d.url = s.text(6);
        d.email = s.text(7);
        d.status = s.text(8);
        d.alert = s.text(9);
        d.eligibilityDescription = s.text(10);
        d.minimumAge = optionalReal(s, 11);
        d.maximumAge = optionalReal(s, 12);
        d.feesDescription = s.text(13);
        d.applicationProcess = s.text(14);
        d.accreditations = s.text(15);
        d.waitTime = s.text(16);
        d.interpretationServices = s.text(17);
        d.lastModified = QDateTime::fromString(s.text(18), Qt::ISODate);
        d.version = s.integer(19);
        d.organization.id = s.text(20);
        d.organization.name = s.text(21);
        d.organization.nameFr = s.text(22);
        d.organization.alternateName = s.text(23);
        d.organization.description = s.text(24);
        d.organization.descriptionFr = s.text(25);
        d.organization.website = s.text(26);
        d.organization.email = s.text(27);
    }
    const auto failed = [](const Statement& s) {
        return Error{tr("The service could not be read from the local database: %1").arg(s.error())};
    };

    // Locations, through service_at_location.
    QHash<QString, qsizetype> bySal; // service_at_location id -> index
    {
        Statement s(m_db,
                    QStringLiteral("SELECT x.id, x.description, l.id, l.name, l.alternate_name, l.description, "
                                   "l.location_type, l.transportation, l.url, l.latitude, l.longitude "
                                   "FROM service_at_location x JOIN location l ON l.id = x.location_id "
                                   "WHERE x.service_id = ? ORDER BY coalesce(l.name, ''), l.id, x.id"));
        s.bindText(1, serviceId);
        while (s.next()) {
            ServiceLocation l;
            l.serviceAtLocationId = s.text(0);
            l.id = s.text(2);
            l.name = s.text(3);
            l.alternateName = s.text(4);
            l.description = s.text(1).isEmpty() ? s.text(5) : s.text(1);
            l.locationType = s.text(6);
            l.transportation = s.text(7);
            l.url = s.text(8);
            l.latitude = optionalReal(s, 9);
            l.longitude = optionalReal(s, 10);
            bySal.insert(l.serviceAtLocationId, d.locations.size());
            d.locations.append(std::move(l));
        }
        if (!s.error().isEmpty())
            return failed(s);
    }
    // Rows hanging on a location apply to every service_at_location of that location.
    const auto forLocation = [&d](const QString& locationId, const auto& fn) {
        for (ServiceLocation& l : d.locations) {
            if (l.id == locationId)
                fn(l);
        }
    };
    const QString salLocations = QStringLiteral("(SELECT location_id FROM service_at_location WHERE service_id = ?1)");
    const QString sals = QStringLiteral("(SELECT id FROM service_at_location WHERE service_id = ?1)");

    {
        Statement s(m_db,
                    QStringLiteral("SELECT location_id, address_1, address_2, city, state_province, postal_code, "
                                   "country, address_type FROM address WHERE location_id IN ")
                        + salLocations + QStringLiteral(" ORDER BY location_id, address_type <> 'physical', id"));
        s.bindText(1, serviceId);
        while (s.next()) {
            const ResourceAddress a{s.text(1), s.text(2), s.text(3), s.text(4), s.text(5), s.text(6), s.text(7)};
            forLocation(s.text(0), [&a](ServiceLocation& l) { l.addresses << a; });
        }
        if (!s.error().isEmpty())
            return failed(s);
    }

    // Phones of every level, the nearest level first; a phone linked to two levels counts once.
    {
        const QString cols = QStringLiteral(
            "p.id, p.number, p.extension, p.type, p.description, (SELECT name FROM contact WHERE id = p.contact_id)");
        Statement s(m_db,
                    QStringLiteral("SELECT 0, p.service_at_location_id, ") + cols
                        + QStringLiteral(" FROM phone p WHERE p.service_at_location_id IN ") + sals
                        + QStringLiteral(" UNION ALL SELECT 1, p.location_id, ") + cols
                        + QStringLiteral(" FROM phone p WHERE p.location_id IN ") + salLocations
                        + QStringLiteral(" UNION ALL SELECT 2, p.service_id, ") + cols
                        + QStringLiteral(" FROM phone p WHERE p.service_id = ?1 UNION ALL SELECT 3, c.service_id, ")
                        + cols
                        + QStringLiteral(" FROM contact c JOIN phone p ON p.contact_id = c.id WHERE c.service_id = ?1 "
                                         "UNION ALL SELECT 4, p.organization_id, ")
                        + cols + QStringLiteral(" FROM phone p WHERE p.organization_id = ?2 ORDER BY 1, 3"));
        s.bindText(1, serviceId);
        s.bindText(2, d.organization.id);
        struct Row
        {
            int level;
            QString owner;
            ResourcePhone phone;
        };
        QList<Row> rows;
        QSet<QString> seen;
        while (s.next()) {
            if (seen.contains(s.text(2)))
                continue;
            seen.insert(s.text(2));
            static constexpr ResourcePhone::Source Sources[] = {ResourcePhone::Source::ServiceAtLocation,
                                                                ResourcePhone::Source::Location,
                                                                ResourcePhone::Source::Service,
                                                                ResourcePhone::Source::Contact,
                                                                ResourcePhone::Source::Organization};
            const int level = int(s.integer(0));
            rows.append({level,
                         s.text(1),
                         {s.text(2), s.text(3), s.text(4), s.text(5), s.text(6), s.text(7), {}, Sources[level]}});
        }
        if (!s.error().isEmpty())
            return failed(s);

        // The languages each line answers in (language.phone_id has no index: one pass for all).
        if (!rows.isEmpty()) {
            QStringList marks;
            for (qsizetype i = 0; i < rows.size(); ++i)
                marks << QStringLiteral("?");
            Statement l(m_db,
                        QStringLiteral("SELECT phone_id, coalesce(nullif(name, ''), code) FROM language WHERE "
                                       "phone_id IN (")
                            + marks.join(u',') + QStringLiteral(") ORDER BY phone_id, name, code"));
            QHash<QString, qsizetype> byId;
            for (qsizetype i = 0; i < rows.size(); ++i) {
                l.bindText(int(i + 1), rows[i].phone.id);
                byId.insert(rows[i].phone.id, i);
            }
            while (l.next()) {
                if (const auto it = byId.constFind(l.text(0)); it != byId.constEnd() && !l.text(1).isEmpty())
                    rows[*it].phone.languages << l.text(1);
            }
            if (!l.error().isEmpty())
                return failed(l);
        }

        for (const Row& r : rows) {
            switch (r.phone.source) {
            case ResourcePhone::Source::ServiceAtLocation:
                if (const auto it = bySal.constFind(r.owner); it != bySal.constEnd())
                    d.locations[*it].phones << r.phone;
                break;
            case ResourcePhone::Source::Location:
                forLocation(r.owner, [&r](ServiceLocation& l) { l.phones << r.phone; });
                break;
            case ResourcePhone::Source::Service:
            case ResourcePhone::Source::Contact:
                d.phones << r.phone;
                break;
            case ResourcePhone::Source::Organization:
                d.organization.phones << r.phone;
                break;
            }
        }
        // Each location lists the service's numbers after its own, a number given once.
        for (ServiceLocation& l : d.locations) {
            for (const ResourcePhone& p : std::as_const(d.phones)) {
                const bool known = std::any_of(l.phones.cbegin(), l.phones.cend(), [&p](const ResourcePhone& q) {
                    return q.number == p.number && q.extension == p.extension;
                });
                if (!known)
                    l.phones << p;
            }
        }
    }

    // Schedules: the service's, each service_at_location's and each location's (the building).
    {
        const QString cols = QStringLiteral("h.id, h.freq, h.byday, h.opens_at, h.closes_at, h.description, h.notes");
        Statement s(m_db,
                    QStringLiteral("SELECT 0, h.service_at_location_id, ") + cols
                        + QStringLiteral(" FROM schedule h WHERE h.service_at_location_id IN ") + sals
                        + QStringLiteral(" UNION ALL SELECT 1, h.location_id, ") + cols
                        + QStringLiteral(" FROM schedule h WHERE h.location_id IN ") + salLocations
                        + QStringLiteral(" UNION ALL SELECT 2, h.service_id, ") + cols
                        + QStringLiteral(" FROM schedule h WHERE h.service_id = ?1 ORDER BY 1, 3"));
        s.bindText(1, serviceId);
        QSet<QString> seen;
        while (s.next()) {
            if (seen.contains(s.text(2)))
                continue;
            seen.insert(s.text(2));
            const QString freq = s.text(3), byday = s.text(4), opens = s.text(5), closes = s.text(6);
            const QString description = s.text(7), notes = s.text(8);
            switch (s.integer(0)) {
            case 0:
                if (const auto it = bySal.constFind(s.text(1)); it != bySal.constEnd()) {
                    ServiceLocation& l = d.locations[*it];
                    l.hours.addSchedule(freq, byday, opens, closes);
                    appendOnce(l.scheduleNotes, description);
                    appendOnce(l.scheduleNotes, notes);
                }
                break;
            case 1:
                forLocation(s.text(1), [&](ServiceLocation& l) {
                    l.locationHours.addSchedule(freq, byday, opens, closes);
                    appendOnce(l.scheduleNotes, description);
                    appendOnce(l.scheduleNotes, notes);
                });
                break;
            default:
                d.hours.addSchedule(freq, byday, opens, closes);
                appendOnce(d.scheduleNotes, description);
                appendOnce(d.scheduleNotes, notes);
                for (ServiceLocation& l : d.locations) {
                    l.hours.addSchedule(freq, byday, opens, closes);
                    appendOnce(l.scheduleNotes, description);
                    appendOnce(l.scheduleNotes, notes);
                }
            }
        }
        if (!s.error().isEmpty())
            return failed(s);
    }

    {
        Statement s(m_db,
                    QStringLiteral("SELECT 0, service_id, code, name, note FROM language WHERE service_id = ?1 "
                                   "UNION ALL SELECT 1, location_id, code, name, note FROM language "
                                   "WHERE location_id IN ")
                        + salLocations + QStringLiteral(" ORDER BY 1, 2, 4, 3"));
        s.bindText(1, serviceId);
        while (s.next()) {
            const ResourceLanguage lang{s.text(2), s.text(3), s.text(4)};
            if (s.integer(0) == 0)
                d.languages << lang;
            else
                forLocation(s.text(1), [&lang](ServiceLocation& l) { l.languages << lang; });
        }
        if (!s.error().isEmpty())
            return failed(s);
    }
    {
        Statement s(m_db,
                    QStringLiteral("SELECT location_id, description, details FROM accessibility WHERE location_id IN ")
                        + salLocations + QStringLiteral(" ORDER BY location_id, id"));
        s.bindText(1, serviceId);
        while (s.next()) {
            const QString text = joinNonEmpty({s.text(1), s.text(2)}, QStringLiteral(": "));
            if (!text.isEmpty())
                forLocation(s.text(0), [&text](ServiceLocation& l) { l.accessibility << text; });
        }
        if (!s.error().isEmpty())
            return failed(s);
    }
    {
        Statement s(m_db,
                    QStringLiteral("SELECT option, currency, amount, amount_description, valid_from, valid_to "
                                   "FROM cost_option WHERE service_id = ? ORDER BY id"));
        s.bindText(1, serviceId);
        while (s.next()) {
            d.costOptions << CostOption{s.text(0),
                                        s.text(1),
                                        optionalReal(s, 2),
                                        s.text(3),
                                        QDate::fromString(s.text(4).left(10), Qt::ISODate),
                                        QDate::fromString(s.text(5).left(10), Qt::ISODate)};
        }
        if (!s.error().isEmpty())
            return failed(s);
    }
    {
        Statement s(m_db,
                    QStringLiteral("SELECT document, uri FROM required_document WHERE service_id = ? ORDER BY id"));
        s.bindText(1, serviceId);
        while (s.next())
            d.requiredDocuments << RequiredDocument{s.text(0), s.text(1)};
        if (!s.error().isEmpty())
            return failed(s);
    }
    {
        Statement s(m_db,
                    QStringLiteral("SELECT name, description, extent_type FROM service_area WHERE service_id = ? "
                                   "ORDER BY name, id"));
        s.bindText(1, serviceId);
        while (s.next())
            d.serviceAreas << ServiceAreaInfo{s.text(0), s.text(1), s.text(2)};
        if (!s.error().isEmpty())
            return failed(s);
    }
    {
        Statement s(m_db,
                    QStringLiteral("SELECT DISTINCT t.id, t.code, t.name, t.name_fr, t.description, t.description_fr, "
                                   "t.parent_id, t.taxonomy_id FROM attribute a "
                                   "JOIN taxonomy_term t ON t.id = a.taxonomy_term_id "
                                   "WHERE a.link_entity = 'service' AND a.link_id = ? ORDER BY t.code, t.id"));
        s.bindText(1, serviceId);
        while (s.next()) {
            d.taxonomyTerms << TaxonomyTerm{
                s.text(0), s.text(1), s.text(2), s.text(3), s.text(4), s.text(5), s.text(6), s.text(7), {}, {}, {}};
        }
        if (!s.error().isEmpty())
            return failed(s);
    }
    return d;
}

} // namespace open211
