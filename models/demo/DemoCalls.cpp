#include "demo/DemoCalls.h"

#include "demo/DemoRng.h"
#include "geo/Gazetteer.h"
#include "store/CallStore.h"
#include "store/ReportStore.h"
#include "store/ResourceStore.h"

#include <QUuid>

namespace open211 {

namespace {

// Calls by hour of the day (local time), from a centre's typical week.
constexpr int HourWeights[24] = {2, 1, 1, 1, 1, 2, 4, 8, 14, 20, 24, 24, 22, 22, 21, 19, 16, 12, 9, 7, 6, 5, 4, 3};

struct Weighted
{
    QList<double> cumulative;
    int pick(DemoRng& rng) const
    {
        const double x = rng.unit() * cumulative.last();
        return int(std::upper_bound(cumulative.begin(), cumulative.end(), x) - cumulative.begin());
    }
};

} // namespace

Result<int> DemoCalls::generate(Database& db, const DemoCallOptions& o, const std::function<void(int)>& progress)
{
    if (o.calls < 0 || o.calls > 20'000'000)
        return Error{tr("Choose between 0 and 20,000,000 calls.")};
    if (!o.from.isValid() || !o.to.isValid() || o.to < o.from)
        return Error{tr("Choose a period that ends on or after the day it starts.")};
    auto terms = ReportStore(db).terms();
    if (!terms)
        return Error{terms.error()};
    QList<ReportTerm> needs; // the specific terms a specialist would pick
    for (const ReportTerm& t : *terms) {
        if (t.code.contains(u'-'))
            needs << t;
    }
    auto services = ResourceStore(db).serviceSummaries(5000);
    if (!services)
        return Error{services.error()};
    if (needs.isEmpty() || services->isEmpty())
        return Error{tr("Calls are made up from the taxonomy and the services: load them first.")};

    DemoRng rng(o.seed);
    const QList<Municipality>& places = Gazetteer::ontario().municipalities();
    Weighted byPopulation;
    for (const Municipality& m : places)
        byPopulation.cumulative << (byPopulation.cumulative.isEmpty() ? 0.0 : byPopulation.cumulative.last())
                + std::max(m.population, 500);
    Weighted byHour;
    for (int w : HourWeights)
        byHour.cumulative << (byHour.cumulative.isEmpty() ? 0.0 : byHour.cumulative.last()) + w;
    // A few needs come up far more than others (food, housing, income).
    Weighted byNeed;
    for (qsizetype i = 0; i < needs.size(); ++i)
        byNeed.cumulative << (byNeed.cumulative.isEmpty() ? 0.0 : byNeed.cumulative.last()) + 1.0 / double(1 + i % 17);
    static const QStringList languages{QStringLiteral("en"),
                                       QStringLiteral("fr"),
                                       QStringLiteral("es"),
                                       QStringLiteral("ar"),
                                       QStringLiteral("zh"),
                                       QStringLiteral("pa"),
                                       QStringLiteral("ta"),
                                       QStringLiteral("so"),
                                       QStringLiteral("uk")};
    static const QList<double> languageShare{0.78, 0.12, 0.02, 0.02, 0.015, 0.01, 0.005, 0.005, 0.005};
    Weighted byLanguage;
    for (double share : languageShare)
        byLanguage.cumulative << (byLanguage.cumulative.isEmpty() ? 0.0 : byLanguage.cumulative.last()) + share;
    static const QStringList reasons{QStringLiteral("no_service"),
                                     QStringLiteral("not_eligible"),
                                     QStringLiteral("wait_list"),
                                     QStringLiteral("cost"),
                                     QStringLiteral("language"),
                                     QStringLiteral("transportation"),
                                     QStringLiteral("hours"),
                                     QStringLiteral("declined"),
                                     QStringLiteral("other")};
    static const QUuid ns(QStringLiteral("{0211ca11-2110-4c1e-9a11-0211d3e0a211}"));
    const auto id = [&](const char* kind, qint64 n) {
        return QUuid::createUuidV5(ns, QStringLiteral("%1:%2:%3").arg(o.seed).arg(QLatin1String(kind)).arg(n))
            .toString(QUuid::WithoutBraces);
    };

    const qint64 days = o.from.daysTo(o.to) + 1;
    CallStore store(db);
    QList<Call> batch;
    constexpr int BatchSize = 20000;
    batch.reserve(BatchSize);
    int written = 0;
    for (int n = 0; n < o.calls; ++n) {
        Call c;
        c.id = id("call", n);
        const QDate day = o.from.addDays(rng.below(int(days)));
        const QTime time(byHour.pick(rng), rng.below(60), rng.below(60));
        c.startedAt = QDateTime(day, time).toUTC();
        c.endedAt = c.startedAt.addSecs(120 + rng.below(900));
        c.updatedAt = c.endedAt;
        c.specialist = QStringLiteral("specialist-%1").arg(rng.below(40) + 1);
        c.contactType = QStringLiteral("phone");
        const Municipality& m = places[byPopulation.pick(rng)];
        c.municipality = m.name;
        c.language = languages[byLanguage.pick(rng)];
        c.interpreterUsed = c.language != QLatin1String("en") && c.language != QLatin1String("fr");
        c.state = QStringLiteral("ended");
        c.disposition = QStringLiteral("completed");
        const int needCount = 1 + (rng.chance(0.35) ? 1 : 0) + (rng.chance(0.12) ? 1 : 0);
        for (int k = 0; k < needCount; ++k) {
            const ReportTerm& t = needs[byNeed.pick(rng)];
            CallerNeed need;
            need.id = id("need", qint64(n) * 4 + k);
            need.termCode = t.code;
            need.termName = t.name;
            need.met = rng.chance(0.74);
            if (!*need.met)
                need.unmetReason = reasons[rng.below(int(reasons.size()))];
            if (*need.met) {
                const ServiceSummary& s = (*services)[rng.below(int(services->size()))];
                Referral r;
                r.id = id("referral", qint64(n) * 4 + k);
                r.needId = need.id;
                r.serviceId = s.id;
                r.serviceName = s.name;
                r.organizationName = s.organizationName;
                r.createdAt = c.startedAt.addSecs(60);
                c.referrals << r;
            }
            c.needs << need;
        }
        if (rng.chance(0.08)) {
            FollowUp f;
            f.id = id("follow-up", n);
            f.dueAt = c.startedAt.addDays(2);
            f.consent = true;
            f.state = f.dueAt < QDateTime::currentDateTimeUtc() && rng.chance(0.8) ? QStringLiteral("done")
                                                                                   : QStringLiteral("due");
            c.followUp = f;
        }
        batch << std::move(c);
        if (batch.size() == BatchSize || n + 1 == o.calls) {
            if (auto st = store.saveMany(batch); !st)
                return Error{st.error()};
            written += int(batch.size());
            batch.clear();
            if (progress)
                progress(written);
        }
    }
    return written;
}

} // namespace open211
