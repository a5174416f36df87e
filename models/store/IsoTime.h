// The workstation's own times (calls, the outbox, the sync history) as the store keeps them:
// ISO 8601 in UTC with milliseconds ("2026-11-25T18:40:00.000Z"), one form, so that they compare
// correctly as text in SQL. (Resource records keep HSDS's "last_modified": LastModifiedReader.)
#pragma once

#include <QDateTime>

namespace open211 {

inline QString isoUtc(const QDateTime& t)
{
    return t.isValid() ? t.toUTC().toString(Qt::ISODateWithMs) : QString();
}

// Also reads the shorter form without milliseconds; empty text is an invalid time.
inline QDateTime fromIsoUtc(const QString& s)
{
    return s.isEmpty() ? QDateTime() : QDateTime::fromString(s, Qt::ISODateWithMs).toUTC();
}

} // namespace open211
