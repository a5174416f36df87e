// The community needs report as tables and files: each table as the Reports screen shows it
// beneath its chart (and as CSV), the whole report as JSON (what the hub serves), and the
// de-identified open-data table of needs, with small counts suppressed, fit to publish.
#pragma once

#include "reports/CommunityReport.h"

#include <QCoreApplication>
#include <QJsonObject>
#include <QStringList>

namespace open211 {

struct ReportTable
{
    QString name; // a file name stem: "needs-by-category"
    QString title; // in the interface language
    QStringList headers;
    QList<QStringList> rows;
};

class ReportExport
{
    Q_DECLARE_TR_FUNCTIONS(open211::ReportExport)
public:
    // Every table of the report, titles and headings in `language` ("en", "fr").
    static QList<ReportTable> tables(const CommunityReport& report, const QString& language);
    // RFC 4180 CSV, UTF-8 with a byte-order mark (spreadsheets then read accents right), CRLF.
    static QByteArray csv(const ReportTable& table);

    // The open-data table: needs by period, Ontario region and taxonomy category, met and unmet.
    // Counts only — no names, phones, notes, municipalities or free text. A count from 1 to
    // `threshold` - 1 is replaced by "<threshold" (and then the met and unmet counts of that row
    // both, since either tells the other by difference), so no small group of callers can be
    // singled out.
    static ReportTable openData(const CommunityReport& report, int threshold, const QString& language);

    static QJsonObject toJson(const CommunityReport& report);
    // A period's label ("2026-11", "2026-W47", "2026-11-25").
    static QString periodLabel(const QString& isoStart, ReportGranularity granularity);
    // The name of an unmet reason's code, in the interface language.
    static QString reasonLabel(const QString& code);
};

} // namespace open211
