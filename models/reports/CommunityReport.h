// The community needs report (issue 7): from the calls a centre logged, where the demand is and
// where it goes unmet — needs by taxonomy category (with drill-down), by municipality and region,
// by period; met and unmet with the reasons; referrals by organization and service; calls by hour
// and weekday; callers' languages; follow-ups due and done. ReportBuilder aggregates call facts in
// one pass, whatever feeds them: the workstation's SQLite store (ReportStore) or the hub's
// PostgreSQL (the province's calls).
#pragma once

#include <QByteArray>
#include <QDate>
#include <QDateTime>
#include <QHash>
#include <QList>
#include <QString>
#include <array>
#include <optional>
#include <tuple>

namespace open211 {

enum class ReportGranularity { Day, Week, Month };

struct ReportFilter
{
    QDate from; // local dates, inclusive
    QDate to;
    ReportGranularity granularity = ReportGranularity::Month;
    QString region; // an Ontario region (Gazetteer); empty: all
    QString municipality; // empty: all
    // A taxonomy code: needs are counted under its sub-categories, and only needs under it count
    // (drill-down). Empty: the top-level categories.
    QString category;
};

struct ReportRow
{
    QString key; // a code, a name, a date
    QString label; // English (or the value as given)
    QString labelFr; // French where it differs
    qint64 count = 0;
    qint64 met = 0;
    qint64 unmet = 0;
    bool operator==(const ReportRow&) const = default;
};

// Needs of one period, region and category: the open-data table.
struct NeedsCell
{
    QString period; // ISO date of the period's start
    QString region; // empty: not in an Ontario municipality the gazetteer knows
    QString category; // taxonomy code
    QString categoryName;
    QString categoryNameFr;
    qint64 needs = 0;
    qint64 met = 0;
    qint64 unmet = 0;
};

struct CommunityReport
{
    ReportFilter filter;
    QDateTime generatedAt;
    qint64 calls = 0;
    qint64 needs = 0;
    qint64 met = 0;
    qint64 unmet = 0;
    qint64 referrals = 0;
    QList<ReportRow> categories; // needs by category (key: the category's code), most first
    QList<ReportRow> municipalities; // needs by the caller's municipality, most first
    QList<ReportRow> regions; // needs by Ontario region, most first
    QList<ReportRow> periods; // by period start (key: ISO date): count = calls; met/unmet = needs
    QList<ReportRow> periodNeeds; // needs by period start, in order
    QList<ReportRow> unmetReasons; // key: the reason's code, most first
    QList<ReportRow> organizations; // referrals by organization, most first
    QList<ReportRow> services; // referrals by service (key: service id), most first
    QList<ReportRow> languages; // calls by the language of the call, most first
    std::array<qint64, 24> callsByHour{}; // local time
    std::array<qint64, 7> callsByWeekday{}; // Monday first
    std::array<std::array<qint64, 24>, 7> callsByWeekdayHour{};
    qint64 followUpsDue = 0; // due in the period, not done
    qint64 followUpsOverdue = 0; // of those, due before the report was made
    qint64 followUpsDone = 0;
    qint64 followUpsCancelled = 0;
    QList<NeedsCell> needsCells; // by period, region and category, in that order
};

// A taxonomy term as the report rolls needs up by it.
struct ReportTerm
{
    QString code;
    QString parentCode;
    QString name;
    QString nameFr;
};

class ReportBuilder
{
public:
    ReportBuilder(ReportFilter filter, const QList<ReportTerm>& terms, QDateTime now = QDateTime::currentDateTimeUtc());

    // Text comes as UTF-8, as the stores hold it: a million calls are counted without making a
    // string for each.
    // A call as stored (its start in UTC, ISO 8601). Returns its index for the needs, referrals
    // and follow-ups that belong to it, or -1 when the filter leaves it out.
    int addCall(QByteArrayView startedAtUtc, QByteArrayView municipality, QByteArrayView language);
    // met: 1 met, 0 unmet, -1 not said.
    void addNeed(int call, QByteArrayView termCode, int met, QByteArrayView unmetReason);
    void addReferral(int call, QByteArrayView serviceId, QByteArrayView serviceName, QByteArrayView organization);
    void addFollowUp(int call, QByteArrayView dueAtUtc, QByteArrayView state);
    // Referrals counted elsewhere (read on another thread while the calls were): how many, and
    // per service (id, name, count) and per organization (name, count).
    void addReferralTotals(qint64 referrals,
                           const QList<std::tuple<QByteArray, QByteArray, qint64>>& services,
                           const QList<std::pair<QByteArray, qint64>>& organizations);

    CommunityReport finish();

    // The start of the period a local date falls in.
    static QDate periodStart(const QDate& day, ReportGranularity granularity);

private:
    // An hour of UTC as the report counts it: worked out once per hour, not per call.
    struct LocalTime
    {
        QDate day;
        int hour = 0;
        int weekday = 0; // 0 Monday
        int period = -1; // -1: outside the report's period
        bool ok = false;
    };
    LocalTime localTime(QByteArrayView utc);
    // The category a need counts under at this drill level (its index), -1 when outside it.
    int bucketOf(QByteArrayView code);
    int placeOf(QByteArrayView municipality);

    struct CallFacts
    {
        int place = 0;
        int period = 0;
    };
    struct Counts
    {
        qint64 count = 0, met = 0, unmet = 0;
        void add(int m)
        {
            ++count;
            met += m == 1;
            unmet += m == 0;
        }
    };
    struct Place
    {
        QString name;
        QString nameFr;
        QString region;
        int regionIndex = 0;
        bool inFilter = true;
        Counts needs;
    };

    ReportFilter m_filter;
    QDateTime m_now;
    CommunityReport m_report;
    QHash<QString, ReportTerm> m_terms; // by code
    QHash<QByteArray, int> m_bucketByCode;
    QList<ReportRow> m_buckets;
    QHash<int, LocalTime> m_localByHour; // YYYYMMDDHH (UTC) → local day and hour
    QHash<QByteArray, int> m_placeByName;
    QList<Place> m_places;
    QList<QDate> m_periodStarts;
    QHash<QDate, int> m_periodByStart;
    QList<Counts> m_periodNeeds;
    QList<qint64> m_periodCalls;
    std::vector<CallFacts> m_calls;
    QHash<quint64, Counts> m_cells; // period, region and bucket indexes (20 bits each) → needs
    QHash<QString, int> m_regionIndex;
    QStringList m_regions;
    QHash<QByteArray, Counts> m_reasons;
    QHash<QByteArray, qint64> m_organizations;
    QHash<QByteArray, std::pair<QByteArray, qint64>> m_services;
    QHash<QByteArray, qint64> m_languages;
};

} // namespace open211
