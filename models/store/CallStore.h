// Persists calls: the call screen's value saved whole on every change (crash-safe: synchronous
// writes), an open call found again after a crash, ending a call together with its outbox entry
// for the hub, the call history and follow-ups.
#pragma once

#include "Result.h"
#include "calls/Call.h"

#include <QCoreApplication>
#include <QJsonObject>
#include <memory>

namespace open211 {

class Database;

class CallStore
{
    Q_DECLARE_TR_FUNCTIONS(open211::CallStore)
public:
    explicit CallStore(Database& db);
    ~CallStore();
    CallStore(const CallStore&) = delete;
    CallStore& operator=(const CallStore&) = delete;

    // A new call (not yet stored) started now by this specialist.
    static Call newCall(const QString& specialist, const QDateTime& now = QDateTime::currentDateTimeUtc());

    // Writes the call, its needs, referrals and follow-up in one transaction. Name and phone are
    // kept only with recorded consent.
    Status save(const Call& call);
    // Calls brought from elsewhere (an earlier system's history, generated demo and benchmark
    // calls): written in one transaction as they are, not queued for the hub.
    Status saveMany(const QList<Call>& calls);
    Result<Call> load(const QString& id) const;
    // The most recent call left open (a crash or a closed window mid-call), if any.
    Result<std::optional<Call>> openCall() const;
    // Ends the call: the record and its outbox entry for the hub in one transaction.
    Status end(Call& call, const QDateTime& now = QDateTime::currentDateTimeUtc());
    // Removes a call that was opened by mistake and holds nothing.
    Status discard(const QString& id);

    Result<QList<CallSummary>> find(const CallQuery& query) const;
    // Records what came of a follow-up, and queues it for the hub.
    Status completeFollowUp(const QString& callId,
                            const QString& outcome,
                            const QString& by,
                            const QDateTime& at = QDateTime::currentDateTimeUtc());

    // Caller privacy: the fields that identify a caller (name, phone, the call's notes and the
    // needs' notes) are removed from calls that ended before `endedBefore` and that the hub has
    // (their upload was accepted); what the reports count stays. Kept in the audit log. Returns
    // how many calls were purged.
    Result<int> purgeIdentifying(const QDateTime& endedBefore, const QString& by = QStringLiteral("retention"));

    // Seals what was written before the workstation sealed callers' details (a profile from before
    // version 11): names, phones, notes, and the uploads that carry them. Once: the first call
    // after the upgrade reads them all, later ones find nothing pending (seal_pending). Needs the
    // key ring installed (CallerKeys); returns how many values it sealed.
    Result<int> sealUnsealed();

    // The specialists who took calls here, for the history filter.
    Result<QStringList> specialists() const;

    // The record as sent to the hub.
    static QJsonObject toJson(const Call& call);

private:
    static Error lockedError();
    Status write(const Call& call);
    Status enqueue(const QString& key,
                   const QString& kind,
                   const QString& entityId,
                   const QJsonObject& payload,
                   const QDateTime& now);

    Database& m_db;
    // Prepared on the first write and kept for the next (a bulk save writes a million calls).
    struct WriteStatements;
    std::unique_ptr<WriteStatements> m_write;
};

} // namespace open211
