#include "Suggestions.h"

#include "HsdsSchema.h"
#include "HubRows.h"

#include <QJsonObject>
#include <QSqlError>
#include <QSqlQuery>

namespace open211 {

namespace {

WriteAnswer databaseFailed(const QSqlQuery& q)
{
    return WriteAnswer::error(500, QStringLiteral("The hub's database failed: %1").arg(q.lastError().text()));
}

// Characters as people count them (code points, not UTF-16 units).
qsizetype characters(const QString& text)
{
    qsizetype n = 0;
    for (const QChar c : text) {
        if (!c.isLowSurrogate())
            ++n;
    }
    return n;
}

// A required text of 1 to maxLength characters, not only spaces; the problem, naming the field
// and what it must be (`what`, else text of that length), when it is not.
QString
requiredText(const QJsonObject& body, const char* key, qsizetype maxLength, QString* problem, const QString& what = {})
{
    if (!problem->isEmpty())
        return {}; // the first problem is the one told
    const QJsonValue v = body.value(QLatin1String(key));
    if (v.isUndefined() || v.isNull()) {
        *problem = QStringLiteral("The suggestion has no \"%1\"; it is required.").arg(QLatin1String(key));
        return {};
    }
    const QString text = v.toString();
    if (!v.isString() || text.trimmed().isEmpty() || characters(text) > maxLength) {
        *problem = QStringLiteral("The suggestion: \"%1\" must be %2.")
                       .arg(QLatin1String(key),
                            what.isEmpty() ? QStringLiteral("text of 1 to %1 characters").arg(maxLength) : what);
        return {};
    }
    return text;
}

QString listedColumns()
{
    return QStringLiteral("id, table_name, record_id, note, suggested_by, %1, state, resolved_by, %2")
        .arg(hub::isoColumn(QStringLiteral("suggested_at")), hub::isoColumn(QStringLiteral("resolved_at")));
}

} // namespace

Suggestions::Suggestions(QSqlDatabase db)
    : m_db(std::move(db))
{ }

bool Suggestions::isListState(const QString& state)
{
    return state == QLatin1String("open") || state == QLatin1String("done") || state == QLatin1String("all");
}

WriteAnswer Suggestions::suggest(const QJsonObject& body, const HubUser& by)
{
    QString problem;
    const QString id = requiredText(body, "id", 200, &problem);
    const QString table = requiredText(body, "table", 200, &problem);
    if (problem.isEmpty() && !hsds::byName(table)) {
        problem = QStringLiteral("The suggestion: \"table\" must name an HSDS table (\"%1\" is not one).")
                      .arg(table.left(100));
    }
    const QString recordId = requiredText(body, "record_id", 200, &problem);
    const QString note = requiredText(body, "note", MaxNote, &problem);
    const QString isoTime = QStringLiteral("an ISO 8601 date and time");
    const QString suggestedText = requiredText(body, "suggested_at", 40, &problem, isoTime);
    const QDateTime suggestedAt = QDateTime::fromString(suggestedText, Qt::ISODateWithMs);
    if (problem.isEmpty() && !suggestedAt.isValid())
        problem = QStringLiteral("The suggestion: \"suggested_at\" must be %1.").arg(isoTime);
    if (!problem.isEmpty())
        return WriteAnswer::error(400, problem);

    const QString receivedAt = hub::isoUtc(QDateTime::currentDateTimeUtc());
    const QString suggested = suggestedAt.toUTC().toString(Qt::ISODateWithMs);
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral("INSERT INTO hub_suggestion (id, table_name, record_id, note, suggested_by, "
                             "suggested_at, received_at) VALUES (?, ?, ?, ?, ?, ?::timestamptz, ?::timestamptz) ON "
                             "CONFLICT (id) DO NOTHING"));
    for (const QString& v : {id, table, recordId, note, by.username, suggested, receivedAt})
        q.addBindValue(v);
    if (!q.exec())
        return databaseFailed(q);
    if (q.numRowsAffected() == 1) {
        return WriteAnswer::json(201,
                                 QJsonObject{{QStringLiteral("id"), id}, {QStringLiteral("received_at"), receivedAt}});
    }
    // Sent again under another key: the same suggestion is answered as the first time; another
    // one with this id is refused, and the first stays as it was.
    q.prepare(QStringLiteral("SELECT table_name = ? AND record_id = ? AND note = ? AND suggested_by = ? AND "
                             "suggested_at = ?::timestamptz, %1 FROM hub_suggestion WHERE id = ?")
                  .arg(hub::isoColumn(QStringLiteral("received_at"))));
    for (const QString& v : {table, recordId, note, by.username, suggested, id})
        q.addBindValue(v);
    if (!q.exec() || !q.next())
        return databaseFailed(q);
    if (!q.value(0).toBool()) {
        return WriteAnswer::error(
            409, QStringLiteral("Another suggestion already has the id \"%1\"; nothing was stored.").arg(id.left(100)));
    }
    return WriteAnswer::json(
        201,
        QJsonObject{{QStringLiteral("id"), id},
                    {QStringLiteral("received_at"),
                     hub::isoUtc(QDateTime::fromString(q.value(1).toString(), Qt::ISODateWithMs))}});
}

WriteAnswer Suggestions::resolve(const QString& id, const HubUser& by)
{
    QSqlQuery q(m_db);
    // Only an open one is changed: resolved again, it keeps its first resolver and time.
    q.prepare(QStringLiteral("UPDATE hub_suggestion SET state = 'done', resolved_by = ?, resolved_at = now() WHERE "
                             "id = ? AND state = 'open'"));
    q.addBindValue(by.username);
    q.addBindValue(id);
    if (!q.exec())
        return databaseFailed(q);
    q.prepare(QStringLiteral("SELECT state, resolved_by, %1 FROM hub_suggestion WHERE id = ?")
                  .arg(hub::isoColumn(QStringLiteral("resolved_at"))));
    q.addBindValue(id);
    if (!q.exec())
        return databaseFailed(q);
    if (!q.next())
        return WriteAnswer::error(404, QStringLiteral("The hub has no suggestion \"%1\".").arg(id.left(100)));
    QJsonObject answer{{QStringLiteral("id"), id}, {QStringLiteral("state"), q.value(0).toString()}};
    if (!q.isNull(1))
        answer.insert(QStringLiteral("resolved_by"), q.value(1).toString());
    if (!q.isNull(2))
        answer.insert(QStringLiteral("resolved_at"), q.value(2).toString());
    return WriteAnswer::json(200, answer);
}

Result<QJsonArray> Suggestions::list(const QString& state)
{
    QSqlQuery q(m_db);
    q.setForwardOnly(true);
    const bool all = state == QLatin1String("all");
    q.prepare(QStringLiteral("SELECT %1 FROM hub_suggestion%2 ORDER BY suggested_at, id LIMIT %3")
                  .arg(listedColumns(), all ? QString() : QStringLiteral(" WHERE state = ?"))
                  .arg(MaxListed));
    if (!all)
        q.addBindValue(state);
    if (!q.exec())
        return Error{QStringLiteral("The suggestions could not be read: %1").arg(q.lastError().text())};
    static const char* const keys[]
        = {"id", "table", "record_id", "note", "suggested_by", "suggested_at", "state", "resolved_by", "resolved_at"};
    QJsonArray out;
    while (q.next()) {
        QJsonObject o;
        for (int i = 0; i < int(std::size(keys)); ++i) {
            if (!q.isNull(i))
                o.insert(QLatin1String(keys[i]), q.value(i).toString());
        }
        out.append(o);
    }
    return out;
}

} // namespace open211
