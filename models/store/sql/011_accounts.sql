-- Issue 8: who may sign in on this workstation when the hub cannot be reached, and the audit log
-- read by time (supervisors' view). Callers' names, phones and notes are sealed from this version
-- on (CallerKeys); what an earlier version wrote is sealed at the first sign-in (CallStore::sealUnsealed).
CREATE TABLE local_account (
    hub_url TEXT NOT NULL,
    username TEXT NOT NULL,
    display_name TEXT,
    role TEXT NOT NULL CHECK (role IN ('specialist', 'resource_specialist', 'supervisor', 'admin')),
    -- Argon2id (libsodium crypto_pwhash_str: salt and costs inside), of the password the hub took.
    password_hash TEXT NOT NULL,
    -- The caller-detail key ring sealed with a key derived from the same password and this salt:
    -- where no keychain runs, it is how the ring is found again.
    key_salt BLOB NOT NULL,
    wrapped_keys BLOB,
    online_at TEXT NOT NULL, -- the last sign-in the hub confirmed
    offline_at TEXT, -- the last one checked here only
    failed_attempts INTEGER NOT NULL DEFAULT 0, -- wrong passwords in a row, here
    PRIMARY KEY (hub_url, username)
) WITHOUT ROWID;

CREATE INDEX audit_log_at ON audit_log(at);

-- One row while what an earlier version wrote may still be in the clear: the first sign-in seals it
-- and removes the row, so later sign-ins do not read every sealed value again.
CREATE TABLE seal_pending (one INTEGER PRIMARY KEY CHECK (one = 1));
INSERT INTO seal_pending VALUES (1);
