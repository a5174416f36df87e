#include "HubRows.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QSqlError>

namespace open211::hub {

using namespace hsds;

QJsonObject rowJson(const TableInfo& ti, const QSqlRecord& record)
{
    QJsonObject o;
    for (const Field& f : ti.fields) {
        const QVariant v = record.value(f.name);
        if (v.isNull())
            continue;
        switch (f.type) {
        case Type::Text:
            o.insert(f.name, v.toString());
            break;
        case Type::Integer:
            o.insert(f.name, v.toLongLong());
            break;
        case Type::Number:
            o.insert(f.name, v.toDouble());
            break;
        }
    }
    o.insert(QStringLiteral("version"), record.value(QStringLiteral("version")).toLongLong());
    o.insert(QStringLiteral("last_modified"), record.value(QStringLiteral("last_modified")).toString());
    return o;
}

QString jsonList(const QStringList& ids)
{
    return QString::fromUtf8(QJsonDocument(QJsonArray::fromStringList(ids)).toJson(QJsonDocument::Compact));
}

QString isoUtc(const QDateTime& time)
{
    if (!time.isValid())
        return {};
    const QDateTime utc = time.toUTC();
    return utc.time().msec() ? utc.toString(Qt::ISODateWithMs) : utc.toString(Qt::ISODate);
}

QString isoColumn(const QString& column)
{
    return QStringLiteral("to_char(%1 AT TIME ZONE 'UTC', 'YYYY-MM-DD\"T\"HH24:MI:SS.MS\"Z\"')").arg(column);
}

bool setChangeAuthor(const QSqlDatabase& db, const QString& username, QString* error)
{
    QSqlQuery q(db);
    q.prepare(QStringLiteral("SELECT set_config('open211.user', ?, true)"));
    q.addBindValue(username);
    if (!q.exec()) {
        *error = q.lastError().text();
        return false;
    }
    return true;
}

} // namespace open211::hub
