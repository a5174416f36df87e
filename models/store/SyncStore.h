// What the sync keeps in the workstation's store: where the pull stands (the hub's change-feed
// checkpoint), each page of the change feed applied together with its checkpoint, the outbox as
// the push works through it, and the history of sync runs. See docs/sync-protocol.md.
#pragma once

#include "Result.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QJsonObject>
#include <tuple>

namespace open211 {

class Database;

// One page of the hub's change feed, once applied.
struct PulledPage
{
    qint64 next = 0; // the new checkpoint
    qint64 head = 0; // the hub's latest change
    bool more = false; // more pages wait
    int changed = 0; // records written
    int deleted = 0; // records removed
};

struct OutboxEntry
{
    qint64 seq = 0;
    QString idempotencyKey;
    QString kind; // "call", "follow_up", "edit", "remove", "suggestion", "suggestion_done"
    QString entityId;
    qint64 baseVersion = 0;
    QByteArray payload; // JSON, as sent
    int attempts = 0;
    QString state; // pending, sent, conflict, failed, resolved (a conflict a person settled)
    QString lastError;
    QDateTime createdAt;
    QDateTime nextAttemptAt;
    QByteArray response; // the hub's answer (on a conflict: its current record)
    bool locked = false; // sealed with a key this session does not hold: payload empty, not sent
};

struct SyncRun
{
    qint64 id = 0;
    QDateTime startedAt;
    QDateTime finishedAt;
    qint64 pulled = 0;
    qint64 deleted = 0;
    qint64 pushed = 0;
    qint64 conflicts = 0;
    qint64 bytes = 0;
    QString outcome; // running, ok, failed
    QString error;
};

// Per table: how many records, and a checksum of their ids, versions and times (to compare a
// replica with the hub).
struct TableChecksum
{
    QString table;
    qint64 rows = 0;
    QString checksum;
};

// The checksum of a table's rows given as (id, version, last_modified), ordered by the id's bytes:
// the workstation and the hub compute it alike.
QString tableChecksum(const QList<std::tuple<QByteArray, qint64, QString>>& rows);

class SyncStore
{
    Q_DECLARE_TR_FUNCTIONS(open211::SyncStore)
public:
    explicit SyncStore(Database& db)
        : m_db(db)
    { }

    // The hub this store replicates, and the change-feed checkpoint. A store that has not pulled
    // from `hubUrl` yet starts again from 0, and its first page replaces the resources it held
    // (the demo data, or another hub's).
    Result<qint64> checkpointFor(const QString& hubUrl) const;

    // Applies one page of /sync/changes (the hub's JSON, as received) asked for after `after`:
    // records written or removed, the search index refreshed and the checkpoint moved, all in one
    // transaction. A malformed, truncated or wrong-typed page changes nothing and says why.
    Result<PulledPage> applyChanges(const QString& hubUrl, qint64 after, const QByteArray& json);
    // After the last page: the search index made whole if a first sync left it out of date, and
    // the first sync over (changes pulled from now on go into the records' history).
    Status catchUpSearchIndex();

    // Queues a change to a resource record for the hub: the whole record's fields as HSDS JSON, and
    // the version it was based on (0: a new record). The hub refuses it (a conflict) when its
    // record changed meanwhile. An edit of the same record not yet tried is replaced by this one
    // (the hub gets the latest record once); after one that was tried (and may have reached the
    // hub), this one is based on the version that one makes. In the caller's transaction.
    Status queueEdit(const QString& table, const QString& id, const QJsonObject& record, qint64 baseVersion);
    // Queues the removal of a record (not a service, organization or location). Changes to it not
    // yet tried are dropped; a record the hub never had leaves nothing to send.
    Status queueRemoval(const QString& table, const QString& id, const QString& owner, qint64 baseVersion);
    // Queues any other write (a suggestion) under its idempotency key; the same key again while
    // it waits replaces its payload.
    Status enqueue(const QString& key, const QString& kind, const QString& entityId, const QJsonObject& payload);
    // Records waiting for the hub ("service/<id>" and the records that belong to it), and those in
    // conflict.
    Result<bool> isWaiting(const QString& entityOrOwner, const QString& state = QStringLiteral("pending")) const;

    // The outbox, oldest first: entries due at `now`.
    Result<QList<OutboxEntry>> dueEntries(const QDateTime& now, int limit) const;
    // Entries in a state ("pending": waiting to upload; "conflict"; "failed"; "resolved").
    Result<qint64> count(const QString& state) const;
    Result<qint64> waitingCount() const { return count(QStringLiteral("pending")); }
    // The next time an entry waiting for a retry is due (invalid when none waits).
    Result<QDateTime> nextDue() const;
    // An edit the hub accepted gives the record here the hub's version and time (so the next
    // edit is based on it).
    Status markSent(qint64 seq, const QByteArray& response, const QDateTime& now);
    Status markRetry(qint64 seq, const QString& error, const QDateTime& nextAttempt);
    Status markConflict(qint64 seq, const QByteArray& current, const QString& error);
    Status markFailed(qint64 seq, const QString& error);
    // A conflict settled by a person (see MaintenanceStore).
    Status markResolved(qint64 seq);
    Result<QList<OutboxEntry>> entries(const QString& state, int limit) const;

    // The sync history.
    Result<qint64> beginRun(const QDateTime& now);
    Status finishRun(const SyncRun& run);
    Result<QList<SyncRun>> history(int limit) const;
    Result<std::optional<SyncRun>> lastSuccess() const;

    // Every HSDS table's count and checksum, in table order.
    Result<QList<TableChecksum>> checksums() const;

private:
    Database& m_db;
};

} // namespace open211
