#include "reports/ReportCharts.h"

#include <QHash>

#include <algorithm>
#include <cmath>
#include <numeric>

namespace open211 {

namespace {

// Every chart is drawn this wide and scales down with the page (and on paper).
constexpr double Width = 860;

QString esc(const QString& s)
{
    return s.toHtmlEscaped();
}

// A coordinate: a dot for decimals whatever the language, one decimal.
QString n(double v)
{
    return QString::number(std::round(v * 10) / 10, 'f', std::fmod(std::round(v * 10), 10) == 0 ? 0 : 1);
}

// About how wide a text is in a sans-serif font of `px` pixels (no font metrics in a page we
// only write): enough to lay labels out without overlap, with room to spare.
double textWidth(const QString& s, double px)
{
    return double(s.size()) * px * 0.58;
}

// The text cut to fit `width`, ending with an ellipsis when cut.
QString fit(const QString& s, double width, double px)
{
    if (textWidth(s, px) <= width)
        return s;
    const int chars = std::max(1, int(width / (px * 0.58)) - 1);
    return s.left(chars).trimmed() + QStringLiteral("…");
}

QString chartId(const ChartText& text)
{
    return QStringLiteral("c") + QString::number(qHash(text.title + u'\x1f' + text.description), 36);
}

// The <svg> element and its accessible name and description.
QString open(const ChartText& text, double height)
{
    const QString id = chartId(text);
    return QStringLiteral("<svg xmlns=\"http://www.w3.org/2000/svg\" class=\"chart\" viewBox=\"0 0 %1 %2\" "
                          "width=\"%1\" height=\"%2\" role=\"img\" aria-label=\"%3\" aria-describedby=\"%4-d\">"
                          "<title id=\"%4-t\">%3</title><desc id=\"%4-d\">%5</desc>")
        .arg(n(Width), n(height), esc(text.title), id, esc(text.description));
}

// A round step for a scale that reaches `max` in about four steps.
qint64 niceStep(qint64 max)
{
    const double rough = std::max(1.0, double(max) / 4);
    const double magnitude = std::pow(10, std::floor(std::log10(rough)));
    const double f = rough / magnitude;
    const double nice = f <= 1 ? 1 : f <= 2 ? 2 : f <= 2.5 && magnitude >= 10 ? 2.5 : f <= 5 ? 5 : 10;
    return std::max<qint64>(1, qint64(std::llround(nice * magnitude)));
}

qint64 total(const ChartItem& item)
{
    return std::accumulate(item.values.begin(), item.values.end(), qint64(0));
}

} // namespace

QString ReportCharts::definitions()
{
    // Unmet: vermilion with pale stripes; the second series of columns: orange with dark stripes
    // the other way; not said: grey dots. Solid blue is the first series everywhere. The colours
    // are Okabe and Ito's, told apart by people with any common colour vision deficiency, and the
    // patterns tell them apart in grey print too.
    return QStringLiteral(
        "<svg width=\"0\" height=\"0\" style=\"position:absolute\" aria-hidden=\"true\" focusable=\"false\"><defs>"
        "<pattern id=\"p-unmet\" width=\"7\" height=\"7\" patternUnits=\"userSpaceOnUse\" "
        "patternTransform=\"rotate(45)\"><rect width=\"7\" height=\"7\" fill=\"#D55E00\"/>"
        "<rect width=\"2.4\" height=\"7\" fill=\"#fbe3d2\"/></pattern>"
        "<pattern id=\"p-needs\" width=\"7\" height=\"7\" patternUnits=\"userSpaceOnUse\" "
        "patternTransform=\"rotate(-45)\"><rect width=\"7\" height=\"7\" fill=\"#E69F00\"/>"
        "<rect width=\"1.6\" height=\"7\" fill=\"#7a5200\"/></pattern>"
        "<pattern id=\"p-open\" width=\"5\" height=\"5\" patternUnits=\"userSpaceOnUse\">"
        "<rect width=\"5\" height=\"5\" fill=\"#e4e7eb\"/><circle cx=\"2.5\" cy=\"2.5\" r=\"1\" fill=\"#57606a\"/>"
        "</pattern></defs></svg>\n");
}

QString ReportCharts::legend(const QList<ChartSeries>& series)
{
    QString out = QStringLiteral("<ul class=\"legend\" aria-hidden=\"true\">");
    for (const ChartSeries& s : series) {
        out += QStringLiteral("<li><svg width=\"18\" height=\"12\" viewBox=\"0 0 18 12\"><rect class=\"%1\" "
                              "width=\"18\" height=\"12\" stroke=\"#57606a\" stroke-width=\".6\"/></svg>%2</li>")
                   .arg(esc(s.style), esc(s.name));
    }
    return out + QStringLiteral("</ul>\n");
}

QString ReportCharts::bars(const ChartText& text,
                           const QList<ChartSeries>& series,
                           const QList<ChartItem>& items,
                           const QLocale& locale)
{
    constexpr double RowHeight = 26, BarHeight = 17, LabelPx = 13, ValuePx = 12, Top = 4;
    QStringList values;
    double labelWidth = 0, valueWidth = 0;
    qint64 max = 1;
    for (const ChartItem& item : items) {
        const qint64 sum = total(item);
        max = std::max(max, sum);
        QString v = locale.toString(sum);
        if (!item.note.isEmpty())
            v += QStringLiteral(" · ") + item.note;
        values << v;
        labelWidth = std::max(labelWidth, textWidth(item.label, LabelPx));
        valueWidth = std::max(valueWidth, textWidth(v, ValuePx));
    }
    valueWidth = std::min(valueWidth + 10, 260.0);
    // Long labels give way to the bars: a name is cut (whole in its tooltip and the table).
    labelWidth = std::clamp(labelWidth + 10, 90.0, std::min(380.0, Width - valueWidth - 240));
    const double barSpace = Width - labelWidth - valueWidth - 4;
    const double height = Top * 2 + RowHeight * double(items.size());

    QString out = open(text, height);
    out += QStringLiteral("<line class=\"axis\" x1=\"%1\" y1=\"0\" x2=\"%1\" y2=\"%2\"/>")
               .arg(n(labelWidth), n(height));
    for (int i = 0; i < items.size(); ++i) {
        const ChartItem& item = items[i];
        const double y = Top + RowHeight * i;
        const double middle = y + RowHeight / 2;
        const QString shown = fit(item.label, labelWidth - 8, LabelPx);
        QString label = esc(shown);
        if (shown != item.label)
            label = QStringLiteral("<title>%1</title>").arg(esc(item.label)) + label;
        if (!item.link.isEmpty())
            // The table beneath carries the same link for the keyboard and screen readers: this
            // one is for the mouse, and the chart is one image to assistive technology.
            label = QStringLiteral("<a href=\"%1\" tabindex=\"-1\">%2</a>").arg(esc(item.link), label);
        out += QStringLiteral("<text class=\"lbl%1\" x=\"%2\" y=\"%3\" dy=\".35em\" text-anchor=\"end\">%4</text>")
                   .arg(item.link.isEmpty() ? QString() : QStringLiteral(" link"), n(labelWidth - 8), n(middle), label);
        double x = labelWidth;
        const qint64 sum = total(item);
        for (int s = 0; s < series.size() && s < item.values.size(); ++s) {
            const qint64 v = item.values[s];
            if (v <= 0)
                continue;
            // The smallest count still shows: a bar of one need is not invisible.
            const double w = std::max(1.5, barSpace * double(v) / double(max));
            out += QStringLiteral(
                       "<rect class=\"%1\" x=\"%2\" y=\"%3\" width=\"%4\" height=\"%5\"><title>%6: %7</title>"
                       "</rect>")
                       .arg(esc(series[s].style),
                            n(x),
                            n(middle - BarHeight / 2),
                            n(w),
                            n(BarHeight),
                            esc(series[s].name),
                            locale.toString(v));
            x += w;
        }
        if (sum == 0)
            x = labelWidth;
        out += QStringLiteral("<text class=\"val\" x=\"%1\" y=\"%2\" dy=\".35em\">%3</text>")
                   .arg(n(x + 6), n(middle), esc(values[i]));
    }
    return out + QStringLiteral("</svg>\n");
}

QString ReportCharts::columns(const ChartText& text,
                              const QList<ChartSeries>& series,
                              const QList<ChartItem>& items,
                              const QLocale& locale)
{
    constexpr double Height = 290, Left = 58, Right = 10, Top = 22, Bottom = 48, LabelPx = 11, ValuePx = 10;
    const double plotWidth = Width - Left - Right;
    const double plotHeight = Height - Top - Bottom;
    const double base = Top + plotHeight;
    qint64 max = 1;
    double labelWidth = 0;
    for (const ChartItem& item : items) {
        for (qint64 v : item.values)
            max = std::max(max, v);
        labelWidth = std::max(labelWidth, textWidth(item.label, LabelPx));
    }
    const qint64 step = niceStep(max);
    const qint64 top = std::max<qint64>(step, (max + step - 1) / step * step);
    const auto yOf = [&](qint64 v) {
        return base - plotHeight * double(v) / double(top);
    };

    QString out = open(text, Height);
    // The scale: round numbers, light lines across.
    for (qint64 v = 0; v <= top; v += step) {
        out += QStringLiteral("<line class=\"%1\" x1=\"%2\" y1=\"%3\" x2=\"%4\" y2=\"%3\"/>"
                              "<text class=\"tick\" x=\"%5\" y=\"%3\" dy=\".35em\" text-anchor=\"end\">%6</text>")
                   .arg(v == 0 ? QStringLiteral("axis") : QStringLiteral("grid"),
                        n(Left),
                        n(yOf(v)),
                        n(Width - Right),
                        n(Left - 6),
                        locale.toString(v));
    }
    const int count = int(items.size());
    const int perGroup = std::max(1, int(series.size()));
    if (count == 0)
        return out + QStringLiteral("</svg>\n");
    const double group = plotWidth / count;
    const double gap = group >= 6 ? group * (count > 60 ? 0.12 : 0.22) : 0;
    const double column = (group - gap) / perGroup;
    const bool many = count * perGroup > 400;
    const bool titled = count <= 120;
    const bool valued = count <= 40;
    QStringList paths(perGroup);
    for (int i = 0; i < count; ++i) {
        const ChartItem& item = items[i];
        for (int s = 0; s < perGroup && s < item.values.size(); ++s) {
            const qint64 v = item.values[s];
            const double x = Left + group * i + gap / 2 + column * s;
            const double y = yOf(v);
            if (v <= 0)
                continue;
            if (many) {
                paths[s] += QStringLiteral("M%1 %2V%3h%4V%2z").arg(n(x), n(base), n(std::min(y, base - 1)), n(column));
                continue;
            }
            out += QStringLiteral("<rect class=\"%1\" x=\"%2\" y=\"%3\" width=\"%4\" height=\"%5\">")
                       .arg(esc(series.value(s).style), n(x), n(std::min(y, base - 1)), n(column), n(base - y));
            if (titled)
                out += QStringLiteral("<title>%1 — %2: %3</title>")
                           .arg(esc(item.label), esc(series.value(s).name), locale.toString(v));
            out += QStringLiteral("</rect>");
            const QString value = locale.toString(v);
            // A count above its column when it fits there without running into the next.
            if (valued && textWidth(value, ValuePx) <= column + gap * 0.8)
                out += QStringLiteral("<text class=\"cv\" x=\"%1\" y=\"%2\" text-anchor=\"middle\">%3</text>")
                           .arg(n(x + column / 2), n(y - 4), value);
        }
    }
    if (many) {
        for (int s = 0; s < perGroup; ++s)
            out += QStringLiteral("<path class=\"%1\" d=\"%2\"/>").arg(esc(series.value(s).style), paths[s]);
    }
    // Every k-th label, so that none runs into the next.
    const int every = std::max(1, int(std::ceil((labelWidth + 8) / group)));
    double lastEnd = 0;
    for (int i = 0; i < count; i += every) {
        // Centred under its column, but never past the chart's edges nor into the label before.
        const double half = textWidth(items[i].label, LabelPx) / 2;
        const double x = std::clamp(Left + group * (i + 0.5), half + 2, Width - half - 2);
        if (x - half < lastEnd + 4)
            continue;
        lastEnd = x + half;
        out += QStringLiteral("<text class=\"tick\" x=\"%1\" y=\"%2\" text-anchor=\"middle\">%3</text>")
                   .arg(n(x), n(base + 16), esc(items[i].label));
    }
    if (!text.axis.isEmpty())
        out += QStringLiteral("<text class=\"axt\" x=\"%1\" y=\"%2\" text-anchor=\"middle\">%3</text>")
                   .arg(n(Left + plotWidth / 2), n(Height - 8), esc(text.axis));
    return out + QStringLiteral("</svg>\n");
}

QString ReportCharts::heatMap(const ChartText& text,
                              const QStringList& rowLabels,
                              const QStringList& columnLabels,
                              const QList<QList<qint64>>& values,
                              const QLocale& locale)
{
    // ColorBrewer's single-hue blues: an order anyone reads, in colour or grey.
    static const char* const Shades[]
        = {"#ffffff", "#deebf7", "#c6dbef", "#9ecae1", "#6baed6", "#3182bd", "#08519c", "#08306b"};
    constexpr int Levels = 7;
    constexpr double Top = 22, CellHeight = 28, CellPx = 10, LabelPx = 11, LegendHeight = 40;
    double left = 0;
    for (const QString& r : rowLabels)
        left = std::max(left, textWidth(r, LabelPx));
    left = std::clamp(left + 12, 40.0, 200.0);
    const int cols = std::max(1, int(columnLabels.size()));
    const double cell = (Width - left - 6) / cols;
    const double height = Top + CellHeight * double(rowLabels.size()) + LegendHeight;
    qint64 max = 0;
    for (const auto& row : values) {
        for (qint64 v : row)
            max = std::max(max, v);
    }
    const auto level = [&](qint64 v) {
        return v <= 0 || max <= 0 ? 0 : std::clamp(int(std::ceil(double(v) * Levels / double(max))), 1, Levels);
    };

    QString out = open(text, height);
    double labelWidth = 0;
    for (const QString& c : columnLabels)
        labelWidth = std::max(labelWidth, textWidth(c, LabelPx));
    const int every = std::max(1, int(std::ceil((labelWidth + 4) / cell)));
    for (int c = 0; c < columnLabels.size(); c += every) {
        out += QStringLiteral("<text class=\"tick\" x=\"%1\" y=\"%2\" text-anchor=\"middle\">%3</text>")
                   .arg(n(left + cell * (c + 0.5)), n(Top - 7), esc(columnLabels[c]));
    }
    for (int r = 0; r < rowLabels.size(); ++r) {
        const double y = Top + CellHeight * r;
        out += QStringLiteral("<text class=\"tick\" x=\"%1\" y=\"%2\" dy=\".35em\" text-anchor=\"end\">%3</text>")
                   .arg(n(left - 6), n(y + CellHeight / 2), esc(rowLabels[r]));
        for (int c = 0; c < cols; ++c) {
            const qint64 v = values.value(r).value(c);
            const int l = level(v);
            const QString count = locale.toString(v);
            out += QStringLiteral("<rect x=\"%1\" y=\"%2\" width=\"%3\" height=\"%4\" fill=\"%5\" class=\"cell\">"
                                  "<title>%6 %7: %8</title></rect>")
                       .arg(n(left + cell * c),
                            n(y),
                            n(cell),
                            n(CellHeight),
                            QLatin1String(Shades[l]),
                            esc(rowLabels[r]),
                            esc(columnLabels.value(c)),
                            count);
            if (v > 0 && textWidth(count, CellPx) <= cell - 3)
                out += QStringLiteral(
                           "<text class=\"hv%1\" x=\"%2\" y=\"%3\" dy=\".35em\" text-anchor=\"middle\">%4</text>")
                           .arg(l >= 5 ? QStringLiteral(" dark") : QString(),
                                n(left + cell * (c + 0.5)),
                                n(y + CellHeight / 2),
                                count);
        }
    }
    // The scale: from none to the most, in the same shades.
    const double legendY = Top + CellHeight * double(rowLabels.size()) + 14;
    const double swatch = 26;
    double x = left;
    out += QStringLiteral("<text class=\"tick\" x=\"%1\" y=\"%2\" dy=\".35em\" text-anchor=\"end\">%3</text>")
               .arg(n(x - 6), n(legendY + 7), locale.toString(0));
    for (int l = 0; l <= Levels; ++l) {
        out += QStringLiteral("<rect x=\"%1\" y=\"%2\" width=\"%3\" height=\"14\" fill=\"%4\" class=\"cell\"/>")
                   .arg(n(x), n(legendY), n(swatch), QLatin1String(Shades[l]));
        x += swatch;
    }
    out += QStringLiteral("<text class=\"tick\" x=\"%1\" y=\"%2\" dy=\".35em\">%3</text>")
               .arg(n(x + 6), n(legendY + 7), locale.toString(max));
    return out + QStringLiteral("</svg>\n");
}

} // namespace open211
