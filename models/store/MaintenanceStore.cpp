#include "store/MaintenanceStore.h"

#include "geo/Gazetteer.h"
#include "import/ImportBatch.h"
#include "store/Database.h"
#include "store/IsoTime.h"
#include "store/ResourceHistory.h"
#include "store/ResourceStore.h"
#include "store/SearchIndex.h"
#include "store/Statement.h"
#include "store/SyncStore.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QUuid>
#include <functional>

namespace open211 {

using namespace hsds;

bool Editor::roleCanEdit(const QString& role)
{
    return role == QLatin1String("resource_specialist") || role == QLatin1String("supervisor")
        || role == QLatin1String("admin");
}

bool Editor::roleSupervises(const QString& role)
{
    return role == QLatin1String("supervisor") || role == QLatin1String("admin");
}

QString ResourceRecord::label() const
{
    const auto f = [this](const char* name) {
        return fields.value(QLatin1String(name)).toString().trimmed();
    };
    if (!description.isEmpty())
        return description;
    switch (table) {
    case Table::Phone:
        return f("extension").isEmpty() ? f("number")
                                        : MaintenanceStore::tr("%1 ext. %2").arg(f("number"), f("extension"));
    case Table::Schedule: {
        QString hours = f("opens_at").left(5);
        if (!f("closes_at").isEmpty())
            hours += u'–' + f("closes_at").left(5);
        const QString when = QStringList{f("byday"), hours}.join(u' ').trimmed();
        return when.isEmpty() ? f("description") : when;
    }
    case Table::Language:
        return f("name").isEmpty() ? f("code") : f("name");
    case Table::Address:
        return QStringList{f("address_1"), f("city")}.join(QStringLiteral(", "));
    case Table::CostOption:
        return f("amount").isEmpty() ? f("option") : QStringList{f("option"), f("amount")}.join(u' ').trimmed();
    case Table::RequiredDocument:
        return f("document");
    case Table::Accessibility:
        return f("description");
    case Table::Attribute:
        return f("taxonomy_term_id");
    case Table::ServiceAtLocation:
        return f("location_id");
    default:
        break;
    }
    return f("name").isEmpty() ? id : f("name");
}

namespace {

// Services, organizations and taxonomy terms whose search entries a change touches.
struct Touched
{
    QStringList services, organizations, terms;
};

QString fieldList(const TableInfo& ti, const QString& prefix = {})
{
    QStringList columns;
    for (const Field& f : ti.fields)
        columns << prefix + f.name;
    return columns.join(QStringLiteral(", "));
}

// A stored row, read with fieldList() then version and last_modified, as a record.
ResourceRecord recordFrom(Table table, Statement& s)
{
    const TableInfo& ti = info(table);
    ResourceRecord r;
    r.table = table;
    const int n = int(ti.fields.size());
    r.id = s.text(0);
    for (int i = 1; i < n; ++i) {
        if (!s.isNull(i))
            r.fields.insert(ti.fields[i].name, s.value(i));
    }
    r.version = s.integer(n);
    r.lastModified = s.text(n + 1);
    return r;
}

QVariantList valuesOf(const TableInfo& ti, const QString& id, const QVariantMap& fields)
{
    QVariantList values;
    for (const Field& f : ti.fields)
        values << (f.name == QLatin1String("id") ? QVariant(id) : fields.value(f.name));
    return values;
}

QJsonObject jsonOf(const TableInfo& ti, const QVariantList& values)
{
    QJsonObject o;
    for (int i = 0; i < ti.fields.size(); ++i) {
        const QString text = ResourceHistory::text(ti.fields[i], values.at(i));
        if (text.isEmpty())
            continue;
        if (ti.fields[i].type == Type::Text)
            o.insert(ti.fields[i].name, text);
        else
            o.insert(ti.fields[i].name, values.at(i).toDouble());
    }
    return o;
}

bool sameValues(const TableInfo& ti, const QVariantList& a, const QVariantList& b)
{
    for (int i = 1; i < ti.fields.size(); ++i) {
        if (ResourceHistory::text(ti.fields[i], a.value(i)) != ResourceHistory::text(ti.fields[i], b.value(i)))
            return false;
    }
    return true;
}

Error notAllowed()
{
    return Error{MaintenanceStore::tr("Only resource specialists, supervisors and admins may change resource "
                                      "records. Use “Suggest a change” to tell them what is wrong.")};
}

// The edits a form makes to one record, written here: the row, its history, the outbox, and which
// search entries to refresh. Runs inside the caller's transaction.
class RecordWriter
{
public:
    RecordWriter(Database& db, const Editor& editor, QString origin = QStringLiteral("workstation"))
        : m_db(db)
        , m_editor(editor)
        , m_origin(std::move(origin))
        , m_history(db)
    { }

    // Checks and converts a form's fields (trimmed, empty as nothing, postal codes in shape,
    // taxonomy codes as term ids, references that exist here).
    Result<std::pair<QVariantList, QList<FieldProblem>>> prepare(Table table, const QString& id, QVariantMap fields)
    {
        const TableInfo& ti = info(table);
        fields.remove(QStringLiteral("id"));
        fields.remove(QStringLiteral("version"));
        fields.remove(QStringLiteral("last_modified"));
        for (auto it = fields.begin(); it != fields.end();) {
            if (it->typeId() == QMetaType::QString) {
                const QString t = it->toString().trimmed();
                if (t.isEmpty()) {
                    it = fields.erase(it);
                    continue;
                }
                *it = t;
            } else if (!it->isValid() || it->isNull()) {
                it = fields.erase(it);
                continue;
            }
            ++it;
        }
        if (table == Table::Address) {
            if (auto code = RecordValidator::canadianPostalCode(fields.value(QStringLiteral("postal_code")).toString()))
                fields.insert(QStringLiteral("postal_code"), *code);
        }
        if (table == Table::Attribute) {
            // A term picked by its code is stored by its id.
            const QString term = fields.value(QStringLiteral("taxonomy_term_id")).toString();
            Statement s(m_db,
                        QStringLiteral("SELECT id FROM taxonomy_term WHERE id = ?1 UNION ALL SELECT id FROM "
                                       "taxonomy_term WHERE code = ?1 LIMIT 1"));
            s.bindText(1, term);
            if (!term.isEmpty() && s.next())
                fields.insert(QStringLiteral("taxonomy_term_id"), s.text(0));
        }
        QVariantMap withId = fields;
        withId.insert(QStringLiteral("id"), id);
        QList<FieldProblem> problems = RecordValidator(m_db).check(table, withId);
        QVariantList values;
        for (const Field& f : ti.fields) {
            auto v = convertField(f, withId.value(f.name), ti.name);
            values << (v ? std::move(v).value() : QVariant());
        }
        // References to records this workstation holds.
        const auto exists = [&](const TableInfo& target, const QString& targetId) {
            Statement s(m_db, QStringLiteral("SELECT 1 FROM %1 WHERE id = ?").arg(target.name));
            s.bindText(1, targetId);
            return s.next();
        };
        for (int i = 1; i < ti.fields.size(); ++i) {
            const TableInfo* target = referencedTable(table, ti.fields[i].name);
            const QString ref = ResourceHistory::text(ti.fields[i], values[i]);
            if (!target || ref.isEmpty() || target->table == Table::TaxonomyTerm)
                continue;
            if (!exists(*target, ref))
                problems.append(
                    {ti.fields[i].name, MaintenanceStore::tr("There is no %1 “%2”.").arg(target->name, ref)});
        }
        if (table == Table::Attribute) {
            const TableInfo* target = byName(fields.value(QStringLiteral("link_entity")).toString());
            const QString ref = fields.value(QStringLiteral("link_id")).toString();
            if (!target)
                problems.append({QStringLiteral("link_entity"),
                                 MaintenanceStore::tr("“%1” is not a kind of record.")
                                     .arg(fields.value(QStringLiteral("link_entity")).toString())});
            else if (!ref.isEmpty() && !exists(*target, ref))
                problems.append(
                    {QStringLiteral("link_id"), MaintenanceStore::tr("There is no %1 “%2”.").arg(target->name, ref)});
        }
        return std::pair(values, problems);
    }

    // Writes the row (keeping `version`: the hub's version the change is based on), keeps its
    // history and, when `queue`, queues it for the hub.
    Status write(Table table,
                 const QString& id,
                 const QVariantList& values,
                 const std::optional<ResourceHistory::Row>& before,
                 qint64 version,
                 bool queue)
    {
        const TableInfo& ti = info(table);
        QStringList sets;
        for (const Field& f : ti.fields) {
            if (f.name != QLatin1String("id"))
                sets << QStringLiteral("%1 = excluded.%1").arg(f.name);
        }
        Statement s(m_db,
                    QStringLiteral("INSERT INTO %1 (%2, version, last_modified) VALUES (%3?, ?) ON CONFLICT(id) DO "
                                   "UPDATE SET %4, version = excluded.version, last_modified = excluded.last_modified")
                        .arg(ti.name,
                             fieldList(ti),
                             QStringLiteral("?, ").repeated(ti.fields.size()),
                             sets.join(QStringLiteral(", "))));
        const int n = int(ti.fields.size());
        for (int i = 0; i < n; ++i)
            s.bind(i + 1, values[i]);
        s.bindInt(n + 1, version);
        const QString now = isoUtc(QDateTime::currentDateTimeUtc());
        s.bindText(n + 2, now);
        if (!s.exec())
            return Error{MaintenanceStore::tr("The record could not be saved: %1").arg(s.error())};
        if (auto st = m_history.record(
                table, id, before ? &before->values : nullptr, &values, m_editor.username, m_origin, now);
            !st)
            return st;
        touch(table, id, values);
        if (before)
            touch(table, id, before->values);
        if (queue)
            return SyncStore(m_db).queueEdit(ti.name, id, jsonOf(ti, values), version);
        return {};
    }

    Status removeRow(Table table, const QString& id, const ResourceHistory::Row& before, bool queue)
    {
        const TableInfo& ti = info(table);
        Statement s(m_db, QStringLiteral("DELETE FROM %1 WHERE id = ?").arg(ti.name));
        s.bindText(1, id);
        if (!s.exec())
            return Error{MaintenanceStore::tr("The record could not be removed: %1").arg(s.error())};
        if (auto st = m_history.record(table,
                                       id,
                                       &before.values,
                                       nullptr,
                                       m_editor.username,
                                       m_origin,
                                       isoUtc(QDateTime::currentDateTimeUtc()));
            !st)
            return st;
        touch(table, id, before.values);
        if (queue) {
            return SyncStore(m_db).queueRemoval(
                ti.name, id, ResourceHistory::owner(table, before.values, id), before.version);
        }
        return {};
    }

    ResourceHistory& history() { return m_history; }

    // The search entries refreshed, and readers told, before the caller commits.
    Status finish()
    {
        if (auto st = SearchIndex::refreshChanged(m_db, m_touched.services, m_touched.organizations, m_touched.terms);
            !st)
            return st;
        return ResourceStore(m_db).markChanged();
    }

private:
    void touch(Table table, const QString& id, const QVariantList& values)
    {
        if (table == Table::TaxonomyTerm) {
            m_touched.terms << id;
            return;
        }
        const QString owner = ResourceHistory::owner(table, values, id);
        const QString kind = owner.section(u'/', 0, 0);
        const QString ownerId = owner.section(u'/', 1);
        if (kind == QLatin1String("service")) {
            m_touched.services << ownerId;
        } else if (kind == QLatin1String("organization")) {
            m_touched.organizations << ownerId;
        } else if (kind == QLatin1String("location")) {
            Statement s(m_db, QStringLiteral("SELECT service_id FROM service_at_location WHERE location_id = ?"));
            s.bindText(1, ownerId);
            while (s.next())
                m_touched.services << s.text(0);
        }
    }

    Database& m_db;
    const Editor& m_editor;
    const QString m_origin;
    ResourceHistory m_history;
    Touched m_touched;
};

Status fieldProblems(const QList<FieldProblem>& problems)
{
    QStringList lines;
    for (const FieldProblem& p : problems)
        lines << QStringLiteral("%1: %2").arg(p.field, p.message);
    return Error{MaintenanceStore::tr("The record was not saved:\n%1").arg(lines.join(u'\n'))};
}

} // namespace

// --- reading

Result<ResourceRecord> MaintenanceStore::record(Table table, const QString& id) const
{
    const TableInfo& ti = info(table);
    Statement s(m_db,
                QStringLiteral("SELECT %1, version, last_modified FROM %2 WHERE id = ?").arg(fieldList(ti), ti.name));
    s.bindText(1, id);
    if (!s.next()) {
        if (!s.error().isEmpty())
            return Error{tr("The record could not be read: %1").arg(s.error())};
        return Error{tr("There is no %1 “%2” on this workstation.").arg(ti.name, id)};
    }
    ResourceRecord r = recordFrom(table, s);
    const SyncStore sync(m_db);
    const QString entity = ti.name + u'/' + id;
    auto waiting = sync.isWaiting(entity);
    auto conflict = sync.isWaiting(entity, QStringLiteral("conflict"));
    if (!waiting || !conflict)
        return Error{tr("The record could not be read: %1").arg(waiting ? conflict.error() : waiting.error())};
    r.waitingToUpload = *waiting;
    r.inConflict = *conflict;
    return r;
}

Result<QList<ResourceRecord>>
MaintenanceStore::children(Table child, const QString& parentColumn, const QString& parentId) const
{
    const TableInfo& ti = info(child);
    if (ti.fieldIndex(parentColumn) < 1)
        return Error{tr("A %1 has no field “%2”.").arg(ti.name, parentColumn)};
    Statement s(m_db,
                QStringLiteral("SELECT %1, version, last_modified, EXISTS (SELECT 1 FROM outbox WHERE entity_id = "
                               "'%2/' || id AND state = 'pending'), EXISTS (SELECT 1 FROM outbox WHERE entity_id = "
                               "'%2/' || id AND state = 'conflict') FROM %2 WHERE %3 = ? ORDER BY rowid")
                    .arg(fieldList(ti), ti.name, parentColumn));
    s.bindText(1, parentId);
    QList<ResourceRecord> out;
    const int n = int(ti.fields.size());
    while (s.next()) {
        ResourceRecord r = recordFrom(child, s);
        r.waitingToUpload = s.integer(n + 2) != 0;
        r.inConflict = s.integer(n + 3) != 0;
        out << std::move(r);
    }
    if (!s.error().isEmpty())
        return Error{tr("The records could not be read: %1").arg(s.error())};
    // What a link points to, in words (one statement for all the rows).
    if (child == Table::ServiceAtLocation && !out.isEmpty()) {
        Statement name(m_db,
                       QStringLiteral("SELECT coalesce(l.name, a.address_1 || ', ' || a.city, l.id) FROM location l "
                                      "LEFT JOIN address a ON a.location_id = l.id WHERE l.id = ? LIMIT 1"));
        for (ResourceRecord& r : out) {
            name.reset();
            name.bindText(1, r.fields.value(QStringLiteral("location_id")).toString());
            if (name.next())
                r.description = name.text(0);
        }
    }
    return out;
}

Result<QList<ResourceRecord>> MaintenanceStore::attributes(Table linkedTable, const QString& linkedId) const
{
    const TableInfo& ti = info(Table::Attribute);
    Statement s(
        m_db,
        QStringLiteral("SELECT %1, a.version, a.last_modified, trim(coalesce(t.code, '') || ' ' || "
                       "coalesce(t.name, a.taxonomy_term_id)), EXISTS (SELECT 1 FROM outbox WHERE entity_id = "
                       "'attribute/' || a.id AND state = 'pending') FROM attribute a LEFT JOIN taxonomy_term t "
                       "ON t.id = a.taxonomy_term_id WHERE a.link_entity = ? AND a.link_id = ? ORDER BY t.code, "
                       "a.id")
            .arg(fieldList(ti, QStringLiteral("a."))));
    s.bindText(1, info(linkedTable).name);
    s.bindText(2, linkedId);
    QList<ResourceRecord> out;
    const int n = int(ti.fields.size());
    while (s.next()) {
        ResourceRecord r = recordFrom(Table::Attribute, s);
        r.description = s.text(n + 2);
        r.waitingToUpload = s.integer(n + 3) != 0;
        out << std::move(r);
    }
    if (!s.error().isEmpty())
        return Error{tr("The records could not be read: %1").arg(s.error())};
    return out;
}

Result<QList<std::pair<QString, QString>>>
MaintenanceStore::choices(Table table, const QString& filter, int limit, const QString& organizationId) const
{
    const TableInfo& ti = info(table);
    QString name;
    switch (table) {
    case Table::TaxonomyTerm:
        name = QStringLiteral("trim(coalesce(code, '') || ' ' || name)");
        break;
    case Table::Location:
        name = QStringLiteral("coalesce(name, (SELECT address_1 || ', ' || city FROM address WHERE location_id = "
                              "location.id LIMIT 1), id)");
        break;
    default:
        name = ti.fieldIndex(QStringLiteral("name")) >= 0 ? QStringLiteral("coalesce(name, id)") : QStringLiteral("id");
        break;
    }
    const bool byOrganization = !organizationId.isEmpty() && ti.fieldIndex(QStringLiteral("organization_id")) > 0;
    Statement s(m_db,
                QStringLiteral("SELECT id, n FROM (SELECT id, %1 AS n FROM %2%3) WHERE n LIKE ?1 ESCAPE '\\' "
                               "ORDER BY n COLLATE NOCASE LIMIT ?2")
                    .arg(name, ti.name, byOrganization ? QStringLiteral(" WHERE organization_id = ?3") : QString()));
    QString pattern = filter.trimmed();
    pattern.replace(u'\\', QLatin1String("\\\\"))
        .replace(u'%', QLatin1String("\\%"))
        .replace(u'_', QLatin1String("\\_"));
    s.bindText(1, u'%' + pattern + u'%');
    s.bindInt(2, limit);
    if (byOrganization)
        s.bindText(3, organizationId);
    QList<std::pair<QString, QString>> out;
    while (s.next())
        out.append({s.text(0), s.text(1)});
    if (!s.error().isEmpty())
        return Error{tr("The records could not be read: %1").arg(s.error())};
    return out;
}

// --- writing

Result<SaveOutcome>
MaintenanceStore::save(const Editor& editor, Table table, const QString& id, const QVariantMap& fields)
{
    if (!editor.canEdit())
        return notAllowed();
    const TableInfo& ti = info(table);
    const QString recordId = id.isEmpty() ? QUuid::createUuid().toString(QUuid::WithoutBraces) : id;
    if (!id.isEmpty()) {
        // The record's own conflict (not its children's).
        Statement c(m_db, QStringLiteral("SELECT 1 FROM outbox WHERE entity_id = ? AND state = 'conflict' LIMIT 1"));
        c.bindText(1, ti.name + u'/' + id);
        if (c.next()) {
            return Error{tr("The hub refused an earlier change to this record because someone else changed it "
                            "meanwhile. Settle that conflict in the work list first.")};
        }
    }
    Transaction tx(m_db);
    if (!tx.active())
        return Error{tr("The record could not be saved: %1").arg(tx.error())};
    RecordWriter writer(m_db, editor);
    auto before = writer.history().read(table, recordId);
    if (!before)
        return Error{before.error()};
    if (!id.isEmpty() && !*before)
        return Error{tr("There is no %1 “%2” on this workstation.").arg(ti.name, id)};
    auto prepared = writer.prepare(table, recordId, fields);
    if (!prepared)
        return Error{prepared.error()};
    auto& [values, problems] = prepared.value();
    SaveOutcome outcome{recordId, problems};
    if (!problems.isEmpty())
        return outcome;
    if (*before && sameValues(ti, (*before)->values, values))
        return outcome; // nothing changed: nothing to keep or send
    if (auto st = writer.write(table, recordId, values, *before, *before ? (*before)->version : 0, true); !st)
        return Error{st.error()};
    if (auto st = writer.finish(); !st)
        return Error{st.error()};
    if (auto st = tx.commit(); !st)
        return Error{tr("The record could not be saved: %1").arg(st.error())};
    return outcome;
}

Status MaintenanceStore::remove(const Editor& editor, Table table, const QString& id)
{
    if (!editor.canEdit())
        return notAllowed();
    if (table == Table::Service || table == Table::Organization || table == Table::Location)
        return Error{tr("Services, organizations and locations are not removed: deactivate them instead.")};
    const TableInfo& ti = info(table);
    Transaction tx(m_db);
    if (!tx.active())
        return Error{tr("The record could not be removed: %1").arg(tx.error())};
    RecordWriter writer(m_db, editor);
    auto before = writer.history().read(table, id);
    if (!before)
        return Error{before.error()};
    if (!*before)
        return Error{tr("There is no %1 “%2” on this workstation.").arg(ti.name, id)};
    if (auto st = writer.removeRow(table, id, **before, true); !st)
        return st;
    if (auto st = writer.finish(); !st)
        return st;
    if (auto st = tx.commit(); !st) {
        return Error{tr("The %1 could not be removed: another record still refers to it (%2). Change or remove "
                        "that one first.")
                         .arg(ti.name, st.error())};
    }
    return {};
}

Status MaintenanceStore::deactivate(const Editor& editor, Table table, const QString& id)
{
    if (!editor.canEdit())
        return notAllowed();
    QStringList services;
    if (table == Table::Service) {
        services << id;
    } else if (table == Table::Organization) {
        Statement s(m_db,
                    QStringLiteral("SELECT id FROM service WHERE organization_id = ? AND coalesce(status, 'active') "
                                   "NOT IN ('inactive', 'defunct')"));
        s.bindText(1, id);
        while (s.next())
            services << s.text(0);
    } else {
        return Error{tr("Only services and organizations are deactivated. Take a location off the services it "
                        "serves instead.")};
    }
    Transaction tx(m_db);
    if (!tx.active())
        return Error{tr("The record could not be saved: %1").arg(tx.error())};
    RecordWriter writer(m_db, editor);
    for (const QString& serviceId : std::as_const(services)) {
        auto before = writer.history().read(Table::Service, serviceId);
        if (!before)
            return Error{before.error()};
        if (!*before)
            return Error{tr("There is no %1 “%2” on this workstation.").arg(QStringLiteral("service"), serviceId)};
        QVariantList values = (*before)->values;
        values[info(Table::Service).fieldIndex(QStringLiteral("status"))] = QStringLiteral("inactive");
        if (auto st = writer.write(Table::Service, serviceId, values, *before, (*before)->version, true); !st)
            return st;
    }
    if (auto st = writer.finish(); !st)
        return st;
    return tx.commit();
}

Status MaintenanceStore::markVerified(const Editor& editor, const QString& serviceId, const QDate& today)
{
    auto r = record(Table::Service, serviceId);
    if (!r)
        return Error{r.error()};
    QVariantMap fields = r->fields;
    fields.insert(QStringLiteral("assured_date"), today.toString(Qt::ISODate));
    fields.insert(QStringLiteral("assurer_email"), editor.username);
    auto saved = save(editor, Table::Service, serviceId, fields);
    if (!saved)
        return Error{saved.error()};
    if (!saved->saved())
        return fieldProblems(saved->problems);
    return {};
}

// --- verification

Result<QList<VerificationItem>> MaintenanceStore::dueForVerification(
    const QDate& today, int months, const QString& region, const QString& organizationId, int limit) const
{
    QJsonArray cities;
    if (!region.isEmpty()) {
        for (const Municipality& m : Gazetteer::ontario().municipalities()) {
            if (m.region.compare(region, Qt::CaseInsensitive) == 0) {
                cities << m.name.toLower();
                if (m.nameFr != m.name)
                    cities << m.nameFr.toLower();
            }
        }
    }
    Statement s(m_db,
                QStringLiteral(
                    "SELECT id, name, organization_id, organization_name, assured_date, assurer_email, city, waiting "
                    "FROM (SELECT s.id, s.name, s.organization_id, o.name AS organization_name, s.assured_date, "
                    "s.assurer_email, (SELECT a.city FROM service_at_location sal JOIN address a ON a.location_id = "
                    "sal.location_id WHERE sal.service_id = s.id ORDER BY a.address_type = 'physical' DESC, a.id "
                    "LIMIT 1) AS city, EXISTS (SELECT 1 FROM outbox WHERE entity_id = 'service/' || s.id AND state "
                    "= 'pending') AS waiting FROM service s JOIN organization o ON o.id = s.organization_id "
                    "WHERE coalesce(s.status, 'active') NOT IN ('inactive', 'defunct') AND (s.assured_date IS NULL "
                    "OR s.assured_date < ?1) AND (?2 = '' OR s.organization_id = ?2)) "
                    "WHERE ?3 IS NULL OR lower(city) IN (SELECT value FROM json_each(?3)) "
                    "ORDER BY assured_date IS NOT NULL, assured_date, name COLLATE NOCASE LIMIT ?4"));
    s.bindText(1, today.addMonths(-months).toString(Qt::ISODate));
    s.bindText(2, organizationId);
    if (region.isEmpty())
        s.bindNull(3);
    else
        s.bindText(3, QString::fromUtf8(QJsonDocument(cities).toJson(QJsonDocument::Compact)));
    s.bindInt(4, limit);
    QList<VerificationItem> out;
    while (s.next()) {
        VerificationItem v;
        v.serviceId = s.text(0);
        v.serviceName = s.text(1);
        v.organizationId = s.text(2);
        v.organizationName = s.text(3);
        v.verifiedOn = QDate::fromString(s.text(4).left(10), Qt::ISODate);
        v.verifiedBy = s.text(5);
        v.city = s.text(6);
        if (const Municipality* m = v.city.isEmpty() ? nullptr : Gazetteer::ontario().find(v.city))
            v.region = m->region;
        v.waitingToUpload = s.integer(7) != 0;
        out << std::move(v);
    }
    if (!s.error().isEmpty())
        return Error{tr("The work list could not be read: %1").arg(s.error())};
    return out;
}

// --- history

Result<QList<HistoryEntry>> MaintenanceStore::history(Table table, const QString& id, int limit) const
{
    const TableInfo& ti = info(table);
    Statement s(m_db,
                QStringLiteral("SELECT id, table_name, record_id, changed_at, changed_by, field, old_value, new_value, "
                               "origin, event FROM resource_history WHERE owner = ?1 || '/' || ?2 OR (table_name = ?1 "
                               "AND record_id = ?2) ORDER BY id DESC LIMIT ?3"));
    s.bindText(1, ti.name);
    s.bindText(2, id);
    s.bindInt(3, limit);
    QList<HistoryEntry> out;
    while (s.next()) {
        HistoryEntry h;
        h.id = s.integer(0);
        h.table = s.text(1);
        h.recordId = s.text(2);
        h.at = fromIsoUtc(s.text(3));
        h.by = s.text(4);
        h.field = s.text(5);
        h.oldValue = s.text(6);
        h.newValue = s.text(7);
        h.origin = s.text(8);
        h.event = s.text(9);
        out << std::move(h);
    }
    if (!s.error().isEmpty())
        return Error{tr("The record's history could not be read: %1").arg(s.error())};
    return out;
}

// --- suggestions

Result<QString>
MaintenanceStore::suggestChange(const QString& username, Table table, const QString& id, const QString& note)
{
    const QString text = note.trimmed();
    if (text.isEmpty())
        return Error{tr("Say what needs changing.")};
    if (text.size() > 4000)
        return Error{tr("The note is %1 characters long; keep it under 4,000.").arg(text.size())};
    if (username.trimmed().isEmpty())
        return Error{tr("Sign in first, so the resource specialists know who to ask.")};
    const QString suggestionId = QUuid::createUuid().toString(QUuid::WithoutBraces);
    const QString now = isoUtc(QDateTime::currentDateTimeUtc());
    Transaction tx(m_db);
    if (!tx.active())
        return Error{tr("The suggestion could not be saved: %1").arg(tx.error())};
    Statement s(m_db,
                QStringLiteral("INSERT INTO change_suggestion (id, table_name, record_id, note, suggested_by, "
                               "suggested_at) VALUES (?, ?, ?, ?, ?, ?)"));
    s.bindText(1, suggestionId);
    s.bindText(2, info(table).name);
    s.bindText(3, id);
    s.bindText(4, text);
    s.bindText(5, username);
    s.bindText(6, now);
    if (!s.exec())
        return Error{tr("The suggestion could not be saved: %1").arg(s.error())};
    if (auto st = SyncStore(m_db).enqueue(QStringLiteral("suggestion:") + suggestionId,
                                          QStringLiteral("suggestion"),
                                          suggestionId,
                                          QJsonObject{{QStringLiteral("id"), suggestionId},
                                                      {QStringLiteral("table"), info(table).name},
                                                      {QStringLiteral("record_id"), id},
                                                      {QStringLiteral("note"), text},
                                                      {QStringLiteral("suggested_at"), now}});
        !st)
        return Error{st.error()};
    if (auto st = tx.commit(); !st)
        return Error{tr("The suggestion could not be saved: %1").arg(st.error())};
    return suggestionId;
}

Result<QList<Suggestion>> MaintenanceStore::suggestions(const QString& state) const
{
    Statement s(m_db,
                QStringLiteral("SELECT id, table_name, record_id, note, suggested_by, suggested_at, state, "
                               "resolved_by, resolved_at, EXISTS (SELECT 1 FROM outbox o WHERE o.entity_id = "
                               "change_suggestion.id AND o.kind IN ('suggestion', 'suggestion_done') AND o.state = "
                               "'pending') FROM change_suggestion WHERE ?1 = 'all' OR state = ?1 ORDER BY "
                               "suggested_at"));
    s.bindText(1, state);
    QList<Suggestion> out;
    while (s.next()) {
        Suggestion x;
        x.id = s.text(0);
        x.table = s.text(1);
        x.recordId = s.text(2);
        x.note = s.text(3);
        x.by = s.text(4);
        x.at = fromIsoUtc(s.text(5));
        x.state = s.text(6);
        x.resolvedBy = s.text(7);
        x.resolvedAt = fromIsoUtc(s.text(8));
        x.waitingToUpload = s.integer(9) != 0;
        out << std::move(x);
    }
    if (!s.error().isEmpty())
        return Error{tr("The suggestions could not be read: %1").arg(s.error())};
    for (Suggestion& x : out) {
        const TableInfo* ti = byName(x.table);
        auto r = ti ? record(ti->table, x.recordId) : Result<ResourceRecord>(Error{});
        x.recordLabel = r ? r->label() : x.recordId;
    }
    return out;
}

Status MaintenanceStore::resolveSuggestion(const Editor& editor, const QString& suggestionId)
{
    if (!editor.canEdit())
        return notAllowed();
    Transaction tx(m_db);
    if (!tx.active())
        return Error{tr("The suggestion could not be saved: %1").arg(tx.error())};
    Statement s(m_db,
                QStringLiteral("UPDATE change_suggestion SET state = 'done', resolved_by = ?, resolved_at = ? WHERE "
                               "id = ? AND state = 'open'"));
    s.bindText(1, editor.username);
    s.bindText(2, isoUtc(QDateTime::currentDateTimeUtc()));
    s.bindText(3, suggestionId);
    if (!s.exec())
        return Error{tr("The suggestion could not be saved: %1").arg(s.error())};
    if (auto st = SyncStore(m_db).enqueue(QStringLiteral("suggestion-done:") + suggestionId,
                                          QStringLiteral("suggestion_done"),
                                          suggestionId,
                                          QJsonObject{});
        !st)
        return st;
    return tx.commit();
}

Status MaintenanceStore::replaceOpenSuggestions(const QByteArray& hubJson)
{
    QJsonParseError error;
    const QJsonDocument doc = QJsonDocument::fromJson(hubJson, &error);
    if (!doc.isObject() || !doc.object().value(QLatin1String("suggestions")).isArray())
        return Error{tr("The hub's list of suggestions could not be read.")};
    const QJsonArray list = doc.object().value(QLatin1String("suggestions")).toArray();
    Transaction tx(m_db);
    if (!tx.active())
        return Error{tr("The suggestions could not be saved: %1").arg(tx.error())};
    // Open ones the hub no longer lists were settled elsewhere, unless this workstation's own is
    // still on its way.
    if (auto st = m_db.exec(QStringLiteral(
            "DELETE FROM change_suggestion WHERE state = 'open' AND NOT EXISTS (SELECT 1 FROM outbox o WHERE "
            "o.entity_id = change_suggestion.id AND o.kind = 'suggestion' AND o.state = 'pending')"));
        !st)
        return st;
    // One settled here and not yet sent stays settled.
    Statement s(m_db,
                QStringLiteral("INSERT INTO change_suggestion (id, table_name, record_id, note, suggested_by, "
                               "suggested_at, state, resolved_by, resolved_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?) ON "
                               "CONFLICT(id) DO UPDATE SET note = excluded.note, state = excluded.state, resolved_by "
                               "= excluded.resolved_by, resolved_at = excluded.resolved_at WHERE "
                               "change_suggestion.state = 'open'"));
    for (const QJsonValue& v : list) {
        const QJsonObject o = v.toObject();
        const QString id = o.value(QLatin1String("id")).toString();
        const QString table = o.value(QLatin1String("table")).toString();
        const QString note = o.value(QLatin1String("note")).toString();
        const QDateTime at = fromIsoUtc(o.value(QLatin1String("suggested_at")).toString());
        if (id.isEmpty() || !byName(table) || note.isEmpty() || !at.isValid())
            return Error{tr("The hub's list of suggestions could not be read.")};
        const QString state = o.value(QLatin1String("state")).toString(QStringLiteral("open"));
        s.reset();
        s.bindText(1, id);
        s.bindText(2, table);
        s.bindText(3, o.value(QLatin1String("record_id")).toString());
        s.bindText(4, note);
        s.bindText(5, o.value(QLatin1String("suggested_by")).toString());
        s.bindText(6, isoUtc(at));
        s.bindText(7, state == QLatin1String("done") ? state : QStringLiteral("open"));
        s.bind(8, o.value(QLatin1String("resolved_by")).toVariant());
        s.bind(9, o.value(QLatin1String("resolved_at")).toVariant());
        if (!s.exec())
            return Error{tr("The suggestions could not be saved: %1").arg(s.error())};
    }
    return tx.commit();
}

// --- conflicts

Result<QList<EditConflict>> MaintenanceStore::conflicts() const
{
    auto entries = SyncStore(m_db).entries(QStringLiteral("conflict"), 1000);
    if (!entries)
        return Error{entries.error()};
    QList<EditConflict> out;
    for (const OutboxEntry& e : std::as_const(*entries)) {
        if (e.kind != QLatin1String("edit") && e.kind != QLatin1String("remove"))
            continue;
        const TableInfo* ti = byName(e.entityId.section(u'/', 0, 0));
        if (!ti)
            continue;
        EditConflict c;
        c.seq = e.seq;
        c.table = ti->name;
        c.recordId = e.entityId.section(u'/', 1);
        c.mineRemoved = e.kind == QLatin1String("remove");
        c.mine = QJsonDocument::fromJson(e.payload).object().value(QLatin1String("record")).toObject().toVariantMap();
        const QJsonDocument hub = QJsonDocument::fromJson(e.response);
        if (hub.isObject() && !hub.object().isEmpty()) {
            QVariantMap fields = hub.object().toVariantMap();
            c.hubVersion = fields.take(QStringLiteral("version")).toLongLong();
            fields.remove(QStringLiteral("last_modified"));
            c.hub = fields;
        }
        c.error = e.lastError;
        c.savedAt = e.createdAt;
        for (int i = 1; i < ti->fields.size(); ++i) {
            const Field& f = ti->fields[i];
            const QString mine = ResourceHistory::text(f, c.mine.value(f.name));
            const QString theirs = c.hub ? ResourceHistory::text(f, c.hub->value(f.name)) : QString();
            if (mine != theirs)
                c.differing << f.name;
        }
        ResourceRecord r;
        r.table = ti->table;
        r.id = c.recordId;
        r.fields = c.mine.isEmpty() && c.hub ? *c.hub : c.mine;
        c.recordLabel = r.label();
        out << std::move(c);
    }
    return out;
}

namespace {
Result<EditConflict> findConflict(const MaintenanceStore& store, qint64 seq)
{
    auto all = store.conflicts();
    if (!all)
        return Error{all.error()};
    for (const EditConflict& c : std::as_const(*all)) {
        if (c.seq == seq)
            return c;
    }
    return Error{MaintenanceStore::tr("That conflict was settled already.")};
}
} // namespace

namespace {

// Settles a conflict one way (`choose` writes the record and queues what goes to the hub): the
// editor's role, the conflict as it stands, and the entry marked settled, in one transaction.
using Settle = std::function<Status(const EditConflict& conflict,
                                    const TableInfo& ti,
                                    RecordWriter& writer,
                                    const std::optional<ResourceHistory::Row>& before)>;
Status settle(Database& db, const MaintenanceStore& store, const Editor& editor, qint64 seq, const Settle& choose)
{
    if (!editor.canEdit())
        return notAllowed();
    auto conflict = findConflict(store, seq);
    if (!conflict)
        return Error{conflict.error()};
    const TableInfo& ti = *byName(conflict->table);
    Transaction tx(db);
    if (!tx.active())
        return Error{MaintenanceStore::tr("The record could not be saved: %1").arg(tx.error())};
    RecordWriter writer(db, editor);
    auto before = writer.history().read(ti.table, conflict->recordId);
    if (!before)
        return Error{before.error()};
    if (auto st = choose(*conflict, ti, writer, *before); !st)
        return st;
    if (auto st = SyncStore(db).markResolved(seq); !st)
        return st;
    if (auto st = writer.finish(); !st)
        return st;
    return tx.commit();
}

} // namespace

Status MaintenanceStore::resolveConflict(const Editor& editor, qint64 seq, const QVariantMap& chosen)
{
    return settle(
        m_db,
        *this,
        editor,
        seq,
        [&](const EditConflict& conflict,
            const TableInfo& ti,
            RecordWriter& writer,
            const std::optional<ResourceHistory::Row>& before) -> Status {
            if (chosen.isEmpty() && conflict.mineRemoved) {
                // Still removed: the removal goes again, on the hub's version.
                if (before) {
                    if (auto st = writer.removeRow(ti.table, conflict.recordId, *before, false); !st)
                        return st;
                }
                if (conflict.hub) {
                    QVariantList hubValues = valuesOf(ti, conflict.recordId, *conflict.hub);
                    if (auto st
                        = SyncStore(m_db).queueRemoval(ti.name,
                                                       conflict.recordId,
                                                       ResourceHistory::owner(ti.table, hubValues, conflict.recordId),
                                                       conflict.hubVersion);
                        !st)
                        return st;
                }
            } else {
                auto prepared = writer.prepare(ti.table, conflict.recordId, chosen);
                if (!prepared)
                    return Error{prepared.error()};
                auto& [values, problems] = prepared.value();
                if (!problems.isEmpty())
                    return fieldProblems(problems);
                // Written on the hub's version (the history keeps only what differs from here), and sent
                // unless it is the hub's record as it stands.
                const bool hubs
                    = conflict.hub && sameValues(ti, values, valuesOf(ti, conflict.recordId, *conflict.hub));
                if (auto st = writer.write(ti.table, conflict.recordId, values, before, conflict.hubVersion, !hubs);
                    !st)
                    return st;
            }
            return {};
        });
}

Status MaintenanceStore::keepHubVersion(const Editor& editor, qint64 seq)
{
    return settle(m_db,
                  *this,
                  editor,
                  seq,
                  [&](const EditConflict& conflict,
                      const TableInfo& ti,
                      RecordWriter& writer,
                      const std::optional<ResourceHistory::Row>& before) -> Status {
                      if (conflict.hub) {
                          // The hub's record as it is: no check (the hub holds it so), nothing sent.
                          const QVariantList values = valuesOf(ti, conflict.recordId, *conflict.hub);
                          if (auto st
                              = writer.write(ti.table, conflict.recordId, values, before, conflict.hubVersion, false);
                              !st)
                              return st;
                      } else if (before) {
                          if (auto st = writer.removeRow(ti.table, conflict.recordId, *before, false); !st)
                              return st;
                      }
                      return {};
                  });
}

Status MaintenanceStore::restoreHubRecord(Table table, const QString& id, const std::optional<QJsonObject>& hubRecord)
{
    const TableInfo& ti = info(table);
    Statement other(m_db,
                    QStringLiteral("SELECT 1 FROM outbox WHERE entity_id = ? AND state IN ('pending', 'conflict') "
                                   "LIMIT 1"));
    other.bindText(1, ti.name + u'/' + id);
    if (other.next())
        return {};
    const Editor hub{QStringLiteral("hub"), {}};
    Transaction tx(m_db);
    if (!tx.active())
        return Error{tr("The record could not be saved: %1").arg(tx.error())};
    RecordWriter writer(m_db, hub, QStringLiteral("hub"));
    auto before = writer.history().read(table, id);
    if (!before)
        return Error{before.error()};
    if (hubRecord) {
        const QVariantMap fields = hubRecord->toVariantMap();
        if (auto st = writer.write(table,
                                   id,
                                   valuesOf(ti, id, fields),
                                   *before,
                                   fields.value(QStringLiteral("version")).toLongLong(),
                                   false);
            !st)
            return st;
    } else if (*before) {
        if (auto st = writer.removeRow(table, id, **before, false); !st)
            return st;
    }
    if (auto st = writer.finish(); !st)
        return st;
    return tx.commit();
}

} // namespace open211
