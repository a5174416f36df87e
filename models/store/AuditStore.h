// The workstation's audit log: who opened which call record, sign-ins (online, offline, failed),
// screen locks, the retention purge, and who read this log. Supervisors and admins read it.
#pragma once

#include "Result.h"

#include <QCoreApplication>
#include <QDate>
#include <QDateTime>
#include <QList>

namespace open211 {

class Database;

struct AuditEntry
{
    qint64 id = 0;
    QDateTime at;
    QString user;
    QString action; // open_call, sign_in, sign_in_offline, sign_in_failed, lock, unlock, purge_identifying, read_audit
    QString entityType; // call, account, audit_log
    QString entityId;
    QString detail;
};

struct AuditQuery
{
    QDate from; // local days, inclusive; invalid: no bound
    QDate to;
    QString user; // empty: everyone
    QString action; // empty: every action
    QString entityId; // a call id: what happened to that call
    int limit = 1000;
};

class AuditStore
{
    Q_DECLARE_TR_FUNCTIONS(open211::AuditStore)

public:
    explicit AuditStore(Database& db);

    Status record(const QString& user,
                  const QString& action,
                  const QString& entityType,
                  const QString& entityId = {},
                  const QString& detail = {},
                  const QDateTime& at = QDateTime::currentDateTimeUtc());
    // Newest first.
    Result<QList<AuditEntry>> find(const AuditQuery& query) const;
    // Everyone who appears in the log, for the view's filter.
    Result<QStringList> users() const;

private:
    Database& m_db;
};

} // namespace open211
