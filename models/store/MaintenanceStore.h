// Resource maintenance on the workstation (issue 6): resource specialists edit, create, deactivate
// and verify records; every save is written locally at once, kept in the record's history and
// queued for the hub with the version it was based on. Conflicts the hub reports are settled here
// field by field, and "suggest a change" notes from specialists on calls wait here for the
// resource specialists. The screens (ui/maintenance) and the sync (sync/) both go through this.
#pragma once

#include "HsdsSchema.h"
#include "Result.h"
#include "maintenance/RecordValidator.h"

#include <QCoreApplication>
#include <QDate>
#include <QDateTime>
#include <QJsonObject>
#include <QVariantMap>
#include <optional>

namespace open211 {

class Database;

// Who is working, and what the role allows. Roles as the hub names them.
struct Editor
{
    QString username;
    QString role; // specialist, resource_specialist, supervisor, admin

    // Resource specialists, supervisors and admins edit; specialists suggest changes.
    static bool roleCanEdit(const QString& role);
    bool canEdit() const { return roleCanEdit(role); }
    // Supervisors and admins read the community needs reports and the audit log.
    static bool roleSupervises(const QString& role);
    bool supervises() const { return roleSupervises(role); }
};

// One stored HSDS record as a form holds it.
struct ResourceRecord
{
    hsds::Table table = hsds::Table::Service;
    QString id;
    QVariantMap fields; // HSDS field name → text or number; absent when empty
    qint64 version = 0; // the hub's version it is based on (0: never on the hub)
    QString lastModified;
    bool waitingToUpload = false; // a saved change the hub has not accepted yet
    bool inConflict = false; // the hub refused a change: someone must choose
    // What a link points to, in words, when the store knows it (an attribute's taxonomy term
    // "BD-1800 Food Banks", a service_at_location's location name); label() prefers it.
    QString description;
    // A name to show for it ("Food bank", "416-555-0100", "Mon–Fri 09:00–17:00").
    QString label() const;
};

// One changed field of one record.
struct HistoryEntry
{
    qint64 id = 0;
    QString table;
    QString recordId;
    QDateTime at;
    QString by; // the user; "hub" when the hub did not say
    QString field; // empty for a record created or removed as a whole
    QString oldValue;
    QString newValue;
    QString origin; // "workstation" (saved here) or "hub" (pulled)
    // What happened to a whole record: "created", "removed", or empty for a field change.
    QString event;
};

// A service due for its annual verification.
struct VerificationItem
{
    QString serviceId;
    QString serviceName;
    QString organizationId;
    QString organizationName;
    QString city; // of its first location with an address
    QString region; // Ontario region of that city (Gazetteer), empty when unknown
    QDate verifiedOn; // invalid: never verified
    QString verifiedBy;
    bool waitingToUpload = false;
};

// A specialist's note that a record needs changing.
struct Suggestion
{
    QString id;
    QString table;
    QString recordId;
    QString recordLabel;
    QString note;
    QString by;
    QDateTime at;
    QString state; // open, done
    QString resolvedBy;
    QDateTime resolvedAt;
    bool waitingToUpload = false;
};

// A change the hub refused because its record changed meanwhile.
struct EditConflict
{
    qint64 seq = 0; // the outbox entry
    QString table;
    QString recordId;
    QString recordLabel;
    QVariantMap mine; // what this workstation saved (empty when it removed the record)
    bool mineRemoved = false; // this workstation removed the record the hub changed
    std::optional<QVariantMap> hub; // the hub's record now; nothing when the hub removed it
    qint64 hubVersion = 0;
    QString error; // the hub's words
    QStringList differing; // fields whose values differ, in schema order
    QDateTime savedAt;
};

// A save: the record's id, or the problems that kept it from being saved.
struct SaveOutcome
{
    QString id;
    QList<FieldProblem> problems;
    bool saved() const { return problems.isEmpty(); }
};

class MaintenanceStore
{
    Q_DECLARE_TR_FUNCTIONS(open211::MaintenanceStore)
public:
    explicit MaintenanceStore(Database& db)
        : m_db(db)
    { }

    // --- reading
    Result<ResourceRecord> record(hsds::Table table, const QString& id) const;
    // The records of `child` whose `parentColumn` is `parentId` (a service's phones, a
    // location's address), or for attributes those linked to (table, id) of the parent.
    Result<QList<ResourceRecord>>
    children(hsds::Table child, const QString& parentColumn, const QString& parentId) const;
    Result<QList<ResourceRecord>> attributes(hsds::Table linkedTable, const QString& linkedId) const;
    // Id and name of records to pick from (organizations, locations of an organization, taxonomy
    // terms): `filter` narrows by name (case-insensitive, anywhere in it), at most `limit`.
    Result<QList<std::pair<QString, QString>>>
    choices(hsds::Table table, const QString& filter, int limit = 200, const QString& organizationId = {}) const;

    // --- writing (the editor's role is checked first: only editors save)
    // Saves a record: an empty id creates one (a new id is made). The fields are checked by
    // RecordValidator; when they pass, the record is written, its history kept and the change
    // queued for the hub, all in one transaction.
    Result<SaveOutcome> save(const Editor& editor, hsds::Table table, const QString& id, const QVariantMap& fields);
    // Removes a record that belongs to another (a phone, an hour, a language, an area, a taxonomy
    // term's attribute...). Services, organizations and locations are deactivated instead.
    Status remove(const Editor& editor, hsds::Table table, const QString& id);
    // A service's status set to inactive; an organization's services all so.
    Status deactivate(const Editor& editor, hsds::Table table, const QString& id);
    // Stamps the service's assured_date (today) and assurer (the editor).
    Status markVerified(const Editor& editor, const QString& serviceId, const QDate& today);

    // --- verification work list
    // Active services last verified before `today` minus `months` (or never), oldest first;
    // narrowed by Ontario region and organization when given.
    Result<QList<VerificationItem>> dueForVerification(const QDate& today,
                                                       int months,
                                                       const QString& region = {},
                                                       const QString& organizationId = {},
                                                       int limit = 2000) const;

    // --- history
    // The changes to a record, newest first; for a service, organization or location also those
    // of the records that belong to it (its phones, hours...).
    Result<QList<HistoryEntry>> history(hsds::Table table, const QString& id, int limit = 500) const;

    // --- suggestions
    // Any role: a note that a record needs changing, kept here and sent to the hub.
    Result<QString> suggestChange(const QString& username, hsds::Table table, const QString& id, const QString& note);
    Result<QList<Suggestion>> suggestions(const QString& state = QStringLiteral("open")) const;
    Status resolveSuggestion(const Editor& editor, const QString& suggestionId);
    // The hub's open suggestions (its JSON list), replacing the open ones kept here that are not
    // waiting to upload.
    Status replaceOpenSuggestions(const QByteArray& hubJson);

    // --- conflicts
    Result<QList<EditConflict>> conflicts() const;
    // Settles a conflict with the fields chosen (the hub's, mine, or a mix): the record is written
    // so, and unless it equals the hub's, queued again on the hub's version. When this workstation
    // had removed the record, an empty `chosen` removes it again (on the hub's version).
    Status resolveConflict(const Editor& editor, qint64 seq, const QVariantMap& chosen);
    // Takes the hub's record as it is (nothing is sent; the record here becomes the hub's).
    Status keepHubVersion(const Editor& editor, qint64 seq);

    // A change the hub refused for good (kept as failed in the outbox for a person to read): the
    // record here becomes the hub's again (`hubRecord`, flat with version and last_modified), or
    // goes when the hub has none, so the replica does not drift. Left alone while another change
    // to it waits.
    Status restoreHubRecord(hsds::Table table, const QString& id, const std::optional<QJsonObject>& hubRecord);

private:
    Database& m_db;
};

} // namespace open211
