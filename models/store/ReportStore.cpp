#include "store/ReportStore.h"

#include "import/ImportBatch.h"
#include "store/Database.h"
#include "store/Statement.h"

#include <cstring>
#include <functional>
#include <future>
#include <memory>

namespace open211 {

namespace {

// The calls, read in the order of their ids (the covering index call_report), each handed to a
// builder once; what belongs to a call is then read in the same order beside it, so the two are
// matched as they go by, without looking anything up.
class CallStream
{
public:
    CallStream(Database& db, ReportBuilder& builder, const ReportFilter& filter)
        : m_calls(db,
                  QStringLiteral("SELECT id, started_at, coalesce(municipality, ''), coalesce(language, '') FROM call "
                                 "INDEXED BY call_report WHERE state = 'ended' AND started_at >= ? AND started_at "
                                 "< ? ORDER BY id"))
        , m_builder(builder)
    {
        // A day either side: the period is in local time, the store in UTC.
        m_calls.bindText(1, filter.from.addDays(-1).toString(Qt::ISODate));
        m_calls.bindText(2, filter.to.addDays(2).toString(Qt::ISODate));
        advance();
    }

    // The builder's index of the call with this id (-1: not in the report), moving on past the
    // calls before it (counted as they go).
    int indexOf(QByteArrayView callId)
    {
        while (m_valid && compare(callId) > 0)
            advance();
        return m_valid && compare(callId) == 0 ? m_index : -1;
    }
    // The calls left, counted.
    void finish()
    {
        while (m_valid)
            advance();
    }
    QString error() const { return m_calls.error(); }

private:
    int compare(QByteArrayView callId) const
    {
        // SQLite's BINARY order: the bytes, then the length.
        const int c = std::memcmp(callId.data(), m_id.constData(), size_t(std::min(callId.size(), m_id.size())));
        return c != 0 ? c : int(callId.size() - m_id.size());
    }
    void advance()
    {
        m_valid = m_calls.next();
        if (!m_valid)
            return;
        const QByteArrayView id = m_calls.utf8(0);
        m_id.resize(id.size());
        std::memcpy(m_id.data(), id.data(), size_t(id.size()));
        m_index = m_builder.addCall(m_calls.utf8(1), m_calls.utf8(2), m_calls.utf8(3));
    }

    Statement m_calls;
    ReportBuilder& m_builder;
    QByteArray m_id;
    int m_index = -1;
    bool m_valid = false;
};

// Reads each query (the call's id first, ordered by it) beside the calls, handing each row of a
// call in the report to its `add`: the rows of all of them in the order of their calls' ids.
struct Alongside
{
    QString sql;
    std::function<void(Statement&, int)> add;
};
Status alongside(Database& db, CallStream& calls, const QList<Alongside>& queries)
{
    std::vector<std::unique_ptr<Statement>> rows;
    std::vector<bool> valid;
    for (const Alongside& q : queries) {
        rows.push_back(std::make_unique<Statement>(db, q.sql));
        valid.push_back(rows.back()->next());
        if (!valid.back() && !rows.back()->error().isEmpty())
            return Error{rows.back()->error()};
    }
    for (;;) {
        // The query whose row belongs to the earliest call.
        int next = -1;
        for (int i = 0; i < int(rows.size()); ++i) {
            if (valid[size_t(i)] && (next < 0 || rows[size_t(i)]->utf8(0).compare(rows[size_t(next)]->utf8(0)) < 0))
                next = i;
        }
        if (next < 0)
            break;
        Statement& s = *rows[size_t(next)];
        const int call = calls.indexOf(s.utf8(0));
        if (call >= 0)
            queries[next].add(s, call);
        valid[size_t(next)] = s.next();
        if (!valid[size_t(next)] && !s.error().isEmpty())
            return Error{s.error()};
    }
    return {};
}

// The referrals and follow-ups of the report's calls, counted on a connection and thread of
// their own.
struct SecondPass
{
    CommunityReport report;
    QString error;
};

SecondPass referralsAndFollowUps(const QString& path,
                                 const ReportFilter& filter,
                                 const QList<ReportTerm>& terms,
                                 const QDateTime& now)
{
    SecondPass out;
    auto db = Database::open(path);
    if (!db) {
        out.error = db.error();
        return out;
    }
    ReportBuilder builder(filter, terms, now);
    CallStream calls(**db, builder, filter);
    const QList<Alongside> queries{
        {QStringLiteral("SELECT call_id, service_id, service_name, coalesce(organization_name, '') FROM referral "
                        "INDEXED BY referral_report ORDER BY call_id"),
         [&](Statement& s, int call) {
             builder.addReferral(call, s.utf8(1), s.utf8(2), s.utf8(3));
         }},
        {QStringLiteral("SELECT call_id, due_at, state FROM follow_up ORDER BY call_id"),
         [&](Statement& s, int call) {
             builder.addFollowUp(call, s.utf8(1), s.utf8(2));
         }},
    };
    if (auto st = alongside(**db, calls, queries); !st) {
        out.error = st.error();
        return out;
    }
    if (!calls.error().isEmpty())
        out.error = calls.error();
    out.report = builder.finish();
    return out;
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
    const auto failed = [](const QString& why) {
        return Error{ReportStore::tr("The calls could not be read for the report: %1").arg(why)};
    };
    const ImportTrace trace("report");

    // Two passes side by side on the two cores: this one reads the calls with their needs;
    // another connection reads the calls again with their referrals and follow-ups.
    std::future<SecondPass> second
        = std::async(std::launch::async, referralsAndFollowUps, m_db.path(), filter, *terms, now);

    ReportBuilder builder(filter, *terms, now);
    {
        CallStream calls(m_db, builder, filter);
        const QList<Alongside> needs{
            {QStringLiteral("SELECT call_id, coalesce(term_code, ''), coalesce(met, -1), coalesce(unmet_reason, '') "
                            "FROM caller_need INDEXED BY caller_need_report ORDER BY call_id"),
             [&](Statement& s, int call) {
                 builder.addNeed(call, s.utf8(1), int(s.integer(2)), s.utf8(3));
             }}};
        if (auto st = alongside(m_db, calls, needs); !st)
            return failed(st.error());
        calls.finish();
        if (!calls.error().isEmpty())
            return failed(calls.error());
    }
    trace.mark("calls and needs");
    const SecondPass counted = second.get();
    if (!counted.error.isEmpty())
        return failed(counted.error);
    trace.mark("referrals and follow-ups");
    QList<std::tuple<QByteArray, QByteArray, qint64>> services;
    for (const ReportRow& r : counted.report.services)
        services.append({r.key.toUtf8(), r.label.toUtf8(), r.count});
    QList<std::pair<QByteArray, qint64>> organizations;
    for (const ReportRow& r : counted.report.organizations)
        organizations.append({r.key.toUtf8(), r.count});
    builder.addReferralTotals(counted.report.referrals, services, organizations);
    CommunityReport report = builder.finish();
    report.followUpsDue = counted.report.followUpsDue;
    report.followUpsOverdue = counted.report.followUpsOverdue;
    report.followUpsDone = counted.report.followUpsDone;
    report.followUpsCancelled = counted.report.followUpsCancelled;
    return report;
}

} // namespace open211
