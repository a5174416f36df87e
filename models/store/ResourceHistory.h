// The history of resource records (who changed which field of which record, when, from what to
// what), written wherever records change: a resource specialist's save here and a change pulled
// from the hub alike. Each entry also names the service, organization or location whose page
// shows it, so a service's history includes its phones and hours.
#pragma once

#include "HsdsSchema.h"
#include "Result.h"
#include "store/Statement.h"

#include <QCoreApplication>
#include <QVariantList>
#include <array>
#include <optional>

namespace open211 {

class Database;

class ResourceHistory
{
    Q_DECLARE_TR_FUNCTIONS(open211::ResourceHistory)
public:
    explicit ResourceHistory(Database& db)
        : m_db(db)
    { }

    // A stored record's fields (in schema order), with its version; nothing when not stored.
    struct Row
    {
        QVariantList values;
        qint64 version = 0;
    };
    Result<std::optional<Row>> read(hsds::Table table, const QString& id);

    // Keeps what changed between `before` and `after` (schema order; nothing before: created;
    // nothing after: removed), one entry per field that differs. In the caller's transaction.
    Status record(hsds::Table table,
                  const QString& id,
                  const QVariantList* before,
                  const QVariantList* after,
                  const QString& by,
                  const QString& origin,
                  const QString& at);

    // "service/<id>": the record whose page shows a change to this one (itself for services,
    // organizations and locations; else the service, location or organization it belongs to).
    static QString owner(hsds::Table table, const QVariantList& values, const QString& id);
    // A field's value as the history keeps and compares it ("" for nothing).
    static QString text(const hsds::Field& field, const QVariant& value);

private:
    Database& m_db;
    std::array<Statement, hsds::TableCount> m_reads;
    Statement m_insert;
};

} // namespace open211
