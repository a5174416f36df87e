-- The workstation's own tables: calls (the AIRS contact record), needs, referrals, follow-ups,
-- what waits to be sent to the hub, sync progress and the audit trail.

CREATE TABLE call (
    id TEXT PRIMARY KEY NOT NULL,
    started_at TEXT NOT NULL,
    ended_at TEXT,
    specialist TEXT NOT NULL DEFAULT '',
    contact_type TEXT,
    heard_about TEXT,
    municipality TEXT,
    postal_code TEXT,
    latitude REAL,
    longitude REAL,
    age_group TEXT,
    gender TEXT,
    language TEXT,
    interpreter_used INTEGER NOT NULL DEFAULT 0,
    third_party INTEGER NOT NULL DEFAULT 0,
    consent_recorded INTEGER NOT NULL DEFAULT 0,
    caller_name TEXT,
    caller_phone TEXT,
    notes TEXT,
    disposition TEXT,
    state TEXT NOT NULL DEFAULT 'open' CHECK (state IN ('open', 'ended')),
    updated_at TEXT NOT NULL,
    version INTEGER NOT NULL DEFAULT 1,
    -- Identifying fields may only be kept when the caller consented.
    CHECK (consent_recorded = 1 OR (caller_name IS NULL AND caller_phone IS NULL))
);
CREATE INDEX call_started_at ON call(started_at);
CREATE INDEX call_state ON call(state);

CREATE TABLE caller_need (
    id TEXT PRIMARY KEY NOT NULL,
    call_id TEXT NOT NULL REFERENCES call(id) ON DELETE CASCADE,
    position INTEGER NOT NULL DEFAULT 0,
    taxonomy_term_id TEXT,
    term_code TEXT,
    term_name TEXT NOT NULL,
    met INTEGER CHECK (met IS NULL OR met IN (0, 1)),
    unmet_reason TEXT,
    note TEXT
);
CREATE INDEX caller_need_call ON caller_need(call_id);
CREATE INDEX caller_need_term ON caller_need(term_code);

CREATE TABLE referral (
    id TEXT PRIMARY KEY NOT NULL,
    call_id TEXT NOT NULL REFERENCES call(id) ON DELETE CASCADE,
    need_id TEXT REFERENCES caller_need(id) ON DELETE SET NULL,
    position INTEGER NOT NULL DEFAULT 0,
    service_id TEXT NOT NULL,
    location_id TEXT,
    service_at_location_id TEXT,
    service_name TEXT NOT NULL,
    organization_name TEXT,
    created_at TEXT NOT NULL
);
CREATE INDEX referral_call ON referral(call_id);
CREATE INDEX referral_service ON referral(service_id);

CREATE TABLE follow_up (
    id TEXT PRIMARY KEY NOT NULL,
    call_id TEXT NOT NULL REFERENCES call(id) ON DELETE CASCADE,
    due_at TEXT NOT NULL,
    consent INTEGER NOT NULL DEFAULT 0,
    state TEXT NOT NULL DEFAULT 'due' CHECK (state IN ('due', 'done', 'cancelled')),
    done_at TEXT,
    done_by TEXT,
    outcome TEXT
);
CREATE INDEX follow_up_due ON follow_up(state, due_at);
CREATE INDEX follow_up_call ON follow_up(call_id);

-- Writes waiting for the hub, oldest first. The idempotency key lets the hub store a retried
-- entry once; base_version is the record version an edit was made against.
CREATE TABLE outbox (
    seq INTEGER PRIMARY KEY AUTOINCREMENT,
    idempotency_key TEXT NOT NULL UNIQUE,
    kind TEXT NOT NULL,
    entity_id TEXT NOT NULL,
    base_version INTEGER,
    payload TEXT NOT NULL,
    created_at TEXT NOT NULL,
    attempts INTEGER NOT NULL DEFAULT 0,
    next_attempt_at TEXT,
    last_error TEXT,
    state TEXT NOT NULL DEFAULT 'pending' CHECK (state IN ('pending', 'sent', 'conflict', 'failed'))
);
CREATE INDEX outbox_pending ON outbox(state, seq);

CREATE TABLE sync_state (
    key TEXT PRIMARY KEY NOT NULL,
    value TEXT
) WITHOUT ROWID;

CREATE TABLE audit_log (
    id INTEGER PRIMARY KEY AUTOINCREMENT,
    at TEXT NOT NULL,
    user_name TEXT NOT NULL,
    action TEXT NOT NULL,
    entity_type TEXT NOT NULL,
    entity_id TEXT,
    detail TEXT
);
CREATE INDEX audit_log_entity ON audit_log(entity_type, entity_id);
