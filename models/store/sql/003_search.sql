-- Search: a full-text index of services (FTS5, accents folded, prefix indexes), a spatial index
-- of where services are delivered (R*Tree) and the areas they cover. The full-text index is
-- refreshed by the store whenever an import or a sync touches a service (store/SearchIndex);
-- the other two by triggers. Rowids are keys here: the database is never VACUUMed (that may
-- renumber them).

CREATE VIRTUAL TABLE service_fts USING fts5(
    name,          -- service name, French name, alternate name
    taxonomy,      -- names (en, fr) of its taxonomy terms (use references: see taxonomy_fts)
    organization,  -- organization name, French name, alternate name
    description,   -- description (en, fr)
    tokenize = 'unicode61 remove_diacritics 2',
    prefix = '1 2 3'
);

CREATE TRIGGER service_fts_delete AFTER DELETE ON service BEGIN
    DELETE FROM service_fts WHERE rowid = old.rowid;
END;

CREATE VIRTUAL TABLE taxonomy_fts USING fts5(
    code, name, aliases,
    tokenize = 'unicode61 remove_diacritics 2 tokenchars ''-.''',
    prefix = '1 2 3'
);

-- Where each service is delivered, as points: one per service_at_location (id = its rowid),
-- carrying the service's rowid so a radius search needs no join. Kept by triggers.
CREATE VIRTUAL TABLE service_point USING rtree(id, min_lat, max_lat, min_lon, max_lon, +service_rowid INTEGER);

CREATE TRIGGER service_point_insert AFTER INSERT ON service_at_location BEGIN
    INSERT INTO service_point
        SELECT new.rowid, l.latitude, l.latitude, l.longitude, l.longitude, s.rowid
        FROM location l, service s
        WHERE l.id = new.location_id AND s.id = new.service_id AND l.latitude IS NOT NULL AND l.longitude IS NOT NULL;
END;
CREATE TRIGGER service_point_update AFTER UPDATE OF service_id, location_id ON service_at_location BEGIN
    DELETE FROM service_point WHERE id = old.rowid;
    INSERT INTO service_point
        SELECT new.rowid, l.latitude, l.latitude, l.longitude, l.longitude, s.rowid
        FROM location l, service s
        WHERE l.id = new.location_id AND s.id = new.service_id AND l.latitude IS NOT NULL AND l.longitude IS NOT NULL;
END;
CREATE TRIGGER service_point_delete AFTER DELETE ON service_at_location BEGIN
    DELETE FROM service_point WHERE id = old.rowid;
END;
CREATE TRIGGER service_point_move AFTER UPDATE OF latitude, longitude ON location BEGIN
    DELETE FROM service_point WHERE id IN (SELECT rowid FROM service_at_location WHERE location_id = new.id);
    INSERT INTO service_point
        SELECT x.rowid, new.latitude, new.latitude, new.longitude, new.longitude, s.rowid
        FROM service_at_location x JOIN service s ON s.id = x.service_id
        WHERE x.location_id = new.id AND new.latitude IS NOT NULL AND new.longitude IS NOT NULL;
END;

INSERT INTO service_point
    SELECT x.rowid, l.latitude, l.latitude, l.longitude, l.longitude, s.rowid
    FROM service_at_location x JOIN location l ON l.id = x.location_id JOIN service s ON s.id = x.service_id
    WHERE l.latitude IS NOT NULL AND l.longitude IS NOT NULL;

-- Which services cover a named area (municipality, census division, region, "Ontario"), by the
-- area's name in lower case: a caller's place finds them with one index range. Kept by triggers.
CREATE TABLE service_coverage (
    area TEXT NOT NULL,
    service_rowid INTEGER NOT NULL,
    service_area_id TEXT NOT NULL,
    PRIMARY KEY (area, service_rowid, service_area_id)
) WITHOUT ROWID;
CREATE INDEX service_coverage_area ON service_coverage(service_area_id);

CREATE TRIGGER service_coverage_insert AFTER INSERT ON service_area WHEN new.name IS NOT NULL BEGIN
    INSERT OR IGNORE INTO service_coverage
        SELECT lower(new.name), s.rowid, new.id FROM service s WHERE s.id = new.service_id;
END;
CREATE TRIGGER service_coverage_update AFTER UPDATE OF name, service_id ON service_area BEGIN
    DELETE FROM service_coverage WHERE service_area_id = old.id;
    INSERT OR IGNORE INTO service_coverage
        SELECT lower(new.name), s.rowid, new.id FROM service s WHERE s.id = new.service_id AND new.name IS NOT NULL;
END;
CREATE TRIGGER service_coverage_delete AFTER DELETE ON service_area BEGIN
    DELETE FROM service_coverage WHERE service_area_id = old.id;
END;

INSERT OR IGNORE INTO service_coverage
    SELECT lower(a.name), s.rowid, a.id FROM service_area a JOIN service s ON s.id = a.service_id WHERE a.name IS NOT NULL;

-- Which services each taxonomy term indexes, by code: a term and everything narrower is one
-- index range ([code, code || '/') holds code, code-... and code.... ). Kept by triggers.
CREATE TABLE service_term (
    code TEXT NOT NULL,
    service_rowid INTEGER NOT NULL,
    attribute_id TEXT NOT NULL,
    PRIMARY KEY (code, service_rowid, attribute_id)
) WITHOUT ROWID;
CREATE INDEX service_term_attribute ON service_term(attribute_id);

CREATE TRIGGER service_term_insert AFTER INSERT ON attribute WHEN new.link_entity = 'service' BEGIN
    INSERT OR IGNORE INTO service_term
        SELECT t.code, s.rowid, new.id FROM taxonomy_term t, service s
        WHERE t.id = new.taxonomy_term_id AND s.id = new.link_id AND t.code IS NOT NULL;
END;
CREATE TRIGGER service_term_update AFTER UPDATE OF taxonomy_term_id, link_id, link_entity ON attribute BEGIN
    DELETE FROM service_term WHERE attribute_id = old.id;
    INSERT OR IGNORE INTO service_term
        SELECT t.code, s.rowid, new.id FROM taxonomy_term t, service s
        WHERE new.link_entity = 'service' AND t.id = new.taxonomy_term_id AND s.id = new.link_id AND t.code IS NOT NULL;
END;
CREATE TRIGGER service_term_delete AFTER DELETE ON attribute BEGIN
    DELETE FROM service_term WHERE attribute_id = old.id;
END;
CREATE TRIGGER service_term_recode AFTER UPDATE OF code ON taxonomy_term BEGIN
    UPDATE service_term SET code = new.code WHERE code = old.code;
END;

INSERT OR IGNORE INTO service_term
    SELECT t.code, s.rowid, a.id FROM attribute a JOIN taxonomy_term t ON t.id = a.taxonomy_term_id
    JOIN service s ON s.id = a.link_id WHERE a.link_entity = 'service' AND t.code IS NOT NULL;

-- Fast filters need these.
CREATE INDEX language_code ON language(code, service_id);
CREATE INDEX service_status ON service(status);
