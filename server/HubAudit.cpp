#include "HubAudit.h"

#include "HubRows.h"

#include <QJsonObject>
#include <QRegularExpression>
#include <QSqlError>
#include <QSqlQuery>
#include <QTimeZone>

namespace open211 {

namespace {

// A bound of the period asked for: a day of the hub's time zone (its start; for the end, the next
// day's start) or a date and time (for the end, the millisecond after it, as entries are told to
// the millisecond). nullopt, with a message naming the parameter, when it is neither.
std::optional<QDateTime> bound(const QString& key, const QString& value, bool end, QString* message)
{
    static const QRegularExpression day(QStringLiteral("^[0-9]{4}-[0-9]{2}-[0-9]{2}$"));
    if (day.match(value).hasMatch()) {
        const QDate d = QDate::fromString(value, Qt::ISODate);
        if (d.isValid())
            return (end ? d.addDays(1) : d).startOfDay(QTimeZone::systemTimeZone());
    } else if (value.contains(u'T')) {
        const QDateTime t = QDateTime::fromString(value, Qt::ISODateWithMs);
        if (t.isValid())
            return end ? t.addMSecs(1) : t;
    }
    *message = QStringLiteral("\"%1\" must be a date as YYYY-MM-DD or an ISO 8601 date and time.").arg(key);
    return std::nullopt;
}

} // namespace

HubAudit::HubAudit(QSqlDatabase db)
    : m_db(std::move(db))
{ }

const QStringList& HubAudit::actions()
{
    static const QStringList all{QStringLiteral("open_call"), QStringLiteral("read_audit")};
    return all;
}

std::optional<AuditFilter> HubAudit::parse(const QUrlQuery& q, QString* message)
{
    AuditFilter f;
    QStringList asked;
    const auto value = [&q](const QString& key) {
        return q.queryItemValue(key, QUrl::FullyDecoded).trimmed();
    };
    for (const QString& key : {QStringLiteral("from"), QStringLiteral("to")}) {
        if (!q.hasQueryItem(key))
            continue;
        const bool end = key == QLatin1String("to");
        const auto at = bound(key, value(key), end, message);
        if (!at)
            return std::nullopt;
        (end ? f.before : f.from) = *at;
        asked << key + u'=' + value(key);
    }
    if (f.from.isValid() && f.before.isValid() && f.before <= f.from) {
        *message = QStringLiteral("\"to\" must be on or after \"from\".");
        return std::nullopt;
    }
    if (q.hasQueryItem(QStringLiteral("username"))) {
        f.username = value(QStringLiteral("username"));
        if (!HubAuth::isUserName(f.username)) {
            *message = QStringLiteral("\"username\" must be a user name: 1 to 100 letters, digits, dots, hyphens, "
                                      "underscores or @.");
            return std::nullopt;
        }
        asked << QStringLiteral("username=") + f.username;
    }
    if (q.hasQueryItem(QStringLiteral("action"))) {
        f.action = value(QStringLiteral("action"));
        if (!actions().contains(f.action)) {
            *message = QStringLiteral("\"action\" must be one of: %1.").arg(actions().join(QStringLiteral(", ")));
            return std::nullopt;
        }
        asked << QStringLiteral("action=") + f.action;
    }
    f.limit = DefaultLimit;
    if (q.hasQueryItem(QStringLiteral("limit"))) {
        bool ok = false;
        f.limit = value(QStringLiteral("limit")).toInt(&ok);
        if (!ok || f.limit < 1 || f.limit > MaxLimit) {
            *message = QStringLiteral("\"limit\" must be a whole number from 1 to %1.").arg(MaxLimit);
            return std::nullopt;
        }
    }
    asked << QStringLiteral("limit=%1").arg(f.limit);
    f.asked = asked.join(u' ');
    return f;
}

Status HubAudit::record(const HubUser& by, const QString& action, const QString& entityId, const QString& detail)
{
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral("INSERT INTO hub_audit (username, action, entity_id, detail) VALUES (?, ?, ?, ?)"));
    q.addBindValue(by.username);
    q.addBindValue(action);
    q.addBindValue(entityId.isEmpty() ? QVariant() : QVariant(entityId));
    q.addBindValue(detail.isEmpty() ? QVariant() : QVariant(detail));
    if (!q.exec())
        return Error{QStringLiteral("The audit log could not be written: %1").arg(q.lastError().text())};
    return {};
}

Result<QJsonArray> HubAudit::list(const AuditFilter& f)
{
    QStringList where;
    QStringList values;
    if (f.from.isValid()) {
        where << QStringLiteral("at >= ?::timestamptz");
        values << hub::isoUtc(f.from);
    }
    if (f.before.isValid()) {
        where << QStringLiteral("at < ?::timestamptz");
        values << hub::isoUtc(f.before);
    }
    if (!f.username.isEmpty()) {
        where << QStringLiteral("username = ?");
        values << f.username;
    }
    if (!f.action.isEmpty()) {
        where << QStringLiteral("action = ?");
        values << f.action;
    }
    QSqlQuery q(m_db);
    q.setForwardOnly(true);
    q.prepare(QStringLiteral("SELECT %1, username, action, entity_id, detail FROM hub_audit%2 ORDER BY at DESC, id "
                             "DESC LIMIT %3")
                  .arg(hub::isoColumn(QStringLiteral("at")),
                       where.isEmpty() ? QString() : QStringLiteral(" WHERE ") + where.join(QStringLiteral(" AND ")))
                  .arg(f.limit));
    for (const QString& v : values)
        q.addBindValue(v);
    if (!q.exec())
        return Error{QStringLiteral("The audit log could not be read: %1").arg(q.lastError().text())};
    static const char* const keys[] = {"at", "username", "action", "entity_id", "detail"};
    QJsonArray out;
    while (q.next()) {
        QJsonObject o;
        for (int i = 0; i < int(std::size(keys)); ++i)
            o.insert(QLatin1String(keys[i]), q.isNull(i) ? QJsonValue() : QJsonValue(q.value(i).toString()));
        out.append(o);
    }
    return out;
}

} // namespace open211
