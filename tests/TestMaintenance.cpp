// Resource maintenance on the workstation (issue 6). On a store of its own: only editors save,
// forms are checked field by field and a refused form writes nothing, every save is kept in the
// record's history and queued once for the hub with its base version, new records and removals,
// deactivation, the verification work list with its filters, suggestions, and the search seeing
// an edit at once. Against the real hub on PostgreSQL: an edit goes from one workstation through
// the outbox and the hub to a second workstation (with who made it), each way of settling a
// conflict, the hub refusing a specialist's edit, and a specialist's suggestion reaching the
// resource specialist's work list and being settled there.
#include "HubStore.h"
#include "SyncClient.h"
#include "TestHubUtil.h"
#include "demo/DemoGenerator.h"
#include "import/HsdsExport.h"
#include "search/SearchEngine.h"
#include "store/MaintenanceStore.h"
#include "store/SyncStore.h"

#include <QtTest>

using namespace open211;
using namespace open211::test;
using hsds::Table;

namespace {

const Editor Rex{QStringLiteral("rex"), QStringLiteral("resource_specialist")};
const Editor Ana{QStringLiteral("ana"), QStringLiteral("specialist")};

qint64 pending(Database& db)
{
    return *SyncStore(db).count(QStringLiteral("pending"));
}

// The outbox entries waiting, oldest first.
QList<OutboxEntry> waiting(Database& db)
{
    auto e = SyncStore(db).entries(QStringLiteral("pending"), 1000);
    if (!e)
        return {};
    QList<OutboxEntry> list = *e;
    std::reverse(list.begin(), list.end());
    return list;
}

QString firstService(Database& db, const QString& filter = {})
{
    auto c = MaintenanceStore(db).choices(Table::Service, filter, 1);
    return c && !c->isEmpty() ? c->first().first : QString();
}

} // namespace

class TestMaintenance : public QObject
{
    Q_OBJECT
    QTemporaryDir m_dir;
    int m_dbs = 0;
    HubFixture m_hub;
    QString m_url;
    int m_conflicts = 0;

    std::unique_ptr<Database> newStore(int demoServices = 0)
    {
        auto db = Database::open(m_dir.filePath(QStringLiteral("ws%1.sqlite").arg(++m_dbs)));
        if (!db)
            return nullptr;
        if (demoServices > 0 && !DemoGenerator::generate(**db, DemoOptions{demoServices, 7}))
            return nullptr;
        return std::move(db).value();
    }

    std::unique_ptr<HubStore> hubStore()
    {
        auto s = HubStore::open(m_hub.pg->connectionString());
        return s ? std::move(s).value() : nullptr;
    }

    // A workstation replicating the hub, signed in as `user`.
    struct Workstation
    {
        std::unique_ptr<Database> db;
        std::unique_ptr<CurlTransport> transport;
        std::unique_ptr<SyncClient> client;
    };
    Workstation workstation(const QString& user, const QByteArray& password)
    {
        Workstation w;
        w.db = newStore();
        w.transport = std::make_unique<CurlTransport>();
        w.client = std::make_unique<SyncClient>(*w.db, *w.transport, SyncConfig{m_url});
        if (!w.client->signIn(user, password))
            w.client.reset();
        return w;
    }
    static bool sync(Workstation& w)
    {
        const SyncReport r = w.client->run();
        if (!r.ok())
            qWarning("sync: %s", qPrintable(r.error));
        return r.ok();
    }
    QJsonObject hubRecord(Table table, const QString& id)
    {
        auto hub = hubStore();
        auto r = hub ? hub->record(table, id) : Result<std::optional<QJsonObject>>(Error{});
        return r && *r ? **r : QJsonObject();
    }

    // Two workstations change the same service's description; the second one's push is refused.
    qint64 makeConflict(Workstation& first, Workstation& second, const QString& serviceId)
    {
        MaintenanceStore a(*first.db), b(*second.db);
        ++m_conflicts; // each conflict's values differ from the last one's
        QVariantMap theirs = a.record(Table::Service, serviceId)->fields;
        theirs.insert(QStringLiteral("description"), QStringLiteral("Theirs: open late on Thursdays."));
        theirs.insert(QStringLiteral("email"), QStringLiteral("theirs%1@example.org").arg(m_conflicts));
        if (auto saved = a.save(Rex, Table::Service, serviceId, theirs); !saved || !saved->saved() || !sync(first)) {
            qWarning("their edit: %s", qPrintable(saved ? saved->problems.value(0).message : saved.error()));
            return 0;
        }
        QVariantMap mine = b.record(Table::Service, serviceId)->fields;
        mine.insert(QStringLiteral("description"), QStringLiteral("Mine: closed on Thursdays."));
        mine.insert(QStringLiteral("url"), QStringLiteral("https://mine%1.example.org").arg(m_conflicts));
        if (auto saved = b.save(Rex, Table::Service, serviceId, mine); !saved || !saved->saved()) {
            qWarning("my edit: %s", qPrintable(saved ? saved->problems.value(0).message : saved.error()));
            return 0;
        }
        const SyncReport r = second.client->run();
        if (r.conflicts != 1) {
            qWarning("pushed %lld, conflicts %lld: %s", r.pushed, r.conflicts, qPrintable(r.error));
            return 0;
        }
        auto c = b.conflicts();
        return c && c->size() == 1 ? c->first().seq : 0;
    }

private slots:
    void initTestCase() { QVERIFY(m_dir.isValid()); }

    // --- on a store of its own

    void onlyEditorsChangeRecords()
    {
        auto db = newStore(12);
        QVERIFY(db);
        MaintenanceStore store(*db);
        const QString id = firstService(*db);
        QVariantMap fields = store.record(Table::Service, id)->fields;
        fields.insert(QStringLiteral("name"), QStringLiteral("Renamed by a specialist"));
        const qint64 before = pending(*db);
        auto saved = store.save(Ana, Table::Service, id, fields);
        QVERIFY(!saved);
        QVERIFY(saved.error().contains(QStringLiteral("Suggest a change")));
        QVERIFY(!store.deactivate(Ana, Table::Service, id));
        QVERIFY(!store.markVerified(Ana, id, QDate(2026, 12, 2)));
        QVERIFY(!store.resolveSuggestion(Ana, QStringLiteral("any")));
        QCOMPARE(pending(*db), before);
        QVERIFY(store.record(Table::Service, id)->fields.value(QStringLiteral("name")).toString()
                != QStringLiteral("Renamed by a specialist"));
        QVERIFY(store.history(Table::Service, id)->isEmpty());
        // Every other role that edits may.
        for (const char* role : {"resource_specialist", "supervisor", "admin"})
            QVERIFY(Editor::roleCanEdit(QString::fromLatin1(role)));
        QVERIFY(!Editor::roleCanEdit(QStringLiteral("specialist")));
        QVERIFY(!Editor::roleCanEdit(QString()));
    }

    void aRefusedFormWritesNothing()
    {
        auto db = newStore(12);
        MaintenanceStore store(*db);
        const QString service = firstService(*db);
        const qint64 before = pending(*db);
        auto saved = store.save(Rex,
                                Table::Phone,
                                {},
                                {{QStringLiteral("service_id"), service},
                                 {QStringLiteral("number"), QStringLiteral("555-01")},
                                 {QStringLiteral("extension"), QStringLiteral("twelve")}});
        QVERIFY2(saved, qPrintable(saved.error()));
        QVERIFY(!saved->saved());
        QStringList fields;
        for (const FieldProblem& p : saved->problems)
            fields << p.field;
        QVERIFY2(fields.contains(QStringLiteral("number")) && fields.contains(QStringLiteral("extension")),
                 qPrintable(fields.join(u',')));
        const auto phones = store.children(Table::Phone, QStringLiteral("service_id"), service);
        QVERIFY(phones);
        QVERIFY(std::none_of(phones->begin(), phones->end(), [](const ResourceRecord& r) {
            return r.label().startsWith(QLatin1String("555"));
        }));
        QCOMPARE(pending(*db), before);
        // A reference to nothing, an address outside the postal code shapes, hours backwards.
        auto orphan = store.save(Rex,
                                 Table::Service,
                                 {},
                                 {{QStringLiteral("name"), QStringLiteral("Orphan")},
                                  {QStringLiteral("status"), QStringLiteral("active")},
                                  {QStringLiteral("organization_id"), QStringLiteral("no-such-org")}});
        QVERIFY(orphan && !orphan->saved());
        QCOMPARE(orphan->problems.size(), 1);
        QCOMPARE(orphan->problems.first().field, QStringLiteral("organization_id"));
        auto hours = store.save(Rex,
                                Table::Schedule,
                                {},
                                {{QStringLiteral("service_id"), service},
                                 {QStringLiteral("opens_at"), QStringLiteral("17:00")},
                                 {QStringLiteral("closes_at"), QStringLiteral("17:00")},
                                 {QStringLiteral("byday"), QStringLiteral("MO,XX")}});
        QVERIFY(hours && hours->problems.size() == 2);
        QCOMPARE(pending(*db), before);
    }

    void aSaveIsKeptInHistoryAndQueuedOnce()
    {
        auto db = newStore(12);
        MaintenanceStore store(*db);
        const QString id = firstService(*db);
        const ResourceRecord was = *store.record(Table::Service, id);
        QVERIFY(!was.waitingToUpload);
        QVariantMap fields = was.fields;
        fields.insert(QStringLiteral("description"), QStringLiteral("  Walk-ins welcome.  "));
        fields.insert(QStringLiteral("minimum_age"), QStringLiteral("16"));
        auto saved = store.save(Rex, Table::Service, id, fields);
        QVERIFY2(saved && saved->saved(), qPrintable(saved ? saved->problems.value(0).message : saved.error()));
        const ResourceRecord now = *store.record(Table::Service, id);
        QCOMPARE(now.fields.value(QStringLiteral("description")).toString(), QStringLiteral("Walk-ins welcome."));
        QCOMPARE(now.fields.value(QStringLiteral("minimum_age")).toDouble(), 16.0);
        QCOMPARE(now.version, was.version); // still the hub's version it was based on
        QVERIFY(now.waitingToUpload);

        auto history = store.history(Table::Service, id);
        QVERIFY(history);
        QCOMPARE(history->size(), 2);
        QStringList changed;
        for (const HistoryEntry& h : *history) {
            QCOMPARE(h.by, QStringLiteral("rex"));
            QCOMPARE(h.origin, QStringLiteral("workstation"));
            QVERIFY(h.at.isValid());
            changed << h.field;
            if (h.field == QLatin1String("description")) {
                QCOMPARE(h.oldValue, was.fields.value(QStringLiteral("description")).toString());
                QCOMPARE(h.newValue, QStringLiteral("Walk-ins welcome."));
            }
        }
        changed.sort();
        QCOMPARE(changed, (QStringList{QStringLiteral("description"), QStringLiteral("minimum_age")}));

        QList<OutboxEntry> queued = waiting(*db);
        QCOMPARE(queued.size(), 1);
        QCOMPARE(queued.first().kind, QStringLiteral("edit"));
        QCOMPARE(queued.first().entityId, QStringLiteral("service/") + id);
        QCOMPARE(queued.first().baseVersion, was.version);
        // Saved again before it went: still one entry, with the whole latest record.
        fields.insert(QStringLiteral("description"), QStringLiteral("Walk-ins welcome until 16:00."));
        QVERIFY(store.save(Rex, Table::Service, id, fields)->saved());
        queued = waiting(*db);
        QCOMPARE(queued.size(), 1);
        const QJsonObject payload = QJsonDocument::fromJson(queued.first().payload).object();
        QCOMPARE(payload.value(QLatin1String("base_version")).toInteger(), was.version);
        QCOMPARE(payload.value(QLatin1String("record")).toObject().value(QLatin1String("description")).toString(),
                 QStringLiteral("Walk-ins welcome until 16:00."));
        QCOMPARE(payload.value(QLatin1String("record")).toObject().value(QLatin1String("minimum_age")).toDouble(),
                 16.0);
        // Once a try may have reached the hub, the next edit builds on the version it makes.
        QVERIFY(SyncStore(*db).markRetry(queued.first().seq, QStringLiteral("cut"), QDateTime::currentDateTimeUtc()));
        fields.insert(QStringLiteral("wait_time"), QStringLiteral("Two weeks"));
        QVERIFY(store.save(Rex, Table::Service, id, fields)->saved());
        queued = waiting(*db);
        QCOMPARE(queued.size(), 2);
        QCOMPARE(queued.last().baseVersion, was.version + 1);
        // Nothing changed: nothing kept, nothing sent.
        QVERIFY(store.save(Rex, Table::Service, id, fields)->saved());
        QCOMPARE(waiting(*db).size(), 2);
        QCOMPARE(store.history(Table::Service, id)->size(), 4);

        // The search sees the edit at once.
        fields.insert(QStringLiteral("name"), QStringLiteral("Zanzibar Lending Cupboard"));
        QVERIFY(store.save(Rex, Table::Service, id, fields)->saved());
        SearchQuery q;
        q.text = QStringLiteral("zanzibar cupboard");
        auto found = SearchEngine(*db).search(q);
        QVERIFY(found && !found->results.isEmpty());
        QCOMPARE(found->results.first().serviceId, id);
    }

    void childRecordsAreCreatedAndRemoved()
    {
        auto db = newStore(12);
        MaintenanceStore store(*db);
        const QString service = firstService(*db);
        const qint64 before = pending(*db);
        // A new phone, a language, hours and a taxonomy term (given by its code).
        auto phone = store.save(Rex,
                                Table::Phone,
                                {},
                                {{QStringLiteral("service_id"), service},
                                 {QStringLiteral("number"), QStringLiteral("(613) 555-0142")},
                                 {QStringLiteral("type"), QStringLiteral("voice")}});
        QVERIFY2(phone && phone->saved(), qPrintable(phone ? phone->problems.value(0).message : phone.error()));
        QVERIFY(!phone->id.isEmpty());
        QVERIFY(store
                    .save(Rex,
                          Table::Language,
                          {},
                          {{QStringLiteral("service_id"), service},
                           {QStringLiteral("name"), QStringLiteral("Tigrinya")},
                           {QStringLiteral("code"), QStringLiteral("ti")}})
                    ->saved());
        QVERIFY(store
                    .save(Rex,
                          Table::Schedule,
                          {},
                          {{QStringLiteral("service_id"), service},
                           {QStringLiteral("byday"), QStringLiteral("SA")},
                           {QStringLiteral("opens_at"), QStringLiteral("10:00")},
                           {QStringLiteral("closes_at"), QStringLiteral("14:00")},
                           {QStringLiteral("freq"), QStringLiteral("WEEKLY")}})
                    ->saved());
        auto terms = store.choices(Table::TaxonomyTerm, QStringLiteral("Food"), 5);
        QVERIFY(terms && !terms->isEmpty());
        const QString code = terms->first().second.section(u' ', 0, 0);
        auto attribute = store.save(Rex,
                                    Table::Attribute,
                                    {},
                                    {{QStringLiteral("link_id"), service},
                                     {QStringLiteral("link_entity"), QStringLiteral("service")},
                                     {QStringLiteral("link_type"), QStringLiteral("taxonomy")},
                                     {QStringLiteral("taxonomy_term_id"), code}});
        QVERIFY2(attribute && attribute->saved(),
                 qPrintable(attribute ? attribute->problems.value(0).message : attribute.error()));
        auto attributes = store.attributes(Table::Service, service);
        QVERIFY(std::any_of(attributes->begin(), attributes->end(), [&](const ResourceRecord& r) {
            return r.id == attribute->id && r.fields.value(QStringLiteral("taxonomy_term_id")) == terms->first().first
                && r.label().startsWith(code);
        }));
        QCOMPARE(pending(*db), before + 4);
        QVERIFY(store.record(Table::Service, service)->waitingToUpload); // its phone waits

        auto phones = store.children(Table::Phone, QStringLiteral("service_id"), service);
        QVERIFY(std::any_of(phones->begin(), phones->end(), [&](const ResourceRecord& r) {
            return r.id == phone->id && r.waitingToUpload && r.label() == QStringLiteral("(613) 555-0142");
        }));
        auto history = store.history(Table::Service, service);
        QVERIFY(std::any_of(history->begin(), history->end(), [&](const HistoryEntry& h) {
            return h.table == QLatin1String("phone") && h.event == QLatin1String("created");
        }));
        // Removed before it went up: the hub never had it, so nothing is sent for it.
        QVERIFY(store.remove(Rex, Table::Phone, phone->id));
        QVERIFY(!store.record(Table::Phone, phone->id));
        QCOMPARE(pending(*db), before + 3);
        history = store.history(Table::Service, service);
        QCOMPARE(history->first().event, QStringLiteral("removed"));
        QCOMPARE(history->first().recordId, phone->id);
        // A record the hub has: its removal is queued on its version.
        auto stored = store.children(
            Table::Phone, QStringLiteral("location_id"), store.choices(Table::Location, {}, 1)->first().first);
        if (!stored->isEmpty()) {
            QVERIFY(store.remove(Rex, Table::Phone, stored->first().id));
            QCOMPARE(waiting(*db).last().kind, QStringLiteral("remove"));
            QCOMPARE(waiting(*db).last().baseVersion, stored->first().version);
        }
        // Services are deactivated, not removed.
        QVERIFY(!store.remove(Rex, Table::Service, service));
    }

    void deactivationKeepsTheRecord()
    {
        auto db = newStore(12);
        MaintenanceStore store(*db);
        const QString service = firstService(*db);
        QVERIFY(store.deactivate(Rex, Table::Service, service));
        QCOMPARE(store.record(Table::Service, service)->fields.value(QStringLiteral("status")).toString(),
                 QStringLiteral("inactive"));
        // An organization: all its services.
        const QString org = store.record(Table::Service, firstService(*db, QStringLiteral("a")))
                                ->fields.value(QStringLiteral("organization_id"))
                                .toString();
        QVERIFY(store.deactivate(Rex, Table::Organization, org));
        auto services = store.choices(Table::Service, {}, 100, org);
        QVERIFY(!services->isEmpty());
        for (const auto& [id, name] : *services)
            QCOMPARE(store.record(Table::Service, id)->fields.value(QStringLiteral("status")).toString(),
                     QStringLiteral("inactive"));
        QVERIFY(store.record(Table::Organization, org)); // still there
        QVERIFY(!store.deactivate(Rex, Table::Location, store.choices(Table::Location, {}, 1)->first().first));
        // Inactive services leave the verification list.
        auto due = store.dueForVerification(QDate(2030, 1, 1), 12);
        QVERIFY(
            std::none_of(due->begin(), due->end(), [&](const VerificationItem& v) { return v.serviceId == service; }));
    }

    void theVerificationWorkList()
    {
        auto db = newStore(40);
        MaintenanceStore store(*db);
        const QDate today(2030, 1, 1); // every demo record is older than a year by then
        auto due = store.dueForVerification(today, 12);
        QVERIFY(due);
        const auto active = store.choices(Table::Service, {}, 100);
        qsizetype inactive = 0;
        for (const auto& [id, name] : *active)
            inactive += QStringList{QStringLiteral("inactive"), QStringLiteral("defunct")}.contains(
                store.record(Table::Service, id)->fields.value(QStringLiteral("status")).toString());
        QCOMPARE(due->size(), 40 - inactive);
        for (qsizetype i = 1; i < due->size(); ++i)
            QVERIFY(due->at(i - 1).verifiedOn <= due->at(i).verifiedOn); // oldest first
        QVERIFY(std::all_of(due->begin(), due->end(), [](const VerificationItem& v) {
            return !v.organizationName.isEmpty() && !v.city.isEmpty() && !v.region.isEmpty();
        }));
        // By region and by organization.
        const QString region = due->first().region;
        auto inRegion = store.dueForVerification(today, 12, region);
        QVERIFY(!inRegion->isEmpty() && inRegion->size() < due->size());
        QVERIFY(std::all_of(
            inRegion->begin(), inRegion->end(), [&](const VerificationItem& v) { return v.region == region; }));
        const QString org = due->first().organizationId;
        auto ofOrg = store.dueForVerification(today, 12, {}, org);
        QVERIFY(!ofOrg->isEmpty());
        QVERIFY(std::all_of(
            ofOrg->begin(), ofOrg->end(), [&](const VerificationItem& v) { return v.organizationId == org; }));
        // A much longer period: fewer are due.
        QVERIFY(store.dueForVerification(today, 60)->size() < due->size());

        // Marking one verified stamps it with the day and the specialist, and takes it off the list.
        const QString service = due->first().serviceId;
        QVERIFY(store.markVerified(Rex, service, today));
        const ResourceRecord r = *store.record(Table::Service, service);
        QCOMPARE(r.fields.value(QStringLiteral("assured_date")).toString(), QStringLiteral("2030-01-01"));
        QCOMPARE(r.fields.value(QStringLiteral("assurer_email")).toString(), QStringLiteral("rex"));
        QVERIFY(r.waitingToUpload);
        auto after = store.dueForVerification(today, 12);
        QCOMPARE(after->size(), due->size() - 1);
        auto history = store.history(Table::Service, service);
        QVERIFY(std::any_of(history->begin(), history->end(), [](const HistoryEntry& h) {
            return h.field == QLatin1String("assured_date") && h.newValue == QLatin1String("2030-01-01")
                && h.by == QLatin1String("rex");
        }));
    }

    void suggestionsWaitForTheResourceSpecialists()
    {
        auto db = newStore(5);
        MaintenanceStore store(*db);
        const QString service = firstService(*db);
        QVERIFY(!store.suggestChange(QStringLiteral("ana"), Table::Service, service, QStringLiteral("   ")));
        QVERIFY(!store.suggestChange(QStringLiteral("ana"), Table::Service, service, QString(4001, u'x')));
        auto id = store.suggestChange(
            QStringLiteral("ana"), Table::Service, service, QStringLiteral("Caller says the phone line is cut off."));
        QVERIFY2(id, qPrintable(id.error()));
        auto open = store.suggestions();
        QCOMPARE(open->size(), 1);
        QCOMPARE(open->first().by, QStringLiteral("ana"));
        QCOMPARE(open->first().recordLabel, store.record(Table::Service, service)->label());
        QVERIFY(open->first().waitingToUpload);
        QCOMPARE(waiting(*db).last().kind, QStringLiteral("suggestion"));
        QVERIFY(store.resolveSuggestion(Rex, *id));
        QVERIFY(store.suggestions()->isEmpty());
        QCOMPARE(store.suggestions(QStringLiteral("done"))->first().resolvedBy, QStringLiteral("rex"));
        QCOMPARE(waiting(*db).last().kind, QStringLiteral("suggestion_done"));

        // The hub's list: a broken one changes nothing.
        QVERIFY(!store.replaceOpenSuggestions("{\"suggestions\": [{\"id\": 3}]}"));
        QVERIFY(!store.replaceOpenSuggestions("not json"));
        QCOMPARE(store.suggestions(QStringLiteral("all"))->size(), 1);
        QVERIFY(store.replaceOpenSuggestions(
            R"({"suggestions": [{"id": "s-9", "table": "service", "record_id": "x", "note": "Moved to Elm St.",
                "suggested_by": "bo", "suggested_at": "2026-12-01T10:00:00.000Z", "state": "open"}]})"));
        open = store.suggestions();
        QCOMPARE(open->size(), 1);
        QCOMPARE(open->first().id, QStringLiteral("s-9"));
        QCOMPARE(open->first().note, QStringLiteral("Moved to Elm St."));
        QCOMPARE(store.suggestions(QStringLiteral("done"))->size(), 1); // settled here, kept
    }

    // --- with the hub

    void startHub()
    {
        const QString error = m_hub.startCluster();
        QVERIFY2(error.isEmpty(), qPrintable(error));
        QByteArray out;
        QVERIFY2(m_hub.run({QStringLiteral("load-taxonomy")}, &out) == 0, out.constData());
        auto source = newStore(20);
        QVERIFY(source);
        const QString exported = m_dir.filePath(QStringLiteral("hub.json"));
        QVERIFY(exportHsdsJson(*source, exported));
        QVERIFY2(m_hub.run({QStringLiteral("load"), exported}, &out) == 0, out.constData());
        QVERIFY(m_hub.addUser(QStringLiteral("ana"), QStringLiteral("specialist"), "ana-secret-1"));
        QVERIFY(m_hub.addUser(QStringLiteral("rex"), QStringLiteral("resource_specialist"), "rex-secret-1"));
        QVERIFY(m_hub.addUser(QStringLiteral("sue"), QStringLiteral("supervisor"), "sue-secret-1"));
        m_url = m_hub.serve();
        QVERIFY(!m_url.isEmpty());
    }

    void anEditReachesAnotherWorkstation()
    {
        QVERIFY(!m_url.isEmpty());
        Workstation one = workstation(QStringLiteral("rex"), "rex-secret-1");
        Workstation two = workstation(QStringLiteral("sue"), "sue-secret-1");
        QVERIFY(one.client && two.client);
        QVERIFY(sync(one) && sync(two));
        MaintenanceStore a(*one.db), b(*two.db);
        const QString service = firstService(*one.db);
        const ResourceRecord was = *a.record(Table::Service, service);

        // Offline first: saved here at once, waiting.
        QVariantMap fields = was.fields;
        fields.insert(QStringLiteral("description"), QStringLiteral("Now also on Saturdays."));
        QVERIFY(a.save(Rex, Table::Service, service, fields)->saved());
        auto phone = a.save(
            Rex,
            Table::Phone,
            {},
            {{QStringLiteral("service_id"), service}, {QStringLiteral("number"), QStringLiteral("705-555-0199")}});
        QVERIFY(phone && phone->saved());
        QVERIFY(a.record(Table::Service, service)->waitingToUpload);
        QCOMPARE(pending(*one.db), 2);

        // Up to the hub.
        const SyncReport up = one.client->run();
        QVERIFY2(up.ok() && up.pushed == 2, qPrintable(up.error));
        QCOMPARE(pending(*one.db), 0);
        const ResourceRecord sent = *a.record(Table::Service, service);
        QVERIFY(!sent.waitingToUpload);
        QCOMPARE(sent.version, was.version + 1); // the hub's new version, for the next edit
        QCOMPARE(hubRecord(Table::Service, service).value(QLatin1String("description")).toString(),
                 QStringLiteral("Now also on Saturdays."));
        QCOMPARE(hubRecord(Table::Phone, phone->id).value(QLatin1String("number")).toString(),
                 QStringLiteral("705-555-0199"));
        // Its own change coming back does not write its history again.
        QCOMPARE(a.history(Table::Service, service)->size(), 4); // description; phone created, service, number

        // Down to the other workstation, with who made it.
        QVERIFY(sync(two));
        QCOMPARE(b.record(Table::Service, service)->fields.value(QStringLiteral("description")).toString(),
                 QStringLiteral("Now also on Saturdays."));
        QVERIFY(b.record(Table::Phone, phone->id));
        auto history = b.history(Table::Service, service);
        QVERIFY(history);
        QVERIFY(std::any_of(history->begin(), history->end(), [&](const HistoryEntry& h) {
            return h.field == QLatin1String("description") && h.newValue == QLatin1String("Now also on Saturdays.")
                && h.oldValue == was.fields.value(QStringLiteral("description")).toString()
                && h.by == QLatin1String("rex") && h.origin == QLatin1String("hub");
        }));
        QVERIFY(std::any_of(history->begin(), history->end(), [&](const HistoryEntry& h) {
            return h.recordId == phone->id && h.event == QLatin1String("created");
        }));

        // A removal goes the same way.
        QVERIFY(b.remove(Editor{QStringLiteral("sue"), QStringLiteral("supervisor")}, Table::Phone, phone->id));
        QVERIFY(sync(two));
        QVERIFY(hubRecord(Table::Phone, phone->id).isEmpty());
        QVERIFY(sync(one));
        QVERIFY(!a.record(Table::Phone, phone->id));
        QCOMPARE(a.history(Table::Service, service)->first().event, QStringLiteral("removed"));
    }

    void conflictKeepHub()
    {
        QVERIFY(!m_url.isEmpty());
        Workstation one = workstation(QStringLiteral("rex"), "rex-secret-1");
        Workstation two = workstation(QStringLiteral("rex"), "rex-secret-1");
        QVERIFY(sync(one) && sync(two));
        const QString service = firstService(*one.db, QStringLiteral("e"));
        const qint64 seq = makeConflict(one, two, service);
        QVERIFY(seq > 0);
        MaintenanceStore b(*two.db);
        const EditConflict c = b.conflicts()->first();
        QCOMPARE(c.recordId, service);
        QVERIFY(c.hub);
        QCOMPARE(c.differing,
                 (QStringList{QStringLiteral("description"), QStringLiteral("url"), QStringLiteral("email")}));
        QCOMPARE(c.mine.value(QStringLiteral("description")).toString(), QStringLiteral("Mine: closed on Thursdays."));
        QCOMPARE(c.hub->value(QStringLiteral("description")).toString(),
                 QStringLiteral("Theirs: open late on Thursdays."));
        // Nothing is overwritten until someone chooses: the record here keeps mine.
        QVERIFY(b.record(Table::Service, service)->inConflict);
        QVERIFY(sync(two));
        QCOMPARE(b.record(Table::Service, service)->fields.value(QStringLiteral("description")).toString(),
                 QStringLiteral("Mine: closed on Thursdays."));
        // Edits wait until it is settled.
        QVERIFY(!b.save(Rex, Table::Service, service, c.mine));

        QVERIFY(b.keepHubVersion(Rex, seq));
        const ResourceRecord r = *b.record(Table::Service, service);
        QCOMPARE(r.fields.value(QStringLiteral("description")).toString(),
                 QStringLiteral("Theirs: open late on Thursdays."));
        QVERIFY(!r.fields.contains(QStringLiteral("url"))
                || r.fields.value(QStringLiteral("url")) == c.hub->value(QStringLiteral("url")));
        QCOMPARE(r.version, c.hubVersion);
        QVERIFY(!r.inConflict && !r.waitingToUpload);
        QVERIFY(b.conflicts()->isEmpty());
        QCOMPARE(pending(*two.db), 0);
        // And the next edit goes through.
        QVariantMap next = r.fields;
        next.insert(QStringLiteral("wait_time"), QStringLiteral("None"));
        QVERIFY(b.save(Rex, Table::Service, service, next)->saved());
        const SyncReport up = two.client->run();
        QVERIFY2(up.ok() && up.pushed == 1 && up.conflicts == 0, qPrintable(up.error));
    }

    void conflictKeepMine()
    {
        QVERIFY(!m_url.isEmpty());
        Workstation one = workstation(QStringLiteral("rex"), "rex-secret-1");
        Workstation two = workstation(QStringLiteral("rex"), "rex-secret-1");
        QVERIFY(sync(one) && sync(two));
        const QString service = firstService(*one.db, QStringLiteral("i"));
        const qint64 seq = makeConflict(one, two, service);
        QVERIFY(seq > 0);
        MaintenanceStore b(*two.db);
        const EditConflict c = b.conflicts()->first();
        QVERIFY(b.resolveConflict(Rex, seq, c.mine));
        QCOMPARE(pending(*two.db), 1);
        QCOMPARE(waiting(*two.db).first().baseVersion, c.hubVersion);
        const SyncReport up = two.client->run();
        QVERIFY2(up.ok() && up.pushed == 1 && up.conflicts == 0, qPrintable(up.error));
        const QJsonObject hub = hubRecord(Table::Service, service);
        QCOMPARE(hub.value(QLatin1String("description")).toString(), QStringLiteral("Mine: closed on Thursdays."));
        QCOMPARE(hub.value(QLatin1String("url")).toString(), c.mine.value(QStringLiteral("url")).toString());
        QVERIFY(!hub.contains(QLatin1String("email"))
                || hub.value(QLatin1String("email")) == c.mine.value(QStringLiteral("email")).toString());
        QVERIFY(b.conflicts()->isEmpty());
    }

    void conflictMerge()
    {
        QVERIFY(!m_url.isEmpty());
        Workstation one = workstation(QStringLiteral("rex"), "rex-secret-1");
        Workstation two = workstation(QStringLiteral("rex"), "rex-secret-1");
        QVERIFY(sync(one) && sync(two));
        const QString service = firstService(*one.db, QStringLiteral("o"));
        const qint64 seq = makeConflict(one, two, service);
        QVERIFY(seq > 0);
        MaintenanceStore b(*two.db);
        const EditConflict c = b.conflicts()->first();
        // Their description and email, my web site.
        QVariantMap merged = *c.hub;
        merged.insert(QStringLiteral("url"), c.mine.value(QStringLiteral("url")));
        // A merge is checked as any save is.
        QVariantMap broken = merged;
        broken.insert(QStringLiteral("status"), QStringLiteral("sleeping"));
        QVERIFY(!b.resolveConflict(Rex, seq, broken));
        QCOMPARE(b.conflicts()->size(), 1);
        QVERIFY(b.resolveConflict(Rex, seq, merged));
        const SyncReport up = two.client->run();
        QVERIFY2(up.ok() && up.pushed == 1, qPrintable(up.error));
        const QJsonObject hub = hubRecord(Table::Service, service);
        QCOMPARE(hub.value(QLatin1String("description")).toString(), QStringLiteral("Theirs: open late on Thursdays."));
        QCOMPARE(hub.value(QLatin1String("email")).toString(), c.hub->value(QStringLiteral("email")).toString());
        QCOMPARE(hub.value(QLatin1String("url")).toString(), c.mine.value(QStringLiteral("url")).toString());
        // The first workstation gets the merge.
        QVERIFY(sync(one));
        QCOMPARE(
            MaintenanceStore(*one.db).record(Table::Service, service)->fields.value(QStringLiteral("url")).toString(),
            c.mine.value(QStringLiteral("url")).toString());
    }

    void theHubRefusesASpecialistsEdit()
    {
        QVERIFY(!m_url.isEmpty());
        Workstation ana = workstation(QStringLiteral("ana"), "ana-secret-1");
        QVERIFY(ana.client && sync(ana));
        const QString service = firstService(*ana.db);
        const QJsonObject before = hubRecord(Table::Service, service);
        // The app would not let her; a workstation that believes otherwise (an old role, an
        // altered client) saves it here, and the hub refuses it.
        MaintenanceStore store(*ana.db);
        QVariantMap fields = store.record(Table::Service, service)->fields;
        fields.insert(QStringLiteral("name"), QStringLiteral("Renamed without the right"));
        QVERIFY(store.save(Editor{QStringLiteral("ana"), QStringLiteral("admin")}, Table::Service, service, fields)
                    ->saved());
        const SyncReport r = ana.client->run();
        QCOMPARE(r.failed, 1);
        auto failed = SyncStore(*ana.db).entries(QStringLiteral("failed"), 5);
        QVERIFY2(failed->first().lastError.contains(QStringLiteral("specialist")),
                 qPrintable(failed->first().lastError));
        QCOMPARE(hubRecord(Table::Service, service).value(QLatin1String("name")), before.value(QLatin1String("name")));
        // The record here is the hub's again; what she typed stays readable in the failed entry.
        const ResourceRecord now = *store.record(Table::Service, service);
        QCOMPARE(now.fields.value(QStringLiteral("name")).toString(), before.value(QLatin1String("name")).toString());
        QCOMPARE(now.version, before.value(QLatin1String("version")).toInteger());
        QVERIFY(failed->first().payload.contains("Renamed without the right"));
        auto history = store.history(Table::Service, service);
        QCOMPARE(history->first().origin, QStringLiteral("hub"));
        QCOMPARE(history->first().newValue, before.value(QLatin1String("name")).toString());
    }

    void aSuggestionReachesTheWorkList()
    {
        QVERIFY(!m_url.isEmpty());
        Workstation ana = workstation(QStringLiteral("ana"), "ana-secret-1");
        Workstation rex = workstation(QStringLiteral("rex"), "rex-secret-1");
        QVERIFY(sync(ana) && sync(rex));
        const QString service = firstService(*ana.db);
        auto id = MaintenanceStore(*ana.db).suggestChange(
            QStringLiteral("ana"), Table::Service, service, QStringLiteral("The clinic moved to 12 Elm St."));
        QVERIFY(id);
        QVERIFY(sync(ana)); // up (and she may not read the list: that is no failure)
        QCOMPARE(pending(*ana.db), 0);
        QVERIFY(sync(rex));
        MaintenanceStore r(*rex.db);
        auto open = r.suggestions();
        QVERIFY(std::any_of(open->begin(), open->end(), [&](const Suggestion& s) {
            return s.id == *id && s.by == QLatin1String("ana") && s.recordId == service
                && s.note == QLatin1String("The clinic moved to 12 Elm St.");
        }));
        QVERIFY(r.resolveSuggestion(Rex, *id));
        QVERIFY(sync(rex));
        QCOMPARE(pending(*rex.db), 0);
        // Settled on the hub: another resource specialist's list no longer has it.
        Workstation sue = workstation(QStringLiteral("sue"), "sue-secret-1");
        QVERIFY(sync(sue));
        auto theirs = MaintenanceStore(*sue.db).suggestions();
        QVERIFY(std::none_of(theirs->begin(), theirs->end(), [&](const Suggestion& s) { return s.id == *id; }));
    }
};

QTEST_GUILESS_MAIN(TestMaintenance)
#include "TestMaintenance.moc"
