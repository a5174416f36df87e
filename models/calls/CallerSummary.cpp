#include "calls/CallerSummary.h"

#include <QMap>
#include <QTranslator>

#include <algorithm>

namespace open211 {

namespace {

const char* const Context = "open211::CallerSummary";

// Source strings, marked for lupdate; translated at run time with the caller's translator, not
// the application's, so the summary's language does not follow the screens'.
//: Heading of the referral summary read to a caller or sent by e-mail
const char* const Heading = QT_TRANSLATE_NOOP("open211::CallerSummary", "Your referrals from 211");
const char* const NoReferrals = QT_TRANSLATE_NOOP("open211::CallerSummary", "No referrals were given on this call.");
//: Label before a street address in the referral summary; %1 is the address
const char* const AddressLine = QT_TRANSLATE_NOOP("open211::CallerSummary", "Address: %1");
//: Label before one or more phone numbers; %1 is the list of numbers
const char* const PhoneLine = QT_TRANSLATE_NOOP("open211::CallerSummary", "Phone: %1");
//: A phone number with its extension: %1 is the number, %2 the extension
const char* const Extension = QT_TRANSLATE_NOOP("open211::CallerSummary", "%1 ext. %2");
//: Label before a service's weekly opening hours; %1 is e.g. "Mon–Fri 9:00–17:00"
const char* const HoursLine = QT_TRANSLATE_NOOP("open211::CallerSummary", "Hours: %1");
const char* const NoHours
    = QT_TRANSLATE_NOOP("open211::CallerSummary", "Hours: not listed. Please call before you go.");
//: Label before a web address; %1 is the address
const char* const WebsiteLine = QT_TRANSLATE_NOOP("open211::CallerSummary", "Website: %1");
const char* const TemporarilyClosed
    = QT_TRANSLATE_NOOP("open211::CallerSummary", "Note: this service is temporarily closed.");
const char* const NotOffered
    = QT_TRANSLATE_NOOP("open211::CallerSummary", "Note: this service may no longer be offered. Please call first.");
const char* const Closing = QT_TRANSLATE_NOOP("open211::CallerSummary", "Call 211 any time if you need more help.");

struct Translate
{
    const QString& language;
    const QTranslator* translator;

    QString operator()(const char* source) const
    {
        if (language == QLatin1String("fr") && translator) {
            const QString t = translator->translate(Context, source);
            if (!t.isEmpty())
                return t;
        }
        return QString::fromUtf8(source);
    }
};

// One referral, ready to be written as text or HTML.
struct Entry
{
    QString title;
    QString organization;
    QString note;
    QString address;
    QStringList phones;
    QString hours; // already with its label
    QString website;
};

QString phoneText(const ResourcePhone& p, const Translate& t)
{
    return p.extension.isEmpty() ? p.number : t(Extension).arg(p.number, p.extension);
}

QList<Entry> entries(const QList<Referral>& referrals,
                     const QList<ServiceDetail>& details,
                     const QString& language,
                     const Translate& t)
{
    QList<Entry> out;
    for (const Referral& r : referrals) {
        Entry e;
        const auto d = std::find_if(
            details.cbegin(), details.cend(), [&r](const ServiceDetail& x) { return x.id == r.serviceId; });
        if (d == details.cend()) {
            // The service left the replica since the referral: what the call record kept.
            e.title = r.serviceName;
            e.organization = r.organizationName;
            out << e;
            continue;
        }
        e.title = d->displayName(language);
        e.organization = d->organization.displayName(language);
        if (d->status == QLatin1String("temporarily closed"))
            e.note = t(TemporarilyClosed);
        else if (!d->isActive() && !d->status.isEmpty())
            e.note = t(NotOffered);
        const ServiceLocation* loc = d->location(r.locationId);
        if (loc) {
            if (const ResourceAddress* a = loc->mainAddress(); a && !a->oneLine().isEmpty())
                e.address = t(AddressLine).arg(a->oneLine());
        }
        QList<ResourcePhone> phones = loc ? loc->phones : d->phones;
        if (phones.isEmpty())
            phones = d->organization.phones;
        for (const ResourcePhone& p : std::as_const(phones)) {
            if (p.type == QLatin1String("fax"))
                continue;
            const QString text = phoneText(p, t);
            if (!e.phones.contains(text))
                e.phones << text;
        }
        const OpeningHours& hours = loc ? loc->effectiveHours() : d->hours;
        const QString compact = CallerSummary::compactHours(hours, language);
        e.hours = compact.isEmpty() ? t(NoHours) : t(HoursLine).arg(compact);
        const QString site = !d->url.isEmpty() ? d->url : d->organization.website;
        if (!site.isEmpty())
            e.website = t(WebsiteLine).arg(site);
        out << e;
    }
    return out;
}

} // namespace

QLocale CallerSummary::locale(const QString& language)
{
    return language == QLatin1String("fr") ? QLocale(QLocale::French, QLocale::Canada)
                                           : QLocale(QLocale::English, QLocale::Canada);
}

QString CallerSummary::formatTime(int minute, const QString& language)
{
    const int h = minute / 60, m = minute % 60;
    return language == QLatin1String("fr") ? QStringLiteral("%1 h %2").arg(h).arg(m, 2, 10, QLatin1Char('0'))
                                           : QStringLiteral("%1:%2").arg(h).arg(m, 2, 10, QLatin1Char('0'));
}

QString CallerSummary::compactHours(const OpeningHours& hours, const QString& language)
{
    const QLocale loc = locale(language);
    // The times of each day as text; days with the same text are written together.
    QList<std::pair<QString, int>> groups; // times -> day mask, in order of their first day
    for (int day = 0; day < 7; ++day) {
        QList<std::pair<int, int>> spans;
        for (const WeeklySpan& s : hours.spans()) {
            if (s.dayMask & (1 << day))
                spans.append({s.opensMinute, s.closesMinute});
        }
        if (spans.isEmpty())
            continue;
        std::sort(spans.begin(), spans.end());
        spans.erase(std::unique(spans.begin(), spans.end()), spans.end());
        QStringList ranges;
        for (const auto& [opens, closes] : spans)
            ranges << formatTime(opens, language) + QChar(0x2013) + formatTime(closes, language);
        const QString times = ranges.join(QStringLiteral(", "));
        auto it = std::find_if(groups.begin(), groups.end(), [&times](const auto& g) { return g.first == times; });
        if (it == groups.end())
            groups.append({times, 1 << day});
        else
            it->second |= 1 << day;
    }
    QStringList parts;
    for (const auto& [times, mask] : groups) {
        // Runs of consecutive days: "Mon–Fri", "Sat, Sun", "Mon, Wed".
        QStringList runs;
        for (int day = 0; day < 7;) {
            if (!(mask & (1 << day))) {
                ++day;
                continue;
            }
            int last = day;
            while (last + 1 < 7 && (mask & (1 << (last + 1))))
                ++last;
            const QString first = loc.dayName(day + 1, QLocale::ShortFormat);
            const QString end = loc.dayName(last + 1, QLocale::ShortFormat);
            if (last == day)
                runs << first;
            else if (last == day + 1)
                runs << first << end;
            else
                runs << first + QChar(0x2013) + end;
            day = last + 1;
        }
        parts << runs.join(QStringLiteral(", ")) + u' ' + times;
    }
    return parts.join(QStringLiteral("; "));
}

QString CallerSummary::text(const QList<Referral>& referrals,
                            const QList<ServiceDetail>& details,
                            const QString& language,
                            const QTranslator* translator)
{
    const Translate t{language, translator};
    QStringList lines{t(Heading), QString()};
    const QList<Entry> list = entries(referrals, details, language, t);
    if (list.isEmpty())
        lines << t(NoReferrals) << QString();
    const QString indent = QStringLiteral("   ");
    for (qsizetype i = 0; i < list.size(); ++i) {
        const Entry& e = list[i];
        lines << QStringLiteral("%1. %2").arg(i + 1).arg(e.title);
        for (const QString& l : {e.organization, e.note, e.address})
            if (!l.isEmpty())
                lines << indent + l;
        if (!e.phones.isEmpty())
            lines << indent + t(PhoneLine).arg(e.phones.join(QStringLiteral(", ")));
        for (const QString& l : {e.hours, e.website})
            if (!l.isEmpty())
                lines << indent + l;
        lines << QString();
    }
    lines << t(Closing);
    return lines.join(u'\n') + u'\n';
}

QString CallerSummary::html(const QList<Referral>& referrals,
                            const QList<ServiceDetail>& details,
                            const QString& language,
                            const QTranslator* translator)
{
    const Translate t{language, translator};
    const QString heading = t(Heading).toHtmlEscaped();
    QString out = QStringLiteral("<!DOCTYPE html>\n<html lang=\"%1\"><head><meta charset=\"utf-8\"><title>%2</title>"
                                 "<style>body{font-family:sans-serif;font-size:11pt;line-height:1.45;margin:1.5em;"
                                 "color:#1a1a1a}h1{font-size:16pt;margin:0 0 .8em}li{margin-bottom:1em}"
                                 ".org{color:#444}.note{font-weight:bold}</style></head><body><h1>%2</h1>\n")
                      .arg(language == QLatin1String("fr") ? QStringLiteral("fr") : QStringLiteral("en"), heading);
    const QList<Entry> list = entries(referrals, details, language, t);
    if (list.isEmpty())
        out += QStringLiteral("<p>%1</p>\n").arg(t(NoReferrals).toHtmlEscaped());
    else
        out += QStringLiteral("<ol>\n");
    for (const Entry& e : list) {
        QStringList lines{QStringLiteral("<strong>%1</strong>").arg(e.title.toHtmlEscaped())};
        if (!e.organization.isEmpty())
            lines << QStringLiteral("<span class=\"org\">%1</span>").arg(e.organization.toHtmlEscaped());
        if (!e.note.isEmpty())
            lines << QStringLiteral("<span class=\"note\">%1</span>").arg(e.note.toHtmlEscaped());
        if (!e.address.isEmpty())
            lines << e.address.toHtmlEscaped();
        if (!e.phones.isEmpty())
            lines << t(PhoneLine).arg(e.phones.join(QStringLiteral(", "))).toHtmlEscaped();
        for (const QString& l : {e.hours, e.website})
            if (!l.isEmpty())
                lines << l.toHtmlEscaped();
        out += QStringLiteral("<li>") + lines.join(QStringLiteral("<br>\n")) + QStringLiteral("</li>\n");
    }
    if (!list.isEmpty())
        out += QStringLiteral("</ol>\n");
    out += QStringLiteral("<p>%1</p>\n</body></html>\n").arg(t(Closing).toHtmlEscaped());
    return out;
}

} // namespace open211
