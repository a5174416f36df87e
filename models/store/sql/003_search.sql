-- Search: a full-text index of services (FTS5, accents folded, prefix indexes) and a spatial
-- index of locations (R*Tree). The service index is refreshed by the store whenever an import or
-- a sync touches a service (models/search/SearchIndex); the location index by triggers.

CREATE VIRTUAL TABLE service_fts USING fts5(
    name,          -- service name, French name, alternate name
    taxonomy,      -- names (en, fr) and use references of its taxonomy terms
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

CREATE VIRTUAL TABLE location_rtree USING rtree(id, min_lat, max_lat, min_lon, max_lon);

CREATE TRIGGER location_rtree_insert AFTER INSERT ON location WHEN new.latitude IS NOT NULL AND new.longitude IS NOT NULL BEGIN
    INSERT INTO location_rtree VALUES (new.rowid, new.latitude, new.latitude, new.longitude, new.longitude);
END;
CREATE TRIGGER location_rtree_update AFTER UPDATE OF latitude, longitude ON location BEGIN
    DELETE FROM location_rtree WHERE id = old.rowid;
    INSERT INTO location_rtree SELECT new.rowid, new.latitude, new.latitude, new.longitude, new.longitude
        WHERE new.latitude IS NOT NULL AND new.longitude IS NOT NULL;
END;
CREATE TRIGGER location_rtree_delete AFTER DELETE ON location BEGIN
    DELETE FROM location_rtree WHERE id = old.rowid;
END;

INSERT INTO location_rtree SELECT rowid, latitude, latitude, longitude, longitude FROM location
    WHERE latitude IS NOT NULL AND longitude IS NOT NULL;

-- Fast filters need these.
CREATE INDEX language_code ON language(code, service_id);
CREATE INDEX service_area_name ON service_area(name);
CREATE INDEX service_status ON service(status);
