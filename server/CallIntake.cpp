#include "CallIntake.h"

#include "HubRows.h"

#include <QJsonArray>
#include <QSqlError>
#include <QSqlQuery>
#include <QSqlRecord>
#include <cmath>

namespace open211 {

namespace {

// Reads typed fields of one JSON object; the first problem is kept, in words naming the field.
class Fields
{
public:
    Fields(const QJsonObject& object, QString where, QString* error)
        : m_o(object)
        , m_where(std::move(where))
        , m_error(error)
    { }

    QVariant text(const char* key, bool required = false, int maxLength = 20000)
    {
        const QJsonValue v = m_o.value(QLatin1String(key));
        if (v.isUndefined() || v.isNull() || (v.isString() && v.toString().trimmed().isEmpty())) {
            if (required)
                fail(QStringLiteral("%1 has no \"%2\"; it is required.").arg(m_where, QLatin1String(key)));
            return QVariant();
        }
        if (!v.isString()) {
            fail(QStringLiteral("%1: \"%2\" must be text.").arg(m_where, QLatin1String(key)));
            return QVariant();
        }
        if (v.toString().size() > maxLength) {
            fail(QStringLiteral("%1: \"%2\" is longer than %3 characters.")
                     .arg(m_where, QLatin1String(key))
                     .arg(maxLength));
            return QVariant();
        }
        return v.toString();
    }

    bool boolean(const char* key)
    {
        const QJsonValue v = m_o.value(QLatin1String(key));
        if (v.isUndefined() || v.isNull())
            return false;
        if (!v.isBool())
            fail(QStringLiteral("%1: \"%2\" must be true or false.").arg(m_where, QLatin1String(key)));
        return v.toBool();
    }

    // true, false or null (not yet known).
    QVariant optionalBoolean(const char* key)
    {
        const QJsonValue v = m_o.value(QLatin1String(key));
        if (v.isUndefined() || v.isNull())
            return QVariant();
        if (!v.isBool()) {
            fail(QStringLiteral("%1: \"%2\" must be true, false or null.").arg(m_where, QLatin1String(key)));
            return QVariant();
        }
        return v.toBool();
    }

    // An ISO 8601 date and time, kept as UTC text for PostgreSQL.
    QVariant time(const char* key, bool required = false)
    {
        const QVariant t = text(key, required, 40);
        if (t.isNull())
            return t;
        const QDateTime dt = QDateTime::fromString(t.toString(), Qt::ISODateWithMs);
        if (!dt.isValid()) {
            fail(QStringLiteral("%1: \"%2\" must be an ISO 8601 date and time.").arg(m_where, QLatin1String(key)));
            return QVariant();
        }
        return dt.toUTC().toString(Qt::ISODateWithMs);
    }

    QVariant number(const char* key, double min, double max)
    {
        const QJsonValue v = m_o.value(QLatin1String(key));
        if (v.isUndefined() || v.isNull())
            return QVariant();
        if (!v.isDouble() || !std::isfinite(v.toDouble()) || v.toDouble() < min || v.toDouble() > max) {
            fail(QStringLiteral("%1: \"%2\" must be a number from %3 to %4.")
                     .arg(m_where, QLatin1String(key))
                     .arg(min)
                     .arg(max));
            return QVariant();
        }
        return v.toDouble();
    }

    // An array of objects (absent or null: none).
    QList<QJsonObject> objects(const char* key)
    {
        const QJsonValue v = m_o.value(QLatin1String(key));
        QList<QJsonObject> out;
        if (v.isUndefined() || v.isNull())
            return out;
        if (!v.isArray()) {
            fail(QStringLiteral("%1: \"%2\" must be an array.").arg(m_where, QLatin1String(key)));
            return out;
        }
        for (const QJsonValue& item : v.toArray()) {
            if (!item.isObject()) {
                fail(QStringLiteral("%1: \"%2\" must hold objects.").arg(m_where, QLatin1String(key)));
                return {};
            }
            out.append(item.toObject());
        }
        return out;
    }

    std::optional<QJsonObject> object(const char* key)
    {
        const QJsonValue v = m_o.value(QLatin1String(key));
        if (v.isUndefined() || v.isNull())
            return std::nullopt;
        if (!v.isObject()) {
            fail(QStringLiteral("%1: \"%2\" must be an object.").arg(m_where, QLatin1String(key)));
            return std::nullopt;
        }
        return v.toObject();
    }

    void fail(const QString& message)
    {
        if (m_error->isEmpty())
            *m_error = message;
    }

private:
    const QJsonObject& m_o;
    QString m_where;
    QString* m_error;
};

struct Column
{
    const char* name;
    QVariant value;
    const char* cast = "";
};

// INSERT ... ON CONFLICT (key) DO UPDATE SET every column [WHERE condition].
bool upsert(QSqlQuery& q, const char* table, const char* key, const QList<Column>& cols, const QString& when = {})
{
    QStringList names, marks, sets;
    for (const Column& c : cols) {
        names << QLatin1String(c.name);
        marks << QStringLiteral("?") + QLatin1String(c.cast);
        sets << QStringLiteral("%1 = excluded.%1").arg(QLatin1String(c.name));
    }
    q.prepare(QStringLiteral("INSERT INTO %1 (%2) VALUES (%3) ON CONFLICT (%4) DO UPDATE SET %5%6")
                  .arg(QLatin1String(table),
                       names.join(QStringLiteral(", ")),
                       marks.join(QStringLiteral(", ")),
                       QLatin1String(key),
                       sets.join(QStringLiteral(", ")),
                       when.isEmpty() ? QString() : QStringLiteral(" WHERE ") + when));
    for (const Column& c : cols)
        q.addBindValue(c.value);
    return q.exec();
}

bool insert(QSqlQuery& q, const char* table, const QList<Column>& cols)
{
    QStringList names, marks;
    for (const Column& c : cols) {
        names << QLatin1String(c.name);
        marks << QStringLiteral("?") + QLatin1String(c.cast);
    }
    q.prepare(QStringLiteral("INSERT INTO %1 (%2) VALUES (%3)")
                  .arg(QLatin1String(table), names.join(QStringLiteral(", ")), marks.join(QStringLiteral(", "))));
    for (const Column& c : cols)
        q.addBindValue(c.value);
    return q.exec();
}

WriteAnswer databaseFailed(const QSqlQuery& q)
{
    return WriteAnswer::error(500,
                              QStringLiteral("The hub's database refused the record: %1").arg(q.lastError().text()));
}

const char* const Ts = "::timestamptz";
const QStringList FollowUpStates{QStringLiteral("due"), QStringLiteral("done"), QStringLiteral("cancelled")};

QJsonValue orNull(const QVariant& v)
{
    return v.isNull() ? QJsonValue(QJsonValue::Null) : QJsonValue::fromVariant(v);
}

} // namespace

CallIntake::CallIntake(QSqlDatabase db)
    : m_db(std::move(db))
{ }

WriteAnswer CallIntake::storeCall(const QJsonObject& body, const HubUser& by)
{
    QString error;
    Fields f(body, QStringLiteral("The call"), &error);
    const QVariant id = f.text("id", true, 200);
    const QVariant startedAt = f.time("started_at", true);
    const QVariant endedAt = f.time("ended_at");
    const QVariant specialist = f.text("specialist", true, 200);
    const bool consent = f.boolean("consent_recorded");
    QVariant latitude = f.number("latitude", -90, 90), longitude = f.number("longitude", -180, 180);
    if (latitude.isNull() || longitude.isNull())
        latitude = longitude = QVariant();
    const QVariant callerName = f.text("caller_name", false, 500), callerPhone = f.text("caller_phone", false, 100);
    QList<Column> call{
        {"id", id},
        {"started_at", startedAt, Ts},
        {"ended_at", endedAt, Ts},
        {"specialist", specialist},
        {"contact_type", f.text("contact_type", false, 100)},
        {"heard_about", f.text("heard_about", false, 200)},
        {"municipality", f.text("municipality", false, 200)},
        {"postal_code", f.text("postal_code", false, 20)},
        {"latitude", latitude},
        {"longitude", longitude},
        {"age_group", f.text("age_group", false, 100)},
        {"gender", f.text("gender", false, 100)},
        {"language", f.text("language", false, 35)},
        {"interpreter_used", f.boolean("interpreter_used")},
        {"third_party", f.boolean("third_party")},
        {"consent_recorded", consent},
        // Without the caller's consent their name and phone are not kept, whatever was sent.
        {"caller_name", consent ? callerName : QVariant()},
        {"caller_phone", consent ? callerPhone : QVariant()},
        {"notes", f.text("notes")},
        {"disposition", f.text("disposition", false, 200)},
        {"workstation", f.text("workstation", false, 200)},
        {"centre", f.text("centre", false, 200)},
        {"received_by", by.username},
    };
    const QList<QJsonObject> needs = f.objects("needs");
    const QList<QJsonObject> referrals = f.objects("referrals");
    const std::optional<QJsonObject> followUp = f.object("follow_up");

    QList<QList<Column>> needRows, referralRows;
    QSet<QString> needIds, referralIds;
    for (int i = 0; i < needs.size() && error.isEmpty(); ++i) {
        Fields n(needs[i], QStringLiteral("needs[%1]").arg(i), &error);
        const QVariant needId = n.text("id", true, 200);
        if (needIds.contains(needId.toString()))
            n.fail(QStringLiteral("needs[%1]: the id \"%2\" is used twice.").arg(i).arg(needId.toString()));
        needIds.insert(needId.toString());
        const QVariant met = n.optionalBoolean("met");
        const QVariant reason = n.text("unmet_reason", false, 200);
        needRows.append({{"call_id", id},
                         {"id", needId},
                         {"position", i},
                         {"taxonomy_term_id", n.text("taxonomy_term_id", false, 200)},
                         {"term_code", n.text("term_code", false, 100)},
                         {"term_name", n.text("term_name", true, 500)},
                         {"met", met},
                         {"unmet_reason", !met.isNull() && !met.toBool() ? reason : QVariant()},
                         {"note", n.text("note")}});
    }
    for (int i = 0; i < referrals.size() && error.isEmpty(); ++i) {
        Fields r(referrals[i], QStringLiteral("referrals[%1]").arg(i), &error);
        const QVariant referralId = r.text("id", true, 200);
        if (referralIds.contains(referralId.toString()))
            r.fail(QStringLiteral("referrals[%1]: the id \"%2\" is used twice.").arg(i).arg(referralId.toString()));
        referralIds.insert(referralId.toString());
        const QVariant needId = r.text("need_id", false, 200);
        referralRows.append({{"call_id", id},
                             {"id", referralId},
                             {"need_id", needIds.contains(needId.toString()) ? needId : QVariant()},
                             {"position", i},
                             {"service_id", r.text("service_id", true, 200)},
                             {"location_id", r.text("location_id", false, 200)},
                             {"service_at_location_id", r.text("service_at_location_id", false, 200)},
                             {"service_name", r.text("service_name", true, 1000)},
                             {"organization_name", r.text("organization_name", false, 1000)},
                             {"created_at", r.time("created_at"), Ts}});
    }
    QList<Column> followUpRow;
    if (followUp && error.isEmpty()) {
        Fields u(*followUp, QStringLiteral("follow_up"), &error);
        const QVariant state = u.text("state", false, 20);
        if (!state.isNull() && !FollowUpStates.contains(state.toString()))
            u.fail(QStringLiteral("follow_up: \"state\" must be due, done or cancelled."));
        followUpRow = {{"id", u.text("id", true, 200)},
                       {"call_id", id},
                       {"due_at", u.time("due_at"), Ts},
                       {"consent", u.boolean("consent")},
                       {"state", state.isNull() ? QVariant(QStringLiteral("due")) : state},
                       {"done_at", u.time("done_at"), Ts},
                       {"done_by", u.text("done_by", false, 200)},
                       {"outcome", u.text("outcome")}};
    }
    if (!error.isEmpty())
        return WriteAnswer::error(400, error);

    const QString receivedAt = hub::isoUtc(QDateTime::currentDateTimeUtc());
    call.append({"received_at", receivedAt, Ts});
    call.append({"updated_at", receivedAt, Ts});
    QSqlQuery q(m_db);
    if (!upsert(q, "hub_call", "id", call))
        return databaseFailed(q);
    for (const char* table : {"hub_caller_need", "hub_referral"}) {
        q.prepare(QStringLiteral("DELETE FROM %1 WHERE call_id = ?").arg(QLatin1String(table)));
        q.addBindValue(id);
        if (!q.exec())
            return databaseFailed(q);
    }
    for (const auto& row : std::as_const(needRows)) {
        if (!insert(q, "hub_caller_need", row))
            return databaseFailed(q);
    }
    for (const auto& row : std::as_const(referralRows)) {
        if (!insert(q, "hub_referral", row))
            return databaseFailed(q);
    }
    // A follow-up already done on the hub is not made due again by a call sent again.
    if (!followUpRow.isEmpty()
        && !upsert(q,
                   "hub_follow_up",
                   "id",
                   followUpRow,
                   QStringLiteral("hub_follow_up.state = 'due' OR excluded.state <> 'due'")))
        return databaseFailed(q);
    return WriteAnswer::json(
        201, QJsonObject{{QStringLiteral("id"), id.toString()}, {QStringLiteral("received_at"), receivedAt}});
}

WriteAnswer CallIntake::storeFollowUp(const QJsonObject& body, const HubUser& by)
{
    QString error;
    Fields f(body, QStringLiteral("The follow-up"), &error);
    const QVariant id = f.text("id", true, 200);
    const QVariant callId = f.text("call_id", true, 200);
    const QVariant state = f.text("state", true, 20);
    if (!state.isNull() && !FollowUpStates.contains(state.toString()))
        f.fail(QStringLiteral("The follow-up: \"state\" must be due, done or cancelled."));
    QList<Column> row{{"id", id},
                      {"call_id", callId},
                      {"due_at", f.time("due_at"), Ts},
                      {"state", state},
                      {"done_at", f.time("done_at"), Ts},
                      {"done_by", f.text("done_by", false, 200)},
                      {"outcome", f.text("outcome")}};
    if (body.contains(QStringLiteral("consent")))
        row.append({"consent", f.boolean("consent")});
    if (!error.isEmpty())
        return WriteAnswer::error(400, error);
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral("SELECT 1 FROM hub_call WHERE id = ?"));
    q.addBindValue(callId);
    if (!q.exec())
        return databaseFailed(q);
    if (!q.next()) {
        return WriteAnswer::error(409,
                                  QStringLiteral("The call \"%1\" has not reached the hub yet; send the call first, "
                                                 "then the follow-up.")
                                      .arg(callId.toString().left(100)));
    }
    const QString receivedAt = hub::isoUtc(QDateTime::currentDateTimeUtc());
    row.append({"updated_at", receivedAt, Ts});
    if (!upsert(q, "hub_follow_up", "id", row))
        return databaseFailed(q);
    Q_UNUSED(by);
    return WriteAnswer::json(
        201, QJsonObject{{QStringLiteral("id"), id.toString()}, {QStringLiteral("received_at"), receivedAt}});
}

Result<std::optional<QJsonObject>> CallIntake::call(const QString& id)
{
    QSqlQuery q(m_db);
    q.prepare(
        QStringLiteral("SELECT id, %1 AS started_at, %2 AS ended_at, specialist, contact_type, heard_about, "
                       "municipality, postal_code, latitude, longitude, age_group, gender, language, "
                       "interpreter_used, third_party, consent_recorded, caller_name, caller_phone, notes, "
                       "disposition, workstation, centre, received_by, %3 AS received_at FROM hub_call WHERE id = ?")
            .arg(hub::isoColumn(QStringLiteral("started_at")),
                 hub::isoColumn(QStringLiteral("ended_at")),
                 hub::isoColumn(QStringLiteral("received_at"))));
    q.addBindValue(id);
    if (!q.exec())
        return Error{q.lastError().text()};
    if (!q.next())
        return std::optional<QJsonObject>();
    QJsonObject o;
    const QSqlRecord r = q.record();
    for (const char* key : {"id",
                            "started_at",
                            "ended_at",
                            "specialist",
                            "contact_type",
                            "heard_about",
                            "municipality",
                            "postal_code",
                            "age_group",
                            "gender",
                            "language",
                            "caller_name",
                            "caller_phone",
                            "notes",
                            "disposition"})
        o.insert(QLatin1String(key), orNull(r.value(QLatin1String(key))));
    for (const char* key : {"interpreter_used", "third_party", "consent_recorded"})
        o.insert(QLatin1String(key), r.value(QLatin1String(key)).toBool());
    if (!r.isNull(QStringLiteral("latitude")) && !r.isNull(QStringLiteral("longitude"))) {
        o.insert(QStringLiteral("latitude"), r.value(QStringLiteral("latitude")).toDouble());
        o.insert(QStringLiteral("longitude"), r.value(QStringLiteral("longitude")).toDouble());
    }
    for (const char* key : {"workstation", "centre"}) {
        if (!r.isNull(QLatin1String(key)))
            o.insert(QLatin1String(key), r.value(QLatin1String(key)).toString());
    }
    o.insert(QStringLiteral("received_by"), r.value(QStringLiteral("received_by")).toString());
    o.insert(QStringLiteral("received_at"), r.value(QStringLiteral("received_at")).toString());

    QJsonArray needs;
    q.prepare(QStringLiteral("SELECT id, taxonomy_term_id, term_code, term_name, met, unmet_reason, note FROM "
                             "hub_caller_need WHERE call_id = ? ORDER BY position"));
    q.addBindValue(id);
    if (!q.exec())
        return Error{q.lastError().text()};
    while (q.next()) {
        QJsonObject n;
        for (const char* key : {"id", "taxonomy_term_id", "term_code", "term_name", "unmet_reason", "note"})
            n.insert(QLatin1String(key), orNull(q.record().value(QLatin1String(key))));
        n.insert(QStringLiteral("met"), q.isNull(4) ? QJsonValue(QJsonValue::Null) : QJsonValue(q.value(4).toBool()));
        needs.append(n);
    }
    o.insert(QStringLiteral("needs"), needs);

    QJsonArray referrals;
    q.prepare(
        QStringLiteral("SELECT id, need_id, service_id, location_id, service_at_location_id, service_name, "
                       "organization_name, %1 AS created_at FROM hub_referral WHERE call_id = ? ORDER BY position")
            .arg(hub::isoColumn(QStringLiteral("created_at"))));
    q.addBindValue(id);
    if (!q.exec())
        return Error{q.lastError().text()};
    while (q.next()) {
        QJsonObject ref;
        for (const char* key : {"id",
                                "need_id",
                                "service_id",
                                "location_id",
                                "service_at_location_id",
                                "service_name",
                                "organization_name",
                                "created_at"})
            ref.insert(QLatin1String(key), orNull(q.record().value(QLatin1String(key))));
        referrals.append(ref);
    }
    o.insert(QStringLiteral("referrals"), referrals);

    q.prepare(QStringLiteral("SELECT id, %1 AS due_at, consent, state, %2 AS done_at, done_by, outcome FROM "
                             "hub_follow_up WHERE call_id = ?")
                  .arg(hub::isoColumn(QStringLiteral("due_at")), hub::isoColumn(QStringLiteral("done_at"))));
    q.addBindValue(id);
    if (!q.exec())
        return Error{q.lastError().text()};
    if (q.next()) {
        QJsonObject fu{{QStringLiteral("id"), q.value(0).toString()},
                       {QStringLiteral("due_at"), orNull(q.value(1))},
                       {QStringLiteral("consent"), q.value(2).toBool()},
                       {QStringLiteral("state"), q.value(3).toString()}};
        for (const char* key : {"done_at", "done_by", "outcome"}) {
            if (!q.record().isNull(QLatin1String(key)))
                fu.insert(QLatin1String(key), q.record().value(QLatin1String(key)).toString());
        }
        o.insert(QStringLiteral("follow_up"), fu);
    }
    return std::optional<QJsonObject>(o);
}

Result<CallCounts> CallIntake::counts()
{
    QSqlQuery q(m_db);
    if (!q.exec(QStringLiteral("SELECT (SELECT count(*) FROM hub_call), (SELECT count(*) FROM hub_caller_need), "
                               "(SELECT count(*) FROM hub_referral), (SELECT count(*) FROM hub_follow_up)"))
        || !q.next())
        return Error{q.lastError().text()};
    return CallCounts{
        q.value(0).toLongLong(), q.value(1).toLongLong(), q.value(2).toLongLong(), q.value(3).toLongLong()};
}

} // namespace open211
