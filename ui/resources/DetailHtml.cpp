#include "resources/DetailHtml.h"

#include "calls/CallerSummary.h"
#include "geo/Gazetteer.h"
#include "maintenance/MaintenanceText.h"
#include "search/OpeningHours.h"
#include "web/OfflineWeb.h"

#include <QLocale>
#include <QStringList>

#include <algorithm>
#include <cmath>

namespace open211 {

namespace {

QString esc(const QString& s)
{
    return s.toHtmlEscaped();
}

// Escaped, with the record's line breaks kept.
QString escLines(const QString& s)
{
    return s.trimmed().toHtmlEscaped().replace(u'\n', QStringLiteral("<br>"));
}

QString listHtml(const QStringList& items)
{
    if (items.isEmpty())
        return {};
    QString out = QStringLiteral("<ul>");
    for (const QString& i : items)
        out += QStringLiteral("<li>") + escLines(i) + QStringLiteral("</li>");
    return out + QStringLiteral("</ul>");
}

QString section(const QString& title, const QString& body)
{
    if (body.isEmpty())
        return {};
    return QStringLiteral("<section><h2>%1</h2>%2</section>\n").arg(esc(title), body);
}

QString paragraph(const QString& text)
{
    return text.trimmed().isEmpty() ? QString() : QStringLiteral("<p>%1</p>").arg(escLines(text));
}

QDateTime moment(const DetailContext& c)
{
    return c.now.isValid() ? c.now : QDateTime::currentDateTimeUtc();
}

QString number(const QLocale& loc, double v)
{
    return loc.toString(v, 'f', std::floor(v) == v ? 0 : 1);
}

const char* const Style = R"(
body{font-family:system-ui,-apple-system,"Segoe UI","Noto Sans","DejaVu Sans",Arial,sans-serif;font-size:14px;
line-height:1.5;color:#1f2328;background:#fff;margin:0}
main{padding:16px 22px 24px;max-width:62em}
.org{color:#57606a;font-size:13px;margin:0;font-weight:600;letter-spacing:.02em}
h1{font-size:22px;line-height:1.25;margin:2px 0 4px}
h2{font-size:15px;margin:22px 0 6px;padding-bottom:3px;border-bottom:1px solid #d0d7de}
h3{font-size:15px;margin:0 0 4px;display:inline}
p{margin:4px 0 8px}
ul{margin:4px 0 8px;padding-left:20px}
table{border-spacing:0}
.muted{color:#57606a}
.aka{color:#57606a;margin:0 0 8px}
.card{border:1px solid #d0d7de;border-radius:6px;padding:10px 14px;margin:10px 0;break-inside:avoid}
.card .head{margin-bottom:6px}
.badge{display:inline-block;padding:0 9px;border-radius:10px;font-size:12px;font-weight:600;border:1px solid;
margin-left:8px;vertical-align:2px}
.open{background:#dafbe1;color:#116329;border-color:#4ac26b}
.closed{background:#ffebe9;color:#a40e26;border-color:#ff8182}
.unknown{background:#f6f8fa;color:#57606a;border-color:#d0d7de}
.alert{background:#fff8c5;border:1px solid #d4a72c;border-radius:6px;padding:8px 12px;margin:10px 0}
.facts{border-collapse:collapse}
.facts th{text-align:left;font-weight:normal;color:#57606a;padding:1px 16px 1px 0;vertical-align:top}
.facts td{padding:1px 0;vertical-align:top}
table.hours td{padding:0 16px 0 0}
table.hours tr.today td{font-weight:700}
.code{font-family:ui-monospace,"DejaVu Sans Mono",monospace;color:#57606a;margin-right:6px}
footer{margin-top:24px;color:#57606a;font-size:12px}
.upkeep{color:#57606a;font-size:13px;margin:0 0 8px}
.pending{background:#fff8c5;color:#4d2d00;border-color:#d4a72c}
.conflict{background:#ffebe9;color:#82071e;border-color:#ff8182}
details.history{margin-top:22px}
details.history summary{font-weight:600;cursor:pointer}
table.history{border-collapse:collapse;font-size:13px;margin-top:6px}
table.history th{text-align:left;color:#57606a;font-weight:600;padding:2px 14px 2px 0;border-bottom:1px solid #d0d7de}
table.history td{padding:2px 14px 2px 0;vertical-align:top}
@media print{body{font-size:10.5pt}.card{border-color:#999}main{padding:0}}
)";

QString page(const QString& language, const QString& title, const QString& body)
{
    return OfflineWeb::htmlPage(language, title, Style, body);
}

} // namespace

// Translated pieces shared by the HTML and the text.
namespace {

struct Words
{
    Q_DECLARE_TR_FUNCTIONS(open211::DetailHtml)

public:
    static QString ages(const ServiceDetail& d, const QLocale& loc)
    {
        if (d.minimumAge && d.maximumAge)
            return tr("Ages %1 to %2").arg(number(loc, *d.minimumAge), number(loc, *d.maximumAge));
        if (d.minimumAge)
            return tr("Ages %1 and over").arg(number(loc, *d.minimumAge));
        if (d.maximumAge)
            return tr("Ages up to %1").arg(number(loc, *d.maximumAge));
        return {};
    }

    static QString status(const QString& status)
    {
        if (status == QLatin1String("temporarily closed"))
            return tr("This service is temporarily closed.");
        if (status == QLatin1String("inactive"))
            return tr("This service is inactive: it may no longer be offered.");
        if (status == QLatin1String("defunct"))
            return tr("This service has ended (defunct).");
        return {};
    }

    static QString phoneType(const QString& type)
    {
        //: Kind of phone line (HSDS phone type)
        if (type == QLatin1String("voice"))
            return tr("voice");
        //: Kind of phone line (HSDS phone type)
        if (type == QLatin1String("fax"))
            return tr("fax");
        //: Kind of phone line (HSDS phone type): text messages
        if (type == QLatin1String("text"))
            return tr("text");
        //: Kind of phone line (HSDS phone type): mobile phone
        if (type == QLatin1String("cell"))
            return tr("cell");
        //: Kind of phone line (HSDS phone type)
        if (type == QLatin1String("video"))
            return tr("video");
        //: Kind of phone line (HSDS phone type)
        if (type == QLatin1String("pager"))
            return tr("pager");
        //: Kind of phone line (HSDS phone type): TTY for deaf and hard of hearing callers
        if (type == QLatin1String("textphone"))
            return tr("TTY");
        return type;
    }

    // "613-555-0101 ext. 22 (voice) · Intake worker · French"
    static QString phone(const ResourcePhone& p)
    {
        //: A phone number with its extension: %1 is the number, %2 the extension
        QString s = p.extension.isEmpty() ? p.number : tr("%1 ext. %2").arg(p.number, p.extension);
        if (!p.type.isEmpty())
            s += QStringLiteral(" (") + phoneType(p.type) + u')';
        QStringList extra;
        if (!p.contactName.isEmpty())
            extra << p.contactName;
        if (!p.description.isEmpty())
            extra << p.description;
        if (!p.languages.isEmpty())
            //: %1 is a list of languages a phone line answers in
            extra << tr("in %1").arg(p.languages.join(QStringLiteral(", ")));
        if (!extra.isEmpty())
            s += QStringLiteral(" · ") + extra.join(QStringLiteral(" · "));
        return s;
    }

    static QString cost(const CostOption& c, const QLocale& loc)
    {
        QString amount;
        if (c.amount) {
            if (*c.amount == 0)
                //: Cost of a service
                amount = tr("Free");
            else
                amount = loc.toCurrencyString(*c.amount,
                                              c.currency.isEmpty() || c.currency == QLatin1String("CAD")
                                                  ? QStringLiteral("$")
                                                  : c.currency + u' ');
        }
        return joinNonEmpty({c.option, amount, c.amountDescription}, QStringLiteral(" — "));
    }

    static QString language(const ResourceLanguage& l)
    {
        if (!l.name.isEmpty())
            return l.note.isEmpty() ? l.name : QStringLiteral("%1 (%2)").arg(l.name, l.note);
        const QLocale::Language lang = QLocale::codeToLanguage(l.code);
        return lang == QLocale::AnyLanguage ? l.code : QLocale::languageToString(lang);
    }

    static QStringList languages(const QList<ResourceLanguage>& list)
    {
        QStringList out;
        for (const ResourceLanguage& l : list) {
            const QString s = language(l);
            if (!s.isEmpty() && !out.contains(s))
                out << s;
        }
        return out;
    }

    static QString distance(double km, const DetailContext& c, const QLocale& loc)
    {
        const QString n = loc.toString(km, 'f', km < 10 ? 1 : 0);
        if (c.caller && !c.caller->label.isEmpty())
            //: Distance of a location: %1 is a number of kilometres, %2 where the caller is
            return tr("%1 km from %2").arg(n, c.caller->label);
        //: Distance of a location from the caller: %1 is a number of kilometres
        return tr("%1 km from the caller").arg(n);
    }

    static QString dayTimes(const OpeningHours& hours, int day, const QString& language)
    {
        QList<std::pair<int, int>> spans;
        for (const WeeklySpan& s : hours.spans()) {
            if (s.dayMask & (1 << day))
                spans.append({s.opensMinute, s.closesMinute});
        }
        if (spans.isEmpty())
            //: In a table of opening hours: the day has none
            return tr("Closed");
        std::sort(spans.begin(), spans.end());
        spans.erase(std::unique(spans.begin(), spans.end()), spans.end());
        QStringList out;
        for (const auto& [opens, closes] : spans)
            out << CallerSummary::formatTime(opens, language) + QChar(0x2013)
                    + CallerSummary::formatTime(closes, language);
        return out.join(QStringLiteral(", "));
    }

    static QString locationTitle(const ServiceLocation& l, int n)
    {
        if (!l.name.isEmpty())
            return l.name;
        //: A location without a name; %1 is its number in the list
        return tr("Location %1").arg(n);
    }

    static QString verified(const DetailMaintenance& m, const QLocale& loc)
    {
        if (!m.verifiedOn.isValid())
            //: A service nobody has verified with the agency
            return tr("Never verified");
        const QString on = loc.toString(m.verifiedOn, QLocale::ShortFormat);
        if (m.verifiedBy.isEmpty())
            //: %1 is a date
            return tr("Last verified %1").arg(on);
        //: %1 is a date, %2 the person who verified the service with the agency
        return tr("Last verified %1 by %2").arg(on, m.verifiedBy);
    }

    static QString upload(const DetailMaintenance& m)
    {
        if (m.inConflict)
            //: Of a service's record: a change made here and one made on the hub disagree
            return tr("In conflict with the hub");
        if (m.waitingToUpload)
            //: Of a service's record: a change made on this workstation has not reached the hub yet
            return tr("Waiting to upload");
        return {};
    }

    static QString lastUpdated(const ServiceDetail& d, const QLocale& loc)
    {
        if (!d.lastModified.isValid())
            return {};
        //: %1 is a date
        return tr("Last updated %1")
            .arg(loc.toString(d.lastModified.toTimeZone(OpeningHours::timeZone()).date(), QLocale::LongFormat));
    }
};

enum class OpenState { Open, Closed, Unknown };

OpenState openState(const ServiceDetail& d, const OpeningHours& hours, const DetailContext& c)
{
    if (!d.isActive() && !d.status.isEmpty())
        return OpenState::Closed;
    if (hours.isEmpty())
        return OpenState::Unknown;
    return hours.isOpenAt(moment(c)) ? OpenState::Open : OpenState::Closed;
}

} // namespace

std::optional<double> DetailHtml::distanceKm(const ServiceLocation& location, const DetailContext& context)
{
    if (!context.caller || !location.hasPoint())
        return std::nullopt;
    return open211::distanceKm(
        context.caller->latitude, context.caller->longitude, *location.latitude, *location.longitude);
}

QString DetailHtml::render(const ServiceDetail& d, const DetailContext& c)
{
    const QString& lang = c.language;
    const QLocale loc = CallerSummary::locale(lang);
    const QDateTime now = moment(c).toTimeZone(OpeningHours::timeZone());
    QString body;

    // Heading: organization, service name, other names, status.
    body += QStringLiteral("<header><p class=\"org\">%1</p><h1>%2</h1>")
                .arg(esc(d.organization.displayName(lang)), esc(d.displayName(lang)));
    QStringList otherNames;
    if (lang == QLatin1String("fr") && !d.nameFr.isEmpty() && d.nameFr != d.name)
        otherNames << d.name;
    else if (lang != QLatin1String("fr") && !d.nameFr.isEmpty() && d.nameFr != d.name)
        otherNames << d.nameFr;
    if (!d.alternateName.isEmpty())
        otherNames << d.alternateName;
    if (!otherNames.isEmpty())
        //: Other names of a service; %1 is a list of names
        body += QStringLiteral("<p class=\"aka\">%1</p>")
                    .arg(esc(tr("Also known as: %1").arg(otherNames.join(QStringLiteral(" · ")))));
    if (c.maintenance) {
        body += QStringLiteral("<p class=\"upkeep\">%1").arg(esc(Words::verified(*c.maintenance, loc)));
        if (const QString state = Words::upload(*c.maintenance); !state.isEmpty())
            body += QStringLiteral("<span class=\"badge %1\">%2</span>")
                        .arg(c.maintenance->inConflict ? QStringLiteral("conflict") : QStringLiteral("pending"),
                             esc(state));
        body += QStringLiteral("</p>");
    }
    body += QStringLiteral("</header>\n");
    for (const QString& warning : {Words::status(d.status), d.alert.trimmed()}) {
        if (!warning.isEmpty())
            body += QStringLiteral("<div class=\"alert\" role=\"alert\">%1</div>\n").arg(escLines(warning));
    }
    body += paragraph(d.displayDescription(lang));

    // Who can use it, what it costs, how to get it.
    QString eligibility = paragraph(d.eligibilityDescription);
    if (const QString ages = Words::ages(d, loc); !ages.isEmpty())
        eligibility += QStringLiteral("<p>%1</p>").arg(esc(ages));
    body += section(tr("Eligibility"), eligibility);

    // Each location: where, how far, whom to call, when, access.
    QString locations;
    int n = 0;
    for (const ServiceLocation& l : d.locations) {
        ++n;
        QString card = QStringLiteral("<div class=\"card\"><div class=\"head\"><h3>%1</h3>")
                           .arg(esc(Words::locationTitle(l, n)));
        const OpeningHours& hours = l.effectiveHours();
        switch (openState(d, hours, c)) {
        case OpenState::Open:
            //: Badge on a location: open at this moment (shown in green, but the words carry it)
            card += QStringLiteral("<span class=\"badge open\"><span aria-hidden=\"true\">● </span>%1</span>")
                        .arg(esc(tr("Open now")));
            break;
        case OpenState::Closed:
            //: Badge on a location: closed at this moment
            card += QStringLiteral("<span class=\"badge closed\"><span aria-hidden=\"true\">○ </span>%1</span>")
                        .arg(esc(tr("Closed now")));
            break;
        case OpenState::Unknown:
            //: Badge on a location whose record gives no opening hours
            card += QStringLiteral("<span class=\"badge unknown\">%1</span>").arg(esc(tr("Hours not listed")));
        }
        card += QStringLiteral("</div>");
        for (const ResourceAddress& a : l.addresses) {
            if (!a.oneLine().isEmpty())
                card += QStringLiteral("<p>%1</p>").arg(esc(a.oneLine()));
        }
        if (const auto km = distanceKm(l, c))
            card += QStringLiteral("<p class=\"muted\">%1</p>").arg(esc(Words::distance(*km, c, loc)));
        card += paragraph(l.description);
        QString lf;
        const auto locFact = [&lf](const QString& label, const QString& value) {
            if (!value.trimmed().isEmpty())
                lf += QStringLiteral("<tr><th>%1</th><td>%2</td></tr>").arg(esc(label), escLines(value));
        };
        QStringList locPhones;
        for (const ResourcePhone& p : l.phones)
            locPhones << Words::phone(p);
        locFact(tr("Phone"), locPhones.join(u'\n'));
        if (!hours.isEmpty()) {
            QString table = QStringLiteral("<table class=\"hours\">");
            for (int day = 0; day < 7; ++day) {
                const bool today = now.date().dayOfWeek() == day + 1;
                QString name = loc.dayName(day + 1, QLocale::LongFormat);
                if (!name.isEmpty())
                    name[0] = name[0].toUpper();
                table += QStringLiteral("<tr%1><td>%2</td><td>%3</td></tr>")
                             .arg(today ? QStringLiteral(" class=\"today\"") : QString(),
                                  esc(name),
                                  esc(Words::dayTimes(hours, day, lang)));
            }
            table += QStringLiteral("</table>");
            lf += QStringLiteral("<tr><th>%1</th><td>%2</td></tr>").arg(esc(tr("Hours")), table);
        }
        if (!l.hours.isEmpty() && !l.locationHours.isEmpty())
            locFact(tr("Building hours"), CallerSummary::compactHours(l.locationHours, lang));
        locFact(tr("About the hours"), l.scheduleNotes.join(u'\n'));
        locFact(tr("Accessibility"), l.accessibility.join(u'\n'));
        locFact(tr("Languages"), Words::languages(l.languages).join(QStringLiteral(", ")));
        locFact(tr("Getting there"), l.transportation);
        locFact(tr("Website"), l.url);
        if (!lf.isEmpty())
            card += QStringLiteral("<table class=\"facts\">%1</table>").arg(lf);
        locations += card + QStringLiteral("</div>\n");
    }
    if (d.locations.isEmpty())
        locations = QStringLiteral("<p class=\"muted\">%1</p>")
                        .arg(esc(tr("No location is listed: the service may be offered by phone or online.")));
    body += section(tr("Locations"), locations);

    QStringList costs;
    for (const CostOption& o : d.costOptions) {
        if (const QString s = Words::cost(o, loc); !s.isEmpty())
            costs << s;
    }
    body += section(tr("Fees"), paragraph(d.feesDescription) + listHtml(costs));
    body += section(tr("How to apply"), paragraph(d.applicationProcess));
    QStringList documents;
    for (const RequiredDocument& r : d.requiredDocuments) {
        if (!r.document.isEmpty())
            documents << r.document;
    }
    body += section(tr("Documents required"), listHtml(documents));

    QString facts;
    const auto fact = [&facts](const QString& label, const QString& value) {
        if (!value.trimmed().isEmpty())
            facts += QStringLiteral("<tr><th>%1</th><td>%2</td></tr>").arg(esc(label), escLines(value));
    };
    fact(tr("Languages"), Words::languages(d.languages).join(QStringLiteral(", ")));
    fact(tr("Interpretation"), d.interpretationServices);
    QStringList areas;
    for (const ServiceAreaInfo& a : d.serviceAreas) {
        if (!a.name.isEmpty())
            areas << a.name;
    }
    fact(tr("Service area"), areas.join(QStringLiteral(", ")));
    fact(tr("Wait time"), d.waitTime);
    fact(tr("Accreditations"), d.accreditations);
    QStringList phones;
    for (const ResourcePhone& p : d.phones)
        phones << Words::phone(p);
    fact(tr("Phone"), phones.join(u'\n'));
    fact(tr("Website"), d.url);
    fact(tr("Email"), d.email);
    if (!facts.isEmpty())
        body += section(tr("Service details"), QStringLiteral("<table class=\"facts\">%1</table>").arg(facts));

    QString org = paragraph(lang == QLatin1String("fr") && !d.organization.descriptionFr.isEmpty()
                                ? d.organization.descriptionFr
                                : d.organization.description);
    QString of;
    QStringList orgPhones;
    for (const ResourcePhone& p : d.organization.phones)
        orgPhones << Words::phone(p);
    for (const auto& [label, value] : {std::pair{tr("Phone"), orgPhones.join(u'\n')},
                                       std::pair{tr("Website"), d.organization.website},
                                       std::pair{tr("Email"), d.organization.email}}) {
        if (!value.trimmed().isEmpty())
            of += QStringLiteral("<tr><th>%1</th><td>%2</td></tr>").arg(esc(label), escLines(value));
    }
    if (!of.isEmpty())
        org += QStringLiteral("<table class=\"facts\">%1</table>").arg(of);
    //: Heading of the section about the agency that runs the service
    body += section(tr("Organization"), org);

    QString terms;
    for (const TaxonomyTerm& t : d.taxonomyTerms) {
        terms += QStringLiteral("<li><span class=\"code\">%1</span>%2</li>").arg(esc(t.code), esc(t.displayName(lang)));
    }
    if (!terms.isEmpty())
        //: Heading: the taxonomy terms (AIRS/211 LA County) that describe the service
        body += section(tr("Taxonomy terms"), QStringLiteral("<ul>%1</ul>").arg(terms));

    if (c.maintenance && !c.maintenance->history.isEmpty()) {
        const QString service = hsds::info(hsds::Table::Service).name;
        QString rows;
        for (const HistoryEntry& e : c.maintenance->history.mid(0, HistoryShown)) {
            rows += QStringLiteral("<tr><td>%1</td><td>%2</td><td>%3</td><td>%4</td></tr>")
                        .arg(esc(loc.toString(e.at.toTimeZone(OpeningHours::timeZone()), QLocale::ShortFormat)),
                             esc(MaintenanceText::historyWho(e)),
                             esc(MaintenanceText::historyWhat(e, service)),
                             esc(MaintenanceText::historyChange(e)));
        }
        //: Heading of the collapsed list of a service's recent changes
        body += QStringLiteral("<details class=\"history\"><summary>%1</summary><table class=\"history\">"
                               "<tr><th>%2</th><th>%3</th><th>%4</th><th>%5</th></tr>%6</table></details>\n")
                    .arg(esc(tr("Change history")),
                         //: Column of a change history
                         esc(tr("When")),
                         //: Column of a change history
                         esc(tr("Who")),
                         //: Column of a change history: which field changed
                         esc(tr("What")),
                         //: Column of a change history: the value before and after
                         esc(tr("Old \u2192 new")),
                         rows);
    }
    if (const QString updated = Words::lastUpdated(d, loc); !updated.isEmpty())
        body += QStringLiteral("<footer>%1</footer>\n").arg(esc(updated));
    return page(lang, d.displayName(lang), body);
}

QString DetailHtml::plainText(const ServiceDetail& d, const DetailContext& c)
{
    const QString& lang = c.language;
    const QLocale loc = CallerSummary::locale(lang);
    QStringList out;
    const auto line = [&out](const QString& label, const QString& value) {
        if (!value.trimmed().isEmpty())
            out << (label.isEmpty() ? value.trimmed() : label + QStringLiteral(": ") + value.trimmed());
    };
    out << d.displayName(lang);
    line({}, d.organization.displayName(lang));
    line({}, Words::status(d.status));
    line({}, d.alert);
    out << QString();
    line({}, d.displayDescription(lang));
    line(tr("Eligibility"), joinNonEmpty({d.eligibilityDescription, Words::ages(d, loc)}, QStringLiteral(" ")));
    QStringList costs;
    for (const CostOption& o : d.costOptions)
        costs << Words::cost(o, loc);
    line(tr("Fees"), joinNonEmpty({d.feesDescription, costs.join(QStringLiteral("; "))}, QStringLiteral(" ")));
    line(tr("How to apply"), d.applicationProcess);
    QStringList documents;
    for (const RequiredDocument& r : d.requiredDocuments)
        documents << r.document;
    line(tr("Documents required"), documents.join(QStringLiteral(", ")));
    line(tr("Languages"), Words::languages(d.languages).join(QStringLiteral(", ")));
    QStringList phones;
    for (const ResourcePhone& p : d.phones)
        phones << Words::phone(p);
    line(tr("Phone"), phones.join(QStringLiteral("; ")));
    line(tr("Website"), d.url);
    line(tr("Email"), d.email);
    int n = 0;
    for (const ServiceLocation& l : d.locations) {
        out << QString() << Words::locationTitle(l, ++n);
        if (const ResourceAddress* a = l.mainAddress())
            line({}, a->oneLine());
        if (const auto km = distanceKm(l, c))
            line({}, Words::distance(*km, c, loc));
        QStringList lp;
        for (const ResourcePhone& p : l.phones)
            lp << Words::phone(p);
        line(tr("Phone"), lp.join(QStringLiteral("; ")));
        line(tr("Hours"), CallerSummary::compactHours(l.effectiveHours(), lang));
        line(tr("About the hours"), l.scheduleNotes.join(QStringLiteral("; ")));
        line(tr("Accessibility"), l.accessibility.join(QStringLiteral("; ")));
    }
    if (!d.taxonomyTerms.isEmpty()) {
        QStringList terms;
        for (const TaxonomyTerm& t : d.taxonomyTerms)
            terms << t.code + u' ' + t.displayName(lang);
        out << QString();
        line(tr("Taxonomy terms"), terms.join(QStringLiteral("; ")));
    }
    if (const QString updated = Words::lastUpdated(d, loc); !updated.isEmpty())
        out << QString() << updated;
    if (c.maintenance) {
        out << Words::verified(*c.maintenance, loc);
        if (const QString state = Words::upload(*c.maintenance); !state.isEmpty())
            out << state;
    }
    return out.join(u'\n') + u'\n';
}

QString DetailHtml::placeholder(const QString& language)
{
    return page(language,
                tr("Service details"),
                QStringLiteral("<p class=\"muted\" style=\"margin-top:2em;text-align:center\">%1</p>")
                    .arg(esc(tr("Select a result to see the service's details here."))));
}

} // namespace open211
