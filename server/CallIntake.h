// Call records pushed by the workstations (the body CallStore::toJson makes, with its needs,
// referrals and follow-up), checked field by field and kept in normalized tables for the
// province's reports: need codes, met or unmet and why, municipality, language, age group, times,
// specialist, and the workstation and centre when the body names them.
#pragma once

#include "HubAuth.h"
#include "Idempotency.h"
#include "Result.h"

#include <QCoreApplication>
#include <QSqlDatabase>

namespace open211 {

struct CallCounts
{
    qint64 calls = 0;
    qint64 needs = 0;
    qint64 referrals = 0;
    qint64 followUps = 0;
};

class CallIntake
{
public:
    explicit CallIntake(QSqlDatabase db);

    // Both run inside the caller's transaction (see Idempotency). A call is stored whole: sent
    // again under another key, it replaces what the hub had. 201 {"id", "received_at"}; 400
    // when the body is not a call record.
    WriteAnswer storeCall(const QJsonObject& body, const HubUser& by);
    // A follow-up's outcome; its call must be on the hub (409 until it is).
    WriteAnswer storeFollowUp(const QJsonObject& body, const HubUser& by);

    // A call as the hub holds it, in the shape it was sent (with received_at, received_by).
    Result<std::optional<QJsonObject>> call(const QString& id);
    Result<CallCounts> counts();

private:
    QSqlDatabase m_db;
};

} // namespace open211
