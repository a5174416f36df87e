// Renders the community needs report (CommunityReport) as one self-contained HTML page for the
// Reports screen and its PDF: the period and filters, the headline figures, then a section per
// table of ReportExport, each a chart (ReportCharts) over its table. Inline CSS and SVG, no
// scripts, nothing that loads from elsewhere; every piece of data is escaped. Category bars and
// rows link to `open211-report:drill?category=CODE`, which the screen turns into a drill-down.
#pragma once

#include "reports/ReportExport.h"

#include <QCoreApplication>
#include <QSet>
#include <QUrl>
#include <optional>

namespace open211 {

struct ReportPageContext
{
    QString language = QStringLiteral("en"); // "en" or "fr": names, dates, numbers
    // The categories from the top down to the one the report is drilled into (its filter's
    // category), for the breadcrumb; empty at the top.
    QList<ReportTerm> trail;
    // Codes that have narrower terms: only their bars and rows link down.
    QSet<QString> drillable;
    // Rows a table shows on the page, five times as many for municipalities (the CSV has them
    // all): a page too long to read is no use, and one past 2 MB cannot be shown at all.
    int maxTableRows = 100;
};

class ReportHtml
{
    Q_DECLARE_TR_FUNCTIONS(open211::ReportHtml)

public:
    // Bars a chart of organizations, services or municipalities shows; its table has every row.
    static constexpr int TopBars = 15;

    static QString render(const CommunityReport& report, const ReportPageContext& context);
    // A page that says only `message` ("Building the report…", or what went wrong).
    static QString placeholder(const QString& language, const QString& message);

    // The report with places named as the interface names them: Ontario's regions in full
    // ("Northeastern Ontario"), municipalities in French where they have a French name.
    static CommunityReport localized(const CommunityReport& report);
    // Every table of the page in its order: ReportExport's, with calls by weekday and hour.
    static QList<ReportTable> tables(const CommunityReport& report, const QString& language);
    // Calls by weekday (rows) and hour (columns), the heat map's table.
    static ReportTable weekdayHourTable(const CommunityReport& report, const QString& language);

    // The link that drills down into a category (empty: back to the top).
    static QUrl drillUrl(const QString& category);
    // The category a report link drills into; nothing when the link is not one of ours.
    static std::optional<QString> drillTarget(const QUrl& url);
    static constexpr const char* Scheme = "open211-report";
};

} // namespace open211
