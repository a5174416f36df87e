-- Resource maintenance (issue 6): the history of every change to a resource record, made here or
-- pulled from the hub; change suggestions from specialists; and an outbox that can say which record
-- a queued change belongs to ("waiting to upload" on a service whose phone changed) and that keeps
-- a settled conflict as settled rather than as sent or failed.

CREATE TABLE resource_history (
    id INTEGER PRIMARY KEY AUTOINCREMENT,
    table_name TEXT NOT NULL,
    record_id TEXT NOT NULL,
    -- The service, organization or location whose page shows it ("service/<id>").
    owner TEXT NOT NULL,
    changed_at TEXT NOT NULL,
    changed_by TEXT NOT NULL,
    -- A field's name, or empty for a whole record created or removed (event).
    field TEXT NOT NULL DEFAULT '',
    old_value TEXT,
    new_value TEXT,
    event TEXT NOT NULL DEFAULT '' CHECK (event IN ('', 'created', 'removed')),
    origin TEXT NOT NULL CHECK (origin IN ('workstation', 'hub'))
);
CREATE INDEX resource_history_owner ON resource_history(owner, id);
CREATE INDEX resource_history_record ON resource_history(table_name, record_id, id);

CREATE TABLE change_suggestion (
    id TEXT PRIMARY KEY NOT NULL,
    table_name TEXT NOT NULL,
    record_id TEXT NOT NULL,
    note TEXT NOT NULL,
    suggested_by TEXT NOT NULL,
    suggested_at TEXT NOT NULL,
    state TEXT NOT NULL DEFAULT 'open' CHECK (state IN ('open', 'done')),
    resolved_by TEXT,
    resolved_at TEXT
);
CREATE INDEX change_suggestion_state ON change_suggestion(state, suggested_at);

CREATE TABLE outbox_v8 (
    seq INTEGER PRIMARY KEY AUTOINCREMENT,
    idempotency_key TEXT NOT NULL UNIQUE,
    kind TEXT NOT NULL,
    entity_id TEXT NOT NULL,
    owner TEXT,
    base_version INTEGER,
    payload TEXT NOT NULL,
    created_at TEXT NOT NULL,
    attempts INTEGER NOT NULL DEFAULT 0,
    next_attempt_at TEXT,
    last_error TEXT,
    state TEXT NOT NULL DEFAULT 'pending'
        CHECK (state IN ('pending', 'sent', 'conflict', 'failed', 'resolved')),
    sent_at TEXT,
    response TEXT
);
INSERT INTO outbox_v8 (seq, idempotency_key, kind, entity_id, base_version, payload, created_at, attempts,
                       next_attempt_at, last_error, state, sent_at, response)
    SELECT seq, idempotency_key, kind, entity_id, base_version, payload, created_at, attempts, next_attempt_at,
           last_error, state, sent_at, response FROM outbox;
DROP TABLE outbox;
ALTER TABLE outbox_v8 RENAME TO outbox;
CREATE INDEX outbox_pending ON outbox(state, seq);
CREATE INDEX outbox_due ON outbox(next_attempt_at) WHERE state = 'pending';
CREATE INDEX outbox_waiting_entity ON outbox(entity_id) WHERE state IN ('pending', 'conflict');
CREATE INDEX outbox_waiting_owner ON outbox(owner) WHERE state IN ('pending', 'conflict');

-- The verification work list: services by when they were last verified.
CREATE INDEX service_assured ON service(assured_date);
