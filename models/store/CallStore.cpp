#include "store/CallStore.h"

#include "security/CallerKeys.h"
#include "store/Database.h"
#include "store/IsoTime.h"
#include "store/Statement.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QUuid>

namespace open211 {

namespace {

void bindOptionalText(Statement& s, int i, const QString& v)
{
    if (v.isEmpty())
        s.bindNull(i);
    else
        s.bindText(i, v);
}

// What identifies a caller is sealed before it is written (CallerKeys); a value still sealed (a
// call whose key this session does not hold) goes back as it was read.
bool bindSealed(Statement& s, int i, const QString& v, const QString& context)
{
    if (v.isEmpty() || CallerKeys::isSealed(v)) {
        bindOptionalText(s, i, v);
        return true;
    }
    const auto sealed = CallerKeys::seal(v, context);
    if (!sealed)
        return false;
    s.bindText(i, *sealed);
    return true;
}

// A sealed value opened; when it does not open the sealed text stays and the call says so.
QString opened(const QString& stored, const QString& context, bool* locked)
{
    if (auto plain = CallerKeys::open(stored, context))
        return *plain;
    *locked = true;
    return stored;
}

// Whether an upload carries a caller's name, phone or notes.
bool identifies(const QJsonObject& payload)
{
    const auto has = [](const QJsonValue& v) {
        return v.isString() && !v.toString().isEmpty();
    };
    for (const char* field : {"caller_name", "caller_phone", "notes", "outcome"}) {
        if (has(payload.value(QLatin1String(field))))
            return true;
    }
    const QJsonArray needs = payload.value(QLatin1String("needs")).toArray();
    return std::any_of(needs.begin(), needs.end(), [&](const QJsonValue& n) { return has(n[QLatin1String("note")]); });
}

QString newId()
{
    return QUuid::createUuid().toString(QUuid::WithoutBraces);
}

const char* const CallColumns = "id, started_at, ended_at, specialist, contact_type, heard_about, municipality, "
                                "postal_code, latitude, longitude, age_group, gender, language, interpreter_used, "
                                "third_party, consent_recorded, caller_name, caller_phone, notes, disposition, "
                                "state, updated_at, version";

} // namespace

struct CallStore::WriteStatements
{
    Statement call, deleteReferrals, deleteNeeds, deleteFollowUp, need, referral, followUp;
};

CallStore::CallStore(Database& db)
    : m_db(db)
{ }

CallStore::~CallStore() = default;

Call CallStore::newCall(const QString& specialist, const QDateTime& now)
{
    Call c;
    c.id = newId();
    c.startedAt = now.toUTC();
    c.updatedAt = c.startedAt;
    c.specialist = specialist;
    return c;
}

Error CallStore::lockedError()
{
    return Error{tr("The caller's name, phone and notes cannot be saved while the workstation is locked: sign in "
                    "first.")};
}

Status CallStore::write(const Call& call)
{
    if (call.id.isEmpty() || !call.startedAt.isValid())
        return Error{tr("The call has no id or start time; it was not saved.")};
    if (!m_write) {
        m_write = std::make_unique<WriteStatements>();
        m_write->call = Statement(
            m_db,
            QStringLiteral("INSERT INTO call (%1) VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12, ?13, "
                           "?14, ?15, ?16, ?17, ?18, ?19, ?20, ?21, ?22, ?23) ON CONFLICT(id) DO UPDATE SET "
                           "started_at=?2, ended_at=?3, specialist=?4, contact_type=?5, heard_about=?6, "
                           "municipality=?7, postal_code=?8, latitude=?9, longitude=?10, age_group=?11, "
                           "gender=?12, language=?13, interpreter_used=?14, third_party=?15, "
                           "consent_recorded=?16, caller_name=?17, caller_phone=?18, notes=?19, "
                           "disposition=?20, state=?21, updated_at=?22, version=?23")
                .arg(QLatin1String(CallColumns)));
        m_write->deleteReferrals = Statement(m_db, QStringLiteral("DELETE FROM referral WHERE call_id = ?"));
        m_write->deleteNeeds = Statement(m_db, QStringLiteral("DELETE FROM caller_need WHERE call_id = ?"));
        m_write->deleteFollowUp = Statement(m_db, QStringLiteral("DELETE FROM follow_up WHERE call_id = ?"));
        m_write->need
            = Statement(m_db,
                        QStringLiteral("INSERT INTO caller_need (id, call_id, position, taxonomy_term_id, term_code, "
                                       "term_name, met, unmet_reason, note) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)"));
        m_write->referral
            = Statement(m_db,
                        QStringLiteral("INSERT INTO referral (id, call_id, need_id, position, service_id, location_id, "
                                       "service_at_location_id, service_name, organization_name, created_at) "
                                       "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"));
        m_write->followUp
            = Statement(m_db,
                        QStringLiteral("INSERT INTO follow_up (id, call_id, due_at, consent, state, done_at, done_by, "
                                       "outcome) VALUES (?, ?, ?, ?, ?, ?, ?, ?)"));
    }
    Statement& up = m_write->call;
    up.reset();
    up.bindText(1, call.id);
    up.bindText(2, isoUtc(call.startedAt));
    bindOptionalText(up, 3, isoUtc(call.endedAt));
    up.bindText(4, call.specialist);
    bindOptionalText(up, 5, call.contactType);
    bindOptionalText(up, 6, call.heardAbout);
    bindOptionalText(up, 7, call.municipality);
    bindOptionalText(up, 8, call.postalCode);
    if (call.latitude && call.longitude) {
        up.bindDouble(9, *call.latitude);
        up.bindDouble(10, *call.longitude);
    } else {
        up.bindNull(9);
        up.bindNull(10);
    }
    bindOptionalText(up, 11, call.ageGroup);
    bindOptionalText(up, 12, call.gender);
    bindOptionalText(up, 13, call.language);
    up.bindInt(14, call.interpreterUsed);
    up.bindInt(15, call.thirdParty);
    up.bindInt(16, call.consentRecorded);
    // Without consent the caller's name and phone are not kept, whatever was typed.
    if (!bindSealed(up, 17, call.consentRecorded ? call.callerName : QString(), u"call.caller_name:" + call.id)
        || !bindSealed(up, 18, call.consentRecorded ? call.callerPhone : QString(), u"call.caller_phone:" + call.id)
        || !bindSealed(up, 19, call.notes, u"call.notes:" + call.id))
        return lockedError();
    bindOptionalText(up, 20, call.disposition);
    up.bindText(21, call.state);
    up.bindText(22, isoUtc(call.updatedAt.isValid() ? call.updatedAt : QDateTime::currentDateTimeUtc()));
    up.bindInt(23, call.version);
    if (!up.exec())
        return Error{tr("The call could not be saved: %1").arg(up.error())};

    for (Statement* del : {&m_write->deleteReferrals, &m_write->deleteNeeds, &m_write->deleteFollowUp}) {
        del->reset();
        del->bindText(1, call.id);
        if (!del->exec())
            return Error{tr("The call could not be saved: %1").arg(del->error())};
    }
    Statement& need = m_write->need;
    for (int i = 0; i < call.needs.size(); ++i) {
        const CallerNeed& n = call.needs[i];
        need.reset();
        need.bindText(1, n.id);
        need.bindText(2, call.id);
        need.bindInt(3, i);
        bindOptionalText(need, 4, n.taxonomyTermId);
        bindOptionalText(need, 5, n.termCode);
        need.bindText(6, n.termName);
        if (n.met)
            need.bindInt(7, *n.met ? 1 : 0);
        else
            need.bindNull(7);
        bindOptionalText(need, 8, n.met == false ? n.unmetReason : QString());
        if (!bindSealed(need, 9, n.note, u"caller_need.note:" + n.id))
            return lockedError();
        if (!need.exec())
            return Error{tr("The need \"%1\" could not be saved: %2").arg(n.termName, need.error())};
    }
    Statement& ref = m_write->referral;
    for (int i = 0; i < call.referrals.size(); ++i) {
        const Referral& r = call.referrals[i];
        ref.reset();
        ref.bindText(1, r.id);
        ref.bindText(2, call.id);
        const bool needKnown
            = std::any_of(call.needs.begin(), call.needs.end(), [&](const CallerNeed& n) { return n.id == r.needId; });
        bindOptionalText(ref, 3, needKnown ? r.needId : QString());
        ref.bindInt(4, i);
        ref.bindText(5, r.serviceId);
        bindOptionalText(ref, 6, r.locationId);
        bindOptionalText(ref, 7, r.serviceAtLocationId);
        ref.bindText(8, r.serviceName);
        bindOptionalText(ref, 9, r.organizationName);
        ref.bindText(10, isoUtc(r.createdAt.isValid() ? r.createdAt : call.updatedAt));
        if (!ref.exec())
            return Error{tr("The referral to \"%1\" could not be saved: %2").arg(r.serviceName, ref.error())};
    }
    if (call.followUp) {
        const FollowUp& f = *call.followUp;
        Statement& fu = m_write->followUp;
        fu.reset();
        fu.bindText(1, f.id.isEmpty() ? call.id + QStringLiteral("-follow-up") : f.id);
        fu.bindText(2, call.id);
        fu.bindText(3, isoUtc(f.dueAt.isValid() ? f.dueAt : call.startedAt.addDays(2)));
        fu.bindInt(4, f.consent);
        fu.bindText(5, f.state);
        bindOptionalText(fu, 6, isoUtc(f.doneAt));
        bindOptionalText(fu, 7, f.doneBy);
        if (!bindSealed(fu, 8, f.outcome, u"follow_up.outcome:" + call.id))
            return lockedError();
        if (!fu.exec())
            return Error{tr("The follow-up could not be saved: %1").arg(fu.error())};
    }
    return {};
}

Status CallStore::save(const Call& call)
{
    Transaction tx(m_db);
    if (!tx.active())
        return Error{tr("The call could not be saved: %1").arg(tx.error())};
    if (auto st = write(call); !st)
        return st;
    return tx.commit();
}

Status CallStore::saveMany(const QList<Call>& calls)
{
    Transaction tx(m_db);
    if (!tx.active())
        return Error{tr("The calls could not be saved: %1").arg(tx.error())};
    for (const Call& call : calls) {
        if (auto st = write(call); !st)
            return st;
    }
    return tx.commit();
}

Result<int> CallStore::purgeIdentifying(const QDateTime& endedBefore, const QString& by)
{
    Transaction tx(m_db);
    if (!tx.active())
        return Error{tr("Old callers' details could not be removed: %1").arg(tx.error())};
    // Only what the hub has accepted (its upload, keyed by the call, was sent): a call still
    // waiting keeps everything. Read through the indexes of what still identifies someone.
    const QString uploaded = QStringLiteral(
        "c.state = 'ended' AND c.ended_at < ?1 AND EXISTS (SELECT 1 FROM outbox o WHERE o.idempotency_key = "
        "'call:' || c.id AND o.state = 'sent')");
    const QString due
        = QStringLiteral(
              "SELECT c.id FROM call c INDEXED BY call_identifying WHERE (c.caller_name IS NOT NULL OR c.caller_phone "
              "IS NOT NULL OR c.notes IS NOT NULL) AND %1 UNION SELECT c.id FROM caller_need n INDEXED BY "
              "caller_need_noted CROSS JOIN call c ON c.id = n.call_id WHERE n.note IS NOT NULL AND %1")
              .arg(uploaded);
    Statement ids(m_db, due);
    ids.bindText(1, isoUtc(endedBefore));
    QStringList purged;
    while (ids.next())
        purged << ids.text(0);
    if (!ids.error().isEmpty())
        return Error{tr("Old callers' details could not be removed: %1").arg(ids.error())};
    Statement call(
        m_db, QStringLiteral("UPDATE call SET caller_name = NULL, caller_phone = NULL, notes = NULL WHERE id = ?"));
    Statement needs(m_db, QStringLiteral("UPDATE caller_need SET note = NULL WHERE call_id = ?"));
    // The upload the hub accepted carried the same details: it keeps only that it was sent.
    Statement upload(m_db,
                     QStringLiteral("UPDATE outbox SET payload = '{}' WHERE idempotency_key = 'call:' || ? AND "
                                    "state = 'sent'"));
    for (const QString& id : std::as_const(purged)) {
        for (Statement* s : {&call, &needs, &upload}) {
            s->reset();
            s->bindText(1, id);
            if (!s->exec())
                return Error{tr("Old callers' details could not be removed: %1").arg(s->error())};
        }
    }
    if (!purged.isEmpty()) {
        Statement audit(m_db,
                        QStringLiteral("INSERT INTO audit_log (at, user_name, action, entity_type, entity_id, detail) "
                                       "VALUES (?, ?, 'purge_identifying', 'call', NULL, ?)"));
        audit.bindText(1, isoUtc(QDateTime::currentDateTimeUtc()));
        audit.bindText(2, by);
        audit.bindText(3, QStringLiteral("%1 calls ended before %2").arg(purged.size()).arg(isoUtc(endedBefore)));
        if (!audit.exec())
            return Error{tr("Old callers' details could not be removed: %1").arg(audit.error())};
    }
    if (auto st = tx.commit(); !st)
        return Error{tr("Old callers' details could not be removed: %1").arg(st.error())};
    return int(purged.size());
}

Result<Call> CallStore::load(const QString& id) const
{
    Statement s(m_db, QStringLiteral("SELECT %1 FROM call WHERE id = ?").arg(QLatin1String(CallColumns)));
    s.bindText(1, id);
    if (!s.next()) {
        if (!s.error().isEmpty())
            return Error{tr("The call could not be read: %1").arg(s.error())};
        return Error{tr("There is no call \"%1\".").arg(id)};
    }
    Call c;
    c.id = s.text(0);
    c.startedAt = fromIsoUtc(s.text(1));
    c.endedAt = fromIsoUtc(s.text(2));
    c.specialist = s.text(3);
    c.contactType = s.text(4);
    c.heardAbout = s.text(5);
    c.municipality = s.text(6);
    c.postalCode = s.text(7);
    if (!s.isNull(8) && !s.isNull(9)) {
        c.latitude = s.real(8);
        c.longitude = s.real(9);
    }
    c.ageGroup = s.text(10);
    c.gender = s.text(11);
    c.language = s.text(12);
    c.interpreterUsed = s.integer(13) != 0;
    c.thirdParty = s.integer(14) != 0;
    c.consentRecorded = s.integer(15) != 0;
    c.callerName = opened(s.text(16), u"call.caller_name:" + c.id, &c.detailsLocked);
    c.callerPhone = opened(s.text(17), u"call.caller_phone:" + c.id, &c.detailsLocked);
    c.notes = opened(s.text(18), u"call.notes:" + c.id, &c.detailsLocked);
    c.disposition = s.text(19);
    c.state = s.text(20);
    c.updatedAt = fromIsoUtc(s.text(21));
    c.version = s.integer(22);

    Statement n(m_db,
                QStringLiteral("SELECT id, taxonomy_term_id, term_code, term_name, met, unmet_reason, note FROM "
                               "caller_need WHERE call_id = ? ORDER BY position"));
    n.bindText(1, id);
    while (n.next()) {
        CallerNeed need;
        need.id = n.text(0);
        need.taxonomyTermId = n.text(1);
        need.termCode = n.text(2);
        need.termName = n.text(3);
        if (!n.isNull(4))
            need.met = n.integer(4) != 0;
        need.unmetReason = n.text(5);
        need.note = opened(n.text(6), u"caller_need.note:" + need.id, &c.detailsLocked);
        c.needs.append(need);
    }
    Statement r(m_db,
                QStringLiteral("SELECT id, need_id, service_id, location_id, service_at_location_id, service_name, "
                               "organization_name, created_at FROM referral WHERE call_id = ? ORDER BY position"));
    r.bindText(1, id);
    while (r.next()) {
        Referral ref;
        ref.id = r.text(0);
        ref.needId = r.text(1);
        ref.serviceId = r.text(2);
        ref.locationId = r.text(3);
        ref.serviceAtLocationId = r.text(4);
        ref.serviceName = r.text(5);
        ref.organizationName = r.text(6);
        ref.createdAt = fromIsoUtc(r.text(7));
        c.referrals.append(ref);
    }
    Statement f(m_db,
                QStringLiteral("SELECT id, due_at, consent, state, done_at, done_by, outcome FROM follow_up WHERE "
                               "call_id = ?"));
    f.bindText(1, id);
    if (f.next()) {
        FollowUp fu;
        fu.id = f.text(0);
        fu.dueAt = fromIsoUtc(f.text(1));
        fu.consent = f.integer(2) != 0;
        fu.state = f.text(3);
        fu.doneAt = fromIsoUtc(f.text(4));
        fu.doneBy = f.text(5);
        fu.outcome = opened(f.text(6), u"follow_up.outcome:" + c.id, &c.detailsLocked);
        c.followUp = fu;
    }
    if (!n.error().isEmpty() || !r.error().isEmpty() || !f.error().isEmpty())
        return Error{tr("The call could not be read: %1").arg(n.error() + r.error() + f.error())};
    return c;
}

Result<std::optional<Call>> CallStore::openCall() const
{
    Statement s(m_db, QStringLiteral("SELECT id FROM call WHERE state = 'open' ORDER BY updated_at DESC LIMIT 1"));
    if (!s.next()) {
        if (!s.error().isEmpty())
            return Error{tr("The calls could not be read: %1").arg(s.error())};
        return std::optional<Call>();
    }
    const QString id = s.text(0);
    s = Statement();
    auto call = load(id);
    if (!call)
        return Error{call.error()};
    return std::optional<Call>(std::move(call).value());
}

QJsonObject CallStore::toJson(const Call& call)
{
    // A value still sealed (its key is not here) is not sent as if it were the caller's.
    const auto opt = [](const QString& v) {
        return v.isEmpty() || CallerKeys::isSealed(v) ? QJsonValue(QJsonValue::Null) : QJsonValue(v);
    };
    QJsonArray needs;
    for (const CallerNeed& n : call.needs) {
        needs.append(QJsonObject{{QStringLiteral("id"), n.id},
                                 {QStringLiteral("taxonomy_term_id"), opt(n.taxonomyTermId)},
                                 {QStringLiteral("term_code"), opt(n.termCode)},
                                 {QStringLiteral("term_name"), n.termName},
                                 {QStringLiteral("met"), n.met ? QJsonValue(*n.met) : QJsonValue(QJsonValue::Null)},
                                 {QStringLiteral("unmet_reason"), opt(n.met == false ? n.unmetReason : QString())},
                                 {QStringLiteral("note"), opt(n.note)}});
    }
    QJsonArray referrals;
    for (const Referral& r : call.referrals) {
        referrals.append(QJsonObject{{QStringLiteral("id"), r.id},
                                     {QStringLiteral("need_id"), opt(r.needId)},
                                     {QStringLiteral("service_id"), r.serviceId},
                                     {QStringLiteral("location_id"), opt(r.locationId)},
                                     {QStringLiteral("service_at_location_id"), opt(r.serviceAtLocationId)},
                                     {QStringLiteral("service_name"), r.serviceName},
                                     {QStringLiteral("organization_name"), opt(r.organizationName)},
                                     {QStringLiteral("created_at"), isoUtc(r.createdAt)}});
    }
    QJsonObject o{{QStringLiteral("id"), call.id},
                  {QStringLiteral("started_at"), isoUtc(call.startedAt)},
                  {QStringLiteral("ended_at"), opt(isoUtc(call.endedAt))},
                  {QStringLiteral("specialist"), call.specialist},
                  {QStringLiteral("contact_type"), opt(call.contactType)},
                  {QStringLiteral("heard_about"), opt(call.heardAbout)},
                  {QStringLiteral("municipality"), opt(call.municipality)},
                  {QStringLiteral("postal_code"), opt(call.postalCode)},
                  {QStringLiteral("age_group"), opt(call.ageGroup)},
                  {QStringLiteral("gender"), opt(call.gender)},
                  {QStringLiteral("language"), opt(call.language)},
                  {QStringLiteral("interpreter_used"), call.interpreterUsed},
                  {QStringLiteral("third_party"), call.thirdParty},
                  {QStringLiteral("consent_recorded"), call.consentRecorded},
                  {QStringLiteral("caller_name"), opt(call.consentRecorded ? call.callerName : QString())},
                  {QStringLiteral("caller_phone"), opt(call.consentRecorded ? call.callerPhone : QString())},
                  {QStringLiteral("notes"), opt(call.notes)},
                  {QStringLiteral("disposition"), opt(call.disposition)},
                  {QStringLiteral("needs"), needs},
                  {QStringLiteral("referrals"), referrals}};
    if (call.latitude && call.longitude) {
        o.insert(QStringLiteral("latitude"), *call.latitude);
        o.insert(QStringLiteral("longitude"), *call.longitude);
    }
    if (call.followUp) {
        o.insert(QStringLiteral("follow_up"),
                 QJsonObject{{QStringLiteral("id"), call.followUp->id},
                             {QStringLiteral("due_at"), isoUtc(call.followUp->dueAt)},
                             {QStringLiteral("consent"), call.followUp->consent},
                             {QStringLiteral("state"), call.followUp->state}});
    }
    return o;
}

Status CallStore::enqueue(
    const QString& key, const QString& kind, const QString& entityId, const QJsonObject& payload, const QDateTime& now)
{
    Statement s(m_db,
                QStringLiteral("INSERT INTO outbox (idempotency_key, kind, entity_id, payload, created_at) VALUES "
                               "(?, ?, ?, ?, ?) ON CONFLICT(idempotency_key) DO UPDATE SET payload = excluded.payload "
                               "WHERE outbox.state = 'pending'"));
    s.bindText(1, key);
    s.bindText(2, kind);
    s.bindText(3, entityId);
    // What waits for the hub may name the caller: it is sealed like the call itself. Without a key
    // (tools that load calls) only an upload that names no one is written.
    const QString text = QString::fromUtf8(QJsonDocument(payload).toJson(QJsonDocument::Compact));
    if (CallerKeys::installed()) {
        const auto sealed = CallerKeys::seal(text, u"outbox:" + key);
        if (!sealed)
            return lockedError();
        s.bindText(4, *sealed);
    } else if (identifies(payload)) {
        return lockedError();
    } else {
        s.bindText(4, text);
    }
    s.bindText(5, isoUtc(now));
    if (!s.exec())
        return Error{tr("The call could not be queued for the hub: %1").arg(s.error())};
    return {};
}

Status CallStore::end(Call& call, const QDateTime& now)
{
    Call ended = call;
    ended.state = QStringLiteral("ended");
    if (!ended.endedAt.isValid())
        ended.endedAt = now.toUTC();
    ended.updatedAt = now.toUTC();
    if (ended.followUp && ended.followUp->id.isEmpty())
        ended.followUp->id = ended.id + QStringLiteral("-follow-up");
    Transaction tx(m_db);
    if (!tx.active())
        return Error{tr("The call could not be saved: %1").arg(tx.error())};
    if (auto st = write(ended); !st)
        return st;
    // One entry per call: ending it again (say after a resume) replaces what waits to be sent.
    if (auto st = enqueue(QStringLiteral("call:") + ended.id, QStringLiteral("call"), ended.id, toJson(ended), now);
        !st)
        return st;
    if (auto st = tx.commit(); !st)
        return st;
    call = ended;
    return {};
}

Status CallStore::discard(const QString& id)
{
    Statement s(m_db, QStringLiteral("DELETE FROM call WHERE id = ? AND state = 'open'"));
    s.bindText(1, id);
    if (!s.exec())
        return Error{tr("The call could not be removed: %1").arg(s.error())};
    return {};
}

Result<QList<CallSummary>> CallStore::find(const CallQuery& q) const
{
    QString sql = QStringLiteral(
        "SELECT c.id, c.started_at, c.ended_at, c.specialist, c.municipality, c.disposition, c.state, "
        "(SELECT group_concat(term_name, '\x1f') FROM (SELECT term_name FROM caller_need WHERE call_id = c.id "
        "ORDER BY position)), "
        "(SELECT count(*) FROM caller_need WHERE call_id = c.id AND met = 0), "
        "(SELECT count(*) FROM referral WHERE call_id = c.id), f.due_at, f.state "
        "FROM call c LEFT JOIN follow_up f ON f.call_id = c.id WHERE 1");
    if (q.from.isValid())
        sql += QStringLiteral(" AND c.started_at >= :from");
    if (q.to.isValid())
        sql += QStringLiteral(" AND c.started_at < :to");
    if (!q.specialist.isEmpty())
        sql += QStringLiteral(" AND c.specialist = :specialist");
    if (!q.need.trimmed().isEmpty()) {
        sql += QStringLiteral(" AND EXISTS (SELECT 1 FROM caller_need n WHERE n.call_id = c.id AND "
                              "(n.term_name LIKE :needLike ESCAPE '\\' OR n.term_code LIKE :codeLike ESCAPE '\\'))");
    }
    if (q.followUpDue)
        sql += QStringLiteral(" AND f.state = 'due'");
    sql += q.followUpDue ? QStringLiteral(" ORDER BY f.due_at, c.started_at DESC")
                         : QStringLiteral(" ORDER BY c.started_at DESC");
    sql += QStringLiteral(" LIMIT %1").arg(std::clamp(q.limit, 1, 10000));
    // Named parameters are numbered by first appearance; bind them in that order.
    Statement s(m_db, sql);
    int i = 1;
    const auto localDayStart = [](const QDate& d) {
        return isoUtc(d.startOfDay());
    };
    if (q.from.isValid())
        s.bindText(i++, localDayStart(q.from));
    if (q.to.isValid())
        s.bindText(i++, localDayStart(q.to.addDays(1)));
    if (!q.specialist.isEmpty())
        s.bindText(i++, q.specialist);
    if (!q.need.trimmed().isEmpty()) {
        QString words = q.need.trimmed();
        words.replace(u'\\', QStringLiteral("\\\\"))
            .replace(u'%', QStringLiteral("\\%"))
            .replace(u'_', QStringLiteral("\\_"));
        s.bindText(i++, u'%' + words + u'%');
        s.bindText(i++, words + u'%');
    }
    QList<CallSummary> out;
    while (s.next()) {
        CallSummary c;
        c.id = s.text(0);
        c.startedAt = fromIsoUtc(s.text(1));
        c.endedAt = fromIsoUtc(s.text(2));
        c.specialist = s.text(3);
        c.municipality = s.text(4);
        c.disposition = s.text(5);
        c.state = s.text(6);
        if (!s.isNull(7))
            c.needs = s.text(7).split(QChar(0x1f));
        c.unmetNeeds = int(s.integer(8));
        c.referrals = int(s.integer(9));
        c.followUpDue = fromIsoUtc(s.text(10));
        c.followUpState = s.text(11);
        out.append(c);
    }
    if (!s.error().isEmpty())
        return Error{tr("The call history could not be read: %1").arg(s.error())};
    return out;
}

Status
CallStore::completeFollowUp(const QString& callId, const QString& outcome, const QString& by, const QDateTime& at)
{
    Transaction tx(m_db);
    if (!tx.active())
        return Error{tr("The follow-up could not be saved: %1").arg(tx.error())};
    Statement s(m_db,
                QStringLiteral("UPDATE follow_up SET state = 'done', done_at = ?, done_by = ?, outcome = ? WHERE "
                               "call_id = ? AND state = 'due' RETURNING id, due_at"));
    s.bindText(1, isoUtc(at));
    s.bindText(2, by);
    if (!bindSealed(s, 3, outcome, u"follow_up.outcome:" + callId))
        return lockedError();
    s.bindText(4, callId);
    if (!s.next()) {
        if (!s.error().isEmpty())
            return Error{tr("The follow-up could not be saved: %1").arg(s.error())};
        return Error{tr("This call has no follow-up waiting to be done.")};
    }
    const QString id = s.text(0);
    const QString due = s.text(1);
    s = Statement();
    const QJsonObject payload{{QStringLiteral("id"), id},
                              {QStringLiteral("call_id"), callId},
                              {QStringLiteral("due_at"), due},
                              {QStringLiteral("state"), QStringLiteral("done")},
                              {QStringLiteral("done_at"), isoUtc(at)},
                              {QStringLiteral("done_by"), by},
                              {QStringLiteral("outcome"), outcome}};
    if (auto st = enqueue(QStringLiteral("follow-up:") + id, QStringLiteral("follow_up"), id, payload, at); !st)
        return st;
    return tx.commit();
}

Result<int> CallStore::sealUnsealed()
{
    if (!CallerKeys::installed())
        return lockedError();
    Transaction tx(m_db);
    if (!tx.active())
        return Error{tr("Callers' details could not be sealed: %1").arg(tx.error())};
    // Done once, after the upgrade that began sealing (migration 011): every write since is sealed.
    Statement pending(m_db, QStringLiteral("SELECT 1 FROM seal_pending"));
    if (!pending.next()) {
        if (!pending.error().isEmpty())
            return Error{tr("Callers' details could not be sealed: %1").arg(pending.error())};
        return 0;
    }
    pending = Statement();
    struct Target
    {
        const char* select; // id (or key) and the value
        const char* update; // value, id
        const char* context; // prefix of the id
    };
    // Read through the indexes of what still identifies someone; call ids for the follow-ups.
    static const Target targets[] = {
        {"SELECT id, caller_name FROM call INDEXED BY call_identifying WHERE caller_name IS NOT NULL",
         "UPDATE call SET caller_name = ?1 WHERE id = ?2",
         "call.caller_name:"},
        {"SELECT id, caller_phone FROM call INDEXED BY call_identifying WHERE caller_phone IS NOT NULL",
         "UPDATE call SET caller_phone = ?1 WHERE id = ?2",
         "call.caller_phone:"},
        {"SELECT id, notes FROM call INDEXED BY call_identifying WHERE notes IS NOT NULL",
         "UPDATE call SET notes = ?1 WHERE id = ?2",
         "call.notes:"},
        {"SELECT id, note FROM caller_need INDEXED BY caller_need_noted WHERE note IS NOT NULL",
         "UPDATE caller_need SET note = ?1 WHERE id = ?2",
         "caller_need.note:"},
        {"SELECT call_id, outcome FROM follow_up WHERE outcome IS NOT NULL AND outcome <> ''",
         "UPDATE follow_up SET outcome = ?1 WHERE call_id = ?2",
         "follow_up.outcome:"},
        {"SELECT idempotency_key, payload FROM outbox WHERE kind IN ('call', 'follow_up') AND payload <> '{}'",
         "UPDATE outbox SET payload = ?1 WHERE idempotency_key = ?2",
         "outbox:"},
    };
    int sealedCount = 0;
    for (const Target& t : targets) {
        QList<std::pair<QString, QString>> plain;
        Statement read(m_db, QString::fromLatin1(t.select));
        while (read.next()) {
            const QString value = read.text(1);
            if (!CallerKeys::isSealed(value))
                plain.append({read.text(0), value});
        }
        if (!read.error().isEmpty())
            return Error{tr("Callers' details could not be sealed: %1").arg(read.error())};
        Statement write(m_db, QString::fromLatin1(t.update));
        for (const auto& [id, value] : std::as_const(plain)) {
            const auto sealed = CallerKeys::seal(value, QLatin1String(t.context) + id);
            if (!sealed)
                return lockedError();
            write.reset();
            write.bindText(1, *sealed);
            write.bindText(2, id);
            if (!write.exec())
                return Error{tr("Callers' details could not be sealed: %1").arg(write.error())};
            ++sealedCount;
        }
    }
    Statement done(m_db, QStringLiteral("DELETE FROM seal_pending"));
    if (!done.exec())
        return Error{tr("Callers' details could not be sealed: %1").arg(done.error())};
    if (auto st = tx.commit(); !st)
        return Error{tr("Callers' details could not be sealed: %1").arg(st.error())};
    return sealedCount;
}

Result<QStringList> CallStore::specialists() const
{
    Statement s(m_db, QStringLiteral("SELECT DISTINCT specialist FROM call WHERE specialist <> '' ORDER BY 1"));
    QStringList out;
    while (s.next())
        out << s.text(0);
    if (!s.error().isEmpty())
        return Error{s.error()};
    return out;
}

} // namespace open211
