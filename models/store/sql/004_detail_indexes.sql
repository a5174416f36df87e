-- Indexes for reading one service's whole record (the resource detail, the caller summary):
-- phones and contacts are found from every level they hang on, and a phone's languages.
CREATE INDEX phone_service_at_location ON phone(service_at_location_id);
CREATE INDEX phone_contact ON phone(contact_id);
CREATE INDEX language_phone ON language(phone_id);
CREATE INDEX contact_organization ON contact(organization_id);
CREATE INDEX contact_location ON contact(location_id);
CREATE INDEX contact_service_at_location ON contact(service_at_location_id);
