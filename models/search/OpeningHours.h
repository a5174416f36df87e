// Weekly opening hours from HSDS schedules (freq WEEKLY, byday, opens_at, closes_at), in the
// centre's time zone: open at a given moment, spans past midnight, days with no hours closed.
#pragma once

#include <QDateTime>
#include <QList>
#include <QString>
#include <QTimeZone>

namespace open211 {

struct WeeklySpan
{
    int dayMask = 0; // bit 0 = Monday ... bit 6 = Sunday
    int opensMinute = 0; // minutes after midnight
    int closesMinute = 0; // <= opensMinute: closes the next day; 24:00 = 1440
};

class OpeningHours
{
public:
    // Adds an HSDS schedule row; rows that are not weekly hours are ignored (returns false).
    bool addSchedule(const QString& freq, const QString& byday, const QString& opensAt, const QString& closesAt);
    bool isEmpty() const { return m_spans.isEmpty(); }
    const QList<WeeklySpan>& spans() const { return m_spans; }

    // Open at this moment (converted to the centre's local time)?
    bool isOpenAt(const QDateTime& moment) const;

    // The centre's time zone (Ontario: America/Toronto).
    static QTimeZone timeZone();

private:
    QList<WeeklySpan> m_spans;
};

} // namespace open211
