#include "reports/CommunityReport.h"

#include "geo/Gazetteer.h"

#include <algorithm>
#include <tuple>

namespace open211 {

ReportBuilder::ReportBuilder(ReportFilter filter, const QList<ReportTerm>& terms, QDateTime now)
    : m_filter(std::move(filter))
    , m_now(std::move(now))
{
    m_report.filter = m_filter;
    m_report.generatedAt = m_now;
    for (const ReportTerm& t : terms)
        m_terms.insert(t.code, t);
    // Every period of the report, empty ones too (a chart shows the gaps).
    if (m_filter.from.isValid() && m_filter.to.isValid() && m_filter.from <= m_filter.to) {
        for (QDate d = periodStart(m_filter.from, m_filter.granularity); d <= m_filter.to;) {
            m_periodByStart.insert(d, int(m_periodStarts.size()));
            m_periodStarts << d;
            switch (m_filter.granularity) {
            case ReportGranularity::Day:
                d = d.addDays(1);
                break;
            case ReportGranularity::Week:
                d = d.addDays(7);
                break;
            case ReportGranularity::Month:
                d = d.addMonths(1);
                break;
            }
        }
    }
    m_periodNeeds.resize(m_periodStarts.size());
    m_periodCalls.resize(m_periodStarts.size());
}

QDate ReportBuilder::periodStart(const QDate& day, ReportGranularity granularity)
{
    switch (granularity) {
    case ReportGranularity::Day:
        return day;
    case ReportGranularity::Week:
        return day.addDays(1 - day.dayOfWeek());
    case ReportGranularity::Month:
        return QDate(day.year(), day.month(), 1);
    }
    return day;
}

namespace {

// A key found without copying the bytes (QHash of QByteArray, looked up by a view).
QByteArray raw(QByteArrayView v)
{
    return QByteArray::fromRawData(v.data(), v.size());
}

QString text(QByteArrayView v)
{
    return QString::fromUtf8(v).trimmed();
}

} // namespace

ReportBuilder::LocalTime ReportBuilder::localTime(QByteArrayView utc)
{
    // Calls cluster in hours: the conversion is made once per hour of the period.
    int key = 0;
    if (utc.size() < 13)
        return {};
    for (int i : {0, 1, 2, 3, 5, 6, 8, 9, 11, 12}) {
        const char c = utc[i];
        if (c < '0' || c > '9')
            return {};
        key = key * 10 + (c - '0');
    }
    auto it = m_localByHour.constFind(key);
    if (it == m_localByHour.constEnd()) {
        const QDateTime t
            = QDateTime::fromString(QString::fromLatin1(utc.first(13)) + QStringLiteral(":00:00Z"), Qt::ISODate);
        LocalTime local;
        if (t.isValid()) {
            const QDateTime l = t.toLocalTime();
            local = LocalTime{l.date(), l.time().hour(), l.date().dayOfWeek() - 1, -1, true};
            if (local.day >= m_filter.from && local.day <= m_filter.to)
                local.period = m_periodByStart.value(periodStart(local.day, m_filter.granularity), -1);
        }
        it = m_localByHour.insert(key, local);
    }
    return *it;
}

int ReportBuilder::placeOf(QByteArrayView municipality)
{
    auto it = m_placeByName.constFind(raw(municipality));
    if (it != m_placeByName.constEnd())
        return *it;
    const QString name = text(municipality);
    Place p;
    const Municipality* m = name.isEmpty() ? nullptr : Gazetteer::ontario().find(name);
    p.name = m ? m->name : name;
    p.nameFr = m && m->nameFr != m->name ? m->nameFr : QString();
    p.region = m ? m->region : QString();
    if (!m_filter.municipality.isEmpty()) {
        const Municipality* wanted = Gazetteer::ontario().find(m_filter.municipality);
        p.inFilter = wanted ? wanted == m : Gazetteer::fold(name) == Gazetteer::fold(m_filter.municipality);
    }
    if (!m_filter.region.isEmpty() && p.region.compare(m_filter.region, Qt::CaseInsensitive) != 0)
        p.inFilter = false;
    auto region = m_regionIndex.constFind(p.region);
    if (region == m_regionIndex.constEnd()) {
        region = m_regionIndex.insert(p.region, int(m_regions.size()));
        m_regions << p.region;
    }
    p.regionIndex = *region;
    const int index = int(m_places.size());
    m_places << p;
    m_placeByName.insert(municipality.toByteArray(), index);
    return index;
}

int ReportBuilder::addCall(QByteArrayView startedAtUtc, QByteArrayView municipality, QByteArrayView language)
{
    const LocalTime t = localTime(startedAtUtc);
    const int period = t.period;
    if (period < 0)
        return -1;
    const int place = placeOf(municipality);
    if (!m_places[place].inFilter)
        return -1;
    ++m_report.calls;
    ++m_periodCalls[period];
    ++m_report.callsByHour[t.hour];
    ++m_report.callsByWeekday[t.weekday];
    ++m_report.callsByWeekdayHour[t.weekday][t.hour];
    auto lang = m_languages.find(raw(language));
    if (lang == m_languages.end())
        lang = m_languages.insert(language.toByteArray(), 0);
    ++*lang;
    m_calls.push_back(CallFacts{place, period});
    return int(m_calls.size()) - 1;
}

int ReportBuilder::bucketOf(QByteArrayView code)
{
    auto it = m_bucketByCode.constFind(raw(code));
    if (it != m_bucketByCode.constEnd())
        return *it;
    const QByteArray stored = code.toByteArray();
    const QString key = text(code);
    // The path from the term up to its root.
    QStringList path;
    for (QString c = key; !c.isEmpty() && path.size() < 32;) {
        path << c;
        const auto t = m_terms.constFind(c);
        c = t == m_terms.constEnd() ? QString() : t->parentCode;
    }
    QString bucket;
    if (m_filter.category.isEmpty()) {
        bucket = m_terms.contains(path.value(path.size() - 1)) ? path.last() : QString();
    } else {
        const qsizetype at = path.indexOf(m_filter.category);
        if (at < 0) {
            m_bucketByCode.insert(stored, -1);
            return -1;
        }
        bucket = at == 0 ? m_filter.category : path[at - 1];
    }
    int index = -1;
    for (int i = 0; i < m_buckets.size(); ++i) {
        if (m_buckets[i].key == bucket) {
            index = i;
            break;
        }
    }
    if (index < 0) {
        ReportRow row;
        row.key = bucket;
        const auto t = m_terms.constFind(bucket);
        row.label = t == m_terms.constEnd() ? QString() : t->name; // empty: not in the taxonomy
        row.labelFr = t == m_terms.constEnd() ? QString() : t->nameFr;
        index = int(m_buckets.size());
        m_buckets << row;
    }
    m_bucketByCode.insert(stored, index);
    return index;
}

void ReportBuilder::addNeed(int call, QByteArrayView termCode, int met, QByteArrayView unmetReason)
{
    if (call < 0 || call >= int(m_calls.size()))
        return;
    const int bucket = bucketOf(termCode);
    if (bucket < 0)
        return;
    const CallFacts& c = m_calls[size_t(call)];
    ReportRow& row = m_buckets[bucket];
    ++row.count;
    row.met += met == 1;
    row.unmet += met == 0;
    ++m_report.needs;
    m_report.met += met == 1;
    m_report.unmet += met == 0;
    m_places[c.place].needs.add(met);
    m_periodNeeds[c.period].add(met);
    m_cells[quint64(c.period) << 40 | quint64(m_places[c.place].regionIndex) << 20 | quint64(bucket)].add(met);
    if (met == 0) {
        auto reason = m_reasons.find(raw(unmetReason));
        if (reason == m_reasons.end())
            reason = m_reasons.insert(unmetReason.toByteArray(), {});
        reason->add(0);
    }
}

void ReportBuilder::addReferral(int call,
                                QByteArrayView serviceId,
                                QByteArrayView serviceName,
                                QByteArrayView organization)
{
    if (call < 0 || call >= int(m_calls.size()))
        return;
    ++m_report.referrals;
    auto org = m_organizations.find(raw(organization));
    if (org == m_organizations.end())
        org = m_organizations.insert(organization.toByteArray(), 0);
    ++*org;
    auto s = m_services.find(raw(serviceId));
    if (s == m_services.end())
        s = m_services.insert(serviceId.toByteArray(), {serviceName.toByteArray(), 0});
    ++s->second;
}

void ReportBuilder::addReferralTotals(qint64 referrals,
                                      const QList<std::tuple<QByteArray, QByteArray, qint64>>& services,
                                      const QList<std::pair<QByteArray, qint64>>& organizations)
{
    m_report.referrals += referrals;
    for (const auto& [id, name, n] : services) {
        auto s = m_services.find(id);
        if (s == m_services.end())
            s = m_services.insert(id, {name, 0});
        s->second += n;
    }
    for (const auto& [name, n] : organizations)
        m_organizations[name] += n;
}

void ReportBuilder::addFollowUp(int call, QByteArrayView dueAtUtc, QByteArrayView state)
{
    if (call < 0 || call >= int(m_calls.size()))
        return;
    if (state == "done") {
        ++m_report.followUpsDone;
    } else if (state == "cancelled") {
        ++m_report.followUpsCancelled;
    } else {
        ++m_report.followUpsDue;
        const QDateTime due = QDateTime::fromString(QString::fromLatin1(dueAtUtc), Qt::ISODateWithMs);
        if (due.isValid() && due < m_now)
            ++m_report.followUpsOverdue;
    }
}

namespace {
void sortByCount(QList<ReportRow>& rows)
{
    std::sort(rows.begin(), rows.end(), [](const ReportRow& a, const ReportRow& b) {
        return a.count != b.count ? a.count > b.count : a.key < b.key;
    });
}
} // namespace

CommunityReport ReportBuilder::finish()
{
    CommunityReport r = std::move(m_report);
    r.categories = m_buckets;
    sortByCount(r.categories);
    // Places by their gazetteer name: "Grand Sudbury" and "Greater Sudbury" are one row.
    QHash<QString, ReportRow> regions, municipalities;
    for (const Place& p : std::as_const(m_places)) {
        if (p.needs.count == 0)
            continue;
        ReportRow& municipality = municipalities[p.name];
        municipality.key = municipality.label = p.name;
        municipality.labelFr = p.nameFr;
        municipality.count += p.needs.count;
        municipality.met += p.needs.met;
        municipality.unmet += p.needs.unmet;
        ReportRow& region = regions[p.region];
        region.key = region.label = p.region;
        region.count += p.needs.count;
        region.met += p.needs.met;
        region.unmet += p.needs.unmet;
    }
    r.municipalities = municipalities.values();
    sortByCount(r.municipalities);
    r.regions = regions.values();
    sortByCount(r.regions);
    for (int i = 0; i < m_periodStarts.size(); ++i) {
        const QString day = m_periodStarts[i].toString(Qt::ISODate);
        r.periods << ReportRow{day, day, {}, m_periodCalls[i], m_periodNeeds[i].met, m_periodNeeds[i].unmet};
        r.periodNeeds << ReportRow{day, day, {}, m_periodNeeds[i].count, m_periodNeeds[i].met, m_periodNeeds[i].unmet};
    }
    for (auto it = m_reasons.constBegin(); it != m_reasons.constEnd(); ++it)
        r.unmetReasons << ReportRow{text(it.key()), text(it.key()), {}, it->count, 0, it->count};
    sortByCount(r.unmetReasons);
    for (auto it = m_organizations.constBegin(); it != m_organizations.constEnd(); ++it)
        r.organizations << ReportRow{text(it.key()), text(it.key()), {}, it.value(), 0, 0};
    sortByCount(r.organizations);
    for (auto it = m_services.constBegin(); it != m_services.constEnd(); ++it)
        r.services << ReportRow{text(it.key()), text(it->first), {}, it->second, 0, 0};
    sortByCount(r.services);
    for (auto it = m_cells.constBegin(); it != m_cells.constEnd(); ++it) {
        const int period = int(it.key() >> 40), region = int((it.key() >> 20) & 0xFFFFF);
        const ReportRow& bucket = m_buckets[int(it.key() & 0xFFFFF)];
        r.needsCells << NeedsCell{m_periodStarts[period].toString(Qt::ISODate),
                                  m_regions[region],
                                  bucket.key,
                                  bucket.label,
                                  bucket.labelFr,
                                  it->count,
                                  it->met,
                                  it->unmet};
    }
    std::sort(r.needsCells.begin(), r.needsCells.end(), [](const NeedsCell& a, const NeedsCell& b) {
        return std::tie(a.period, a.region, a.category) < std::tie(b.period, b.region, b.category);
    });
    // Languages as codes, lower case ("fr" and "FR" together).
    QHash<QString, qint64> languages;
    for (auto it = m_languages.constBegin(); it != m_languages.constEnd(); ++it)
        languages[text(it.key()).toLower()] += it.value();
    for (auto it = languages.constBegin(); it != languages.constEnd(); ++it)
        r.languages << ReportRow{it.key(), it.key(), {}, it.value(), 0, 0};
    sortByCount(r.languages);
    return r;
}

} // namespace open211
