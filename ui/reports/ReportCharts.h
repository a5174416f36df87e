// The report page's charts as inline SVG, drawn here so the page loads nothing from elsewhere:
// horizontal bars (stacked series), columns (series side by side) and a heat map. Each chart names
// itself for screen readers (role="img", aria-label, <title> and <desc>), writes its numbers as
// text, and tells its series apart by pattern as well as by colour (ReportCharts::definitions).
#pragma once

#include <QList>
#include <QLocale>
#include <QString>
#include <QStringList>

namespace open211 {

// One series of a chart: its name for the legend and the CSS class that fills it (see the
// report page's style: "s-met", "s-unmet", "s-open", "s-calls", "s-needs", "s-count").
struct ChartSeries
{
    QString name;
    QString style;
};

// One bar or column group: a value per series.
struct ChartItem
{
    QString label;
    QString link; // a bar's label links here when set
    QList<qint64> values;
    QString note; // said after the total ("17 % unmet")
};

struct ChartText
{
    QString title; // what the chart shows; also its accessible name
    QString description; // what a person would say about it, for screen readers
    QString axis; // the columns' axis ("Hour of the day"); unused by bars
};

class ReportCharts
{
public:
    // The patterns the series classes fill with, once per page (an invisible SVG).
    static QString definitions();
    // A legend for these series, as HTML.
    static QString legend(const QList<ChartSeries>& series);
    // Horizontal bars, one per item, its series stacked; the total and the note at its end.
    static QString
    bars(const ChartText& text, const QList<ChartSeries>& series, const QList<ChartItem>& items, const QLocale& locale);
    // Columns, one group per item, its series side by side, over a scale of round numbers. Labels
    // are thinned out to fit; past a few hundred columns they are drawn as one shape per series.
    static QString columns(const ChartText& text,
                           const QList<ChartSeries>& series,
                           const QList<ChartItem>& items,
                           const QLocale& locale);
    // A grid of counts (rows by columns), darker for more, each count written in its cell.
    static QString heatMap(const ChartText& text,
                           const QStringList& rowLabels,
                           const QStringList& columnLabels,
                           const QList<QList<qint64>>& values,
                           const QLocale& locale);
};

} // namespace open211
