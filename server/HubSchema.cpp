#include "HubSchema.h"

#include "HsdsSchema.h"

#include <QCryptographicHash>
#include <QSet>
#include <QSqlError>
#include <QSqlQuery>

namespace open211 {

using namespace hsds;

namespace {

QString columnType(Type t)
{
    switch (t) {
    case Type::Integer:
        return QStringLiteral("BIGINT");
    case Type::Number:
        return QStringLiteral("DOUBLE PRECISION");
    case Type::Text:
        break;
    }
    return QStringLiteral("TEXT");
}

// Search: PostgreSQL full-text search (the 'simple' configuration: no stemming, as the records mix
// English and French) over text folded by hub_fold (lower case, and without accents where the
// unaccent extension is available), with a GIN index on the expression; queries match word
// prefixes. Not trigram ILIKE: a GIN full-text index stays small and fast at 100,000 services.
const char* const FoldWithUnaccent
    = "CREATE FUNCTION hub_fold(t text) RETURNS text LANGUAGE sql IMMUTABLE "
      "PARALLEL SAFE AS $$ SELECT lower(public.unaccent('public.unaccent'::regdictionary,"
      " t)) $$";
const char* const FoldWithoutUnaccent
    = "CREATE FUNCTION hub_fold(t text) RETURNS text LANGUAGE sql IMMUTABLE PARALLEL SAFE AS $$ SELECT lower(t) $$";

// One change-log row per record: its latest sequence number, whether that change removed it, and
// who made it (the transaction's open211.user setting, see hub::setChangeAuthor; empty: unknown).
const char* const ChangeLogFunction = R"(
CREATE OR REPLACE FUNCTION hub_log_change() RETURNS trigger LANGUAGE plpgsql AS $$
DECLARE
    author text := nullif(current_setting('open211.user', true), '');
BEGIN
    IF TG_OP = 'DELETE' THEN
        INSERT INTO change_log (table_name, id, seq, deleted, changed_at, changed_by)
        VALUES (TG_TABLE_NAME, OLD.id, nextval('hub_change_seq'), true, now(), author)
        ON CONFLICT (table_name, id) DO UPDATE
            SET seq = excluded.seq, deleted = true, changed_at = excluded.changed_at,
                changed_by = excluded.changed_by;
        RETURN NULL;
    END IF;
    IF TG_OP = 'UPDATE' AND OLD.id IS DISTINCT FROM NEW.id THEN
        INSERT INTO change_log (table_name, id, seq, deleted, changed_at, changed_by)
        VALUES (TG_TABLE_NAME, OLD.id, nextval('hub_change_seq'), true, now(), author)
        ON CONFLICT (table_name, id) DO UPDATE
            SET seq = excluded.seq, deleted = true, changed_at = excluded.changed_at,
                changed_by = excluded.changed_by;
    END IF;
    INSERT INTO change_log (table_name, id, seq, deleted, changed_at, changed_by)
    VALUES (TG_TABLE_NAME, NEW.id, nextval('hub_change_seq'), false, now(), author)
    ON CONFLICT (table_name, id) DO UPDATE
        SET seq = excluded.seq, deleted = false, changed_at = excluded.changed_at,
            changed_by = excluded.changed_by;
    RETURN NULL;
END $$)";

const char* const ChangeLockFunction = R"(
CREATE OR REPLACE FUNCTION hub_change_lock() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    PERFORM pg_advisory_xact_lock(%1);
    RETURN NULL;
END $$)";

struct Step
{
    int version;
    const char* what;
    std::function<Status(QSqlQuery&)> run;
};

Status exec(QSqlQuery& q, const QString& sql)
{
    if (!q.exec(sql))
        return Error{HubSchema::tr("%1 (in: %2)").arg(q.lastError().text(), sql.simplified().left(200))};
    return {};
}

Status execAll(QSqlQuery& q, const QStringList& statements)
{
    for (const QString& sql : statements) {
        if (auto st = exec(q, sql); !st)
            return st;
    }
    return {};
}

// The HSDS tables, and columns for fields the descriptions gained since a table was made.
QStringList resourceTables()
{
    QStringList sql;
    for (Table t : allTables()) {
        const TableInfo& ti = info(t);
        QStringList columns;
        for (const Field& f : ti.fields) {
            columns << f.name + u' ' + columnType(f.type)
                    + (f.name == QLatin1String("id") ? QStringLiteral(" PRIMARY KEY") : QString());
        }
        columns << QStringLiteral("version BIGINT NOT NULL DEFAULT 1") << QStringLiteral("last_modified TEXT NOT NULL");
        sql << QStringLiteral("CREATE TABLE IF NOT EXISTS %1 (%2)").arg(ti.name, columns.join(QStringLiteral(", ")));
        for (const Field& f : ti.fields) {
            sql << QStringLiteral("ALTER TABLE %1 ADD COLUMN IF NOT EXISTS %2 %3")
                       .arg(ti.name, f.name, columnType(f.type));
        }
    }
    return sql;
}

// Indexes for nesting (each child by its parent's column), filters and search.
QStringList resourceIndexes()
{
    QStringList sql{
        // Folding text (unaccent) costs far more than PostgreSQL's default guess for a function:
        // told so, the planner reads the search indexes even on a small hub instead of folding
        // every row (2,000 services: 200 ms a search before, 10 ms after).
        QStringLiteral("ALTER FUNCTION hub_fold(text) COST 1000"),
        QStringLiteral("CREATE INDEX IF NOT EXISTS service_organization ON service(organization_id)"),
        QStringLiteral("CREATE INDEX IF NOT EXISTS service_last_modified ON service(last_modified)"),
        // Lists are by name: a page is read in index order, not sorted from the whole table.
        QStringLiteral("CREATE INDEX IF NOT EXISTS service_name ON service(name, id)"),
        QStringLiteral("CREATE INDEX IF NOT EXISTS organization_name ON organization(name, id)"),
        QStringLiteral("CREATE INDEX IF NOT EXISTS service_at_location_location ON service_at_location(location_id)"),
        QStringLiteral("CREATE INDEX IF NOT EXISTS attribute_link ON attribute(link_id)"),
        QStringLiteral(
            "CREATE INDEX IF NOT EXISTS attribute_term_link ON attribute(taxonomy_term_id, link_entity, link_id)"),
        QStringLiteral("CREATE INDEX IF NOT EXISTS taxonomy_term_parent ON taxonomy_term(parent_id)"),
        QStringLiteral("CREATE INDEX IF NOT EXISTS taxonomy_term_taxonomy ON taxonomy_term(taxonomy_id)"),
        QStringLiteral("CREATE INDEX IF NOT EXISTS location_latitude ON location(latitude)"),
        QStringLiteral("CREATE INDEX IF NOT EXISTS address_postcode ON address(%1)")
            .arg(HubSchema::postcodeKey(QStringLiteral("postal_code"))),
        QStringLiteral("CREATE INDEX IF NOT EXISTS service_search ON service USING gin ((%1))")
            .arg(HubSchema::serviceSearchVector(QStringLiteral("service"))),
        QStringLiteral("CREATE INDEX IF NOT EXISTS organization_search ON organization USING gin ((%1))")
            .arg(HubSchema::organizationSearchVector(QStringLiteral("organization"))),
    };
    QSet<QString> made;
    for (Table parent : allTables()) {
        for (const Nesting& n : nestings(parent)) {
            const QString name = info(n.child).name + u'_' + n.parentColumn;
            if (made.contains(name))
                continue;
            made.insert(name);
            sql << QStringLiteral("CREATE INDEX IF NOT EXISTS %1 ON %2(%3)")
                       .arg(name, info(n.child).name, n.parentColumn);
        }
    }
    return sql;
}

Status searchFunctions(QSqlQuery& q)
{
    // unaccent is a trusted extension (PostgreSQL 13+), but a server without the contrib
    // modules lacks it: then search folds case only.
    if (auto st = exec(q, QStringLiteral("SAVEPOINT unaccent")); !st)
        return st;
    const bool unaccent = q.exec(QStringLiteral("CREATE EXTENSION IF NOT EXISTS unaccent SCHEMA public"));
    if (auto st
        = exec(q, QString::fromLatin1(unaccent ? "RELEASE SAVEPOINT unaccent" : "ROLLBACK TO SAVEPOINT unaccent"));
        !st)
        return st;
    return execAll(
        q,
        {QString::fromLatin1(unaccent ? FoldWithUnaccent : FoldWithoutUnaccent),
         QStringLiteral("CREATE FUNCTION hub_postcode(t text) RETURNS text LANGUAGE sql IMMUTABLE PARALLEL SAFE "
                        "AS $$ SELECT upper(replace(t, ' ', '')) $$")});
}

Status changeLog(QSqlQuery& q)
{
    QStringList sql{
        QStringLiteral("CREATE SEQUENCE hub_change_seq"),
        QStringLiteral("CREATE TABLE change_log (table_name TEXT NOT NULL, id TEXT NOT NULL, seq BIGINT NOT NULL, "
                       "deleted BOOLEAN NOT NULL DEFAULT false, changed_at TIMESTAMPTZ NOT NULL DEFAULT now(), "
                       "PRIMARY KEY (table_name, id))"),
        QStringLiteral("CREATE UNIQUE INDEX change_log_seq ON change_log(seq)"),
        QStringLiteral("CREATE INDEX change_log_deleted ON change_log(changed_at) WHERE deleted"),
    };
    // Records already on the hub (a hub made before the change log) enter the feed once each.
    for (Table t : allTables()) {
        sql << QStringLiteral("INSERT INTO change_log (table_name, id, seq) SELECT '%1', id, "
                              "nextval('hub_change_seq') FROM %1 ORDER BY id")
                   .arg(info(t).name);
    }
    return execAll(q, sql);
}

Status signIn(QSqlQuery& q)
{
    return execAll(
        q,
        {QStringLiteral("CREATE TABLE hub_user (username TEXT PRIMARY KEY, display_name TEXT NOT NULL, "
                        "role TEXT NOT NULL CHECK (role IN ('specialist', 'resource_specialist', 'supervisor', "
                        "'admin')), password_hash TEXT NOT NULL, created_at TIMESTAMPTZ NOT NULL DEFAULT now(), "
                        "updated_at TIMESTAMPTZ NOT NULL DEFAULT now())"),
         QStringLiteral("CREATE TABLE hub_token (token_hash TEXT PRIMARY KEY, username TEXT NOT NULL REFERENCES "
                        "hub_user(username) ON DELETE CASCADE, expires_at TIMESTAMPTZ NOT NULL, created_at "
                        "TIMESTAMPTZ NOT NULL DEFAULT now())"),
         QStringLiteral("CREATE INDEX hub_token_expires ON hub_token(expires_at)"),
         QStringLiteral("CREATE INDEX hub_token_user ON hub_token(username)")});
}

// Call records as the province's reports will read them: one row per call, need, referral and
// follow-up. Idempotency keys remember the answer given to each write.
Status calls(QSqlQuery& q)
{
    return execAll(
        q,
        {QStringLiteral(
             "CREATE TABLE hub_call (id TEXT PRIMARY KEY, started_at TIMESTAMPTZ NOT NULL, ended_at TIMESTAMPTZ, "
             "specialist TEXT NOT NULL, contact_type TEXT, heard_about TEXT, municipality TEXT, postal_code TEXT, "
             "latitude DOUBLE PRECISION, longitude DOUBLE PRECISION, age_group TEXT, gender TEXT, language TEXT, "
             "interpreter_used BOOLEAN NOT NULL DEFAULT false, third_party BOOLEAN NOT NULL DEFAULT false, "
             "consent_recorded BOOLEAN NOT NULL DEFAULT false, caller_name TEXT, caller_phone TEXT, notes TEXT, "
             "disposition TEXT, workstation TEXT, centre TEXT, received_by TEXT NOT NULL, "
             "received_at TIMESTAMPTZ NOT NULL DEFAULT now(), updated_at TIMESTAMPTZ NOT NULL DEFAULT now())"),
         QStringLiteral("CREATE INDEX hub_call_started ON hub_call(started_at)"),
         QStringLiteral("CREATE INDEX hub_call_municipality ON hub_call(municipality)"),
         QStringLiteral("CREATE TABLE hub_caller_need (call_id TEXT NOT NULL REFERENCES hub_call(id) ON DELETE "
                        "CASCADE, id TEXT NOT NULL, position INTEGER NOT NULL, taxonomy_term_id TEXT, term_code "
                        "TEXT, term_name TEXT NOT NULL, met BOOLEAN, unmet_reason TEXT, note TEXT, "
                        "PRIMARY KEY (call_id, id))"),
         QStringLiteral("CREATE INDEX hub_caller_need_code ON hub_caller_need(term_code)"),
         QStringLiteral("CREATE TABLE hub_referral (call_id TEXT NOT NULL REFERENCES hub_call(id) ON DELETE "
                        "CASCADE, id TEXT NOT NULL, need_id TEXT, position INTEGER NOT NULL, service_id TEXT NOT "
                        "NULL, location_id TEXT, service_at_location_id TEXT, service_name TEXT NOT NULL, "
                        "organization_name TEXT, created_at TIMESTAMPTZ, PRIMARY KEY (call_id, id))"),
         QStringLiteral("CREATE INDEX hub_referral_service ON hub_referral(service_id)"),
         QStringLiteral("CREATE TABLE hub_follow_up (id TEXT PRIMARY KEY, call_id TEXT NOT NULL REFERENCES "
                        "hub_call(id) ON DELETE CASCADE, due_at TIMESTAMPTZ, consent BOOLEAN NOT NULL DEFAULT "
                        "false, state TEXT NOT NULL CHECK (state IN ('due', 'done', 'cancelled')), done_at "
                        "TIMESTAMPTZ, done_by TEXT, outcome TEXT, updated_at TIMESTAMPTZ NOT NULL DEFAULT now())"),
         QStringLiteral("CREATE INDEX hub_follow_up_call ON hub_follow_up(call_id)"),
         QStringLiteral("CREATE TABLE hub_idempotency (key TEXT PRIMARY KEY, request_hash TEXT NOT NULL, status "
                        "INTEGER NOT NULL, response BYTEA NOT NULL, username TEXT, created_at TIMESTAMPTZ NOT NULL "
                        "DEFAULT now())")});
}

// Who made each change (the change feed's "by"). Entries made before are left without one. The
// trigger function that fills it is made again with the other triggers (it is in the fingerprint).
Status changeAuthors(QSqlQuery& q)
{
    return exec(q, QStringLiteral("ALTER TABLE change_log ADD COLUMN IF NOT EXISTS changed_by TEXT"));
}

// Notes that a resource record is wrong ("suggest a change"), for the resource specialists' work
// list: open until one of them resolves it.
Status suggestions(QSqlQuery& q)
{
    return execAll(
        q,
        {QStringLiteral("CREATE TABLE hub_suggestion (id TEXT PRIMARY KEY, table_name TEXT NOT NULL, record_id TEXT "
                        "NOT NULL, note TEXT NOT NULL, suggested_by TEXT NOT NULL, suggested_at TIMESTAMPTZ NOT "
                        "NULL, received_at TIMESTAMPTZ NOT NULL DEFAULT now(), state TEXT NOT NULL DEFAULT 'open' "
                        "CHECK (state IN ('open', 'done')), resolved_by TEXT, resolved_at TIMESTAMPTZ)"),
         QStringLiteral("CREATE INDEX hub_suggestion_state ON hub_suggestion(state, suggested_at, id)"),
         QStringLiteral("CREATE INDEX hub_suggestion_listed ON hub_suggestion(suggested_at, id)")});
}

// Who opened which call record, and who read this log (HubAudit), for the supervisors. IF NOT
// EXISTS: a hub whose version was set back by hand keeps its log, and the step still runs.
Status audit(QSqlQuery& q)
{
    return execAll(q,
                   {QStringLiteral("CREATE TABLE IF NOT EXISTS hub_audit (id BIGSERIAL PRIMARY KEY, at TIMESTAMPTZ NOT "
                                   "NULL DEFAULT now(), username TEXT NOT NULL, action TEXT NOT NULL, entity_id TEXT, "
                                   "detail TEXT)"),
                    QStringLiteral("CREATE INDEX IF NOT EXISTS hub_audit_at ON hub_audit(at)")});
}

// Triggers on every HSDS table (made again at each start: a table added to the descriptions gets
// them too): the lock at each writing statement, then a change-log entry per row that changed.
QStringList changeTriggers()
{
    QStringList sql{QString::fromLatin1(ChangeLogFunction),
                    QString::fromLatin1(ChangeLockFunction).arg(HubSchema::ChangeLock)};
    for (Table t : allTables()) {
        const QString name = info(t).name;
        sql << QStringLiteral("CREATE OR REPLACE TRIGGER %1_change_lock BEFORE INSERT OR UPDATE OR DELETE ON %1 "
                              "FOR EACH STATEMENT EXECUTE FUNCTION hub_change_lock()")
                   .arg(name)
            << QStringLiteral("CREATE OR REPLACE TRIGGER %1_changed AFTER INSERT OR DELETE ON %1 FOR EACH ROW "
                              "EXECUTE FUNCTION hub_log_change()")
                   .arg(name)
            << QStringLiteral("CREATE OR REPLACE TRIGGER %1_updated AFTER UPDATE ON %1 FOR EACH ROW "
                              "WHEN (OLD.* IS DISTINCT FROM NEW.*) EXECUTE FUNCTION hub_log_change()")
                   .arg(name);
    }
    return sql;
}

const QList<Step>& steps()
{
    static const QList<Step> all{
        {1, "search functions", searchFunctions},
        {2, "change log", changeLog},
        {3, "sign-in", signIn},
        {4, "call records", calls},
        {5, "change authors", changeAuthors},
        {6, "change suggestions", suggestions},
        {7, "audit log", audit},
    };
    return all;
}

} // namespace

int HubSchema::latestVersion()
{
    return steps().constLast().version;
}

QString HubSchema::serviceSearchVector(const QString& a)
{
    return QStringLiteral("to_tsvector('simple'::regconfig, hub_fold(coalesce(%1.name, '') || ' ' || "
                          "coalesce(%1.alternate_name, '') || ' ' || coalesce(%1.description, '') || ' ' || "
                          "coalesce(%1.name_fr, '') || ' ' || coalesce(%1.description_fr, '')))")
        .arg(a);
}

QString HubSchema::organizationSearchVector(const QString& a)
{
    return QStringLiteral("to_tsvector('simple'::regconfig, hub_fold(coalesce(%1.name, '') || ' ' || "
                          "coalesce(%1.alternate_name, '') || ' ' || coalesce(%1.name_fr, '')))")
        .arg(a);
}

QString HubSchema::postcodeKey(const QString& expression)
{
    return QStringLiteral("hub_postcode(%1)").arg(expression);
}

Status HubSchema::migrate(QSqlDatabase& db)
{
    if (!db.transaction())
        return Error{tr("The hub's schema could not be made: %1").arg(db.lastError().text())};
    QSqlQuery q(db);
    const auto fail = [&](const QString& message) -> Status {
        db.rollback();
        return Error{tr("The hub's schema could not be brought up to date: %1").arg(message)};
    };
    // One hub process at a time changes the schema (a load may start beside a running hub).
    if (auto st = execAll(q,
                          {QStringLiteral("SELECT pg_advisory_xact_lock(211000)"),
                           QStringLiteral("CREATE TABLE IF NOT EXISTS hub_schema (version INTEGER NOT NULL)"),
                           QStringLiteral("ALTER TABLE hub_schema ADD COLUMN IF NOT EXISTS fingerprint TEXT"),
                           QStringLiteral("SELECT version, fingerprint FROM hub_schema")});
        !st)
        return fail(st.error());
    const bool made = q.next();
    int version = made ? q.value(0).toInt() : 0;
    const QString fingerprint = made ? q.value(1).toString() : QString();
    if (version > latestVersion()) {
        db.rollback();
        return Error{tr("The hub's database was made by a newer open211-hub (schema %1; this one knows %2). Use "
                        "the newer program.")
                         .arg(version)
                         .arg(latestVersion())};
    }
    // What is made again at every start (IF NOT EXISTS, OR REPLACE), from the table descriptions:
    // skipped when it is the same as last time, as its DDL would wait for a running load's locks.
    const QStringList tables = resourceTables();
    const QStringList rest = resourceIndexes() + changeTriggers();
    const QString now = QString::fromLatin1(
        QCryptographicHash::hash((tables + rest).join(u'\n').toUtf8(), QCryptographicHash::Sha256).toHex());
    if (version == latestVersion() && fingerprint == now) {
        q.finish();
        return db.commit() ? Status() : fail(db.lastError().text());
    }
    if (auto st = execAll(q, tables); !st)
        return fail(st.error());
    for (const Step& step : steps()) {
        if (step.version <= version)
            continue;
        if (auto st = step.run(q); !st)
            return fail(QString::fromLatin1(step.what) + QStringLiteral(": ") + st.error());
        version = step.version;
    }
    if (auto st = execAll(q, rest); !st)
        return fail(st.error());
    q.prepare(made ? QStringLiteral("UPDATE hub_schema SET version = ?, fingerprint = ?")
                   : QStringLiteral("INSERT INTO hub_schema (version, fingerprint) VALUES (?, ?)"));
    q.addBindValue(version);
    q.addBindValue(now);
    if (!q.exec())
        return fail(q.lastError().text());
    if (!db.commit())
        return fail(db.lastError().text());
    return {};
}

} // namespace open211
