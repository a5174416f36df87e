#include "HubReports.h"

#include "HubRows.h"
#include "geo/Gazetteer.h"

#include <QHash>
#include <QRegularExpression>
#include <QScopeGuard>
#include <QSet>
#include <QSqlError>
#include <QSqlQuery>

namespace open211 {

namespace {

// A date as the report's parameters give it: exactly YYYY-MM-DD (QDate's ISO parser takes more).
std::optional<QDate> isoDate(const QUrlQuery& q, const QString& key, QString* message)
{
    static const QRegularExpression pattern(QStringLiteral("^[0-9]{4}-[0-9]{2}-[0-9]{2}$"));
    const QString v = q.queryItemValue(key, QUrl::FullyDecoded).trimmed();
    const QDate d = pattern.match(v).hasMatch() ? QDate::fromString(v, Qt::ISODate) : QDate();
    if (!d.isValid()) {
        *message = q.hasQueryItem(key) ? QStringLiteral("\"%1\" must be a date as YYYY-MM-DD.").arg(key)
                                       : QStringLiteral("\"%1\" is required: a date as YYYY-MM-DD.").arg(key);
        return std::nullopt;
    }
    return d;
}

// The Ontario regions the gazetteer knows ("Eastern", "Northeastern", ...), sorted.
const QStringList& regions()
{
    static const QStringList names = [] {
        QSet<QString> set;
        for (const Municipality& m : Gazetteer::ontario().municipalities()) {
            if (!m.region.isEmpty())
                set.insert(m.region);
        }
        QStringList out(set.cbegin(), set.cend());
        out.sort();
        return out;
    }();
    return names;
}

// The calls of the period, with a day's margin either side: the report counts local dates, the
// hub keeps UTC. Two parameters: the first and last day of the period.
const char* const InPeriod = "c.started_at >= (?::date - 1)::timestamp AT TIME ZONE 'UTC' AND c.started_at < "
                             "(?::date + 2)::timestamp AT TIME ZONE 'UTC'";

// A text column as UTF-8, as ReportBuilder takes it.
QByteArray utf8(const QSqlQuery& q, int i)
{
    return q.value(i).toString().toUtf8();
}

} // namespace

HubReports::HubReports(QSqlDatabase db)
    : m_db(std::move(db))
{ }

std::optional<ReportRequest> HubReports::parse(const QUrlQuery& q, bool openData, QString* message)
{
    ReportRequest r;
    const auto from = isoDate(q, QStringLiteral("from"), message);
    if (!from)
        return std::nullopt;
    const auto to = isoDate(q, QStringLiteral("to"), message);
    if (!to)
        return std::nullopt;
    if (*to < *from) {
        *message = QStringLiteral("\"to\" must be on or after \"from\".");
        return std::nullopt;
    }
    if (*to > from->addYears(MaxYears)) {
        *message = QStringLiteral("\"to\" must be at most %1 years after \"from\".").arg(MaxYears);
        return std::nullopt;
    }
    r.filter.from = *from;
    r.filter.to = *to;

    const auto value = [&q](const QString& key) {
        return q.queryItemValue(key, QUrl::FullyDecoded).trimmed();
    };
    if (q.hasQueryItem(QStringLiteral("granularity"))) {
        const QString g = value(QStringLiteral("granularity"));
        if (g == QLatin1String("day")) {
            r.filter.granularity = ReportGranularity::Day;
        } else if (g == QLatin1String("week")) {
            r.filter.granularity = ReportGranularity::Week;
        } else if (g == QLatin1String("month")) {
            r.filter.granularity = ReportGranularity::Month;
        } else {
            *message = QStringLiteral("\"granularity\" must be day, week or month.");
            return std::nullopt;
        }
    }
    if (const QString region = value(QStringLiteral("region")); !region.isEmpty()) {
        for (const QString& known : regions()) {
            if (known.compare(region, Qt::CaseInsensitive) == 0)
                r.filter.region = known;
        }
        if (r.filter.region.isEmpty()) {
            *message = QStringLiteral("\"region\" must be one of: %1.").arg(regions().join(QStringLiteral(", ")));
            return std::nullopt;
        }
    }
    r.filter.municipality = value(QStringLiteral("municipality"));
    if (r.filter.municipality.size() > 200) {
        *message = QStringLiteral("\"municipality\" is longer than 200 characters.");
        return std::nullopt;
    }
    r.filter.category = value(QStringLiteral("category"));
    if (r.filter.category.size() > 100) {
        *message = QStringLiteral("\"category\" is longer than 100 characters; it must be a taxonomy code.");
        return std::nullopt;
    }
    if (!openData)
        return r;

    if (q.hasQueryItem(QStringLiteral("threshold"))) {
        bool ok = false;
        const int threshold = value(QStringLiteral("threshold")).toInt(&ok);
        if (!ok || threshold < 1 || threshold > MaxThreshold) {
            *message = QStringLiteral("\"threshold\" must be a whole number from 1 to %1.").arg(MaxThreshold);
            return std::nullopt;
        }
        r.threshold = threshold;
    }
    if (q.hasQueryItem(QStringLiteral("language"))) {
        r.language = value(QStringLiteral("language"));
        if (r.language != QLatin1String("en") && r.language != QLatin1String("fr")) {
            *message = QStringLiteral("\"language\" must be en or fr.");
            return std::nullopt;
        }
    }
    return r;
}

Result<bool> HubReports::hasTerm(const QString& code)
{
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral("SELECT EXISTS (SELECT 1 FROM taxonomy_term WHERE code = ?)"));
    q.addBindValue(code);
    if (!q.exec() || !q.next())
        return Error{QStringLiteral("The taxonomy could not be read: %1").arg(q.lastError().text())};
    return q.value(0).toBool();
}

Result<CommunityReport> HubReports::build(const ReportFilter& filter, const QDateTime& now)
{
    if (!filter.from.isValid() || !filter.to.isValid() || filter.to < filter.from)
        return Error{QStringLiteral("The report needs a period that ends on or after the day it starts.")};
    const auto failed = [](const QString& why) {
        return Error{QStringLiteral("The calls could not be read for the report: %1").arg(why)};
    };
    if (!m_db.transaction())
        return failed(m_db.lastError().text());
    bool committed = false;
    auto rollback = qScopeGuard([&] {
        if (!committed)
            m_db.rollback();
    });
    QSqlQuery q(m_db);
    q.setForwardOnly(true);
    // One snapshot for every table: a call that arrives meanwhile is counted whole or not at all.
    if (!q.exec(QStringLiteral("SET TRANSACTION ISOLATION LEVEL REPEATABLE READ, READ ONLY")))
        return failed(q.lastError().text());

    QList<ReportTerm> terms;
    if (!q.exec(QStringLiteral("SELECT t.code, coalesce(p.code, ''), t.name, coalesce(t.name_fr, '') FROM "
                               "taxonomy_term t LEFT JOIN taxonomy_term p ON p.id = t.parent_id WHERE t.code IS NOT "
                               "NULL")))
        return failed(q.lastError().text());
    while (q.next())
        terms << ReportTerm{q.value(0).toString(), q.value(1).toString(), q.value(2).toString(), q.value(3).toString()};
    if (q.lastError().isValid())
        return failed(q.lastError().text());

    ReportBuilder builder(filter, terms, now);
    const QString from = filter.from.toString(Qt::ISODate), to = filter.to.toString(Qt::ISODate);
    // Streams a statement that ends in "WHERE" over the calls of the period (forward only: the
    // rows are read as they come), handing each row to `row`.
    const auto each = [&](const QString& sql, const auto& row) -> Status {
        q.prepare(sql + QLatin1String(InPeriod));
        q.addBindValue(from);
        q.addBindValue(to);
        if (!q.exec())
            return Error{q.lastError().text()};
        while (q.next())
            row();
        if (q.lastError().isValid())
            return Error{q.lastError().text()};
        return {};
    };

    QHash<QString, int> byId; // the calls the builder took, by id
    if (auto st = each(QStringLiteral("SELECT c.id, %1, coalesce(c.municipality, ''), coalesce(c.language, '') FROM "
                                      "hub_call c WHERE ")
                           .arg(hub::isoColumn(QStringLiteral("c.started_at"))),
                       [&] {
                           const int index = builder.addCall(q.value(1).toString().toLatin1(), utf8(q, 2), utf8(q, 3));
                           if (index >= 0)
                               byId.insert(q.value(0).toString(), index);
                       });
        !st)
        return failed(st.error());
    // What belongs to the calls, each table read once, joined to the period's calls by PostgreSQL
    // and matched to the builder's by id.
    const auto call = [&] {
        return byId.value(q.value(0).toString(), -1);
    };
    if (!byId.isEmpty()) {
        if (auto st
            = each(QStringLiteral("SELECT n.call_id, coalesce(n.term_code, ''), CASE WHEN n.met THEN 1 WHEN NOT "
                                  "n.met THEN 0 ELSE -1 END, coalesce(n.unmet_reason, '') FROM "
                                  "hub_caller_need n JOIN hub_call c ON c.id = n.call_id WHERE "),
                   [&] {
                       if (const int c = call(); c >= 0)
                           builder.addNeed(c, utf8(q, 1), q.value(2).toInt(), utf8(q, 3));
                   });
            !st)
            return failed(st.error());
        if (auto st
            = each(QStringLiteral("SELECT r.call_id, r.service_id, r.service_name, coalesce(r.organization_name, "
                                  "'') FROM hub_referral r JOIN hub_call c ON c.id = r.call_id WHERE "),
                   [&] {
                       if (const int c = call(); c >= 0)
                           builder.addReferral(c, utf8(q, 1), utf8(q, 2), utf8(q, 3));
                   });
            !st)
            return failed(st.error());
        if (auto st = each(QStringLiteral("SELECT f.call_id, coalesce(%1, ''), f.state FROM hub_follow_up f JOIN "
                                          "hub_call c ON c.id = f.call_id WHERE ")
                               .arg(hub::isoColumn(QStringLiteral("f.due_at"))),
                           [&] {
                               if (const int c = call(); c >= 0)
                                   builder.addFollowUp(c, q.value(1).toString().toLatin1(), utf8(q, 2));
                           });
            !st)
            return failed(st.error());
    }
    q.finish();
    if (!m_db.commit())
        return failed(m_db.lastError().text());
    committed = true;
    return builder.finish();
}

} // namespace open211
