// Suggested changes to resource records (docs/sync-protocol.md): a specialist on a call notes that
// a record is wrong, and the note waits in the resource specialists' work list until one of them
// resolves it. The record need not be on the hub (the note may be about a new one).
#pragma once

#include "HubAuth.h"
#include "Idempotency.h"
#include "Result.h"

#include <QJsonArray>
#include <QSqlDatabase>

namespace open211 {

class Suggestions
{
public:
    explicit Suggestions(QSqlDatabase db);

    static constexpr int MaxListed = 5000;
    static constexpr int MaxNote = 4000; // characters

    // Both run inside the caller's transaction (see Idempotency).
    // {"id", "table", "record_id", "note", "suggested_at"}: 201 {"id", "received_at"}; 400 naming
    // the field; 409 when another suggestion has this id.
    WriteAnswer suggest(const QJsonObject& body, const HubUser& by);
    // Marks a suggestion done: 200 {"id", "state", "resolved_by", "resolved_at"}, with the first
    // resolver's name and time when it was done already; 404 when the hub has none.
    WriteAnswer resolve(const QString& id, const HubUser& by);

    // "open", "done" or "all": the suggestions in that state, oldest first, at most MaxListed, as
    // {"id", "table", "record_id", "note", "suggested_by", "suggested_at", "state", "resolved_by",
    // "resolved_at"} with nulls left out.
    Result<QJsonArray> list(const QString& state);
    static bool isListState(const QString& state);

private:
    QSqlDatabase m_db;
};

} // namespace open211
