#include "search/OpeningHours.h"

#include <QTimeZone>

namespace open211 {

namespace {

int minutes(const QString& hhmm, bool* ok)
{
    const QStringList p = hhmm.trimmed().split(u':');
    bool okH = false, okM = true;
    const int h = p.value(0).toInt(&okH);
    const int m = p.size() > 1 ? p[1].toInt(&okM) : 0;
    *ok = okH && okM && h >= 0 && h <= 24 && m >= 0 && m < 60 && (h < 24 || m == 0);
    return h * 60 + m;
}

int dayBit(const QString& day)
{
    static const char* const Days[] = {"MO", "TU", "WE", "TH", "FR", "SA", "SU"};
    const QString d = day.trimmed().right(2).toUpper(); // "1MO" style prefixes are not weekly
    for (int i = 0; i < 7; ++i) {
        if (d == QLatin1String(Days[i]))
            return 1 << i;
    }
    return 0;
}

} // namespace

QTimeZone OpeningHours::timeZone()
{
    static const QTimeZone tz(QByteArrayLiteral("America/Toronto"));
    return tz.isValid() ? tz : QTimeZone(-5 * 3600);
}

bool OpeningHours::addSchedule(const QString& freq,
                               const QString& byday,
                               const QString& opensAt,
                               const QString& closesAt)
{
    if (!freq.isEmpty() && freq.compare(QLatin1String("WEEKLY"), Qt::CaseInsensitive) != 0)
        return false;
    bool ok1 = false, ok2 = false;
    WeeklySpan span;
    span.opensMinute = minutes(opensAt, &ok1);
    span.closesMinute = minutes(closesAt, &ok2);
    if (!ok1 || !ok2)
        return false;
    const QStringList days = byday.isEmpty() ? QStringList{QStringLiteral("MO"),
                                                           QStringLiteral("TU"),
                                                           QStringLiteral("WE"),
                                                           QStringLiteral("TH"),
                                                           QStringLiteral("FR"),
                                                           QStringLiteral("SA"),
                                                           QStringLiteral("SU")}
                                             : byday.split(u',', Qt::SkipEmptyParts);
    for (const QString& d : days)
        span.dayMask |= dayBit(d);
    if (span.dayMask == 0)
        return false;
    m_spans.append(span);
    return true;
}

bool OpeningHours::isOpenAt(const QDateTime& moment) const
{
    const QDateTime local = moment.toTimeZone(timeZone());
    const int day = local.date().dayOfWeek() - 1; // 0 = Monday
    const int minute = local.time().hour() * 60 + local.time().minute();
    const int yesterday = (day + 6) % 7;
    for (const WeeklySpan& s : m_spans) {
        const bool overnight = s.closesMinute <= s.opensMinute && !(s.opensMinute == 0 && s.closesMinute == 0);
        if (s.dayMask & (1 << day)) {
            if (overnight ? minute >= s.opensMinute : (minute >= s.opensMinute && minute < s.closesMinute))
                return true;
        }
        // The part of yesterday's overnight span that runs into this morning.
        if (overnight && (s.dayMask & (1 << yesterday)) && minute < s.closesMinute)
            return true;
    }
    return false;
}

} // namespace open211
