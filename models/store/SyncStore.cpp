#include "store/SyncStore.h"

#include "security/CallerKeys.h"

#include "HsdsSchema.h"
#include "import/ImportBatch.h"
#include "import/JsonValue.h"
#include "import/LastModified.h"
#include "store/Database.h"
#include "store/IsoTime.h"
#include "store/ResourceHistory.h"
#include "store/ResourceStore.h"
#include "store/SearchIndex.h"
#include "store/Statement.h"

#include <QCryptographicHash>
#include <QJsonDocument>
#include <QScopeGuard>
#include <QUuid>
#include <simdjson.h>

namespace open211 {

using namespace hsds;
namespace dom = simdjson::dom;

namespace {

QString stateValue(Database& db, const QString& key)
{
    Statement s(db, QStringLiteral("SELECT value FROM sync_state WHERE key = ?"));
    s.bindText(1, key);
    return s.next() ? s.text(0) : QString();
}

Status setState(Database& db, const QString& key, const QString& value)
{
    Statement s(db,
                QStringLiteral("INSERT INTO sync_state (key, value) VALUES (?, ?) ON CONFLICT(key) DO UPDATE SET "
                               "value = excluded.value"));
    s.bindText(1, key);
    s.bindText(2, value);
    if (!s.exec())
        return Error{s.error()};
    return {};
}

std::optional<qint64> wholeNumber(const dom::element& e)
{
    if (e.is_int64())
        return qint64(int64_t(e));
    if (e.is_uint64() && uint64_t(e) <= uint64_t(std::numeric_limits<qint64>::max()))
        return qint64(uint64_t(e));
    return std::nullopt;
}

} // namespace

Result<qint64> SyncStore::checkpointFor(const QString& hubUrl) const
{
    if (stateValue(m_db, QStringLiteral("hub_url")) != hubUrl)
        return qint64(0);
    return stateValue(m_db, QStringLiteral("pull_after")).toLongLong();
}

Result<PulledPage> SyncStore::applyChanges(const QString& hubUrl, qint64 after, const QByteArray& json)
{
    const auto malformed = [](const QString& why) {
        return Error{
            tr("The hub's answer could not be used (%1). Nothing was changed; the sync will try again.").arg(why)};
    };
    const ImportTrace trace("sync page");
    dom::parser parser;
    dom::element doc;
    if (const auto error = parser.parse(json.constData(), size_t(json.size())).get(doc); error != simdjson::SUCCESS)
        return malformed(tr("the JSON is malformed: %1").arg(QString::fromUtf8(simdjson::error_message(error))));
    dom::object top;
    dom::array changes;
    dom::element next, head, more;
    if (doc.get(top) != simdjson::SUCCESS || top.at_key("changes").get(changes) != simdjson::SUCCESS
        || top.at_key("next").get(next) != simdjson::SUCCESS || top.at_key("head").get(head) != simdjson::SUCCESS
        || top.at_key("more").get(more) != simdjson::SUCCESS || !more.is_bool())
        return malformed(tr("\"changes\", \"next\", \"head\" or \"more\" is missing or of the wrong type"));
    PulledPage page;
    const auto nextValue = wholeNumber(next);
    const auto headValue = wholeNumber(head);
    if (!nextValue || !headValue || *nextValue < after || *headValue < *nextValue)
        return malformed(tr("\"next\" and \"head\" must be whole numbers, with after ≤ next ≤ head"));
    page.next = *nextValue;
    page.head = *headValue;
    page.more = bool(more);

    // Read and check the whole page before anything is written.
    struct Change
    {
        Table table;
        QByteArray id;
        bool deleted = false;
        ImportRow row;
        QString by; // who changed it on the hub, when the hub says
    };
    std::vector<Change> read;
    read.reserve(changes.size());
    qint64 lastSeq = after;
    int index = 0;
    LastModifiedReader lastModified;
    for (const dom::element item : changes) {
        ++index;
        const QString where = tr("change %1").arg(index);
        dom::object c;
        dom::element seq, table, id, deleted;
        std::string_view tableName, idText;
        if (item.get(c) != simdjson::SUCCESS || c.at_key("seq").get(seq) != simdjson::SUCCESS
            || c.at_key("table").get(table) != simdjson::SUCCESS || table.get(tableName) != simdjson::SUCCESS
            || c.at_key("id").get(id) != simdjson::SUCCESS || id.get(idText) != simdjson::SUCCESS || idText.empty()) {
            return malformed(tr("%1 has no \"seq\", \"table\" or \"id\" of the right type").arg(where));
        }
        const auto seqValue = wholeNumber(seq);
        if (!seqValue || *seqValue <= lastSeq || *seqValue > page.next)
            return malformed(tr("%1: its \"seq\" is out of order").arg(where));
        lastSeq = *seqValue;
        const TableInfo* ti = byName(QString::fromUtf8(tableName.data(), qsizetype(tableName.size())));
        if (!ti)
            return malformed(tr("%1: \"%2\" is not an HSDS table").arg(where, QString::fromUtf8(tableName.data())));
        Change change{ti->table, QByteArray(idText.data(), qsizetype(idText.size())), false, {}, {}};
        if (std::string_view by; c.at_key("by").get(by) == simdjson::SUCCESS)
            change.by = QString::fromUtf8(by.data(), qsizetype(by.size())).left(200);
        if (c.at_key("deleted").get(deleted) == simdjson::SUCCESS) {
            if (!deleted.is_bool())
                return malformed(tr("%1: \"deleted\" must be true or false").arg(where));
            change.deleted = bool(deleted);
        }
        if (!change.deleted) {
            dom::object record;
            if (c.at_key("record").get(record) != simdjson::SUCCESS)
                return malformed(tr("%1: the record is missing").arg(where));
            const QString source = tr("%1 %2 \"%3\"").arg(where, ti->name, QString::fromUtf8(change.id));
            QVariantList values(ti->fields.size());
            for (const dom::key_value_pair field : record) {
                if (const int i = jsonFieldIndex(ti->table, field.key); i >= 0)
                    values[i] = jsonFieldValue(field.value);
            }
            for (int i = 0; i < ti->fields.size(); ++i) {
                auto v = convertField(ti->fields[i], values[i], source);
                if (!v)
                    return malformed(v.error());
                values[i] = std::move(v).value();
            }
            if (values.constFirst().toByteArray() != change.id)
                return malformed(tr("%1: the record's id differs from the change's").arg(where));
            dom::element version, modified;
            std::string_view modifiedText;
            if (record.at_key("version").get(version) != simdjson::SUCCESS || !wholeNumber(version)
                || *wholeNumber(version) < 1 || record.at_key("last_modified").get(modified) != simdjson::SUCCESS
                || modified.get(modifiedText) != simdjson::SUCCESS)
                return malformed(
                    tr("%1: \"version\" or \"last_modified\" is missing or of the wrong type").arg(source));
            change.row.lastModified = lastModified.read(modifiedText);
            if (change.row.lastModified.isNull())
                return malformed(tr("%1: \"last_modified\" is not a date and time").arg(source));
            change.row.values = std::move(values);
            change.row.version = *wholeNumber(version);
        }
        read.push_back(std::move(change));
    }
    if (!read.empty() && lastSeq != page.next)
        return malformed(tr("\"next\" is not the last change's \"seq\""));

    trace.mark("read");
    // Rows may come before a parent that changed after them (the feed is in the order of
    // changes): foreign keys are checked at the end of a sync run, not page by page.
    Statement fk(m_db, QStringLiteral("PRAGMA foreign_keys"));
    const bool foreignKeys = fk.next() && fk.integer(0) == 1;
    fk = Statement();
    if (foreignKeys)
        (void)m_db.exec(QStringLiteral("PRAGMA foreign_keys=OFF"));
    const auto restore = qScopeGuard([&] {
        if (foreignKeys)
            (void)m_db.exec(QStringLiteral("PRAGMA foreign_keys=ON"));
    });
    Transaction tx(m_db);
    if (!tx.active())
        return Error{tr("The sync could not write to the database: %1").arg(tx.error())};
    const auto failed = [](const QString& why) {
        return Error{tr("The sync could not write to the database; nothing was changed. Reason: %1").arg(why)};
    };

    // The first page from a hub replaces the resources held before (demo data, another hub's).
    // The taxonomy stays: the hub's terms are written over it, and its use references are local.
    bool firstSync = false;
    if (after == 0 && stateValue(m_db, QStringLiteral("hub_url")) != hubUrl) {
        firstSync = true;
        QList<Table> order = allTables();
        std::reverse(order.begin(), order.end());
        for (Table t : order) {
            if (t == Table::Taxonomy || t == Table::TaxonomyTerm)
                continue;
            if (auto st = m_db.exec(QStringLiteral("DELETE FROM %1").arg(info(t).name)); !st)
                return failed(st.error());
        }
    }

    // Records with a change of this workstation's waiting for the hub are left as they are here:
    // the hub will accept that change or refuse it with its record (a conflict a person settles).
    // For one in conflict, the hub's record kept with the conflict is brought up to date.
    struct Held
    {
        qint64 seq = 0;
        bool conflict = false;
    };
    QHash<QString, Held> held;
    {
        Statement h(m_db,
                    QStringLiteral("SELECT entity_id, seq, state FROM outbox WHERE state IN ('pending', 'conflict') "
                                   "AND kind IN ('edit', 'remove') ORDER BY seq"));
        while (h.next())
            held.insert(h.text(0), Held{h.integer(1), h.text(2) == QLatin1String("conflict")});
        if (!h.error().isEmpty())
            return failed(h.error());
    }
    const auto keepForConflict = [&](const Held& h, const Change& c) {
        QByteArray current = "null";
        if (!c.deleted) {
            const TableInfo& ti = info(c.table);
            QJsonObject o;
            for (int i = 0; i < ti.fields.size(); ++i) {
                const QString v = ResourceHistory::text(ti.fields[i], c.row.values.at(i));
                if (!v.isEmpty())
                    o.insert(ti.fields[i].name,
                             ti.fields[i].type == Type::Text ? QJsonValue(v) : QJsonValue(v.toDouble()));
            }
            o.insert(QStringLiteral("version"), c.row.version);
            o.insert(QStringLiteral("last_modified"), c.row.lastModified);
            current = QJsonDocument(o).toJson(QJsonDocument::Compact);
        }
        Statement u(m_db, QStringLiteral("UPDATE outbox SET response = ? WHERE seq = ?"));
        u.bindUtf8(1, current);
        u.bindInt(2, h.seq);
        return u.exec() ? Status() : Status(Error{u.error()});
    };
    // Every change to a record already here is kept in its history, with who made it on the hub.
    // A first sync brings records, not changes: on all its pages, until it reaches the hub's
    // latest change (catchUpSearchIndex), even across runs when it was interrupted.
    if (firstSync) {
        if (auto st = setState(m_db, QStringLiteral("initial_sync"), QStringLiteral("1")); !st)
            return failed(st.error());
    }
    std::optional<ResourceHistory> history;
    if (stateValue(m_db, QStringLiteral("initial_sync")) != QLatin1String("1"))
        history.emplace(m_db);

    std::array<Statement, TableCount> upserts, deletes;
    QStringList services, organizations, terms;
    const int linkEntity = info(Table::Attribute).fieldIndex(QStringLiteral("link_entity"));
    const int linkId = info(Table::Attribute).fieldIndex(QStringLiteral("link_id"));
    for (const Change& c : read) {
        const TableInfo& ti = info(c.table);
        if (c.table == Table::Service)
            services << QString::fromUtf8(c.id);
        else if (c.table == Table::Organization)
            organizations << QString::fromUtf8(c.id);
        else if (c.table == Table::TaxonomyTerm)
            terms << QString::fromUtf8(c.id);
        const QString entityId = QString::fromUtf8(c.id);
        if (const auto h = held.constFind(ti.name + u'/' + entityId); h != held.constEnd()) {
            if (h->conflict) {
                if (auto st = keepForConflict(*h, c); !st)
                    return failed(st.error());
            }
            continue;
        }
        std::optional<ResourceHistory::Row> before;
        if (history) {
            auto stored = history->read(c.table, entityId);
            if (!stored)
                return failed(stored.error());
            before = std::move(stored).value();
        }
        if (c.deleted) {
            if (history && before) {
                if (auto st = history->record(c.table,
                                              entityId,
                                              &before->values,
                                              nullptr,
                                              c.by,
                                              QStringLiteral("hub"),
                                              isoUtc(QDateTime::currentDateTimeUtc()));
                    !st)
                    return failed(st.error());
            }
            if (c.table == Table::Attribute) {
                // Which service lost a term: asked before the row goes.
                Statement link(m_db,
                               QStringLiteral("SELECT link_id FROM attribute WHERE id = ? AND link_entity = "
                                              "'service'"));
                link.bindUtf8(1, c.id);
                if (link.next())
                    services << link.text(0);
            }
            Statement& del = deletes[int(c.table)];
            if (!del.isValid())
                del = Statement(m_db, QStringLiteral("DELETE FROM %1 WHERE id = ?").arg(ti.name));
            del.reset();
            del.bindUtf8(1, c.id);
            if (!del.exec())
                return failed(del.error());
            ++page.deleted;
            continue;
        }
        if (c.table == Table::Attribute && c.row.value(linkEntity).toString() == QLatin1String("service"))
            services << c.row.value(linkId).toString();
        Statement& up = upserts[int(c.table)];
        if (!up.isValid())
            up = Statement(m_db, upsertSql(ti));
        up.reset();
        const int n = int(ti.fields.size());
        for (int i = 0; i < n; ++i)
            up.bind(i + 1, c.row.values.at(i));
        up.bindInt(n + 1, c.row.version);
        up.bindText(n + 2, c.row.lastModified);
        if (!up.exec())
            return failed(tr("%1 \"%2\": %3").arg(ti.name, QString::fromUtf8(c.id), up.error()));
        if (history && (!before || before->version < c.row.version)) {
            if (auto st = history->record(c.table,
                                          entityId,
                                          before ? &before->values : nullptr,
                                          &c.row.values,
                                          c.by,
                                          QStringLiteral("hub"),
                                          c.row.lastModified);
                !st)
                return failed(st.error());
        }
        ++page.changed;
    }
    upserts = {};
    deletes = {};
    history.reset();
    trace.mark("written");
    // The search index: refreshed for what this page touched, in this transaction. During a
    // first sync (which replaces everything, page after page) it is instead marked out of date
    // here, and made once when the last page is in (catchUpSearchIndex), or when the store is
    // next opened if the sync stops before: refreshed page by page it would take three times
    // as long, and nobody searches a half-made replica.
    if (firstSync || !SearchIndex::isCurrent(m_db)) {
        if (auto st = SearchIndex::markOutOfDate(m_db); !st)
            return failed(st.error());
    } else if (auto st = SearchIndex::refreshChanged(m_db, services, organizations, terms); !st) {
        return failed(st.error());
    }
    trace.mark("indexed");
    if (auto st = setState(m_db, QStringLiteral("hub_url"), hubUrl); !st)
        return failed(st.error());
    if (auto st = setState(m_db, QStringLiteral("pull_after"), QString::number(page.next)); !st)
        return failed(st.error());
    if (!read.empty()) {
        if (auto st = ResourceStore(m_db).markChanged(); !st)
            return failed(st.error());
    }
    if (auto st = tx.commit(); !st)
        return failed(st.error());
    trace.mark("committed");
    return page;
}

namespace {

// The service, organization or location a record in JSON belongs to (ResourceHistory::owner).
QString ownerOf(const TableInfo& table, const QString& id, const QJsonObject& record)
{
    QVariantList values;
    for (const Field& f : table.fields)
        values << record.value(f.name).toVariant();
    return ResourceHistory::owner(table.table, values, id);
}

// The newest change to a record still waiting for the hub: its seq, tries, base version, kind.
struct Waiting
{
    qint64 seq = 0;
    int attempts = 0;
    qint64 baseVersion = 0;
    QString kind;
};
Result<std::optional<Waiting>> newestWaiting(Database& db, const QString& entity)
{
    Statement s(db,
                QStringLiteral("SELECT seq, attempts, base_version, kind FROM outbox WHERE entity_id = ? AND state = "
                               "'pending' AND kind IN ('edit', 'remove') ORDER BY seq DESC LIMIT 1"));
    s.bindText(1, entity);
    if (!s.next()) {
        if (!s.error().isEmpty())
            return Error{s.error()};
        return std::optional<Waiting>();
    }
    return std::optional<Waiting>(Waiting{s.integer(0), int(s.integer(1)), s.integer(2), s.text(3)});
}

} // namespace

Status SyncStore::queueEdit(const QString& table, const QString& id, const QJsonObject& record, qint64 baseVersion)
{
    const TableInfo* ti = byName(table);
    if (!ti)
        return Error{tr("\"%1\" is not an HSDS table.").arg(table)};
    const QString entity = table + u'/' + id;
    const auto failed = [](const QString& why) {
        return Error{tr("The change could not be queued for the hub: %1").arg(why)};
    };
    auto waiting = newestWaiting(m_db, entity);
    if (!waiting)
        return failed(waiting.error());
    if (*waiting && (*waiting)->kind == QLatin1String("edit")) {
        if ((*waiting)->attempts == 0) {
            // Not tried yet: the hub gets this whole record instead, on the same base.
            const QJsonObject payload{{QStringLiteral("base_version"), (*waiting)->baseVersion},
                                      {QStringLiteral("record"), record}};
            Statement u(m_db, QStringLiteral("UPDATE outbox SET payload = ?, created_at = ? WHERE seq = ?"));
            u.bindText(1, QString::fromUtf8(QJsonDocument(payload).toJson(QJsonDocument::Compact)));
            u.bindText(2, isoUtc(QDateTime::currentDateTimeUtc()));
            u.bindInt(3, (*waiting)->seq);
            if (!u.exec())
                return failed(u.error());
            return {};
        }
        baseVersion = (*waiting)->baseVersion + 1; // the version the tried one makes on the hub
    }
    const QJsonObject payload{{QStringLiteral("base_version"), baseVersion}, {QStringLiteral("record"), record}};
    Statement s(m_db,
                QStringLiteral("INSERT INTO outbox (idempotency_key, kind, entity_id, owner, base_version, payload, "
                               "created_at) VALUES (?, 'edit', ?, ?, ?, ?, ?)"));
    s.bindText(1, QStringLiteral("edit:") + QUuid::createUuid().toString(QUuid::WithoutBraces));
    s.bindText(2, entity);
    s.bindText(3, ownerOf(*ti, id, record));
    s.bindInt(4, baseVersion);
    s.bindText(5, QString::fromUtf8(QJsonDocument(payload).toJson(QJsonDocument::Compact)));
    s.bindText(6, isoUtc(QDateTime::currentDateTimeUtc()));
    if (!s.exec())
        return failed(s.error());
    return {};
}

Status SyncStore::queueRemoval(const QString& table, const QString& id, const QString& owner, qint64 baseVersion)
{
    if (!byName(table))
        return Error{tr("\"%1\" is not an HSDS table.").arg(table)};
    const QString entity = table + u'/' + id;
    const auto failed = [](const QString& why) {
        return Error{tr("The removal could not be queued for the hub: %1").arg(why)};
    };
    // Changes not tried yet are moot.
    Statement drop(m_db,
                   QStringLiteral("DELETE FROM outbox WHERE entity_id = ? AND state = 'pending' AND attempts = 0 AND "
                                  "kind IN ('edit', 'remove')"));
    drop.bindText(1, entity);
    if (!drop.exec())
        return failed(drop.error());
    auto waiting = newestWaiting(m_db, entity);
    if (!waiting)
        return failed(waiting.error());
    if (*waiting)
        baseVersion = (*waiting)->baseVersion + 1;
    else if (baseVersion == 0)
        return {}; // made here and never sent: the hub never had it
    Statement s(m_db,
                QStringLiteral("INSERT INTO outbox (idempotency_key, kind, entity_id, owner, base_version, payload, "
                               "created_at) VALUES (?, 'remove', ?, ?, ?, ?, ?)"));
    s.bindText(1, QStringLiteral("remove:") + QUuid::createUuid().toString(QUuid::WithoutBraces));
    s.bindText(2, entity);
    s.bindText(3, owner);
    s.bindInt(4, baseVersion);
    s.bindText(
        5,
        QString::fromUtf8(
            QJsonDocument(QJsonObject{{QStringLiteral("base_version"), baseVersion}}).toJson(QJsonDocument::Compact)));
    s.bindText(6, isoUtc(QDateTime::currentDateTimeUtc()));
    if (!s.exec())
        return failed(s.error());
    return {};
}

Status SyncStore::enqueue(const QString& key, const QString& kind, const QString& entityId, const QJsonObject& payload)
{
    Statement s(m_db,
                QStringLiteral("INSERT INTO outbox (idempotency_key, kind, entity_id, payload, created_at) VALUES "
                               "(?, ?, ?, ?, ?) ON CONFLICT(idempotency_key) DO UPDATE SET payload = excluded.payload "
                               "WHERE outbox.state = 'pending' AND outbox.attempts = 0"));
    s.bindText(1, key);
    s.bindText(2, kind);
    s.bindText(3, entityId);
    s.bindText(4, QString::fromUtf8(QJsonDocument(payload).toJson(QJsonDocument::Compact)));
    s.bindText(5, isoUtc(QDateTime::currentDateTimeUtc()));
    if (!s.exec())
        return Error{tr("The change could not be queued for the hub: %1").arg(s.error())};
    return {};
}

Result<bool> SyncStore::isWaiting(const QString& entityOrOwner, const QString& state) const
{
    if (state != QLatin1String("pending") && state != QLatin1String("conflict"))
        return Error{tr("Only changes waiting or in conflict are looked up by record.")};
    // The state written into the query, so that the partial indexes on waiting entries serve it
    // (the outbox keeps every call ever sent).
    Statement s(m_db,
                QStringLiteral("SELECT EXISTS (SELECT 1 FROM outbox WHERE entity_id = ?1 AND state = '%1') OR EXISTS "
                               "(SELECT 1 FROM outbox WHERE owner = ?1 AND state = '%1')")
                    .arg(state));
    s.bindText(1, entityOrOwner);
    if (!s.next())
        return Error{s.error()};
    return s.integer(0) != 0;
}

Status SyncStore::catchUpSearchIndex()
{
    // The first sync is over: from now on pulled changes are kept in the records' history.
    if (auto st = setState(m_db, QStringLiteral("initial_sync"), QStringLiteral("0")); !st)
        return Error{st.error()};
    if (SearchIndex::isCurrent(m_db))
        return {};
    if (auto st = SearchIndex::ensureCurrent(m_db); !st)
        return st;
    // Built in one go, the full-text index is left in a few large pieces that the next small
    // change would merge (seconds, in the middle of an incremental sync): merged into one now.
    if (auto st = SearchIndex::optimize(m_db); !st)
        return st;
    // All of that went through the write-ahead log: copied into the database now, so the next
    // small sync neither reads through it nor pays for copying it.
    return m_db.exec(QStringLiteral("PRAGMA wal_checkpoint(TRUNCATE)"));
}

namespace {
const char* const EntryColumns = "seq, idempotency_key, kind, entity_id, base_version, payload, attempts, state, "
                                 "last_error, created_at, next_attempt_at, response";

// The outbox entries a query (selecting EntryColumns) finds.
Result<QList<OutboxEntry>> readEntries(Statement& s)
{
    QList<OutboxEntry> out;
    while (s.next()) {
        OutboxEntry e;
        e.seq = s.integer(0);
        e.idempotencyKey = s.text(1);
        e.kind = s.text(2);
        e.entityId = s.text(3);
        e.baseVersion = s.integer(4);
        // A call's upload is sealed like the call (CallerKeys); without its key it stays here.
        if (auto payload = CallerKeys::open(s.text(5), u"outbox:" + e.idempotencyKey))
            e.payload = payload->toUtf8();
        else
            e.locked = true;
        e.attempts = int(s.integer(6));
        e.state = s.text(7);
        e.lastError = s.text(8);
        e.createdAt = fromIsoUtc(s.text(9));
        e.nextAttemptAt = fromIsoUtc(s.text(10));
        e.response = s.text(11).toUtf8();
        out.append(std::move(e));
    }
    if (!s.error().isEmpty())
        return Error{s.error()};
    return out;
}
} // namespace

Result<QList<OutboxEntry>> SyncStore::dueEntries(const QDateTime& now, int limit) const
{
    Statement s(m_db,
                QStringLiteral("SELECT %1 FROM outbox WHERE state = 'pending' AND (next_attempt_at IS NULL OR "
                               "next_attempt_at <= ?) ORDER BY seq LIMIT ?")
                    .arg(QLatin1String(EntryColumns)));
    s.bindText(1, isoUtc(now));
    s.bindInt(2, limit);
    return readEntries(s);
}

Result<QList<OutboxEntry>> SyncStore::entries(const QString& state, int limit) const
{
    Statement s(m_db,
                QStringLiteral("SELECT %1 FROM outbox WHERE state = ? ORDER BY seq DESC LIMIT ?")
                    .arg(QLatin1String(EntryColumns)));
    s.bindText(1, state);
    s.bindInt(2, limit);
    return readEntries(s);
}

Result<qint64> SyncStore::count(const QString& state) const
{
    Statement s(m_db, QStringLiteral("SELECT count(*) FROM outbox WHERE state = ?"));
    s.bindText(1, state);
    if (!s.next())
        return Error{s.error()};
    return s.integer(0);
}

Result<QDateTime> SyncStore::nextDue() const
{
    Statement s(m_db,
                QStringLiteral("SELECT min(coalesce(next_attempt_at, created_at)) FROM outbox WHERE state = "
                               "'pending'"));
    if (!s.next())
        return Error{s.error()};
    return s.isNull(0) ? QDateTime() : fromIsoUtc(s.text(0));
}

namespace {
Status update(Database& db, const QString& sql, const QList<QVariant>& values)
{
    Statement s(db, sql);
    for (int i = 0; i < values.size(); ++i)
        s.bind(i + 1, values[i]);
    if (!s.exec())
        return Error{SyncStore::tr("The outbox could not be updated: %1").arg(s.error())};
    return {};
}
} // namespace

Status SyncStore::markSent(qint64 seq, const QByteArray& response, const QDateTime& now)
{
    Transaction tx(m_db);
    if (!tx.active())
        return Error{tr("The outbox could not be updated: %1").arg(tx.error())};
    if (auto st = update(m_db,
                         QStringLiteral("UPDATE outbox SET state = 'sent', sent_at = ?, response = ?, last_error = "
                                        "NULL, attempts = attempts + 1 WHERE seq = ?"),
                         {isoUtc(now), QString::fromUtf8(response), seq});
        !st)
        return st;
    // An accepted edit: the record here now stands on the hub's new version.
    Statement kind(m_db, QStringLiteral("SELECT kind, entity_id FROM outbox WHERE seq = ?"));
    kind.bindInt(1, seq);
    if (kind.next() && kind.text(0) == QLatin1String("edit")) {
        const QStringList entity = kind.text(1).split(u'/');
        const QJsonObject record = QJsonDocument::fromJson(response).object().value(QLatin1String("record")).toObject();
        const TableInfo* ti = entity.size() == 2 ? byName(entity[0]) : nullptr;
        const qint64 version = record.value(QLatin1String("version")).toInteger();
        if (ti && version > 0) {
            if (auto st
                = update(m_db,
                         QStringLiteral("UPDATE %1 SET version = ?, last_modified = coalesce(?, last_modified) "
                                        "WHERE id = ? AND version < ?")
                             .arg(ti->name),
                         {version, record.value(QLatin1String("last_modified")).toVariant(), entity[1], version});
                !st)
                return st;
        }
    }
    return tx.commit();
}

Status SyncStore::markRetry(qint64 seq, const QString& error, const QDateTime& nextAttempt)
{
    return update(m_db,
                  QStringLiteral("UPDATE outbox SET attempts = attempts + 1, last_error = ?, next_attempt_at = ? WHERE "
                                 "seq = ? AND state = 'pending'"),
                  {error, isoUtc(nextAttempt), seq});
}

Status SyncStore::markConflict(qint64 seq, const QByteArray& current, const QString& error)
{
    return update(m_db,
                  QStringLiteral("UPDATE outbox SET state = 'conflict', response = ?, last_error = ?, attempts = "
                                 "attempts + 1 WHERE seq = ?"),
                  {QString::fromUtf8(current), error, seq});
}

Status SyncStore::markResolved(qint64 seq)
{
    return update(
        m_db, QStringLiteral("UPDATE outbox SET state = 'resolved' WHERE seq = ? AND state = 'conflict'"), {seq});
}

Status SyncStore::markFailed(qint64 seq, const QString& error)
{
    return update(m_db,
                  QStringLiteral("UPDATE outbox SET state = 'failed', last_error = ?, attempts = attempts + 1 WHERE "
                                 "seq = ?"),
                  {error, seq});
}

Result<qint64> SyncStore::beginRun(const QDateTime& now)
{
    Statement s(m_db, QStringLiteral("INSERT INTO sync_log (started_at) VALUES (?)"));
    s.bindText(1, isoUtc(now));
    if (!s.exec())
        return Error{tr("The sync history could not be written: %1").arg(s.error())};
    Statement id(m_db, QStringLiteral("SELECT last_insert_rowid()"));
    id.next();
    return id.integer(0);
}

Status SyncStore::finishRun(const SyncRun& run)
{
    Statement s(m_db,
                QStringLiteral("UPDATE sync_log SET finished_at = ?, pulled = ?, deleted = ?, pushed = ?, conflicts = "
                               "?, bytes = ?, outcome = ?, error = ? WHERE id = ?"));
    s.bindText(1, isoUtc(run.finishedAt));
    s.bindInt(2, run.pulled);
    s.bindInt(3, run.deleted);
    s.bindInt(4, run.pushed);
    s.bindInt(5, run.conflicts);
    s.bindInt(6, run.bytes);
    s.bindText(7, run.outcome);
    if (run.error.isEmpty())
        s.bindNull(8);
    else
        s.bindText(8, run.error);
    s.bindInt(9, run.id);
    if (!s.exec())
        return Error{tr("The sync history could not be written: %1").arg(s.error())};
    return {};
}

namespace {
const char* const RunColumns = "id, started_at, finished_at, pulled, deleted, pushed, conflicts, bytes, outcome, error";

SyncRun readRun(Statement& s)
{
    SyncRun r;
    r.id = s.integer(0);
    r.startedAt = fromIsoUtc(s.text(1));
    r.finishedAt = fromIsoUtc(s.text(2));
    r.pulled = s.integer(3);
    r.deleted = s.integer(4);
    r.pushed = s.integer(5);
    r.conflicts = s.integer(6);
    r.bytes = s.integer(7);
    r.outcome = s.text(8);
    r.error = s.text(9);
    return r;
}
} // namespace

Result<QList<SyncRun>> SyncStore::history(int limit) const
{
    Statement s(m_db,
                QStringLiteral("SELECT %1 FROM sync_log ORDER BY id DESC LIMIT ?").arg(QLatin1String(RunColumns)));
    s.bindInt(1, limit);
    QList<SyncRun> out;
    while (s.next())
        out.append(readRun(s));
    if (!s.error().isEmpty())
        return Error{s.error()};
    return out;
}

Result<std::optional<SyncRun>> SyncStore::lastSuccess() const
{
    Statement s(m_db,
                QStringLiteral("SELECT %1 FROM sync_log WHERE outcome = 'ok' ORDER BY id DESC LIMIT 1")
                    .arg(QLatin1String(RunColumns)));
    if (s.next())
        return std::optional<SyncRun>(readRun(s));
    if (!s.error().isEmpty())
        return Error{s.error()};
    return std::optional<SyncRun>();
}

QString tableChecksum(const QList<std::tuple<QByteArray, qint64, QString>>& rows)
{
    QCryptographicHash hash(QCryptographicHash::Sha256);
    for (const auto& [id, version, modified] : rows) {
        hash.addData(id);
        hash.addData(QByteArray('|' + QByteArray::number(version) + '|' + modified.toUtf8() + '\n'));
    }
    return QString::fromLatin1(hash.result().toHex());
}

Result<QList<TableChecksum>> SyncStore::checksums() const
{
    QList<TableChecksum> out;
    for (Table t : allTables()) {
        // Ordered by the id's bytes (PostgreSQL's COLLATE "C" on the hub).
        Statement s(m_db,
                    QStringLiteral("SELECT CAST(id AS BLOB), version, last_modified FROM %1 ORDER BY CAST(id AS BLOB)")
                        .arg(info(t).name));
        QList<std::tuple<QByteArray, qint64, QString>> rows;
        while (s.next())
            rows.append({s.value(0).toByteArray(), s.integer(1), s.text(2)});
        if (!s.error().isEmpty())
            return Error{s.error()};
        out.append({info(t).name, qint64(rows.size()), tableChecksum(rows)});
    }
    return out;
}

} // namespace open211
