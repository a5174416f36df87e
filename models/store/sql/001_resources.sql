-- Resource tables, following HSDS 3 (Open Referral). Every record carries the version the hub
-- gave it and its last-modified time (ISO 8601, UTC). Foreign keys are deferred so one import
-- may write records in any order; they are checked when its transaction commits.
-- Extensions to HSDS: name_fr / description_fr (bilingual Ontario records), taxonomy aliases
-- (use references) and see-also links.

CREATE TABLE taxonomy (
    id TEXT PRIMARY KEY NOT NULL,
    name TEXT NOT NULL,
    description TEXT,
    uri TEXT,
    version_label TEXT,
    version INTEGER NOT NULL DEFAULT 1,
    last_modified TEXT NOT NULL
);

CREATE TABLE taxonomy_term (
    id TEXT PRIMARY KEY NOT NULL,
    code TEXT,
    name TEXT NOT NULL,
    description TEXT,
    parent_id TEXT REFERENCES taxonomy_term(id) ON DELETE SET NULL DEFERRABLE INITIALLY DEFERRED,
    taxonomy TEXT,
    language TEXT,
    taxonomy_id TEXT REFERENCES taxonomy(id) ON DELETE CASCADE DEFERRABLE INITIALLY DEFERRED,
    term_uri TEXT,
    name_fr TEXT,
    description_fr TEXT,
    version INTEGER NOT NULL DEFAULT 1,
    last_modified TEXT NOT NULL
);
CREATE INDEX taxonomy_term_code ON taxonomy_term(code);
CREATE INDEX taxonomy_term_parent ON taxonomy_term(parent_id);
CREATE INDEX taxonomy_term_taxonomy ON taxonomy_term(taxonomy_id);

-- Use references: other words callers and specialists use for a term.
CREATE TABLE taxonomy_term_alias (
    term_id TEXT NOT NULL REFERENCES taxonomy_term(id) ON DELETE CASCADE DEFERRABLE INITIALLY DEFERRED,
    alias TEXT NOT NULL,
    language TEXT NOT NULL DEFAULT 'en',
    PRIMARY KEY (term_id, alias, language)
) WITHOUT ROWID;

CREATE TABLE taxonomy_term_see_also (
    term_id TEXT NOT NULL REFERENCES taxonomy_term(id) ON DELETE CASCADE DEFERRABLE INITIALLY DEFERRED,
    see_also_id TEXT NOT NULL REFERENCES taxonomy_term(id) ON DELETE CASCADE DEFERRABLE INITIALLY DEFERRED,
    PRIMARY KEY (term_id, see_also_id)
) WITHOUT ROWID;

CREATE TABLE organization (
    id TEXT PRIMARY KEY NOT NULL,
    name TEXT NOT NULL,
    alternate_name TEXT,
    description TEXT,
    email TEXT,
    website TEXT,
    tax_status TEXT,
    tax_id TEXT,
    year_incorporated INTEGER,
    legal_status TEXT,
    logo TEXT,
    uri TEXT,
    parent_organization_id TEXT REFERENCES organization(id) ON DELETE SET NULL DEFERRABLE INITIALLY DEFERRED,
    name_fr TEXT,
    description_fr TEXT,
    version INTEGER NOT NULL DEFAULT 1,
    last_modified TEXT NOT NULL
);

CREATE TABLE service (
    id TEXT PRIMARY KEY NOT NULL,
    organization_id TEXT NOT NULL REFERENCES organization(id) ON DELETE CASCADE DEFERRABLE INITIALLY DEFERRED,
    program_id TEXT,
    name TEXT NOT NULL,
    alternate_name TEXT,
    description TEXT,
    url TEXT,
    email TEXT,
    status TEXT NOT NULL CHECK (status IN ('active', 'inactive', 'defunct', 'temporarily closed')),
    interpretation_services TEXT,
    application_process TEXT,
    fees_description TEXT,
    wait_time TEXT,
    fees TEXT,
    accreditations TEXT,
    eligibility_description TEXT,
    minimum_age REAL,
    maximum_age REAL,
    assured_date TEXT,
    assurer_email TEXT,
    licenses TEXT,
    alert TEXT,
    name_fr TEXT,
    description_fr TEXT,
    version INTEGER NOT NULL DEFAULT 1,
    last_modified TEXT NOT NULL
);
CREATE INDEX service_organization ON service(organization_id);
CREATE INDEX service_last_modified ON service(last_modified);

CREATE TABLE location (
    id TEXT PRIMARY KEY NOT NULL,
    location_type TEXT NOT NULL CHECK (location_type IN ('physical', 'postal', 'virtual')),
    url TEXT,
    organization_id TEXT REFERENCES organization(id) ON DELETE CASCADE DEFERRABLE INITIALLY DEFERRED,
    name TEXT,
    alternate_name TEXT,
    description TEXT,
    transportation TEXT,
    latitude REAL CHECK (latitude IS NULL OR latitude BETWEEN -90 AND 90),
    longitude REAL CHECK (longitude IS NULL OR longitude BETWEEN -180 AND 180),
    external_identifier TEXT,
    external_identifier_type TEXT,
    version INTEGER NOT NULL DEFAULT 1,
    last_modified TEXT NOT NULL
);
CREATE INDEX location_organization ON location(organization_id);

CREATE TABLE service_at_location (
    id TEXT PRIMARY KEY NOT NULL,
    service_id TEXT NOT NULL REFERENCES service(id) ON DELETE CASCADE DEFERRABLE INITIALLY DEFERRED,
    location_id TEXT NOT NULL REFERENCES location(id) ON DELETE CASCADE DEFERRABLE INITIALLY DEFERRED,
    description TEXT,
    version INTEGER NOT NULL DEFAULT 1,
    last_modified TEXT NOT NULL
);
CREATE INDEX service_at_location_service ON service_at_location(service_id);
CREATE INDEX service_at_location_location ON service_at_location(location_id);

CREATE TABLE address (
    id TEXT PRIMARY KEY NOT NULL,
    location_id TEXT NOT NULL REFERENCES location(id) ON DELETE CASCADE DEFERRABLE INITIALLY DEFERRED,
    attention TEXT,
    address_1 TEXT NOT NULL,
    address_2 TEXT,
    city TEXT NOT NULL,
    region TEXT,
    state_province TEXT NOT NULL,
    postal_code TEXT NOT NULL,
    country TEXT NOT NULL,
    address_type TEXT NOT NULL CHECK (address_type IN ('physical', 'postal', 'virtual')),
    version INTEGER NOT NULL DEFAULT 1,
    last_modified TEXT NOT NULL
);
CREATE INDEX address_location ON address(location_id);
CREATE INDEX address_postal_code ON address(postal_code);

CREATE TABLE contact (
    id TEXT PRIMARY KEY NOT NULL,
    organization_id TEXT REFERENCES organization(id) ON DELETE CASCADE DEFERRABLE INITIALLY DEFERRED,
    service_id TEXT REFERENCES service(id) ON DELETE CASCADE DEFERRABLE INITIALLY DEFERRED,
    service_at_location_id TEXT REFERENCES service_at_location(id) ON DELETE CASCADE DEFERRABLE INITIALLY DEFERRED,
    location_id TEXT REFERENCES location(id) ON DELETE CASCADE DEFERRABLE INITIALLY DEFERRED,
    name TEXT,
    title TEXT,
    department TEXT,
    email TEXT,
    version INTEGER NOT NULL DEFAULT 1,
    last_modified TEXT NOT NULL
);
CREATE INDEX contact_service ON contact(service_id);

CREATE TABLE phone (
    id TEXT PRIMARY KEY NOT NULL,
    location_id TEXT REFERENCES location(id) ON DELETE CASCADE DEFERRABLE INITIALLY DEFERRED,
    service_id TEXT REFERENCES service(id) ON DELETE CASCADE DEFERRABLE INITIALLY DEFERRED,
    organization_id TEXT REFERENCES organization(id) ON DELETE CASCADE DEFERRABLE INITIALLY DEFERRED,
    contact_id TEXT REFERENCES contact(id) ON DELETE CASCADE DEFERRABLE INITIALLY DEFERRED,
    service_at_location_id TEXT REFERENCES service_at_location(id) ON DELETE CASCADE DEFERRABLE INITIALLY DEFERRED,
    number TEXT NOT NULL,
    extension INTEGER,
    type TEXT,
    description TEXT,
    version INTEGER NOT NULL DEFAULT 1,
    last_modified TEXT NOT NULL
);
CREATE INDEX phone_service ON phone(service_id);
CREATE INDEX phone_location ON phone(location_id);
CREATE INDEX phone_organization ON phone(organization_id);

CREATE TABLE schedule (
    id TEXT PRIMARY KEY NOT NULL,
    service_id TEXT REFERENCES service(id) ON DELETE CASCADE DEFERRABLE INITIALLY DEFERRED,
    location_id TEXT REFERENCES location(id) ON DELETE CASCADE DEFERRABLE INITIALLY DEFERRED,
    service_at_location_id TEXT REFERENCES service_at_location(id) ON DELETE CASCADE DEFERRABLE INITIALLY DEFERRED,
    valid_from TEXT,
    valid_to TEXT,
    dtstart TEXT,
    timezone REAL,
    until TEXT,
    count TEXT,
    wkst TEXT,
    freq TEXT,
    interval INTEGER,
    byday TEXT,
    byweekno TEXT,
    bymonthday INTEGER,
    byyearday INTEGER,
    description TEXT,
    opens_at TEXT,
    closes_at TEXT,
    schedule_link TEXT,
    attending_type TEXT,
    notes TEXT,
    version INTEGER NOT NULL DEFAULT 1,
    last_modified TEXT NOT NULL
);
CREATE INDEX schedule_service ON schedule(service_id);
CREATE INDEX schedule_location ON schedule(location_id);
CREATE INDEX schedule_service_at_location ON schedule(service_at_location_id);

CREATE TABLE language (
    id TEXT PRIMARY KEY NOT NULL,
    service_id TEXT REFERENCES service(id) ON DELETE CASCADE DEFERRABLE INITIALLY DEFERRED,
    location_id TEXT REFERENCES location(id) ON DELETE CASCADE DEFERRABLE INITIALLY DEFERRED,
    phone_id TEXT REFERENCES phone(id) ON DELETE CASCADE DEFERRABLE INITIALLY DEFERRED,
    name TEXT,
    code TEXT,
    note TEXT,
    version INTEGER NOT NULL DEFAULT 1,
    last_modified TEXT NOT NULL
);
CREATE INDEX language_service ON language(service_id);
CREATE INDEX language_location ON language(location_id);

CREATE TABLE service_area (
    id TEXT PRIMARY KEY NOT NULL,
    service_id TEXT REFERENCES service(id) ON DELETE CASCADE DEFERRABLE INITIALLY DEFERRED,
    name TEXT,
    description TEXT,
    extent TEXT,
    extent_type TEXT,
    uri TEXT,
    version INTEGER NOT NULL DEFAULT 1,
    last_modified TEXT NOT NULL
);
CREATE INDEX service_area_service ON service_area(service_id);

CREATE TABLE cost_option (
    id TEXT PRIMARY KEY NOT NULL,
    service_id TEXT NOT NULL REFERENCES service(id) ON DELETE CASCADE DEFERRABLE INITIALLY DEFERRED,
    valid_from TEXT,
    valid_to TEXT,
    option TEXT,
    currency TEXT,
    amount REAL,
    amount_description TEXT,
    version INTEGER NOT NULL DEFAULT 1,
    last_modified TEXT NOT NULL
);
CREATE INDEX cost_option_service ON cost_option(service_id);

CREATE TABLE required_document (
    id TEXT PRIMARY KEY NOT NULL,
    service_id TEXT NOT NULL REFERENCES service(id) ON DELETE CASCADE DEFERRABLE INITIALLY DEFERRED,
    document TEXT,
    uri TEXT,
    version INTEGER NOT NULL DEFAULT 1,
    last_modified TEXT NOT NULL
);
CREATE INDEX required_document_service ON required_document(service_id);

CREATE TABLE accessibility (
    id TEXT PRIMARY KEY NOT NULL,
    location_id TEXT NOT NULL REFERENCES location(id) ON DELETE CASCADE DEFERRABLE INITIALLY DEFERRED,
    description TEXT,
    details TEXT,
    url TEXT,
    version INTEGER NOT NULL DEFAULT 1,
    last_modified TEXT NOT NULL
);
CREATE INDEX accessibility_location ON accessibility(location_id);

-- Links a taxonomy term to any record (link_entity names its table, link_id its id).
CREATE TABLE attribute (
    id TEXT PRIMARY KEY NOT NULL,
    link_id TEXT NOT NULL,
    taxonomy_term_id TEXT NOT NULL REFERENCES taxonomy_term(id) DEFERRABLE INITIALLY DEFERRED,
    link_type TEXT NOT NULL,
    link_entity TEXT NOT NULL,
    value TEXT,
    version INTEGER NOT NULL DEFAULT 1,
    last_modified TEXT NOT NULL
);
CREATE INDEX attribute_link ON attribute(link_entity, link_id);
CREATE INDEX attribute_term ON attribute(taxonomy_term_id);
