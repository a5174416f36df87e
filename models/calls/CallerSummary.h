// The referral summary a specialist reads to a caller or pastes into an e-mail: each referred
// service with its address, phones and hours, in the caller's language (English or French),
// whatever language the workstation's screens are in.
#pragma once

#include "Resources.h"
#include "calls/Call.h"

#include <QList>
#include <QLocale>
#include <QString>

class QTranslator;

namespace open211 {

class CallerSummary
{
public:
    // Plain text. `language` is "fr" or "en"; French strings come from `translator` (context
    // "open211::CallerSummary"), falling back to English where it has none. A referral whose
    // service is not among `details` (matched by service id) is given by its stored names only.
    static QString text(const QList<Referral>& referrals,
                        const QList<ServiceDetail>& details,
                        const QString& language,
                        const QTranslator* translator);
    // The same content as a simple HTML page, for printing.
    static QString html(const QList<Referral>& referrals,
                        const QList<ServiceDetail>& details,
                        const QString& language,
                        const QTranslator* translator);

    // Weekly hours in a compact form: "Mon–Fri 9:00–17:00; Sat 10:00–14:00" in English,
    // "lun.–ven. 9 h 00–17 h 00; sam. 10 h 00–14 h 00" in French. Empty when there are none.
    static QString compactHours(const OpeningHours& hours, const QString& language);
    // A time of day given as minutes after midnight: "9:00" / "9 h 00" (1440 is "24:00").
    static QString formatTime(int minute, const QString& language);
    // The locale day names and dates follow: en_CA or fr_CA.
    static QLocale locale(const QString& language);
};

} // namespace open211
