// The community needs report (issue 7) over the whole province's calls: the hub's taxonomy and the
// calls of a period with their needs, referrals and follow-ups, read from one snapshot and fed to
// the ReportBuilder the workstation feeds from its own store (ReportStore). Local dates and hours
// are the hub's time zone's.
#pragma once

#include "Result.h"
#include "reports/CommunityReport.h"

#include <QSqlDatabase>
#include <QUrlQuery>
#include <optional>

namespace open211 {

// What GET /reports and /reports/open-data ask for (docs/sync-protocol.md, "Reports").
struct ReportRequest
{
    ReportFilter filter;
    int threshold = 10; // open data: a count below it is hidden
    QString language = QStringLiteral("en"); // open data: category names in "en" or "fr"
};

class HubReports
{
public:
    explicit HubReports(QSqlDatabase db);

    static constexpr int DefaultThreshold = 10;
    static constexpr int MaxThreshold = 1000;
    static constexpr int MaxYears = 20;

    // The query's parameters (from, to, granularity, region, municipality, category; and for open
    // data threshold and language), checked: nullopt, with a message naming the parameter, when
    // one is wrong.
    static std::optional<ReportRequest> parse(const QUrlQuery& query, bool openData, QString* message);

    // Whether the hub's taxonomy has a term with this code (a drill-down must name one).
    Result<bool> hasTerm(const QString& code);
    // The report over the hub's calls, every table read in one read-only snapshot so that they
    // agree while workstations keep sending calls.
    Result<CommunityReport> build(const ReportFilter& filter, const QDateTime& now = QDateTime::currentDateTimeUtc());

private:
    QSqlDatabase m_db;
};

} // namespace open211
