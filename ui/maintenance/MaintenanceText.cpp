#include "maintenance/MaintenanceText.h"

#include "store/MaintenanceStore.h"

#include <QHash>

namespace open211 {

namespace {

constexpr const char* Context = "open211::MaintenanceText";

struct Label
{
    const char* key;
    const char* text;
};

// Field names as HSDS spells them, and what a resource specialist calls them.
const Label FieldLabels[] = {
    {"id", QT_TRANSLATE_NOOP("open211::MaintenanceText", "Record id")},
    {"name", QT_TRANSLATE_NOOP("open211::MaintenanceText", "Name")},
    {"alternate_name", QT_TRANSLATE_NOOP("open211::MaintenanceText", "Other name")},
    {"description", QT_TRANSLATE_NOOP("open211::MaintenanceText", "Description")},
    {"email", QT_TRANSLATE_NOOP("open211::MaintenanceText", "Email")},
    {"url", QT_TRANSLATE_NOOP("open211::MaintenanceText", "Website")},
    {"website", QT_TRANSLATE_NOOP("open211::MaintenanceText", "Website")},
    {"organization_id", QT_TRANSLATE_NOOP("open211::MaintenanceText", "Organization")},
    {"parent_organization_id", QT_TRANSLATE_NOOP("open211::MaintenanceText", "Parent organization")},
    {"location_id", QT_TRANSLATE_NOOP("open211::MaintenanceText", "Location")},
    {"service_id", QT_TRANSLATE_NOOP("open211::MaintenanceText", "Service")},
    {"service_at_location_id", QT_TRANSLATE_NOOP("open211::MaintenanceText", "Service at a location")},
    {"contact_id", QT_TRANSLATE_NOOP("open211::MaintenanceText", "Contact")},
    {"phone_id", QT_TRANSLATE_NOOP("open211::MaintenanceText", "Phone")},
    {"program_id", QT_TRANSLATE_NOOP("open211::MaintenanceText", "Program id")},
    {"taxonomy_term_id", QT_TRANSLATE_NOOP("open211::MaintenanceText", "Taxonomy term")},
    {"taxonomy_id", QT_TRANSLATE_NOOP("open211::MaintenanceText", "Taxonomy")},
    {"parent_id", QT_TRANSLATE_NOOP("open211::MaintenanceText", "Broader term")},
    //: Field of a service: active, inactive, defunct or temporarily closed
    {"status", QT_TRANSLATE_NOOP("open211::MaintenanceText", "Status")},
    {"interpretation_services", QT_TRANSLATE_NOOP("open211::MaintenanceText", "Interpretation")},
    {"application_process", QT_TRANSLATE_NOOP("open211::MaintenanceText", "How to apply")},
    {"fees_description", QT_TRANSLATE_NOOP("open211::MaintenanceText", "Fees")},
    //: HSDS's older short field for fees, beside the longer "Fees" description
    {"fees", QT_TRANSLATE_NOOP("open211::MaintenanceText", "Fees (short)")},
    {"wait_time", QT_TRANSLATE_NOOP("open211::MaintenanceText", "Wait time")},
    {"accreditations", QT_TRANSLATE_NOOP("open211::MaintenanceText", "Accreditations")},
    {"licenses", QT_TRANSLATE_NOOP("open211::MaintenanceText", "Licences")},
    {"eligibility_description", QT_TRANSLATE_NOOP("open211::MaintenanceText", "Eligibility")},
    {"minimum_age", QT_TRANSLATE_NOOP("open211::MaintenanceText", "Minimum age")},
    {"maximum_age", QT_TRANSLATE_NOOP("open211::MaintenanceText", "Maximum age")},
    {"assured_date", QT_TRANSLATE_NOOP("open211::MaintenanceText", "Last verified on")},
    {"assurer_email", QT_TRANSLATE_NOOP("open211::MaintenanceText", "Verified by")},
    //: A warning shown at the top of a service (closed for renovations, moved...)
    {"alert", QT_TRANSLATE_NOOP("open211::MaintenanceText", "Alert")},
    {"name_fr", QT_TRANSLATE_NOOP("open211::MaintenanceText", "Name in French")},
    {"description_fr", QT_TRANSLATE_NOOP("open211::MaintenanceText", "Description in French")},
    //: Of an organization: registered charity, non-profit...
    {"tax_status", QT_TRANSLATE_NOOP("open211::MaintenanceText", "Tax status")},
    {"tax_id", QT_TRANSLATE_NOOP("open211::MaintenanceText", "Tax number")},
    {"year_incorporated", QT_TRANSLATE_NOOP("open211::MaintenanceText", "Year incorporated")},
    {"legal_status", QT_TRANSLATE_NOOP("open211::MaintenanceText", "Legal status")},
    {"logo", QT_TRANSLATE_NOOP("open211::MaintenanceText", "Logo (web address)")},
    {"uri", QT_TRANSLATE_NOOP("open211::MaintenanceText", "Identifier on the web (URI)")},
    {"location_type", QT_TRANSLATE_NOOP("open211::MaintenanceText", "Kind of location")},
    //: How to get to a location: bus routes, parking
    {"transportation", QT_TRANSLATE_NOOP("open211::MaintenanceText", "Getting there")},
    {"latitude", QT_TRANSLATE_NOOP("open211::MaintenanceText", "Latitude")},
    {"longitude", QT_TRANSLATE_NOOP("open211::MaintenanceText", "Longitude")},
    {"external_identifier", QT_TRANSLATE_NOOP("open211::MaintenanceText", "External identifier")},
    {"external_identifier_type", QT_TRANSLATE_NOOP("open211::MaintenanceText", "Kind of external identifier")},
    //: A phone number
    {"number", QT_TRANSLATE_NOOP("open211::MaintenanceText", "Number")},
    //: A phone extension
    {"extension", QT_TRANSLATE_NOOP("open211::MaintenanceText", "Extension")},
    //: Kind of phone line: voice, fax, text...
    {"type", QT_TRANSLATE_NOOP("open211::MaintenanceText", "Type")},
    //: Of a postal address: "Attention: Intake worker"
    {"attention", QT_TRANSLATE_NOOP("open211::MaintenanceText", "Attention")},
    {"address_1", QT_TRANSLATE_NOOP("open211::MaintenanceText", "Street address")},
    {"address_2", QT_TRANSLATE_NOOP("open211::MaintenanceText", "Address line 2")},
    {"city", QT_TRANSLATE_NOOP("open211::MaintenanceText", "City")},
    //: Of an address: the region within the province (county, district)
    {"region", QT_TRANSLATE_NOOP("open211::MaintenanceText", "Region")},
    {"state_province", QT_TRANSLATE_NOOP("open211::MaintenanceText", "Province")},
    {"postal_code", QT_TRANSLATE_NOOP("open211::MaintenanceText", "Postal code")},
    {"country", QT_TRANSLATE_NOOP("open211::MaintenanceText", "Country")},
    {"address_type", QT_TRANSLATE_NOOP("open211::MaintenanceText", "Kind of address")},
    {"valid_from", QT_TRANSLATE_NOOP("open211::MaintenanceText", "Valid from")},
    {"valid_to", QT_TRANSLATE_NOOP("open211::MaintenanceText", "Valid to")},
    //: Of opening hours: the first day they apply (iCalendar DTSTART)
    {"dtstart", QT_TRANSLATE_NOOP("open211::MaintenanceText", "First day")},
    {"timezone", QT_TRANSLATE_NOOP("open211::MaintenanceText", "Time zone (hours from UTC)")},
    //: Of repeating hours: the last day they repeat
    {"until", QT_TRANSLATE_NOOP("open211::MaintenanceText", "Repeats until")},
    //: Of repeating hours: how many times they repeat
    {"count", QT_TRANSLATE_NOOP("open211::MaintenanceText", "Repeats (times)")},
    {"wkst", QT_TRANSLATE_NOOP("open211::MaintenanceText", "Week starts on")},
    //: Of opening hours: WEEKLY, MONTHLY
    {"freq", QT_TRANSLATE_NOOP("open211::MaintenanceText", "Repeats every")},
    //: Of repeating hours: every 1, 2... weeks
    {"interval", QT_TRANSLATE_NOOP("open211::MaintenanceText", "Interval")},
    {"byday", QT_TRANSLATE_NOOP("open211::MaintenanceText", "Days (MO, TU, WE, TH, FR, SA, SU)")},
    {"byweekno", QT_TRANSLATE_NOOP("open211::MaintenanceText", "Weeks of the year")},
    {"bymonthday", QT_TRANSLATE_NOOP("open211::MaintenanceText", "Day of the month")},
    {"byyearday", QT_TRANSLATE_NOOP("open211::MaintenanceText", "Day of the year")},
    {"opens_at", QT_TRANSLATE_NOOP("open211::MaintenanceText", "Opens at")},
    {"closes_at", QT_TRANSLATE_NOOP("open211::MaintenanceText", "Closes at")},
    {"schedule_link", QT_TRANSLATE_NOOP("open211::MaintenanceText", "Hours on the web")},
    //: Of opening hours: in person, by phone, online
    {"attending_type", QT_TRANSLATE_NOOP("open211::MaintenanceText", "How people attend")},
    {"notes", QT_TRANSLATE_NOOP("open211::MaintenanceText", "Notes")},
    //: A language's code: en, fr, oj
    {"code", QT_TRANSLATE_NOOP("open211::MaintenanceText", "Code")},
    {"note", QT_TRANSLATE_NOOP("open211::MaintenanceText", "Note")},
    //: Of a service area: the shape that bounds it
    {"extent", QT_TRANSLATE_NOOP("open211::MaintenanceText", "Extent")},
    {"extent_type", QT_TRANSLATE_NOOP("open211::MaintenanceText", "Kind of extent")},
    //: Of a cost option: what the price is for ("Per visit", "Monthly")
    {"option", QT_TRANSLATE_NOOP("open211::MaintenanceText", "Option")},
    {"currency", QT_TRANSLATE_NOOP("open211::MaintenanceText", "Currency")},
    //: An amount of money
    {"amount", QT_TRANSLATE_NOOP("open211::MaintenanceText", "Amount")},
    {"amount_description", QT_TRANSLATE_NOOP("open211::MaintenanceText", "About the amount")},
    //: A document a person must bring
    {"document", QT_TRANSLATE_NOOP("open211::MaintenanceText", "Document")},
    {"details", QT_TRANSLATE_NOOP("open211::MaintenanceText", "Details")},
    {"link_id", QT_TRANSLATE_NOOP("open211::MaintenanceText", "Linked record")},
    {"link_type", QT_TRANSLATE_NOOP("open211::MaintenanceText", "Kind of link")},
    {"link_entity", QT_TRANSLATE_NOOP("open211::MaintenanceText", "Linked table")},
    //: Of an attribute: its value
    {"value", QT_TRANSLATE_NOOP("open211::MaintenanceText", "Value")},
    //: Of a taxonomy term: the taxonomy it belongs to
    {"taxonomy", QT_TRANSLATE_NOOP("open211::MaintenanceText", "Taxonomy")},
    {"language", QT_TRANSLATE_NOOP("open211::MaintenanceText", "Language")},
    {"term_uri", QT_TRANSLATE_NOOP("open211::MaintenanceText", "Term on the web (URI)")},
    {"version_label", QT_TRANSLATE_NOOP("open211::MaintenanceText", "Version")},
    {"title", QT_TRANSLATE_NOOP("open211::MaintenanceText", "Job title")},
    {"department", QT_TRANSLATE_NOOP("open211::MaintenanceText", "Department")},
};

const Label TableNames[] = {
    {"taxonomy", QT_TRANSLATE_NOOP("open211::MaintenanceText", "Taxonomy")},
    {"taxonomy_term", QT_TRANSLATE_NOOP("open211::MaintenanceText", "Taxonomy term")},
    {"organization", QT_TRANSLATE_NOOP("open211::MaintenanceText", "Organization")},
    {"location", QT_TRANSLATE_NOOP("open211::MaintenanceText", "Location")},
    {"service", QT_TRANSLATE_NOOP("open211::MaintenanceText", "Service")},
    //: A service offered at one of its locations
    {"service_at_location", QT_TRANSLATE_NOOP("open211::MaintenanceText", "Location served")},
    {"contact", QT_TRANSLATE_NOOP("open211::MaintenanceText", "Contact")},
    {"phone", QT_TRANSLATE_NOOP("open211::MaintenanceText", "Phone")},
    //: A postal or street address
    {"address", QT_TRANSLATE_NOOP("open211::MaintenanceText", "Address")},
    //: Opening hours (an HSDS schedule)
    {"schedule", QT_TRANSLATE_NOOP("open211::MaintenanceText", "Hours")},
    //: A language a service is offered in
    {"language", QT_TRANSLATE_NOOP("open211::MaintenanceText", "Language")},
    {"service_area", QT_TRANSLATE_NOOP("open211::MaintenanceText", "Service area")},
    //: A fee: what a service costs
    {"cost_option", QT_TRANSLATE_NOOP("open211::MaintenanceText", "Fee")},
    {"required_document", QT_TRANSLATE_NOOP("open211::MaintenanceText", "Required document")},
    {"accessibility", QT_TRANSLATE_NOOP("open211::MaintenanceText", "Accessibility")},
    //: A taxonomy term a record is indexed with (an HSDS attribute)
    {"attribute", QT_TRANSLATE_NOOP("open211::MaintenanceText", "Taxonomy indexing")},
};

const Label Values[] = {
    //: Status of a service
    {"active", QT_TRANSLATE_NOOP("open211::MaintenanceText", "Active")},
    //: Status of a service
    {"inactive", QT_TRANSLATE_NOOP("open211::MaintenanceText", "Inactive")},
    //: Status of a service: it has ended for good
    {"defunct", QT_TRANSLATE_NOOP("open211::MaintenanceText", "Defunct (ended)")},
    //: Status of a service
    {"temporarily closed", QT_TRANSLATE_NOOP("open211::MaintenanceText", "Temporarily closed")},
    //: Kind of location or address: a place people can go to
    {"physical", QT_TRANSLATE_NOOP("open211::MaintenanceText", "Physical (people can go there)")},
    //: Kind of location or address: for mail only
    {"postal", QT_TRANSLATE_NOOP("open211::MaintenanceText", "Postal (mail only)")},
    //: Kind of location: online or by phone only
    {"virtual", QT_TRANSLATE_NOOP("open211::MaintenanceText", "Virtual (online or by phone)")},
};

QString lookUp(const Label* begin, const Label* end, const QString& key)
{
    for (const Label* l = begin; l != end; ++l) {
        if (key == QLatin1String(l->key))
            return QCoreApplication::translate(Context, l->text);
    }
    return {};
}

} // namespace

QString MaintenanceText::fieldLabel(const QString& field)
{
    const QString label = lookUp(std::begin(FieldLabels), std::end(FieldLabels), field);
    if (!label.isEmpty())
        return label;
    QString humane = field;
    humane.replace(u'_', u' ');
    if (!humane.isEmpty())
        humane[0] = humane[0].toUpper();
    return humane;
}

QString MaintenanceText::tableName(const QString& sqlName)
{
    const QString name = lookUp(std::begin(TableNames), std::end(TableNames), sqlName);
    return name.isEmpty() ? sqlName : name;
}

QString MaintenanceText::tableName(hsds::Table table)
{
    return tableName(hsds::info(table).name);
}

QString MaintenanceText::valueLabel(const QString& field, const QString& value)
{
    Q_UNUSED(field) // the values of the schema's enumerations do not overlap
    const QString label = lookUp(std::begin(Values), std::end(Values), value);
    return label.isEmpty() ? value : label;
}

const QStringList& MaintenanceText::regions()
{
    static const QStringList names{QStringLiteral("Toronto"),
                                   QStringLiteral("Central"),
                                   QStringLiteral("Eastern"),
                                   QStringLiteral("Southwestern"),
                                   QStringLiteral("Northeastern"),
                                   QStringLiteral("Northwestern")};
    return names;
}

QString MaintenanceText::regionName(const QString& region)
{
    //: One of Ontario's six regions (the city)
    if (region == QLatin1String("Toronto"))
        return tr("Toronto");
    //: One of Ontario's six regions
    if (region == QLatin1String("Central"))
        return tr("Central Ontario");
    //: One of Ontario's six regions
    if (region == QLatin1String("Eastern"))
        return tr("Eastern Ontario");
    //: One of Ontario's six regions
    if (region == QLatin1String("Southwestern"))
        return tr("Southwestern Ontario");
    //: One of Ontario's six regions
    if (region == QLatin1String("Northeastern"))
        return tr("Northeastern Ontario");
    //: One of Ontario's six regions
    if (region == QLatin1String("Northwestern"))
        return tr("Northwestern Ontario");
    return region;
}

QString MaintenanceText::historyWhat(const HistoryEntry& e, const QString& recordTable)
{
    QString what;
    if (e.event == QLatin1String("created"))
        //: In a record's history: the record was made
        what = tr("Created");
    else if (e.event == QLatin1String("removed"))
        //: In a record's history: the record was removed
        what = tr("Removed");
    else
        what = fieldLabel(e.field);
    // A change to something that belongs to the record (its phone, its hours) says what it was.
    if (!e.table.isEmpty() && e.table != recordTable)
        what = tableName(e.table) + QStringLiteral(" · ") + what;
    return what;
}

QString MaintenanceText::historyChange(const HistoryEntry& e)
{
    if (!e.event.isEmpty() && e.oldValue.isEmpty() && e.newValue.isEmpty())
        return {};
    //: In a record's history: a field that had no value
    const QString empty = tr("(empty)");
    const auto shown = [&](const QString& v) {
        const QString s = v.simplified();
        return s.isEmpty() ? empty : s.size() > 200 ? s.left(200) + QChar(0x2026) : s;
    };
    return shown(e.oldValue) + QStringLiteral(" → ") + shown(e.newValue);
}

QString MaintenanceText::historyWho(const HistoryEntry& e)
{
    if (e.by.isEmpty() || (e.by == QLatin1String("hub") && e.origin == QLatin1String("hub")))
        //: In a record's history: the change came from the provincial hub, which did not say who made it
        return tr("the hub");
    return e.by;
}

bool MaintenanceText::isLinkBack(const HistoryEntry& e, const QString& recordTable, const QString& recordId)
{
    return !e.field.isEmpty() && e.table != recordTable && (e.newValue == recordId || e.oldValue == recordId);
}

} // namespace open211
