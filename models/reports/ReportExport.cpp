#include "reports/ReportExport.h"

#include "calls/CallVocabulary.h"

#include <QJsonArray>
#include <QLocale>

namespace open211 {

namespace {

QString number(qint64 n)
{
    return QString::number(n);
}

QString percent(qint64 part, qint64 whole)
{
    return whole > 0 ? QString::number(100.0 * double(part) / double(whole), 'f', 1) : QString();
}

QString labelOf(const ReportRow& row, const QString& language)
{
    if (language == QLatin1String("fr") && !row.labelFr.isEmpty())
        return row.labelFr;
    return row.label;
}

QString granularityName(ReportGranularity g)
{
    switch (g) {
    case ReportGranularity::Day:
        return QStringLiteral("day");
    case ReportGranularity::Week:
        return QStringLiteral("week");
    case ReportGranularity::Month:
        return QStringLiteral("month");
    }
    return {};
}

QJsonArray rowsJson(const QList<ReportRow>& rows)
{
    QJsonArray a;
    for (const ReportRow& r : rows) {
        QJsonObject o{{QStringLiteral("key"), r.key},
                      {QStringLiteral("label"), r.label},
                      {QStringLiteral("count"), r.count},
                      {QStringLiteral("met"), r.met},
                      {QStringLiteral("unmet"), r.unmet}};
        if (!r.labelFr.isEmpty())
            o.insert(QStringLiteral("label_fr"), r.labelFr);
        a << o;
    }
    return a;
}

} // namespace

QString ReportExport::periodLabel(const QString& isoStart, ReportGranularity granularity)
{
    const QDate d = QDate::fromString(isoStart, Qt::ISODate);
    if (!d.isValid())
        return isoStart;
    switch (granularity) {
    case ReportGranularity::Day:
        return d.toString(Qt::ISODate);
    case ReportGranularity::Week: {
        int year = 0;
        const int week = d.weekNumber(&year);
        return QStringLiteral("%1-W%2").arg(year).arg(week, 2, 10, QLatin1Char('0'));
    }
    case ReportGranularity::Month:
        return d.toString(QStringLiteral("yyyy-MM"));
    }
    return isoStart;
}

QString ReportExport::reasonLabel(const QString& code)
{
    for (const VocabularyItem& item : CallVocabulary::unmetReasons()) {
        if (item.code == code)
            return item.label;
    }
    return code.isEmpty() ? tr("Not said") : code;
}

QList<ReportTable> ReportExport::tables(const CommunityReport& r, const QString& language)
{
    QList<ReportTable> out;
    const auto needsTable = [&](const QString& name,
                                const QString& title,
                                const QString& what,
                                const QList<ReportRow>& rows,
                                bool withCode) {
        ReportTable t{name, title, {}, {}};
        if (withCode)
            t.headers << tr("Code");
        t.headers << what << tr("Needs") << tr("Met") << tr("Unmet") << tr("Unmet %");
        for (const ReportRow& row : rows) {
            QStringList cells;
            if (withCode)
                cells << row.key;
            QString label = labelOf(row, language);
            if (label.isEmpty())
                label = withCode ? tr("Not in the taxonomy") : tr("Unknown");
            cells << label << number(row.count) << number(row.met) << number(row.unmet)
                  << percent(row.unmet, row.count);
            t.rows << cells;
        }
        out << t;
    };
    needsTable(QStringLiteral("needs-by-category"), tr("Needs by category"), tr("Category"), r.categories, true);
    needsTable(QStringLiteral("needs-by-region"), tr("Needs by region"), tr("Region"), r.regions, false);
    needsTable(QStringLiteral("needs-by-municipality"),
               tr("Needs by municipality"),
               tr("Municipality"),
               r.municipalities,
               false);

    ReportTable periods{QStringLiteral("by-period"), tr("Calls and needs by period"), {}, {}};
    periods.headers << tr("Period") << tr("Calls") << tr("Needs") << tr("Met") << tr("Unmet");
    for (int i = 0; i < r.periods.size(); ++i) {
        const ReportRow& needs = r.periodNeeds.value(i);
        periods.rows << QStringList{periodLabel(r.periods[i].key, r.filter.granularity),
                                    number(r.periods[i].count),
                                    number(needs.count),
                                    number(needs.met),
                                    number(needs.unmet)};
    }
    out << periods;

    ReportTable reasons{QStringLiteral("unmet-reasons"), tr("Unmet needs by reason"), {}, {}};
    reasons.headers << tr("Reason") << tr("Unmet needs") << tr("Share %");
    for (const ReportRow& row : r.unmetReasons)
        reasons.rows << QStringList{reasonLabel(row.key), number(row.count), percent(row.count, r.unmet)};
    out << reasons;

    ReportTable orgs{QStringLiteral("referrals-by-organization"), tr("Referrals by organization"), {}, {}};
    orgs.headers << tr("Organization") << tr("Referrals");
    for (const ReportRow& row : r.organizations)
        orgs.rows << QStringList{row.label.isEmpty() ? tr("Unknown") : row.label, number(row.count)};
    out << orgs;

    ReportTable services{QStringLiteral("referrals-by-service"), tr("Referrals by service"), {}, {}};
    services.headers << tr("Service") << tr("Service id") << tr("Referrals");
    for (const ReportRow& row : r.services)
        services.rows << QStringList{row.label, row.key, number(row.count)};
    out << services;

    ReportTable hours{QStringLiteral("calls-by-hour"), tr("Calls by hour of the day"), {}, {}};
    hours.headers << tr("Hour") << tr("Calls");
    for (int h = 0; h < 24; ++h)
        hours.rows << QStringList{QStringLiteral("%1:00").arg(h, 2, 10, QLatin1Char('0')), number(r.callsByHour[h])};
    out << hours;

    ReportTable days{QStringLiteral("calls-by-weekday"), tr("Calls by day of the week"), {}, {}};
    days.headers << tr("Day") << tr("Calls");
    const QLocale locale(language == QLatin1String("fr") ? QLocale::French : QLocale::English, QLocale::Canada);
    for (int d = 0; d < 7; ++d)
        days.rows << QStringList{locale.dayName(d + 1), number(r.callsByWeekday[d])};
    out << days;

    ReportTable languages{QStringLiteral("caller-languages"), tr("Calls by language"), {}, {}};
    languages.headers << tr("Language") << tr("Code") << tr("Calls") << tr("Share %");
    for (const ReportRow& row : r.languages) {
        const QLocale l(row.key);
        QString name = row.key.isEmpty() || l.language() == QLocale::C ? (row.key.isEmpty() ? tr("Not said") : row.key)
                                                                       : QLocale::languageToString(l.language());
        if (language == QLatin1String("fr") && l.language() != QLocale::C && !row.key.isEmpty())
            name = l.nativeLanguageName();
        languages.rows << QStringList{name, row.key, number(row.count), percent(row.count, r.calls)};
    }
    out << languages;

    ReportTable followUps{QStringLiteral("follow-ups"), tr("Follow-ups"), {}, {}};
    followUps.headers << tr("State") << tr("Follow-ups");
    followUps.rows << QStringList{tr("Due"), number(r.followUpsDue)}
                   << QStringList{tr("Of which overdue"), number(r.followUpsOverdue)}
                   << QStringList{tr("Done"), number(r.followUpsDone)}
                   << QStringList{tr("Cancelled"), number(r.followUpsCancelled)};
    out << followUps;
    return out;
}

QByteArray ReportExport::csv(const ReportTable& table)
{
    const auto field = [](const QString& v) -> QString {
        // A cell that a spreadsheet would run as a formula is written as text.
        QString s = v;
        if (!s.isEmpty() && QStringLiteral("=+-@").contains(s[0]) && !(s.size() > 1 && s[1].isDigit()))
            s.prepend(u'\'');
        if (s.contains(u',') || s.contains(u'"') || s.contains(u'\n') || s.contains(u'\r'))
            return u'"' + s.replace(u'"', QLatin1String("\"\"")) + u'"';
        return s;
    };
    QByteArray out("\xEF\xBB\xBF");
    const auto line = [&](const QStringList& cells) {
        QStringList fields;
        for (const QString& c : cells)
            fields << field(c);
        out += fields.join(u',').toUtf8() + "\r\n";
    };
    line(table.headers);
    for (const QStringList& row : table.rows)
        line(row);
    return out;
}

ReportTable ReportExport::openData(const CommunityReport& r, int threshold, const QString& language)
{
    ReportTable t{QStringLiteral("open-data-needs"), tr("Needs by period, region and category (open data)"), {}, {}};
    // Headings stay in English and French alike: the file is read by programs as much as people.
    t.headers = QStringList{QStringLiteral("period"),
                            QStringLiteral("period_start"),
                            QStringLiteral("region"),
                            QStringLiteral("category_code"),
                            QStringLiteral("category"),
                            QStringLiteral("needs"),
                            QStringLiteral("met"),
                            QStringLiteral("unmet")};
    const QString hidden = QStringLiteral("<%1").arg(threshold);
    // 1 to threshold - 1 is small; none is none.
    const auto small = [&](qint64 n) {
        return n > 0 && n < threshold;
    };
    const auto shown = [&](qint64 n) {
        return small(n) ? hidden : QString::number(n);
    };
    for (const NeedsCell& c : r.needsCells) {
        QStringList row{periodLabel(c.period, r.filter.granularity),
                        c.period,
                        c.region,
                        c.category,
                        language == QLatin1String("fr") && !c.categoryNameFr.isEmpty() ? c.categoryNameFr
                                                                                       : c.categoryName,
                        shown(c.needs)};
        // met + unmet = needs: when either is small, both go (the other would tell it).
        if (small(c.needs) || small(c.met) || small(c.unmet))
            row << hidden << hidden;
        else
            row << QString::number(c.met) << QString::number(c.unmet);
        t.rows << row;
    }
    return t;
}

QJsonObject ReportExport::toJson(const CommunityReport& r)
{
    QJsonArray hours, weekdays, cells;
    for (qint64 n : r.callsByHour)
        hours << n;
    for (qint64 n : r.callsByWeekday)
        weekdays << n;
    for (const NeedsCell& c : r.needsCells) {
        cells << QJsonObject{{QStringLiteral("period"), c.period},
                             {QStringLiteral("region"), c.region},
                             {QStringLiteral("category"), c.category},
                             {QStringLiteral("needs"), c.needs},
                             {QStringLiteral("met"), c.met},
                             {QStringLiteral("unmet"), c.unmet}};
    }
    return QJsonObject{
        {QStringLiteral("from"), r.filter.from.toString(Qt::ISODate)},
        {QStringLiteral("to"), r.filter.to.toString(Qt::ISODate)},
        {QStringLiteral("granularity"), granularityName(r.filter.granularity)},
        {QStringLiteral("region"), r.filter.region},
        {QStringLiteral("municipality"), r.filter.municipality},
        {QStringLiteral("category"), r.filter.category},
        {QStringLiteral("generated_at"), r.generatedAt.toUTC().toString(Qt::ISODateWithMs)},
        {QStringLiteral("calls"), r.calls},
        {QStringLiteral("needs"), r.needs},
        {QStringLiteral("met"), r.met},
        {QStringLiteral("unmet"), r.unmet},
        {QStringLiteral("referrals"), r.referrals},
        {QStringLiteral("categories"), rowsJson(r.categories)},
        {QStringLiteral("regions"), rowsJson(r.regions)},
        {QStringLiteral("municipalities"), rowsJson(r.municipalities)},
        {QStringLiteral("periods"), rowsJson(r.periods)},
        {QStringLiteral("period_needs"), rowsJson(r.periodNeeds)},
        {QStringLiteral("unmet_reasons"), rowsJson(r.unmetReasons)},
        {QStringLiteral("organizations"), rowsJson(r.organizations)},
        {QStringLiteral("services"), rowsJson(r.services)},
        {QStringLiteral("languages"), rowsJson(r.languages)},
        {QStringLiteral("calls_by_hour"), hours},
        {QStringLiteral("calls_by_weekday"), weekdays},
        {QStringLiteral("follow_ups"),
         QJsonObject{{QStringLiteral("due"), r.followUpsDue},
                     {QStringLiteral("overdue"), r.followUpsOverdue},
                     {QStringLiteral("done"), r.followUpsDone},
                     {QStringLiteral("cancelled"), r.followUpsCancelled}}},
        {QStringLiteral("needs_cells"), cells},
    };
}

} // namespace open211
