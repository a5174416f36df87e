#include "search/SearchEngine.h"

#include "geo/Gazetteer.h"
#include "search/OpeningHours.h"
#include "store/Database.h"
#include "store/Statement.h"

#include <QElapsedTimer>
#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QRegularExpression>
#include <QSet>
#include <cmath>
#include <sqlite3.h>

namespace open211 {

namespace {

constexpr int MaxTokens = 12;
constexpr int MaxTokenLength = 40;
constexpr int TextCandidates = 400; // best text matches considered for ranking with other signals
constexpr double UseReferenceScore = 0.7; // text relevance of a service found through a use reference
constexpr double EarthKmPerDegree = 111.195;

// One service's facts, loaded for the candidates of a search.
struct Facts
{
    qint64 rowid = 0;
    QString id, name, nameFr, organization, status;
    std::optional<double> minAge, maxAge;
    QString fees;
    std::optional<double> minCost;
    struct Loc
    {
        QString id, address, city;
        std::optional<double> lat, lon;
        bool accessible = false;
    };
    QList<Loc> locations;
    QStringList languages;
    OpeningHours hours;
    QList<QPair<QString, QString>> areas; // name, extent type
    QList<QPair<QString, QString>> terms; // code, name (en) + " / " + name (fr)
};

QString jsonList(const QList<qint64>& ids)
{
    QJsonArray a;
    for (qint64 id : ids)
        a.append(id);
    return QString::fromUtf8(QJsonDocument(a).toJson(QJsonDocument::Compact));
}

QString formatKm(double km)
{
    return km < 10 ? QString::number(km, 'f', 1) : QString::number(qRound(km));
}

} // namespace

struct SearchEngine::Impl
{
    Database& db;
    std::function<QDateTime()> clock = [] {
        return QDateTime::currentDateTimeUtc();
    };
    Statement ftsAll, ftsRowids, ftsShort, aliasTerms, termServices, taxonomySubtree;
    Statement fService, fLocation, fSchedule;
    Statement cityCentre, fsaCentre;

    explicit Impl(Database& database)
        : db(database)
    {
        const auto in = QStringLiteral(" IN (SELECT value FROM json_each(?))");
        ftsAll = Statement(db,
                           QStringLiteral("SELECT rowid, bm25(service_fts, 10.0, 5.0, 3.0, 1.0) AS r FROM service_fts "
                                          "WHERE service_fts MATCH ? ORDER BY r, rowid LIMIT %1")
                               .arg(TextCandidates));
        ftsRowids = Statement(db, QStringLiteral("SELECT rowid FROM service_fts WHERE service_fts MATCH ?"));
        ftsShort = Statement(
            db, QStringLiteral("SELECT rowid FROM service_fts WHERE service_fts MATCH ? LIMIT %1").arg(TextCandidates));
        aliasTerms = Statement(
            db,
            QStringLiteral("SELECT t.code, t.name FROM taxonomy_fts f JOIN taxonomy_term t ON t.rowid = "
                           "f.rowid WHERE taxonomy_fts MATCH ? ORDER BY bm25(taxonomy_fts), t.code LIMIT 8"));
        termServices = Statement(db, QStringLiteral("SELECT service_rowid FROM service_term WHERE code = ?"));
        // A term and everything narrower: one range of the service_term index.
        taxonomySubtree = Statement(db,
                                    QStringLiteral("SELECT service_rowid, CASE WHEN code = ?1 THEN 2 ELSE 1 END "
                                                   "FROM service_term WHERE code >= ?1 AND code < ?1 || "
                                                   "CASE WHEN length(?1) = 1 THEN '~' ELSE '/' END"));
        // One row per service with its languages, lowest cost, areas and terms folded in.
        fService = Statement(
            db,
            QStringLiteral("SELECT s.rowid, s.id, s.name, s.name_fr, o.name, s.status, s.minimum_age, s.maximum_age, "
                           "s.fees_description, "
                           "(SELECT group_concat(lower(g.code), ',') FROM language g WHERE g.service_id = s.id), "
                           "(SELECT min(c.amount) FROM cost_option c WHERE c.service_id = s.id), "
                           "(SELECT group_concat(a.name || char(31) || coalesce(a.extent_type, ''), char(30)) "
                           " FROM service_area a WHERE a.service_id = s.id), "
                           "(SELECT group_concat(t.code || char(31) || t.name || char(31) || coalesce(t.name_fr, ''), "
                           " char(30)) FROM attribute x JOIN taxonomy_term t ON t.id = x.taxonomy_term_id "
                           " WHERE x.link_entity = 'service' AND x.link_id = s.id) "
                           "FROM service s JOIN organization o ON o.id = s.organization_id WHERE s.rowid")
                + in);
        fLocation = Statement(db,
                              QStringLiteral("SELECT s.rowid, l.id, l.latitude, l.longitude, a.address_1, a.city, "
                                             "EXISTS (SELECT 1 FROM accessibility x WHERE x.location_id = l.id) "
                                             "FROM service s JOIN service_at_location sal ON sal.service_id = s.id "
                                             "JOIN location l ON l.id = sal.location_id "
                                             "LEFT JOIN address a ON a.location_id = l.id WHERE s.rowid")
                                  + in + QStringLiteral(" ORDER BY l.id"));
        fSchedule
            = Statement(db,
                        QStringLiteral("SELECT s.rowid, h.freq, h.byday, h.opens_at, h.closes_at FROM service s "
                                       "JOIN schedule h ON h.service_id = s.id WHERE s.rowid")
                            + in
                            + QStringLiteral(" UNION ALL SELECT s.rowid, h.freq, h.byday, h.opens_at, h.closes_at "
                                             "FROM service s JOIN service_at_location x ON x.service_id = s.id "
                                             "JOIN schedule h ON h.service_at_location_id = x.id WHERE s.rowid")
                            + in);
        cityCentre = Statement(db,
                               QStringLiteral("SELECT avg(l.latitude), avg(l.longitude), min(a.city) FROM address a "
                                              "JOIN location l ON l.id = a.location_id WHERE a.city = ? COLLATE NOCASE "
                                              "AND l.latitude IS NOT NULL"));
        fsaCentre = Statement(db,
                              QStringLiteral("SELECT avg(l.latitude), avg(l.longitude), count(*) FROM address a JOIN "
                                             "location l ON l.id = a.location_id WHERE a.postal_code >= ? AND "
                                             "a.postal_code < ? AND l.latitude IS NOT NULL"));
    }

    // Where services are delivered and which areas they cover, held in memory: a radius or a
    // coverage check is then a loop over a flat list rather than thousands of index lookups.
    // Points are sorted by latitude, so a radius only scans its band.
    struct Point
    {
        qint64 service;
        double lat, lon;
    };
    QList<Point> points;
    QHash<QString, QList<qint64>> coverage; // lower-case area name -> services

    // What the filters ask of every service (status, languages, ages, free, wheelchair access,
    // weekly hours), held in memory by rowid: filtering thousands of candidates is then a loop,
    // and facts are read only for services that pass. The same definitions as the facts below.
    struct Gate
    {
        bool known = false;
        bool active = false;
        bool free = false;
        bool accessible = false;
        std::optional<double> minAge, maxAge;
        quint64 languages = 0; // bits of languageBits; languages past 64 are checked in facts
        OpeningHours hours;
    };
    std::vector<Gate> gates;
    QHash<QString, int> languageBits;
    bool memoryLoaded = false;

    const Gate* gate(qint64 rowid) const
    {
        return rowid >= 0 && rowid < qint64(gates.size()) && gates[size_t(rowid)].known ? &gates[size_t(rowid)]
                                                                                        : nullptr;
    }

    Status loadGeography()
    {
        if (memoryLoaded)
            return {};
        points.clear();
        coverage.clear();
        gates.clear();
        languageBits.clear();
        Statement p(db, QStringLiteral("SELECT service_rowid, min_lat, min_lon FROM service_point"));
        while (p.next())
            points.append({p.integer(0), p.real(1), p.real(2)});
        if (!p.error().isEmpty())
            return Error{p.error()};
        std::stable_sort(points.begin(), points.end(), [](const Point& a, const Point& b) { return a.lat < b.lat; });
        Statement c(db, QStringLiteral("SELECT area, service_rowid FROM service_coverage"));
        while (c.next())
            coverage[c.text(0)].append(c.integer(1));
        if (!c.error().isEmpty())
            return Error{c.error()};

        const auto each = [&](const char* sql, const std::function<void(Statement&, Gate&)>& f) -> Status {
            Statement s(db, QString::fromLatin1(sql));
            while (s.next()) {
                const qint64 rowid = s.integer(0);
                if (rowid >= 0 && rowid < qint64(gates.size()) && gates[size_t(rowid)].known)
                    f(s, gates[size_t(rowid)]);
            }
            return s.error().isEmpty() ? Status() : Status(Error{s.error()});
        };
        {
            Statement m(db, QStringLiteral("SELECT max(rowid) FROM service"));
            gates.resize(m.next() ? size_t(std::max<qint64>(0, m.integer(0)) + 1) : 0);
        }
        Statement all(db,
                      QStringLiteral("SELECT rowid, status = 'active', minimum_age, maximum_age, "
                                     "coalesce(fees_description, '') LIKE 'free%' FROM service"));
        while (all.next()) {
            const qint64 rowid = all.integer(0);
            if (rowid < 0 || rowid >= qint64(gates.size()))
                continue;
            Gate& g = gates[size_t(rowid)];
            g.known = true;
            g.active = all.integer(1) != 0;
            if (!all.isNull(2))
                g.minAge = all.real(2);
            if (!all.isNull(3))
                g.maxAge = all.real(3);
            g.free = all.integer(4) != 0;
        }
        if (!all.error().isEmpty())
            return Error{all.error()};
        if (auto st = each("SELECT DISTINCT s.rowid FROM cost_option c JOIN service s ON s.id = c.service_id "
                           "WHERE c.amount = 0",
                           [](Statement&, Gate& g) { g.free = true; });
            !st)
            return st;
        if (auto st = each("SELECT s.rowid, lower(g.code) FROM language g JOIN service s ON s.id = g.service_id",
                           [this](Statement& s, Gate& g) {
                               const QString code = s.text(1);
                               auto bit = languageBits.constFind(code);
                               if (bit == languageBits.constEnd()) {
                                   if (languageBits.size() >= 64)
                                       return;
                                   bit = languageBits.insert(code, int(languageBits.size()));
                               }
                               g.languages |= quint64(1) << *bit;
                           });
            !st)
            return st;
        if (auto st = each("SELECT DISTINCT x.service_rowid FROM (SELECT s.rowid AS service_rowid, sal.location_id "
                           "FROM service s JOIN service_at_location sal ON sal.service_id = s.id) x "
                           "WHERE EXISTS (SELECT 1 FROM accessibility y WHERE y.location_id = x.location_id)",
                           [](Statement&, Gate& g) { g.accessible = true; });
            !st)
            return st;
        if (auto st
            = each("SELECT s.rowid, h.freq, h.byday, h.opens_at, h.closes_at FROM service s "
                   "JOIN schedule h ON h.service_id = s.id UNION ALL SELECT s.rowid, h.freq, h.byday, "
                   "h.opens_at, h.closes_at FROM service s JOIN service_at_location x ON x.service_id = s.id "
                   "JOIN schedule h ON h.service_at_location_id = x.id",
                   [](Statement& s, Gate& g) { g.hours.addSchedule(s.text(1), s.text(2), s.text(3), s.text(4)); });
            !st)
            return st;
        memoryLoaded = true;
        return {};
    }

    // Facts of services seen recently: typing a word letter by letter meets the same services
    // again and again. Dropped, with the memory above, whenever the resources change: the store
    // counts resource writes (sync_state "resource_generation"), so saving a call — which happens
    // on every keystroke of a call — does not throw them away. Another connection's commit moves
    // data_version and this connection's own writes move total_changes; only then is the
    // generation read.
    QHash<qint64, Facts> cache;
    qint64 cacheVersion = -1, cacheChanges = -1;
    QString cacheGeneration = QStringLiteral("?");
    Statement dataVersion, generation;

    void validateCache()
    {
        if (!dataVersion.isValid())
            dataVersion = Statement(db, QStringLiteral("PRAGMA data_version"));
        dataVersion.reset();
        const qint64 version = dataVersion.next() ? dataVersion.integer(0) : -2;
        dataVersion.reset();
        const qint64 changes = sqlite3_total_changes64(db.handle());
        if (version != cacheVersion || changes != cacheChanges) {
            cacheVersion = version;
            cacheChanges = changes;
            if (!generation.isValid())
                generation = Statement(db,
                                       QStringLiteral("SELECT coalesce((SELECT value FROM sync_state WHERE key = "
                                                      "'resource_generation'), '0')"));
            generation.reset();
            const QString now = generation.next() ? generation.text(0) : QStringLiteral("!");
            generation.reset();
            if (now != cacheGeneration) {
                cacheGeneration = now;
                cache.clear();
                memoryLoaded = false;
            }
        }
        if (cache.size() > 50000)
            cache.clear();
    }

    Status loadFacts(QHash<qint64, Facts>& wanted)
    {
        QHash<qint64, Facts> facts;
        for (auto it = wanted.begin(); it != wanted.end(); ++it) {
            const auto hit = cache.constFind(it.key());
            if (hit != cache.constEnd())
                *it = *hit;
            else
                facts.insert(it.key(), it.value());
        }
        if (facts.isEmpty())
            return {};
        if (auto st = loadUncached(facts); !st)
            return st;
        for (auto it = facts.cbegin(); it != facts.cend(); ++it) {
            cache.insert(it.key(), it.value());
            wanted[it.key()] = it.value();
        }
        return {};
    }

    Status loadUncached(QHash<qint64, Facts>& facts)
    {
        QList<qint64> ids = facts.keys();
        const QString list = jsonList(ids);
        const auto run = [&](Statement& s, const std::function<void(Facts&)>& each, int binds = 1) -> Status {
            s.reset();
            for (int i = 1; i <= binds; ++i)
                s.bindText(i, list);
            while (s.next()) {
                auto it = facts.find(s.integer(0));
                if (it != facts.end())
                    each(*it);
            }
            if (!s.error().isEmpty())
                return Error{s.error()};
            s.reset();
            return {};
        };
        if (auto st = run(fService,
                          [&](Facts& f) {
                              f.id = fService.text(1);
                              f.name = fService.text(2);
                              f.nameFr = fService.text(3);
                              f.organization = fService.text(4);
                              f.status = fService.text(5);
                              if (!fService.isNull(6))
                                  f.minAge = fService.real(6);
                              if (!fService.isNull(7))
                                  f.maxAge = fService.real(7);
                              f.fees = fService.text(8);
                              f.languages = fService.text(9).split(u',', Qt::SkipEmptyParts);
                              if (!fService.isNull(10))
                                  f.minCost = fService.real(10);
                              for (const QString& a : fService.text(11).split(QChar(30), Qt::SkipEmptyParts))
                                  f.areas.append({a.section(QChar(31), 0, 0), a.section(QChar(31), 1)});
                              for (const QString& t : fService.text(12).split(QChar(30), Qt::SkipEmptyParts)) {
                                  const QStringList p = t.split(QChar(31));
                                  f.terms.append({p.value(0), p.value(1) + u'\x1f' + p.value(2)});
                              }
                          });
            !st)
            return st;
        if (auto st = run(fLocation,
                          [&](Facts& f) {
                              Facts::Loc l;
                              l.id = fLocation.text(1);
                              if (!fLocation.isNull(2) && !fLocation.isNull(3)) {
                                  l.lat = fLocation.real(2);
                                  l.lon = fLocation.real(3);
                              }
                              l.address = fLocation.text(4);
                              l.city = fLocation.text(5);
                              l.accessible = fLocation.integer(6) != 0;
                              f.locations.append(l);
                          });
            !st)
            return st;
        // Hours are in memory once the filters' memory is loaded: copied rather than read again.
        if (memoryLoaded) {
            for (auto it = facts.begin(); it != facts.end(); ++it) {
                if (const Gate* g = gate(it.key()))
                    it->hours = g->hours;
            }
            return {};
        }
        if (auto st = run(
                fSchedule,
                [&](Facts& f) {
                    f.hours.addSchedule(fSchedule.text(1), fSchedule.text(2), fSchedule.text(3), fSchedule.text(4));
                },
                2);
            !st)
            return st;
        return {};
    }
};

SearchEngine::SearchEngine(Database& db)
    : d(std::make_unique<Impl>(db))
{ }

SearchEngine::~SearchEngine() = default;

Status SearchEngine::prepare()
{
    d->validateCache();
    return d->loadGeography();
}

void SearchEngine::setClock(std::function<QDateTime()> clock)
{
    d->clock = std::move(clock);
}

QStringList SearchEngine::tokens(const QString& text)
{
    // Only letters and digits make words: quotes, *, ^, parentheses and NEAR( are separators, so
    // any input is a valid query. A pasted essay is cut to its first words.
    QStringList words = Gazetteer::foldWords(QStringView(text).left(MaxTokens * (MaxTokenLength + 1) * 2));
    words = words.mid(0, MaxTokens);
    for (QString& w : words)
        w.truncate(MaxTokenLength);
    return words;
}

QString SearchEngine::ftsExpression(const QStringList& words, bool lastIsPrefix, bool any)
{
    QStringList parts;
    for (int i = 0; i < words.size(); ++i) {
        QString w = words[i];
        w.replace(u'"', QStringLiteral("\"\""));
        parts << u'"' + w + u'"' + ((lastIsPrefix && i == words.size() - 1) ? QStringLiteral("*") : QString());
    }
    return parts.join(any ? QStringLiteral(" OR ") : QStringLiteral(" "));
}

Result<Place> SearchEngine::resolvePlace(const QString& input)
{
    const QString text = input.trimmed().left(200);
    Place p;
    // Coordinates: "45.42, -75.69"
    static const QRegularExpression coords(
        QStringLiteral("^(-?\\d{1,2}(?:\\.\\d+)?)\\s*[, ]\\s*(-?\\d{1,3}(?:\\.\\d+)?)$"));
    if (const auto m = coords.match(text); m.hasMatch()) {
        p.latitude = m.captured(1).toDouble();
        p.longitude = m.captured(2).toDouble();
        if (std::abs(p.latitude) > 90 || std::abs(p.longitude) > 180)
            return Error{tr("%1 is not a valid latitude and longitude.").arg(text)};
        p.kind = Place::Kind::Coordinates;
        p.measuredFrom = tr("the coordinates %1, %2").arg(p.latitude).arg(p.longitude);
        double best = 1e9;
        for (const auto& m2 : Gazetteer::ontario().municipalities()) {
            const double km = distanceKm(p.latitude, p.longitude, m2.latitude, m2.longitude);
            if (km < best && km < 30) {
                best = km;
                p.municipality = m2.name;
                p.division = m2.division;
                p.region = m2.region;
            }
        }
        return p;
    }
    // Postal code, or its first three characters (the forward sortation area).
    static const QRegularExpression postal(QStringLiteral("^([A-Za-z]\\d[A-Za-z])\\s*(\\d[A-Za-z]\\d)?$"));
    if (const auto m = postal.match(text); m.hasMatch()) {
        const QString fsa = m.captured(1).toUpper();
        const bool rural = fsa.at(1) == u'0';
        const Municipality* muni = Gazetteer::ontario().byFsa(fsa);
        // Where resources are listed in that area, their average position; else the town's centre.
        d->fsaCentre.reset();
        d->fsaCentre.bindText(1, fsa);
        d->fsaCentre.bindText(2, fsa + QStringLiteral("~"));
        const bool fromResources = d->fsaCentre.next() && d->fsaCentre.integer(2) > 0;
        if (fromResources && (rural || !muni)) {
            p.latitude = d->fsaCentre.real(0);
            p.longitude = d->fsaCentre.real(1);
            p.measuredFrom = tr("the average position of the services listed in postal area %1%2")
                                 .arg(fsa, rural ? tr(" (a rural area: distances are rough)") : QString());
        } else if (muni) {
            p.latitude = muni->latitude;
            p.longitude = muni->longitude;
            p.measuredFrom = tr("the centre of %1 (postal area %2%3)")
                                 .arg(muni->name, fsa, rural ? tr(", a rural area: distances are rough") : QString());
        } else {
            d->fsaCentre.reset();
            return Error{tr("The postal code %1 is not in a known Ontario postal area.").arg(text.toUpper())};
        }
        d->fsaCentre.reset();
        if (muni) {
            p.municipality = muni->name;
            p.division = muni->division;
            p.region = muni->region;
        }
        p.kind = m.captured(2).isEmpty() ? Place::Kind::PostalArea : Place::Kind::PostalCode;
        return p;
    }
    if (const Municipality* m = Gazetteer::ontario().find(text)) {
        p.kind = Place::Kind::Municipality;
        p.latitude = m->latitude;
        p.longitude = m->longitude;
        p.municipality = m->name;
        p.division = m->division;
        p.region = m->region;
        p.measuredFrom = tr("the centre of %1").arg(m->name);
        return p;
    }
    // A place the resources themselves name.
    d->cityCentre.reset();
    d->cityCentre.bindText(1, text);
    if (d->cityCentre.next() && !d->cityCentre.isNull(0)) {
        p.kind = Place::Kind::ResourceCity;
        p.latitude = d->cityCentre.real(0);
        p.longitude = d->cityCentre.real(1);
        p.municipality = d->cityCentre.text(2);
        p.measuredFrom = tr("the average position of the services listed in %1").arg(p.municipality);
        d->cityCentre.reset();
        return p;
    }
    d->cityCentre.reset();
    return Error{tr("\"%1\" is not a known Ontario place, postal code or latitude, longitude.").arg(text)};
}

namespace {

// How well the words match a service's fields, 0..1, weighted like bm25's columns (name over
// taxonomy over organization over description). Used where the index gives no rank.
double fieldScore(const QStringList& words, bool lastIsPrefix, const Facts& f)
{
    QString termText;
    for (const auto& t : f.terms)
        termText += u' ' + t.second;
    const QStringList fields[] = {Gazetteer::foldWords(QString(f.name + u' ' + f.nameFr)),
                                  Gazetteer::foldWords(termText),
                                  Gazetteer::foldWords(f.organization)};
    const double weights[] = {10, 5, 3};
    double score = 0;
    for (int i = 0; i < words.size(); ++i) {
        const bool prefix = lastIsPrefix && i == words.size() - 1;
        double best = 1; // in the description or a use reference
        for (int k = 0; k < 3 && best < weights[k]; ++k) {
            for (const QString& w : fields[k]) {
                if (prefix ? w.startsWith(words[i]) : w == words[i]) {
                    best = weights[k];
                    break;
                }
            }
        }
        score += best;
    }
    // A name that starts with the words reads best in a list being typed into.
    if (!fields[0].isEmpty() && !words.isEmpty() && fields[0].first().startsWith(words.first()))
        score += 2;
    return score / (12.0 * std::max<qsizetype>(1, words.size()));
}

} // namespace

Result<SearchResponse> SearchEngine::search(const SearchQuery& q)
{
    QElapsedTimer timer;
    timer.start();
    d->validateCache();
    SearchResponse response;
    const QStringList words = tokens(q.text);
    const bool lastIsPrefix = !q.text.isEmpty() && !q.text.back().isSpace();
    const QString code = q.taxonomyCode.trimmed().toUpper();
    if (words.isEmpty() && code.isEmpty() && !q.near) {
        response.note = q.text.trimmed().isEmpty() ? tr("Type a need, a service or an organization to search.")
                                                   : tr("Nothing to search for in \"%1\".").arg(q.text.left(40));
        response.elapsedMicros = timer.nsecsElapsed() / 1000;
        return response;
    }
    const auto fail = [&](Statement& s) {
        return Error{tr("The search failed: %1").arg(s.error())};
    };

    // Candidates and what is known of them before their facts are loaded.
    struct Candidate
    {
        double text = 0; // 0..1; -1: matched, to be scored from its fields
        int taxonomy = 0; // 2: the term itself, 1: a narrower term
        std::optional<double> km; // nearest location in the radius
        bool covering = false;
        double prescore = 0;
        QString useReferenceOf; // found through a use reference of this term
    };
    QHash<qint64, Candidate> candidates;

    // 1. Place: services with a point in the radius, and those whose area covers the caller,
    // from the engine's in-memory copy of points and areas (see Impl::loadGeography).
    bool placeRestricts = false;
    QSet<qint64> covering;
    QHash<qint64, double> nearKm;
    if (q.near) {
        if (auto st = d->loadGeography(); !st)
            return Error{tr("The search failed: %1").arg(st.error())};
        const Place& p = *q.near;
        for (const QString& n : {p.municipality, p.division, p.region, QStringLiteral("Ontario")}) {
            if (n.isEmpty())
                continue;
            for (qint64 id : d->coverage.value(n.toLower()))
                covering.insert(id);
        }
        if (q.radiusKm > 0) {
            placeRestricts = true;
            const double dLat = q.radiusKm / EarthKmPerDegree;
            const double dLon = q.radiusKm / (EarthKmPerDegree * std::max(0.05, std::cos(p.latitude * M_PI / 180)));
            const auto from = std::lower_bound(d->points.cbegin(),
                                               d->points.cend(),
                                               p.latitude - dLat,
                                               [](const Impl::Point& a, double lat) { return a.lat < lat; });
            for (auto point = from; point != d->points.cend() && point->lat <= p.latitude + dLat; ++point) {
                if (std::abs(point->lon - p.longitude) > dLon)
                    continue;
                const double km = distanceKm(p.latitude, p.longitude, point->lat, point->lon);
                if (km > q.radiusKm)
                    continue;
                auto it = nearKm.find(point->service);
                if (it == nearKm.end())
                    nearKm.insert(point->service, km);
                else
                    *it = std::min(*it, km);
            }
        }
    }
    const auto inPlace = [&](qint64 id) {
        return !placeRestricts || nearKm.contains(id) || covering.contains(id);
    };

    const bool trace = m_trace;
    if (trace)
        qInfo("place %lld us (%lld near, %lld covering)",
              timer.nsecsElapsed() / 1000,
              qint64(nearKm.size()),
              qint64(covering.size()));
    // 2. Taxonomy: the term and every narrower term.
    std::optional<QHash<qint64, int>> taxonomySet;
    if (!code.isEmpty()) {
        QHash<qint64, int> set;
        d->taxonomySubtree.reset();
        d->taxonomySubtree.bindText(1, code);
        while (d->taxonomySubtree.next()) {
            int& match = set[d->taxonomySubtree.integer(0)];
            match = std::max(match, int(d->taxonomySubtree.integer(1)));
        }
        if (!d->taxonomySubtree.error().isEmpty())
            return fail(d->taxonomySubtree);
        taxonomySet = std::move(set);
    }
    const auto inRestriction = [&](qint64 id) {
        return inPlace(id) && (!taxonomySet || taxonomySet->contains(id));
    };
    const bool restricted = placeRestricts || taxonomySet;

    // 3. Words: all of them; if no service has all, any of them.
    bool anyWord = false;
    const bool shortPrefix = words.size() == 1 && lastIsPrefix && words.first().size() <= 3;
    if (!words.isEmpty()) {
        for (bool any : {false, true}) {
            if (any && (words.size() < 2 || !candidates.isEmpty()))
                break;
            anyWord = any;
            const QString expression = ftsExpression(words, lastIsPrefix, any);
            if (restricted || shortPrefix) {
                // Every match, unranked (cheap: the index's row list); ranked below from the fields.
                Statement& s = shortPrefix && !restricted ? d->ftsShort : d->ftsRowids;
                s.reset();
                s.bindText(1, shortPrefix ? QStringLiteral("{name taxonomy} : ") + expression : expression);
                while (s.next()) {
                    const qint64 id = s.integer(0);
                    if (inRestriction(id))
                        candidates[id].text = -1;
                }
                if (!s.error().isEmpty())
                    return fail(s);
                s.reset();
            } else {
                // Names first: they rank highest, and ranking only the services whose name has
                // the words is cheap. Only when names alone give too few is every column ranked.
                for (const bool namesOnly : {true, false}) {
                    if (!namesOnly && candidates.size() >= TextCandidates / 2)
                        break;
                    d->ftsAll.reset();
                    d->ftsAll.bindText(1, namesOnly ? QStringLiteral("{name} : (") + expression + u')' : expression);
                    double best = 0;
                    while (d->ftsAll.next()) {
                        const double rank = d->ftsAll.real(1);
                        best = std::min(best, rank);
                        const double text = best < 0 ? rank / best : 1;
                        auto it = candidates.find(d->ftsAll.integer(0));
                        if (it == candidates.end()) {
                            Candidate c;
                            c.text = namesOnly ? text : text * 0.9;
                            candidates.insert(d->ftsAll.integer(0), c);
                        }
                    }
                    if (!d->ftsAll.error().isEmpty())
                        return fail(d->ftsAll);
                    d->ftsAll.reset();
                }
            }
            if (!any && !shortPrefix) {
                // Use references ("food bank" for food pantries): the terms whose other names have
                // the words, and the services indexed with them.
                d->aliasTerms.reset();
                d->aliasTerms.bindText(1, QStringLiteral("{aliases} : (") + expression + u')');
                QList<QPair<QString, QString>> terms;
                while (d->aliasTerms.next())
                    terms.append({d->aliasTerms.text(0), d->aliasTerms.text(1)});
                if (!d->aliasTerms.error().isEmpty())
                    return fail(d->aliasTerms);
                d->aliasTerms.reset();
                for (const auto& [termCode, termName] : terms) {
                    d->termServices.reset();
                    d->termServices.bindText(1, termCode);
                    while (d->termServices.next()) {
                        const qint64 id = d->termServices.integer(0);
                        if (!inRestriction(id))
                            continue;
                        auto it = candidates.find(id);
                        if (it == candidates.end()) {
                            Candidate c;
                            c.text = UseReferenceScore;
                            c.useReferenceOf = termName;
                            candidates.insert(id, c);
                        } else if (it->useReferenceOf.isEmpty()) {
                            it->useReferenceOf = termName;
                            if (it->text >= 0)
                                it->text = std::max(it->text, UseReferenceScore);
                        }
                    }
                    d->termServices.reset();
                }
            }
        }
    } else if (taxonomySet) {
        for (auto it = taxonomySet->cbegin(); it != taxonomySet->cend(); ++it) {
            if (inRestriction(it.key()))
                candidates.insert(it.key(), Candidate{});
        }
    } else if (placeRestricts) {
        for (auto it = nearKm.cbegin(); it != nearKm.cend(); ++it)
            candidates.insert(it.key(), Candidate{});
        for (qint64 id : std::as_const(covering))
            candidates.insert(id, Candidate{});
    } else if (q.near) {
        // A place alone, with no radius: the services that cover it.
        for (qint64 id : covering)
            candidates.insert(id, Candidate{});
        if (candidates.isEmpty()) {
            response.note = tr("Add a need, a service or a radius to search near a place.");
            return response;
        }
    }

    if (trace)
        qInfo("text %lld us (%lld candidates)", timer.nsecsElapsed() / 1000, qint64(candidates.size()));
    // 4. Filters, on every candidate, from the memory of what each service offers.
    const QString language = q.filters.language.trimmed().toLower();
    const QDateTime openAt = q.filters.openAt.value_or(d->clock());
    const bool anyFilter = !q.filters.includeInactive || !language.isEmpty() || q.filters.age || q.filters.freeOnly
        || q.filters.accessibleOnly || q.filters.openAt;
    if (anyFilter && !candidates.isEmpty()) {
        if (auto st = d->loadGeography(); !st)
            return Error{tr("The search failed: %1").arg(st.error())};
        const auto bit = d->languageBits.constFind(language);
        // A language past the 64 kept as bits is checked on the facts instead.
        const bool languageByBit
            = language.isEmpty() || bit != d->languageBits.constEnd() || d->languageBits.size() < 64;
        const quint64 languageMask = language.isEmpty() || bit == d->languageBits.constEnd() ? 0 : quint64(1) << *bit;
        // The centre's local time once, rather than once per service.
        const QDateTime localOpenAt = openAt.toTimeZone(OpeningHours::timeZone());
        for (auto it = candidates.begin(); it != candidates.end();) {
            const Impl::Gate* g = d->gate(it.key());
            bool pass = g != nullptr;
            if (pass && !q.filters.includeInactive)
                pass = g->active;
            if (pass && !language.isEmpty() && languageByBit)
                pass = (g->languages & languageMask) != 0;
            if (pass && q.filters.age)
                pass = !(g->minAge && *q.filters.age < *g->minAge) && !(g->maxAge && *q.filters.age > *g->maxAge);
            if (pass && q.filters.freeOnly)
                pass = g->free;
            if (pass && q.filters.accessibleOnly)
                pass = g->accessible;
            if (pass && q.filters.openAt)
                pass = !g->hours.isEmpty() && g->hours.isOpenAt(localOpenAt);
            it = pass ? std::next(it) : candidates.erase(it);
        }
    }

    if (trace)
        qInfo("filters %lld us (%lld candidates left)", timer.nsecsElapsed() / 1000, qint64(candidates.size()));
    // 5. What is known so far orders the candidates; their facts are loaded best first.
    const auto blend = [&](double text, int taxonomy, std::optional<double> km, bool cover) {
        double score = 0, weight = 0;
        if (!words.isEmpty()) {
            score += 0.6 * text * (anyWord ? 0.7 : 1.0);
            weight += 0.6;
        }
        if (taxonomySet) {
            score += 0.25 * (taxonomy == 2 ? 1.0 : taxonomy == 1 ? 0.8 : 0.0);
            weight += 0.25;
        }
        if (q.near) {
            const double dist = km ? 1.0 / (1.0 + *km / 10.0) : 0;
            score += 0.15 * std::max(dist, cover ? 0.3 : 0.0);
            weight += 0.15;
        }
        return weight > 0 ? std::round(score / weight * 1e6) / 1e6 : 0;
    };
    QList<std::pair<double, qint64>> order;
    order.reserve(candidates.size());
    for (auto it = candidates.begin(); it != candidates.end(); ++it) {
        Candidate& c = it.value();
        if (taxonomySet)
            c.taxonomy = taxonomySet->value(it.key());
        if (nearKm.contains(it.key()))
            c.km = nearKm.value(it.key());
        c.covering = covering.contains(it.key());
        c.prescore = blend(c.text < 0 ? 1.0 : c.text, c.taxonomy, c.km, c.covering);
        order.append({-c.prescore, it.key()});
    }
    std::sort(order.begin(), order.end());

    const int wanted = std::max(0, q.offset) + std::clamp(q.limit, 1, 500);
    // Unranked text matches are scored from their fields, so more of them are looked at.
    // Without words, what orders them (term, distance, coverage) is known before, so fewer will do.
    const int minimumLooked = restricted && !shortPrefix && !words.isEmpty() ? 120 : 40;
    QList<SearchResult> results;
    QHash<QString, Facts> pageFacts;
    int looked = 0;
    for (qsizetype from = 0; from < order.size(); from += 40) {
        if (int(results.size()) >= wanted && looked >= minimumLooked)
            break;
        QHash<qint64, Facts> facts;
        for (qsizetype i = from; i < std::min<qsizetype>(order.size(), from + 40); ++i) {
            Facts f;
            f.rowid = order[i].second;
            facts.insert(f.rowid, f);
        }
        looked += int(facts.size());
        if (auto st = d->loadFacts(facts); !st)
            return Error{tr("The search failed: %1").arg(st.error())};
        for (const Facts& f : std::as_const(facts)) {
            if (f.id.isEmpty())
                continue;
            if (!q.filters.includeInactive && f.status != QLatin1String("active"))
                continue;
            if (!language.isEmpty() && !f.languages.contains(language))
                continue;
            if (q.filters.age) {
                const int age = *q.filters.age;
                if ((f.minAge && age < *f.minAge) || (f.maxAge && age > *f.maxAge))
                    continue;
            }
            const bool free
                = (f.minCost && *f.minCost == 0) || f.fees.startsWith(QLatin1String("free"), Qt::CaseInsensitive);
            if (q.filters.freeOnly && !free)
                continue;
            if (q.filters.accessibleOnly
                && std::none_of(f.locations.begin(), f.locations.end(), [](const auto& l) { return l.accessible; }))
                continue;
            std::optional<bool> open;
            if (!f.hours.isEmpty())
                open = f.hours.isOpenAt(openAt);
            if (q.filters.openAt && open != true)
                continue;

            const Candidate& c = candidates[f.rowid];
            SearchResult r;
            r.serviceId = f.id;
            r.serviceName = f.name;
            r.serviceNameFr = f.nameFr;
            r.organizationName = f.organization;
            r.status = f.status;
            r.openNow = open;
            const Facts::Loc* nearest = f.locations.isEmpty() ? nullptr : &f.locations.first();
            if (q.near) {
                for (const auto& l : f.locations) {
                    if (!l.lat)
                        continue;
                    const double km = distanceKm(q.near->latitude, q.near->longitude, *l.lat, *l.lon);
                    if (!r.distanceKm || km < *r.distanceKm) {
                        r.distanceKm = km;
                        nearest = &l;
                    }
                }
                for (const auto& [name, type] : f.areas) {
                    const QString folded = Gazetteer::fold(name);
                    if (folded == Gazetteer::fold(q.near->municipality) || folded == Gazetteer::fold(q.near->division)
                        || folded == Gazetteer::fold(q.near->region) || folded == QLatin1String("ontario")) {
                        r.coveredByServiceArea = true;
                        r.serviceArea = name;
                        break;
                    }
                }
                const bool inRadius = r.distanceKm && (q.radiusKm <= 0 || *r.distanceKm <= q.radiusKm);
                if (q.radiusKm > 0 && !inRadius && !r.coveredByServiceArea)
                    continue;
            }
            if (nearest) {
                r.locationId = nearest->id;
                r.address = nearest->address;
                r.city = nearest->city;
            }
            double text = c.text;
            if (text < 0) {
                text = fieldScore(words, lastIsPrefix, f);
                if (!c.useReferenceOf.isEmpty())
                    text = std::max(text, UseReferenceScore);
            }
            const bool inRadius = r.distanceKm && (q.radiusKm <= 0 || *r.distanceKm <= q.radiusKm);
            r.score = blend(text, c.taxonomy, inRadius ? r.distanceKm : std::nullopt, r.coveredByServiceArea);
            pageFacts.insert(f.id, f);
            results.append(std::move(r));
        }
    }

    if (trace)
        qInfo("facts %lld us (%d looked at)", timer.nsecsElapsed() / 1000, looked);
    std::sort(results.begin(), results.end(), [](const SearchResult& a, const SearchResult& b) {
        if (a.score != b.score)
            return a.score > b.score;
        const double da = a.distanceKm.value_or(1e9), db = b.distanceKm.value_or(1e9);
        if (da != db)
            return da < db;
        if (a.serviceName != b.serviceName)
            return a.serviceName < b.serviceName;
        return a.serviceId < b.serviceId;
    });
    response.total = int(results.size());
    response.more = looked < int(order.size());
    const int offset = std::clamp(q.offset, 0, int(results.size()));
    response.results = results.mid(offset, std::clamp(q.limit, 1, 500));

    // 6. Why each shown result matched, in words a specialist can read out.
    for (SearchResult& r : response.results) {
        const Facts& f = pageFacts[r.serviceId];
        if (!words.isEmpty()) {
            QStringList inName, inTerms, inOrg, other;
            const QStringList foldedName = Gazetteer::foldWords(QString(f.name + u' ' + f.nameFr));
            const QStringList foldedOrg = Gazetteer::foldWords(f.organization);
            QString termText;
            for (const auto& t : f.terms)
                termText += u' ' + t.second;
            const QStringList foldedTerms = Gazetteer::foldWords(termText);
            for (int i = 0; i < words.size(); ++i) {
                const QString& w = words[i];
                const bool prefix = lastIsPrefix && i == words.size() - 1;
                const auto has = [&](const QStringList& hay) {
                    for (const QString& word : hay) {
                        if (prefix ? word.startsWith(w) : word == w)
                            return true;
                    }
                    return false;
                };
                (has(foldedName) ? inName : has(foldedTerms) ? inTerms : has(foldedOrg) ? inOrg : other) << w;
            }
            if (!inName.isEmpty())
                r.matched << tr("name: %1").arg(inName.join(QStringLiteral(", ")));
            if (!inTerms.isEmpty())
                r.matched << tr("taxonomy: %1").arg(inTerms.join(QStringLiteral(", ")));
            if (!inOrg.isEmpty())
                r.matched << tr("organization: %1").arg(inOrg.join(QStringLiteral(", ")));
            if (!other.isEmpty())
                r.matched << tr("description or use reference: %1").arg(other.join(QStringLiteral(", ")));
        }
        const QString viaTerm = candidates.value(f.rowid).useReferenceOf;
        if (!viaTerm.isEmpty())
            r.matched << tr("use reference of %1").arg(viaTerm);
        const int taxonomy = taxonomySet ? taxonomySet->value(f.rowid) : 0;
        if (taxonomy > 0) {
            QString termName;
            for (const auto& t : f.terms) {
                if (t.first == code || t.first.startsWith(code + u'.') || t.first.startsWith(code + u'-')) {
                    termName = t.first + u' ' + t.second.section(u'\x1f', 0, 0);
                    break;
                }
            }
            r.matched << (taxonomy == 2 ? tr("term %1").arg(termName) : tr("narrower term %1").arg(termName));
        }
        if (r.distanceKm && (q.radiusKm <= 0 || *r.distanceKm <= q.radiusKm))
            r.matched << tr("%1 km away").arg(formatKm(*r.distanceKm));
        if (r.coveredByServiceArea)
            r.matched << tr("serves %1").arg(r.serviceArea);
        if (r.openNow)
            r.matched << (*r.openNow ? tr("open") : tr("closed"));
    }
    if (q.near)
        response.note = tr("Distances are measured from %1.").arg(q.near->measuredFrom);
    if (anyWord && response.total > 0)
        response.note
            = QString(response.note + u' ' + tr("No service has all the words; showing those with some.")).trimmed();
    response.elapsedMicros = timer.nsecsElapsed() / 1000;
    return response;
}

Result<TaxonomySearchResult> searchTaxonomy(Database& db, const QString& text, int limit)
{
    TaxonomySearchResult out;
    const QString trimmed = text.trimmed().left(200);
    const QStringList words = SearchEngine::tokens(trimmed);
    if (words.isEmpty())
        return out;
    // A code typed as such ("BD-1800", "bd-18") matches codes by prefix first.
    static const QRegularExpression codeLike(QStringLiteral("^[A-Za-z]{1,2}(-[0-9.\\-]*)?$"));
    QSet<QString> seen;
    // More than asked for, so an exact name or use reference that bm25 ranks low is still found;
    // the list is cut to `limit` after exact matches are put first.
    const int pool = std::min(limit * 3, 100);
    const auto add = [&](Statement& s, const QString& how) {
        while (s.next() && out.terms.size() < pool) {
            TaxonomyMatch m{s.text(0), s.text(1), s.text(2), s.text(3), s.real(4), how.isEmpty() ? s.text(5) : how};
            if (!seen.contains(m.id)) {
                seen.insert(m.id);
                out.terms.append(m);
            }
        }
        return s.error();
    };
    if (codeLike.match(trimmed).hasMatch()) {
        Statement s(
            db,
            QStringLiteral("SELECT id, code, name, coalesce(name_fr, ''), 0, '' FROM taxonomy_term WHERE code >= "
                           "?1 AND code < ?1 || '~' ORDER BY length(code), code LIMIT ?2"));
        s.bindText(1, trimmed.toUpper());
        s.bindInt(2, limit);
        if (const QString e = add(s, SearchEngine::tr("code")); !e.isEmpty())
            return Error{e};
    }
    // Names and use references together (codes were handled above). Which of the two matched is
    // not told apart: SQLite cannot use MATCH on one column inside the select list.
    Statement s(db,
                QStringLiteral("SELECT t.id, t.code, t.name, coalesce(t.name_fr, ''), "
                               "bm25(taxonomy_fts, 2.0, 10.0, 6.0) AS r, '' "
                               "FROM taxonomy_fts f JOIN taxonomy_term t ON t.rowid = f.rowid "
                               "WHERE taxonomy_fts MATCH ?1 ORDER BY r, t.code LIMIT ?2"));
    const bool prefix = !text.isEmpty() && !text.back().isSpace();
    s.bindText(1, QStringLiteral("{name aliases} : (") + SearchEngine::ftsExpression(words, prefix, false) + u')');
    s.bindInt(2, pool);
    if (const QString e = add(s, SearchEngine::tr("name or use reference")); !e.isEmpty())
        return Error{e};
    // A term whose name or use reference is exactly what was typed comes first ("food bank" is a
    // use reference of Food Pantries; other terms only contain the words).
    if (out.terms.size() > 1) {
        const QStringList& typed = words;
        Statement aliases(db, QStringLiteral("SELECT alias FROM taxonomy_term_alias WHERE term_id = ?"));
        const auto exact = [&](const TaxonomyMatch& m) {
            if (SearchEngine::tokens(m.name) == typed || SearchEngine::tokens(m.nameFr) == typed)
                return true;
            aliases.reset();
            aliases.bindText(1, m.id);
            bool found = false;
            while (aliases.next())
                found = found || SearchEngine::tokens(aliases.text(0)) == typed;
            aliases.reset();
            return found;
        };
        std::stable_partition(out.terms.begin(), out.terms.end(), exact);
    }
    if (out.terms.size() > limit)
        out.terms.resize(limit);
    if (!out.terms.isEmpty()) {
        Statement r(
            db,
            QStringLiteral("SELECT t.id, t.code, t.name, coalesce(t.name_fr, ''), 0, '' FROM taxonomy_term_see_also x "
                           "JOIN taxonomy_term t ON t.id = x.see_also_id WHERE x.term_id = ? ORDER BY t.code"));
        r.bindText(1, out.terms.first().id);
        while (r.next())
            out.related.append({r.text(0), r.text(1), r.text(2), r.text(3), 0, SearchEngine::tr("see also")});
    }
    return out;
}

} // namespace open211
