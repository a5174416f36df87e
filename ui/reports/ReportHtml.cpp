#include "reports/ReportHtml.h"

#include "geo/Gazetteer.h"
#include "maintenance/MaintenanceText.h"
#include "reports/ReportCharts.h"
#include "web/OfflineWeb.h"

#include <QLocale>
#include <QRegularExpression>
#include <QUrlQuery>

namespace open211 {

namespace {

QString esc(const QString& s)
{
    return s.toHtmlEscaped();
}

QLocale localeFor(const QString& language)
{
    return QLocale(language == QLatin1String("fr") ? QLocale::French : QLocale::English, QLocale::Canada);
}

const char* const Style = R"(
body{font-family:system-ui,-apple-system,"Segoe UI","Noto Sans","DejaVu Sans",Arial,sans-serif;font-size:14px;
line-height:1.45;color:#1f2328;background:#fff;margin:0}
main{padding:14px 22px 28px;max-width:1000px}
h1{font-size:22px;line-height:1.25;margin:0 0 4px}
h2{font-size:17px;margin:0 0 6px;padding-bottom:3px;border-bottom:1px solid #d0d7de}
p{margin:3px 0 6px}
a{color:#0550ae}
a:focus{outline:2px solid #0969da;outline-offset:1px}
.meta{color:#57606a;margin:1px 0}
.meta b{color:#1f2328;font-weight:600}
nav.crumbs{margin:10px 0 2px;font-size:15px}
nav.crumbs ol{list-style:none;margin:0;padding:0;display:inline}
nav.crumbs li{display:inline}
nav.crumbs li+li:before{content:" \203A  ";color:#57606a}
nav.crumbs [aria-current]{font-weight:600}
.note{background:#f6f8fa;border:1px solid #d0d7de;border-radius:6px;padding:6px 10px;margin:8px 0;font-size:13px}
dl.figures{display:flex;flex-wrap:wrap;gap:10px;margin:14px 0 4px;padding:0}
.figure{border:1px solid #d0d7de;border-radius:6px;padding:8px 16px;min-width:118px}
.figure dt{color:#57606a;font-size:13px}
.figure dd{margin:0;font-size:25px;font-weight:650;line-height:1.2}
.figure .sub{display:block;font-size:12px;color:#57606a;font-weight:normal}
section{margin-top:28px}
svg.chart{display:block;max-width:100%;height:auto;margin:6px 0 4px}
svg.chart text{font-family:inherit;fill:#1f2328}
svg.chart .lbl{font-size:13px}
svg.chart .link{fill:#0550ae;text-decoration:underline}
svg.chart .val{font-size:12px}
svg.chart .tick{font-size:11px;fill:#424a53}
svg.chart .cv,svg.chart .hv{font-size:10px}
svg.chart .hv.dark{fill:#fff}
svg.chart .axt{font-size:12px;fill:#57606a}
svg.chart line.axis{stroke:#57606a;stroke-width:1}
svg.chart line.grid{stroke:#d8dee4;stroke-width:1}
svg.chart rect{stroke:#fff;stroke-width:.8}
svg.chart rect.cell{stroke:#d0d7de;stroke-width:.6}
.s-met,.s-calls,.s-count{fill:#0072B2}
.s-unmet{fill:url(#p-unmet)}
.s-needs{fill:url(#p-needs)}
.s-open{fill:url(#p-open)}
ul.legend{list-style:none;padding:0;margin:4px 0;display:flex;flex-wrap:wrap;gap:4px 18px;font-size:13px}
ul.legend svg{vertical-align:-2px;margin-right:6px}
table.data{border-collapse:collapse;font-size:13px;margin:10px 0 0}
table.data th{text-align:left;border-bottom:1px solid #8c959f;padding:3px 14px 3px 0;font-weight:600;vertical-align:bottom}
table.data td{padding:2px 14px 2px 0;border-bottom:1px solid #eaeef2;vertical-align:top}
table.data .num{text-align:right;font-variant-numeric:tabular-nums}
table.data th.num{text-align:right}
table.data code{font-family:ui-monospace,"DejaVu Sans Mono",monospace;font-size:12px;color:#424a53}
table.hours td,table.hours th{padding-right:6px}
.more,.empty{color:#57606a;font-size:13px}
.empty{font-style:italic;margin:8px 0}
footer{margin-top:28px;color:#57606a;font-size:12px}
@media print{
body{font-size:10pt}
main{padding:0;max-width:none}
section{break-before:page;margin-top:0}
h2{break-after:avoid}
svg.chart{break-inside:avoid}
tr{break-inside:avoid}
thead{display:table-header-group}
a{color:inherit;text-decoration:none}
svg.chart .link{fill:#1f2328;text-decoration:none}
.figure{border-color:#8c959f}
*{-webkit-print-color-adjust:exact;print-color-adjust:exact}
}
)";

QString page(const QString& language, const QString& title, const QString& body)
{
    return OfflineWeb::htmlPage(language, title, Style, body);
}

// The words of the page that are not the tables' own.
struct Words
{
    Q_DECLARE_TR_FUNCTIONS(open211::ReportHtml)

public:
    static QString percent(qint64 part, qint64 whole, const QLocale& l)
    {
        if (whole <= 0)
            return QStringLiteral("–");
        //: A percentage: %1 is the number. French puts a (narrow no-break) space before the sign.
        return tr("%1%").arg(l.toString(100.0 * double(part) / double(whole), 'f', 1));
    }

    static QString date(const QDate& d, const QLocale& l)
    {
        return l.language() == QLocale::French ? l.toString(d, QStringLiteral("d MMMM yyyy"))
                                               : l.toString(d, QStringLiteral("MMMM d, yyyy"));
    }

    static QString granularity(ReportGranularity g)
    {
        switch (g) {
        case ReportGranularity::Day:
            //: How the report groups its periods
            return tr("by day");
        case ReportGranularity::Week:
            //: How the report groups its periods
            return tr("by week");
        case ReportGranularity::Month:
            //: How the report groups its periods
            return tr("by month");
        }
        return {};
    }
};

bool numeric(const QString& cell)
{
    static const QRegularExpression re(QStringLiteral("^-?[0-9]+([.,][0-9]+)?$"));
    return re.match(cell).hasMatch();
}

// A table of the report beneath its chart. `links` gives a row's link (by row index), shown on the
// cell of `linkColumn`; `codeColumn` is set in a code's typeface.
QString tableHtml(const ReportTable& t,
                  int maxRows,
                  const QHash<int, QString>& links = {},
                  int linkColumn = -1,
                  int codeColumn = -1,
                  const QString& extraClass = {})
{
    QString out = QStringLiteral("<table class=\"data%1\" id=\"t-%2\" aria-labelledby=\"h-%2\"><thead><tr>")
                      .arg(extraClass.isEmpty() ? QString() : u' ' + extraClass, esc(t.name));
    // A column is numeric when its cells are: right-aligned so the digits line up.
    QList<bool> numericColumn(t.headers.size(), true);
    for (const QStringList& row : t.rows) {
        for (int c = 0; c < row.size() && c < numericColumn.size(); ++c) {
            if (!row[c].isEmpty() && !numeric(row[c]))
                numericColumn[c] = false;
        }
    }
    if (t.rows.isEmpty())
        numericColumn.fill(false);
    for (int c = 0; c < t.headers.size(); ++c) {
        out += QStringLiteral("<th scope=\"col\"%1>%2</th>")
                   .arg(numericColumn[c] ? QStringLiteral(" class=\"num\"") : QString(), esc(t.headers[c]));
    }
    out += QStringLiteral("</tr></thead><tbody>");
    const int shown = std::min<int>(int(t.rows.size()), maxRows);
    for (int r = 0; r < shown; ++r) {
        out += QStringLiteral("<tr>");
        const QStringList& row = t.rows[r];
        for (int c = 0; c < row.size(); ++c) {
            QString cell = esc(row[c]);
            if (c == codeColumn && !cell.isEmpty())
                cell = QStringLiteral("<code>") + cell + QStringLiteral("</code>");
            if (c == linkColumn && links.contains(r))
                cell = QStringLiteral("<a href=\"%1\">%2</a>").arg(esc(links.value(r)), cell);
            out += QStringLiteral("<td%1>%2</td>")
                       .arg(c < numericColumn.size() && numericColumn[c] ? QStringLiteral(" class=\"num\"") : QString(),
                            cell);
        }
        out += QStringLiteral("</tr>");
    }
    out += QStringLiteral("</tbody></table>\n");
    if (shown < t.rows.size())
        //: Under a long table: %1 rows of %2 are on the page
        out += QStringLiteral("<p class=\"more\">%1</p>\n")
                   .arg(esc(Words::tr("The first %1 of %2 rows are shown here; Export CSV writes them all.")
                                .arg(shown)
                                .arg(t.rows.size())));
    return out;
}

QString section(const ReportTable& t, const QString& chart, const QString& tableHtml, const QString& before = {})
{
    return QStringLiteral("<section id=\"s-%1\" aria-labelledby=\"h-%1\"><h2 id=\"h-%1\">%2</h2>\n%3%4%5</section>\n")
        .arg(esc(t.name), esc(t.title), before, chart, tableHtml);
}

QString empty(const QString& what)
{
    return QStringLiteral("<p class=\"empty\">%1</p>\n").arg(esc(what));
}

// The bars' items: a row's label as its table gives it (column `labelColumn`), its counts split
// met / unmet / not said, and its share unmet.
QList<ChartItem> needItems(const QList<ReportRow>& rows, const ReportTable& t, int labelColumn, const QLocale& l)
{
    QList<ChartItem> items;
    for (int i = 0; i < rows.size(); ++i) {
        const ReportRow& r = rows[i];
        ChartItem item;
        item.label = t.rows.value(i).value(labelColumn);
        item.values = {r.met, r.unmet, std::max<qint64>(0, r.count - r.met - r.unmet)};
        //: After a bar of needs: %1 is a percentage ("17.4%")
        item.note = Words::tr("%1 unmet").arg(Words::percent(r.unmet, r.count, l));
        items << item;
    }
    return items;
}

QList<ChartItem> countItems(const QList<ReportRow>& rows, const ReportTable& t, int labelColumn, int limit)
{
    QList<ChartItem> items;
    for (int i = 0; i < rows.size() && i < limit; ++i)
        items << ChartItem{t.rows.value(i).value(labelColumn), {}, {rows[i].count}, {}};
    return items;
}

// "Most: Sudbury (1,234)." — what a person looking at the chart sees first.
QString largest(const QList<ChartItem>& items, const QLocale& l)
{
    const ChartItem* best = nullptr;
    qint64 bestTotal = -1;
    for (const ChartItem& item : items) {
        qint64 sum = 0;
        for (qint64 v : item.values)
            sum += v;
        if (sum > bestTotal) {
            bestTotal = sum;
            best = &item;
        }
    }
    if (!best || bestTotal <= 0)
        return {};
    //: A chart's description for screen readers: %1 is the largest bar's label, %2 its count
    return Words::tr("The largest is %1, with %2.").arg(best->label, l.toString(bestTotal));
}

QString figure(const QString& term, const QString& value, const QString& sub = {})
{
    return QStringLiteral("<div class=\"figure\"><dt>%1</dt><dd>%2%3</dd></div>")
        .arg(esc(term),
             esc(value),
             sub.isEmpty() ? QString() : QStringLiteral("<span class=\"sub\">%1</span>").arg(esc(sub)));
}

const ReportTable* byName(const QList<ReportTable>& tables, const QString& name)
{
    for (const ReportTable& t : tables) {
        if (t.name == name)
            return &t;
    }
    return nullptr;
}

} // namespace

QUrl ReportHtml::drillUrl(const QString& category)
{
    QUrl url;
    url.setScheme(QString::fromLatin1(Scheme));
    url.setPath(QStringLiteral("drill"));
    QUrlQuery query;
    query.addQueryItem(QStringLiteral("category"), category);
    url.setQuery(query);
    return url;
}

std::optional<QString> ReportHtml::drillTarget(const QUrl& url)
{
    if (url.scheme() != QLatin1String(Scheme) || url.path() != QLatin1String("drill"))
        return std::nullopt;
    return QUrlQuery(url).queryItemValue(QStringLiteral("category"), QUrl::FullyDecoded).trimmed();
}

CommunityReport ReportHtml::localized(const CommunityReport& report)
{
    CommunityReport r = report;
    for (ReportRow& row : r.regions) {
        if (!row.key.isEmpty())
            row.label = row.labelFr = MaintenanceText::regionName(row.key);
    }
    return r; // municipalities carry their French names from the builder
}

ReportTable ReportHtml::weekdayHourTable(const CommunityReport& r, const QString& language)
{
    ReportTable t{QStringLiteral("calls-by-weekday-hour"), tr("Calls by day of the week and hour"), {}, {}};
    t.headers << tr("Day");
    for (int h = 0; h < 24; ++h)
        t.headers << QStringLiteral("%1").arg(h, 2, 10, QLatin1Char('0'));
    //: Column of a table: the sum of the row
    t.headers << tr("Total");
    const QLocale l = localeFor(language);
    for (int d = 0; d < 7; ++d) {
        QStringList row{l.dayName(d + 1)};
        qint64 sum = 0;
        for (int h = 0; h < 24; ++h) {
            row << QString::number(r.callsByWeekdayHour[d][h]);
            sum += r.callsByWeekdayHour[d][h];
        }
        row << QString::number(sum);
        t.rows << row;
    }
    return t;
}

QList<ReportTable> ReportHtml::tables(const CommunityReport& report, const QString& language)
{
    QList<ReportTable> out = ReportExport::tables(report, language);
    // Where the page shows it: after the calls by weekday.
    qsizetype at = out.size();
    for (qsizetype i = 0; i < out.size(); ++i) {
        if (out[i].name == QLatin1String("calls-by-weekday"))
            at = i + 1;
    }
    out.insert(at, weekdayHourTable(report, language));
    return out;
}

QString ReportHtml::placeholder(const QString& language, const QString& message)
{
    return page(language,
                tr("Community needs report"),
                QStringLiteral("<p class=\"empty\" role=\"status\">%1</p>\n").arg(esc(message)));
}

QString ReportHtml::render(const CommunityReport& report, const ReportPageContext& context)
{
    const QString& lang = context.language;
    const QLocale l = localeFor(lang);
    const ReportFilter& f = report.filter;
    const QList<ReportTable> tables = ReportHtml::tables(report, lang);
    const int maxRows = std::max(1, context.maxTableRows);
    QString body;

    // What the report covers.
    body += QStringLiteral("<header><h1>%1</h1>\n").arg(esc(tr("Community needs report")));
    //: The report's period: %1 and %2 are dates, %3 how it is grouped ("by month")
    body += QStringLiteral("<p class=\"meta\"><b>%1</b></p>\n")
                .arg(esc(tr("%1 to %2, %3")
                             .arg(Words::date(f.from, l), Words::date(f.to, l), Words::granularity(f.granularity))));
    QString region = f.region.isEmpty() ? tr("all of Ontario") : MaintenanceText::regionName(f.region);
    QString place = f.municipality;
    if (const Municipality* m = place.isEmpty() ? nullptr : Gazetteer::ontario().find(place))
        place = lang == QLatin1String("fr") && !m->nameFr.isEmpty() ? m->nameFr : m->name;
    //: The report's place filters: %1 a region (or "all of Ontario"), %2 a municipality
    body += QStringLiteral("<p class=\"meta\">%1</p>\n")
                .arg(esc(place.isEmpty() ? tr("Region: %1 · every municipality").arg(region)
                                         : tr("Region: %1 · municipality: %2").arg(region, place)));
    //: %1 is a date and time
    body += QStringLiteral("<p class=\"meta\">%1</p>\n")
                .arg(esc(tr("Made %1 from the calls ended on this workstation")
                             .arg(l.toString(report.generatedAt.toLocalTime(), QLocale::ShortFormat))));

    // Where in the taxonomy: links back up.
    //: Before the breadcrumb of categories: "Category: All categories › Basic Needs"
    QString crumbs = QStringLiteral("<nav class=\"crumbs\" aria-label=\"%1\"><span class=\"meta\">%2</span> <ol>")
                         .arg(esc(tr("Category")), esc(tr("Category:")));
    const auto crumb = [&](const QString& label, const QString& code, bool here) {
        if (here)
            return QStringLiteral("<li><span aria-current=\"page\">%1</span></li>").arg(esc(label));
        return QStringLiteral("<li><a href=\"%1\">%2</a></li>")
            .arg(esc(drillUrl(code).toString(QUrl::FullyEncoded)), esc(label));
    };
    //: The breadcrumb's first step: the report's top-level categories
    crumbs += crumb(tr("All categories"), QString(), f.category.isEmpty());
    for (int i = 0; i < context.trail.size(); ++i) {
        const ReportTerm& t = context.trail[i];
        const QString name = lang == QLatin1String("fr") && !t.nameFr.isEmpty() ? t.nameFr : t.name;
        crumbs += crumb(name.isEmpty() ? t.code : name, t.code, i == context.trail.size() - 1);
    }
    if (context.trail.isEmpty() && !f.category.isEmpty())
        crumbs += crumb(f.category, f.category, true);
    crumbs += QStringLiteral("</ol></nav>\n");
    body += crumbs;
    if (!f.category.isEmpty())
        body += QStringLiteral("<p class=\"note\">%1</p>\n")
                    .arg(esc(tr("Needs are counted under this category only. Calls, referrals, languages and "
                                "follow-ups count every call of the period and place.")));
    body += QStringLiteral("</header>\n");

    // The headline figures.
    body += QStringLiteral("<dl class=\"figures\">");
    body += figure(tr("Calls"), l.toString(report.calls));
    body += figure(tr("Needs"), l.toString(report.needs));
    //: Under a headline percentage: how many needs it is
    body += figure(tr("Met"), Words::percent(report.met, report.needs, l), tr("%1 needs").arg(l.toString(report.met)));
    body += figure(
        tr("Unmet"), Words::percent(report.unmet, report.needs, l), tr("%1 needs").arg(l.toString(report.unmet)));
    body += figure(tr("Referrals"), l.toString(report.referrals));
    body += QStringLiteral("</dl>\n");
    if (const qint64 open = report.needs - report.met - report.unmet; open > 0)
        body += QStringLiteral("<p class=\"meta\">%1</p>\n")
                    .arg(esc(tr("Needs not marked met or unmet: %1.").arg(l.toString(open))));
    body += ReportCharts::definitions();

    const QList<ChartSeries> needSeries{{tr("Met"), QStringLiteral("s-met")},
                                        {tr("Unmet"), QStringLiteral("s-unmet")},
                                        //: Needs neither marked met nor unmet
                                        {tr("Not said"), QStringLiteral("s-open")}};
    const QString noCalls = tr("No calls in this period and place.");
    const QString noNeeds = tr("No needs in this period, place and category.");
    bool first = true;
    const auto add = [&](const QString& html) {
        // The first section follows the header on the first page; each other starts a page.
        body += first ? QString(html).replace(QStringLiteral("<section "),
                                              QStringLiteral("<section style=\"break-before:auto\" "))
                      : html;
        first = false;
    };
    const auto needsSection = [&](const QString& name,
                                  const QList<ReportRow>& rows,
                                  int labelColumn,
                                  int limit,
                                  const QString& what) {
        const ReportTable* t = byName(tables, name);
        if (!t)
            return;
        QList<ChartItem> items = needItems(rows, *t, labelColumn, l);
        QHash<int, QString> links;
        if (name == QLatin1String("needs-by-category")) {
            for (int i = 0; i < rows.size(); ++i) {
                const QString& code = rows[i].key;
                if (!code.isEmpty() && code != f.category && context.drillable.contains(code)) {
                    links.insert(i, drillUrl(code).toString(QUrl::FullyEncoded));
                    items[i].link = links.value(i);
                }
            }
        }
        QString chart;
        if (items.isEmpty()) {
            chart = empty(noNeeds);
        } else {
            const qsizetype shown = std::min<qsizetype>(items.size(), limit);
            QString description = what + u' ' + largest(items, l);
            if (shown < items.size())
                //: A chart's description: %1 bars of %2
                description += u' '
                    + tr("The chart shows the %1 largest of %2; the table has them all.").arg(shown).arg(items.size());
            // "Not said" is in the legend only when some need was left so.
            QList<ChartSeries> legend = needSeries;
            if (std::none_of(items.begin(), items.end(), [](const ChartItem& i) { return i.values.value(2) > 0; }))
                legend.removeLast();
            chart = ReportCharts::legend(legend)
                + ReportCharts::bars({t->title, description.trimmed(), {}}, needSeries, items.first(shown), l);
        }
        // Every municipality is in its table (Ontario has some 450); other long tables are cut.
        const int limitRows = name == QLatin1String("needs-by-municipality") ? maxRows * 5 : maxRows;
        add(section(*t,
                    chart,
                    tableHtml(*t, limitRows, links, labelColumn, name == QLatin1String("needs-by-category") ? 0 : -1)));
    };
    const auto countSection = [&](const QString& name,
                                  const QList<ReportRow>& rows,
                                  int labelColumn,
                                  const QString& style,
                                  const QString& unit,
                                  const QString& what,
                                  bool share) {
        const ReportTable* t = byName(tables, name);
        if (!t)
            return;
        QList<ChartItem> items = countItems(rows, *t, labelColumn, TopBars);
        if (share) {
            const qint64 whole = name == QLatin1String("unmet-reasons") ? report.unmet : report.calls;
            for (int i = 0; i < items.size(); ++i)
                items[i].note = Words::percent(rows[i].count, whole, l);
        }
        QString chart;
        if (items.isEmpty()) {
            chart = empty(report.calls == 0 ? noCalls : tr("None in this period and place."));
        } else {
            QString description = what + u' ' + largest(items, l);
            if (items.size() < rows.size())
                description += u' '
                    + tr("The chart shows the %1 largest of %2; the table has them all.")
                          .arg(items.size())
                          .arg(rows.size());
            chart = ReportCharts::bars({t->title, description.trimmed(), {}}, {{unit, style}}, items, l);
        }
        add(section(*t, chart, tableHtml(*t, maxRows)));
    };

    needsSection(QStringLiteral("needs-by-category"),
                 report.categories,
                 1,
                 30,
                 f.category.isEmpty() ? tr("Needs by top-level category, met and unmet.")
                                      : tr("Needs by narrower category, met and unmet."));
    needsSection(
        QStringLiteral("needs-by-region"), report.regions, 0, 30, tr("Needs by Ontario region, met and unmet."));
    needsSection(QStringLiteral("needs-by-municipality"),
                 report.municipalities,
                 0,
                 TopBars,
                 tr("Needs by the caller's municipality, met and unmet."));

    // Calls and needs by period: columns side by side.
    if (const ReportTable* t = byName(tables, QStringLiteral("by-period"))) {
        QList<ChartItem> items;
        for (int i = 0; i < report.periods.size(); ++i) {
            items << ChartItem{ReportExport::periodLabel(report.periods[i].key, f.granularity),
                               {},
                               {report.periods[i].count, report.periodNeeds.value(i).count},
                               {}};
        }
        const QList<ChartSeries> series{{tr("Calls"), QStringLiteral("s-calls")},
                                        {tr("Needs"), QStringLiteral("s-needs")}};
        QString chart;
        if (report.calls == 0) {
            chart = empty(noCalls);
        } else {
            //: A chart's description for screen readers: %1 periods
            const QString description
                = tr("Calls and needs in each of %1 periods.").arg(items.size()) + u' ' + largest(items, l);
            chart = ReportCharts::legend(series)
                + ReportCharts::columns({t->title, description.trimmed(), tr("Period")}, series, items, l);
        }
        add(section(*t, chart, tableHtml(*t, maxRows)));
    }

    countSection(QStringLiteral("unmet-reasons"),
                 report.unmetReasons,
                 0,
                 QStringLiteral("s-unmet"),
                 tr("Unmet needs"),
                 tr("Unmet needs by the reason given."),
                 true);
    countSection(QStringLiteral("referrals-by-organization"),
                 report.organizations,
                 0,
                 QStringLiteral("s-count"),
                 tr("Referrals"),
                 tr("Referrals given, by organization."),
                 false);
    countSection(QStringLiteral("referrals-by-service"),
                 report.services,
                 0,
                 QStringLiteral("s-count"),
                 tr("Referrals"),
                 tr("Referrals given, by service."),
                 false);

    // Calls by hour and by weekday: columns.
    const QList<ChartSeries> calls{{tr("Calls"), QStringLiteral("s-calls")}};
    if (const ReportTable* t = byName(tables, QStringLiteral("calls-by-hour"))) {
        QList<ChartItem> items;
        for (int h = 0; h < 24; ++h)
            items << ChartItem{QStringLiteral("%1").arg(h, 2, 10, QLatin1Char('0')), {}, {report.callsByHour[h]}, {}};
        const QString description = tr("Calls by the hour they started, local time.") + u' ' + largest(items, l);
        add(section(*t,
                    report.calls == 0
                        ? empty(noCalls)
                        : ReportCharts::columns({t->title, description, tr("Hour of the day")}, calls, items, l),
                    tableHtml(*t, maxRows, {}, -1, -1, QStringLiteral("hours"))));
    }
    if (const ReportTable* t = byName(tables, QStringLiteral("calls-by-weekday"))) {
        QList<ChartItem> items;
        for (int d = 0; d < 7; ++d)
            items << ChartItem{l.dayName(d + 1, QLocale::ShortFormat), {}, {report.callsByWeekday[d]}, {}};
        const QString description = tr("Calls by the day of the week they started.") + u' ' + largest(items, l);
        add(section(*t,
                    report.calls == 0
                        ? empty(noCalls)
                        : ReportCharts::columns({t->title, description, tr("Day of the week")}, calls, items, l),
                    tableHtml(*t, maxRows)));
    }
    if (const ReportTable* t = byName(tables, QStringLiteral("calls-by-weekday-hour"))) {
        QStringList days, hours;
        QList<QList<qint64>> values;
        qint64 busiest = -1;
        QString when;
        for (int d = 0; d < 7; ++d) {
            days << l.dayName(d + 1, QLocale::ShortFormat);
            QList<qint64> row;
            for (int h = 0; h < 24; ++h) {
                row << report.callsByWeekdayHour[d][h];
                if (report.callsByWeekdayHour[d][h] > busiest) {
                    busiest = report.callsByWeekdayHour[d][h];
                    //: The busiest hour of the week: %1 a day, %2 an hour
                    when = tr("%1 at %2:00").arg(l.dayName(d + 1)).arg(h, 2, 10, QLatin1Char('0'));
                }
            }
            values << row;
        }
        for (int h = 0; h < 24; ++h)
            hours << QStringLiteral("%1").arg(h, 2, 10, QLatin1Char('0'));
        //: A heat map's description for screen readers: %1 when, %2 how many calls
        const QString description = tr("Calls by day of the week and hour, darker for more; the busiest hour is "
                                       "%1, with %2 calls.")
                                        .arg(when, l.toString(busiest));
        add(section(*t,
                    report.calls == 0 ? empty(noCalls)
                                      : ReportCharts::heatMap({t->title, description, {}}, days, hours, values, l),
                    tableHtml(*t, maxRows, {}, -1, -1, QStringLiteral("hours"))));
    }

    countSection(QStringLiteral("caller-languages"),
                 report.languages,
                 0,
                 QStringLiteral("s-count"),
                 tr("Calls"),
                 tr("Calls by the language spoken."),
                 true);

    if (const ReportTable* t = byName(tables, QStringLiteral("follow-ups"))) {
        const QList<qint64> counts{
            report.followUpsDue, report.followUpsOverdue, report.followUpsDone, report.followUpsCancelled};
        QList<ChartItem> items;
        for (int i = 0; i < counts.size(); ++i)
            items << ChartItem{t->rows.value(i).value(0), {}, {counts[i]}, {}};
        const QString description = tr("Follow-ups of the period's calls: due, overdue among them, done and "
                                       "cancelled.");
        add(section(
            *t,
            ReportCharts::bars({t->title, description, {}}, {{tr("Follow-ups"), QStringLiteral("s-count")}}, items, l),
            tableHtml(*t, maxRows)));
    }

    body += QStringLiteral("<footer>%1</footer>\n")
                .arg(esc(tr("Counts of calls, needs and referrals only: no caller's name, phone number or notes are "
                            "in this report.")));
    return page(lang, tr("Community needs report"), body);
}

} // namespace open211
