#include "store/ReportStore.h"

#include "import/ImportBatch.h"
#include "store/Database.h"
#include "store/Statement.h"

#include <QHash>
#include <future>

namespace open211 {

namespace {

// A text column as SQLite holds it (UTF-8), valid until the next row.
QByteArrayView column(Statement& s, int i)
{
    return s.utf8(i);
}

quint64 callKey(QByteArrayView id)
{
    return quint64(qHashBits(id.data(), size_t(id.size()), 211));
}

// Every referral as (call, service, organization), the names kept once each.
struct ReferralsRead
{
    struct Row
    {
        quint64 call = 0;
        int service = 0;
        int organization = 0;
    };
    std::vector<Row> rows;
    QList<std::pair<QByteArray, QByteArray>> services; // id, name
    QList<QByteArray> organizations;
    QString error;
};

bool readReferrals(const QString& path, ReferralsRead& out)
{
    auto db = Database::open(path);
    if (!db) {
        out.error = db.error();
        return false;
    }
    QHash<QByteArray, int> services, organizations;
    Statement s(**db,
                QStringLiteral("SELECT call_id, service_id, service_name, coalesce(organization_name, '') FROM "
                               "referral"));
    while (s.next()) {
        const QByteArrayView serviceId = s.utf8(1), organization = s.utf8(3);
        auto service = services.constFind(QByteArray::fromRawData(serviceId.data(), serviceId.size()));
        if (service == services.constEnd()) {
            service = services.insert(serviceId.toByteArray(), int(out.services.size()));
            out.services.append({serviceId.toByteArray(), s.utf8(2).toByteArray()});
        }
        auto org = organizations.constFind(QByteArray::fromRawData(organization.data(), organization.size()));
        if (org == organizations.constEnd()) {
            org = organizations.insert(organization.toByteArray(), int(out.organizations.size()));
            out.organizations.append(organization.toByteArray());
        }
        out.rows.push_back(ReferralsRead::Row{callKey(s.utf8(0)), *service, *org});
    }
    if (!s.error().isEmpty()) {
        out.error = s.error();
        return false;
    }
    return true;
}

} // namespace

Result<QList<ReportTerm>> ReportStore::terms() const
{
    Statement s(m_db,
                QStringLiteral("SELECT t.code, p.code, t.name, coalesce(t.name_fr, '') FROM taxonomy_term t LEFT JOIN "
                               "taxonomy_term p ON p.id = t.parent_id WHERE t.code IS NOT NULL"));
    QList<ReportTerm> out;
    while (s.next())
        out << ReportTerm{s.text(0), s.text(1), s.text(2), s.text(3)};
    if (!s.error().isEmpty())
        return Error{tr("The taxonomy could not be read: %1").arg(s.error())};
    return out;
}

Result<CommunityReport> ReportStore::build(const ReportFilter& filter, const QDateTime& now) const
{
    if (!filter.from.isValid() || !filter.to.isValid() || filter.to < filter.from)
        return Error{tr("Choose a period that ends on or after the day it starts.")};
    if (filter.from.daysTo(filter.to) > 366 * 20)
        return Error{tr("Choose a period of at most twenty years.")};
    auto terms = this->terms();
    if (!terms)
        return Error{terms.error()};
    const ImportTrace trace("report");
    ReportBuilder builder(filter, *terms, now);
    const auto failed = [](const QString& why) {
        return Error{ReportStore::tr("The calls could not be read for the report: %1").arg(why)};
    };

    // One read of the calls of the period (a day either side: the period is in local time, the
    // store in UTC), then of what belongs to them, matched by the call's row number.
    // Referrals are read on a second connection and thread while this one reads the calls and
    // their needs: the two cores halve the time a year of a busy centre's calls takes.
    ReferralsRead referrals;
    std::future<bool> referralsRead
        = std::async(std::launch::async, [&] { return readReferrals(m_db.path(), referrals); });
    // Calls are matched by a 64-bit hash of their id: a million calls take 30 MB, not the 150 MB
    // their ids would, and the tables are read straight through rather than joined row by row.
    const auto key = callKey;
    Statement calls(m_db,
                    QStringLiteral("SELECT id, started_at, coalesce(municipality, ''), coalesce(language, '') FROM "
                                   "call NOT INDEXED WHERE state = 'ended' AND started_at >= ? AND started_at < ?"));
    calls.bindText(1, filter.from.addDays(-1).toString(Qt::ISODate));
    calls.bindText(2, filter.to.addDays(2).toString(Qt::ISODate));
    QHash<quint64, int> byRow;
    {
        // Room for every call at once: growing a hash of a million entries moves it many times.
        Statement n(m_db, QStringLiteral("SELECT count(*) FROM call"));
        if (n.next())
            byRow.reserve(qsizetype(std::min<qint64>(n.integer(0), 50'000'000)));
    }
    while (calls.next()) {
        const int index = builder.addCall(column(calls, 1), column(calls, 2), column(calls, 3));
        if (index >= 0)
            byRow.insert(key(calls.utf8(0)), index);
    }
    if (!calls.error().isEmpty())
        return failed(calls.error());
    trace.mark("calls");
    if (byRow.isEmpty()) {
        referralsRead.wait();
        return builder.finish();
    }

    const auto each = [&](const QString& sql, const auto& add) -> Status {
        Statement s(m_db, sql);
        while (s.next()) {
            const auto it = byRow.constFind(key(s.utf8(0)));
            if (it != byRow.constEnd())
                add(s, *it);
        }
        if (!s.error().isEmpty())
            return Error{s.error()};
        return {};
    };
    if (auto st
        = each(QStringLiteral("SELECT call_id, coalesce(term_code, ''), coalesce(met, -1), coalesce(unmet_reason, "
                              "'') FROM caller_need"),
               [&](Statement& s, int call) { builder.addNeed(call, column(s, 1), int(s.integer(2)), column(s, 3)); });
        !st)
        return failed(st.error());
    trace.mark("needs");
    // The referrals, read on their own thread meanwhile (see below), counted for these calls.
    if (!referralsRead.get())
        return failed(referrals.error);
    {
        std::vector<qint64> perService(referrals.services.size()), perOrganization(referrals.organizations.size());
        qint64 total = 0;
        for (const ReferralsRead::Row& row : referrals.rows) {
            if (!byRow.contains(row.call))
                continue;
            ++total;
            ++perService[size_t(row.service)];
            ++perOrganization[size_t(row.organization)];
        }
        QList<std::tuple<QByteArray, QByteArray, qint64>> services;
        for (size_t i = 0; i < perService.size(); ++i) {
            if (perService[i] > 0)
                services.append({referrals.services[i].first, referrals.services[i].second, perService[i]});
        }
        QList<std::pair<QByteArray, qint64>> organizations;
        for (size_t i = 0; i < perOrganization.size(); ++i) {
            if (perOrganization[i] > 0)
                organizations.append({referrals.organizations[i], perOrganization[i]});
        }
        builder.addReferralTotals(total, services, organizations);
    }
    trace.mark("referrals");
    if (auto st = each(QStringLiteral("SELECT call_id, due_at, state FROM follow_up"),
                       [&](Statement& s, int call) { builder.addFollowUp(call, column(s, 1), column(s, 2)); });
        !st)
        return failed(st.error());
    trace.mark("follow-ups");
    return builder.finish();
}

} // namespace open211
