#include "HsdsSchema.h"

#include <QHash>

namespace open211::hsds {

namespace {

Field text(const char* name, bool required = false)
{
    return {QString::fromLatin1(name), Type::Text, required};
}
Field integer(const char* name)
{
    return {QString::fromLatin1(name), Type::Integer, false};
}
Field number(const char* name)
{
    return {QString::fromLatin1(name), Type::Number, false};
}
Field oneOf(const char* name, QStringList allowed)
{
    return {QString::fromLatin1(name), Type::Text, true, std::move(allowed)};
}

QList<TableInfo> makeTables()
{
    const QStringList locationTypes{QStringLiteral("physical"), QStringLiteral("postal"), QStringLiteral("virtual")};
    return {
        {Table::Taxonomy,
         QStringLiteral("taxonomy"),
         QStringLiteral("taxonomies.csv"),
         {text("id", true), text("name", true), text("description"), text("uri"), text("version_label")}},
        {Table::TaxonomyTerm,
         QStringLiteral("taxonomy_term"),
         QStringLiteral("taxonomy_terms.csv"),
         {text("id", true),
          text("code"),
          text("name", true),
          text("description"),
          text("parent_id"),
          text("taxonomy"),
          text("language"),
          text("taxonomy_id"),
          text("term_uri"),
          text("name_fr"),
          text("description_fr")}},
        {Table::Organization,
         QStringLiteral("organization"),
         QStringLiteral("organizations.csv"),
         {text("id", true),
          text("name", true),
          text("alternate_name"),
          text("description"),
          text("email"),
          text("website"),
          text("tax_status"),
          text("tax_id"),
          integer("year_incorporated"),
          text("legal_status"),
          text("logo"),
          text("uri"),
          text("parent_organization_id"),
          text("name_fr"),
          text("description_fr")}},
        {Table::Location,
         QStringLiteral("location"),
         QStringLiteral("locations.csv"),
         {text("id", true),
          oneOf("location_type", locationTypes),
          text("url"),
          text("organization_id"),
          text("name"),
          text("alternate_name"),
          text("description"),
          text("transportation"),
          number("latitude"),
          number("longitude"),
          text("external_identifier"),
          text("external_identifier_type")}},
        {Table::Service,
         QStringLiteral("service"),
         QStringLiteral("services.csv"),
         {text("id", true),
          text("organization_id", true),
          text("program_id"),
          text("name", true),
          text("alternate_name"),
          text("description"),
          text("url"),
          text("email"),
          oneOf("status",
                {QStringLiteral("active"),
                 QStringLiteral("inactive"),
                 QStringLiteral("defunct"),
                 QStringLiteral("temporarily closed")}),
          text("interpretation_services"),
          text("application_process"),
          text("fees_description"),
          text("wait_time"),
          text("fees"),
          text("accreditations"),
          text("eligibility_description"),
          number("minimum_age"),
          number("maximum_age"),
          text("assured_date"),
          text("assurer_email"),
          text("licenses"),
          text("alert"),
          text("name_fr"),
          text("description_fr")}},
        {Table::ServiceAtLocation,
         QStringLiteral("service_at_location"),
         QStringLiteral("service_at_location.csv"),
         {text("id", true), text("service_id", true), text("location_id", true), text("description")}},
        {Table::Contact,
         QStringLiteral("contact"),
         QStringLiteral("contacts.csv"),
         {text("id", true),
          text("organization_id"),
          text("service_id"),
          text("service_at_location_id"),
          text("location_id"),
          text("name"),
          text("title"),
          text("department"),
          text("email")}},
        {Table::Phone,
         QStringLiteral("phone"),
         QStringLiteral("phones.csv"),
         {text("id", true),
          text("location_id"),
          text("service_id"),
          text("organization_id"),
          text("contact_id"),
          text("service_at_location_id"),
          text("number", true),
          integer("extension"),
          text("type"),
          text("description")}},
        {Table::Address,
         QStringLiteral("address"),
         QStringLiteral("addresses.csv"),
         {text("id", true),
          text("location_id", true),
          text("attention"),
          text("address_1", true),
          text("address_2"),
          text("city", true),
          text("region"),
          text("state_province", true),
          text("postal_code", true),
          text("country", true),
          oneOf("address_type", locationTypes)}},
        {Table::Schedule,
         QStringLiteral("schedule"),
         QStringLiteral("schedules.csv"),
         {text("id", true),      text("service_id"),     text("location_id"), text("service_at_location_id"),
          text("valid_from"),    text("valid_to"),       text("dtstart"),     number("timezone"),
          text("until"),         text("count"),          text("wkst"),        text("freq"),
          integer("interval"),   text("byday"),          text("byweekno"),    integer("bymonthday"),
          integer("byyearday"),  text("description"),    text("opens_at"),    text("closes_at"),
          text("schedule_link"), text("attending_type"), text("notes")}},
        {Table::Language,
         QStringLiteral("language"),
         QStringLiteral("languages.csv"),
         {text("id", true),
          text("service_id"),
          text("location_id"),
          text("phone_id"),
          text("name"),
          text("code"),
          text("note")}},
        {Table::ServiceArea,
         QStringLiteral("service_area"),
         QStringLiteral("service_areas.csv"),
         {text("id", true),
          text("service_id"),
          text("name"),
          text("description"),
          text("extent"),
          text("extent_type"),
          text("uri")}},
        {Table::CostOption,
         QStringLiteral("cost_option"),
         QStringLiteral("cost_options.csv"),
         {text("id", true),
          text("service_id", true),
          text("valid_from"),
          text("valid_to"),
          text("option"),
          text("currency"),
          number("amount"),
          text("amount_description")}},
        {Table::RequiredDocument,
         QStringLiteral("required_document"),
         QStringLiteral("required_documents.csv"),
         {text("id", true), text("service_id", true), text("document"), text("uri")}},
        {Table::Accessibility,
         QStringLiteral("accessibility"),
         QStringLiteral("accessibility.csv"),
         {text("id", true), text("location_id", true), text("description"), text("details"), text("url")}},
        {Table::Attribute,
         QStringLiteral("attribute"),
         QStringLiteral("attributes.csv"),
         {text("id", true),
          text("link_id", true),
          text("taxonomy_term_id", true),
          text("link_type", true),
          text("link_entity", true),
          text("value")}},
    };
}

const QList<TableInfo>& tableInfos()
{
    static const QList<TableInfo> tables = makeTables();
    return tables;
}

} // namespace

int TableInfo::fieldIndex(const QString& field) const
{
    for (int i = 0; i < fields.size(); ++i) {
        if (fields[i].name == field)
            return i;
    }
    return -1;
}

const TableInfo& info(Table table)
{
    return tableInfos()[int(table)];
}

const QList<Table>& allTables()
{
    static const QList<Table> order = [] {
        QList<Table> list;
        for (const auto& t : tableInfos())
            list.append(t.table);
        return list;
    }();
    return order;
}

const TableInfo* referencedTable(Table table, const QString& column)
{
    if (column == QLatin1String("parent_id") && table == Table::TaxonomyTerm)
        return &info(Table::TaxonomyTerm);
    if (column == QLatin1String("parent_organization_id"))
        return &info(Table::Organization);
    if (!column.endsWith(QLatin1String("_id")) || column == QLatin1String("id") || column == QLatin1String("link_id")
        || column == QLatin1String("program_id") || column == QLatin1String("parent_id"))
        return nullptr;
    return byName(column.chopped(3));
}

const TableInfo* byName(const QString& name)
{
    for (const auto& t : tableInfos()) {
        if (t.name == name)
            return &t;
    }
    return nullptr;
}

const QList<Nesting>& nestings(Table parent)
{
    static const QHash<int, QList<Nesting>> all = [] {
        const auto n = [](const char* key, Table child, const char* column) {
            return Nesting{QString::fromLatin1(key), child, QString::fromLatin1(column)};
        };
        QHash<int, QList<Nesting>> h;
        h[int(Table::Service)] = {n("service_at_locations", Table::ServiceAtLocation, "service_id"),
                                  n("phones", Table::Phone, "service_id"),
                                  n("schedules", Table::Schedule, "service_id"),
                                  n("service_areas", Table::ServiceArea, "service_id"),
                                  n("languages", Table::Language, "service_id"),
                                  n("cost_options", Table::CostOption, "service_id"),
                                  n("required_documents", Table::RequiredDocument, "service_id"),
                                  n("contacts", Table::Contact, "service_id")};
        h[int(Table::Organization)]
            = {n("phones", Table::Phone, "organization_id"), n("contacts", Table::Contact, "organization_id")};
        h[int(Table::Location)] = {n("addresses", Table::Address, "location_id"),
                                   n("phones", Table::Phone, "location_id"),
                                   n("schedules", Table::Schedule, "location_id"),
                                   n("languages", Table::Language, "location_id"),
                                   n("accessibility", Table::Accessibility, "location_id"),
                                   n("contacts", Table::Contact, "location_id")};
        h[int(Table::ServiceAtLocation)] = {n("phones", Table::Phone, "service_at_location_id"),
                                            n("schedules", Table::Schedule, "service_at_location_id"),
                                            n("contacts", Table::Contact, "service_at_location_id")};
        h[int(Table::Contact)] = {n("phones", Table::Phone, "contact_id")};
        h[int(Table::Phone)] = {n("languages", Table::Language, "phone_id")};
        return h;
    }();
    static const QList<Nesting> none;
    const auto it = all.constFind(int(parent));
    return it == all.constEnd() ? none : *it;
}

} // namespace open211::hsds
