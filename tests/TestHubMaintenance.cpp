// Resource maintenance on the hub, on a real PostgreSQL (docs/sync-protocol.md): the change feed
// names who made each change (a resource specialist's edit, a load), only the editing roles edit,
// and suggested changes go from any specialist to the resource specialists' work list and are
// resolved there, idempotent by key. A hub made before these is brought up to date. The
// open211-hub program answers; the workstation's libcurl transport asks.
#include "HubSchema.h"
#include "HubStore.h"
#include "Suggestions.h"
#include "TestHubUtil.h"

#include <QSqlError>
#include <QSqlQuery>
#include <QSqlRecord>
#include <QtTest>

using namespace open211;
using namespace open211::test;

namespace {

const QByteArray SpecialistPassword = "specialist pass 1";
const QByteArray EditorPassword = "editor pass 22";
const QByteArray SupervisorPassword = "supervisor pass 333";

using Headers = QList<QPair<QByteArray, QByteArray>>;

// The change-log trigger as a hub made before change authors had it (in short): it keeps no author.
const char* const AuthorlessTrigger = R"(
CREATE OR REPLACE FUNCTION hub_log_change() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    INSERT INTO change_log (table_name, id, seq, deleted, changed_at)
    VALUES (TG_TABLE_NAME, CASE WHEN TG_OP = 'DELETE' THEN OLD.id ELSE NEW.id END, nextval('hub_change_seq'),
            TG_OP = 'DELETE', now())
    ON CONFLICT (table_name, id) DO UPDATE
        SET seq = excluded.seq, deleted = excluded.deleted, changed_at = excluded.changed_at;
    RETURN NULL;
END $$)";

// What a schema is made of: columns, indexes, and the trigger functions' text.
QStringList schemaOf(const QSqlDatabase& db)
{
    return hubRows(
               db,
               QStringLiteral("SELECT table_name, column_name, data_type, is_nullable, coalesce(column_default, '') "
                              "FROM information_schema.columns WHERE table_schema = 'public' ORDER BY 1, 2"))
        + hubRows(db,
                  QStringLiteral("SELECT indexname, indexdef FROM pg_indexes WHERE schemaname = 'public' ORDER BY 1"))
        + hubRows(db,
                  QStringLiteral("SELECT proname, prosrc FROM pg_proc WHERE proname IN ('hub_log_change', "
                                 "'hub_change_lock') ORDER BY 1"))
        + hubRows(db, QStringLiteral("SELECT version FROM hub_schema"));
}

} // namespace

class TestHubMaintenance : public QObject
{
    Q_OBJECT

    HubFixture m_hub;
    QString m_base;
    QString m_specialist; // tokens
    QString m_editor;
    QString m_supervisor;
    int m_keys = 0;

    QString signIn(const QString& user, const QByteArray& password)
    {
        const HttpResponse r = http(
            QStringLiteral("POST"),
            m_base + QStringLiteral("/auth/token"),
            compact({{QStringLiteral("username"), user}, {QStringLiteral("password"), QString::fromUtf8(password)}}));
        return json(r).value(QStringLiteral("token")).toString();
    }

    static Headers bearer(const QString& token, const QString& key = {})
    {
        Headers h{{"Authorization", "Bearer " + token.toLatin1()}};
        if (!key.isEmpty())
            h.append({"Idempotency-Key", key.toUtf8()});
        return h;
    }

    QString nextKey(const QString& kind) { return QStringLiteral("%1:%2").arg(kind).arg(++m_keys); }

    HttpResponse get(const QString& path, const QString& token)
    {
        return http(QStringLiteral("GET"), m_base + path, {}, bearer(token));
    }

    HttpResponse
    send(const QString& method, const QString& path, const QString& token, const QByteArray& body, const QString& key)
    {
        return http(method, m_base + path, body, bearer(token, key));
    }

    HttpResponse suggest(const QString& token, const QJsonObject& body, const QString& key)
    {
        return send(QStringLiteral("POST"), QStringLiteral("/suggestions"), token, compact(body), key);
    }

    HttpResponse resolve(const QString& token, const QString& id, const QString& key)
    {
        return send(QStringLiteral("POST"), QStringLiteral("/suggestions/%1/resolve").arg(id), token, "{}", key);
    }

    // A suggestion with a fresh id about the Toronto shelter's phone.
    QJsonObject suggestion(const QString& note = QStringLiteral("The number rings a fax machine."))
    {
        return {{QStringLiteral("id"), QStringLiteral("sug-%1").arg(++m_keys)},
                {QStringLiteral("table"), QStringLiteral("phone")},
                {QStringLiteral("record_id"), QStringLiteral("svc-2-ph")},
                {QStringLiteral("note"), note},
                {QStringLiteral("suggested_at"), QStringLiteral("2026-11-25T10:15:00.250Z")}};
    }

    // The suggestions listed in a state, by id; fails the test on a bad answer.
    QHash<QString, QJsonObject> listed(const QString& state)
    {
        const HttpResponse r = get(QStringLiteral("/suggestions?state=") + state, m_editor);
        if (r.status != 200) {
            qWarning("suggestions: %s", describe(r).constData());
            return {};
        }
        QHash<QString, QJsonObject> out;
        for (const auto& s : json(r).value(QStringLiteral("suggestions")).toArray())
            out.insert(s.toObject().value(QStringLiteral("id")).toString(), s.toObject());
        return out;
    }

    // Every change after a sequence number (the feed's pages followed to its head).
    QList<QJsonObject> changesAfter(qint64 after)
    {
        QList<QJsonObject> all;
        for (int pages = 0; pages < 1000; ++pages) {
            const HttpResponse r = get(QStringLiteral("/sync/changes?after=%1&limit=500").arg(after), m_specialist);
            if (r.status != 200) {
                qWarning("changes: %s", describe(r).constData());
                return {};
            }
            const QJsonObject page = json(r);
            for (const auto& c : page.value(QStringLiteral("changes")).toArray())
                all.append(c.toObject());
            if (!page.value(QStringLiteral("more")).toBool())
                return all;
            after = page.value(QStringLiteral("next")).toInteger();
        }
        return all;
    }

    qint64 head()
    {
        return json(get(QStringLiteral("/sync/changes?limit=1"), m_specialist))
            .value(QStringLiteral("head"))
            .toInteger();
    }

    QJsonObject phone(const QString& id)
    {
        const QJsonObject service = json(http(QStringLiteral("GET"), m_base + QStringLiteral("/services/svc-2")));
        for (const auto& p : service.value(QStringLiteral("phones")).toArray()) {
            if (p.toObject().value(QStringLiteral("id")).toString() == id)
                return p.toObject();
        }
        return {};
    }

private slots:
    void initTestCase()
    {
        const QString error = m_hub.startCluster();
        QVERIFY2(error.isEmpty(), qPrintable(error));
        const QString loaded = m_hub.loadSample();
        QVERIFY2(loaded.isEmpty(), qPrintable(loaded));
        QVERIFY(m_hub.addUser(QStringLiteral("sam"), QStringLiteral("specialist"), SpecialistPassword));
        QVERIFY(m_hub.addUser(QStringLiteral("rita"), QStringLiteral("resource_specialist"), EditorPassword));
        QVERIFY(m_hub.addUser(QStringLiteral("sue"), QStringLiteral("supervisor"), SupervisorPassword));
        m_base = m_hub.serve();
        QVERIFY(!m_base.isEmpty());
        m_specialist = signIn(QStringLiteral("sam"), SpecialistPassword);
        m_editor = signIn(QStringLiteral("rita"), EditorPassword);
        m_supervisor = signIn(QStringLiteral("sue"), SupervisorPassword);
        QVERIFY(!m_specialist.isEmpty() && !m_editor.isEmpty() && !m_supervisor.isEmpty());
    }

    void cleanupTestCase()
    {
        QVERIFY(m_hub.stopServing());
        m_hub.pg.reset();
    }

    void feedNamesTheEditor()
    {
        const qint64 before = head();
        const QString id = QStringLiteral("svc-2-ph-%1").arg(++m_keys);
        const QJsonObject record{{QStringLiteral("id"), id},
                                 {QStringLiteral("service_id"), QStringLiteral("svc-2")},
                                 {QStringLiteral("number"), QStringLiteral("416-555-0177")}};
        HttpResponse r = send(QStringLiteral("PUT"),
                              QStringLiteral("/resources/phone/") + id,
                              m_editor,
                              compact({{QStringLiteral("base_version"), 0}, {QStringLiteral("record"), record}}),
                              nextKey(QStringLiteral("edit")));
        QVERIFY2(r.status == 200, describe(r).constData());

        QList<QJsonObject> changes = changesAfter(before);
        QCOMPARE(changes.size(), 1);
        QCOMPARE(changes[0].value(QStringLiteral("id")).toString(), id);
        QCOMPARE(changes[0].value(QStringLiteral("by")).toString(), QStringLiteral("rita"));

        // A removal's tombstone names who removed it.
        const qint64 edited = head();
        r = send(QStringLiteral("DELETE"),
                 QStringLiteral("/resources/phone/%1?base_version=1").arg(id),
                 m_editor,
                 {},
                 nextKey(QStringLiteral("edit")));
        QVERIFY2(r.status == 200, describe(r).constData());
        changes = changesAfter(edited);
        QCOMPARE(changes.size(), 1);
        QCOMPARE(changes[0].value(QStringLiteral("deleted")).toBool(), true);
        QCOMPARE(changes[0].value(QStringLiteral("by")).toString(), QStringLiteral("rita"));
    }

    void feedNamesALoad()
    {
        // The clinic's description changes in the file; reloaded, only it moves, named "load".
        const qint64 before = head();
        QJsonArray services = moreServices();
        QJsonObject clinic = services[1].toObject();
        clinic.insert(QStringLiteral("description"), QStringLiteral("Legal advice, reloaded %1.").arg(++m_keys));
        services[1] = clinic;
        const QString file = m_hub.dir.filePath(QStringLiteral("reload.json"));
        writeFile(file, QJsonDocument(services).toJson());
        QCOMPARE(m_hub.run({QStringLiteral("load"), file}), 0);

        const QList<QJsonObject> changes = changesAfter(before);
        QVERIFY(!changes.isEmpty());
        bool sawClinic = false;
        for (const QJsonObject& c : changes) {
            QCOMPARE(c.value(QStringLiteral("by")).toString(), QStringLiteral("load"));
            sawClinic |= c.value(QStringLiteral("id")).toString() == QLatin1String("svc-3");
        }
        QVERIFY(sawClinic);
    }

    void onlyEditorsEdit()
    {
        const qint64 before = head();
        const QJsonObject stored = phone(QStringLiteral("svc-2-ph"));
        QVERIFY(!stored.isEmpty());
        QJsonObject changed = stored;
        changed.insert(QStringLiteral("number"), QStringLiteral("416-555-0199"));
        const qint64 version = stored.value(QStringLiteral("version")).toInteger();

        HttpResponse r = send(QStringLiteral("PUT"),
                              QStringLiteral("/resources/phone/svc-2-ph"),
                              m_specialist,
                              compact({{QStringLiteral("base_version"), version}, {QStringLiteral("record"), changed}}),
                              nextKey(QStringLiteral("edit")));
        QCOMPARE(r.status, 403);
        QVERIFY(json(r).value(QStringLiteral("error")).toString().contains(QStringLiteral("resource_specialist")));
        r = send(QStringLiteral("DELETE"),
                 QStringLiteral("/resources/phone/svc-2-ph?base_version=%1").arg(version),
                 m_specialist,
                 {},
                 nextKey(QStringLiteral("edit")));
        QCOMPARE(r.status, 403);
        // Nothing changed, nothing entered the feed.
        QCOMPARE(phone(QStringLiteral("svc-2-ph")), stored);
        QCOMPARE(head(), before);

        // The other roles of the work list: a specialist may not read or resolve suggestions.
        QCOMPARE(get(QStringLiteral("/suggestions"), m_specialist).status, 403);
        QCOMPARE(resolve(m_specialist, QStringLiteral("sug-x"), nextKey(QStringLiteral("resolve"))).status, 403);
        QCOMPARE(get(QStringLiteral("/suggestions"), QStringLiteral("not-a-token")).status, 401);
        QCOMPARE(http(QStringLiteral("POST"),
                      m_base + QStringLiteral("/suggestions"),
                      compact(suggestion()),
                      {{"Idempotency-Key", "suggestion:x"}})
                     .status,
                 401);
        QCOMPARE(get(QStringLiteral("/suggestions"), m_supervisor).status, 200);
    }

    void specialistSuggestsAChange()
    {
        const QJsonObject body = suggestion();
        const QString id = body.value(QStringLiteral("id")).toString();
        const QString key = QStringLiteral("suggestion:") + id;
        const HttpResponse first = suggest(m_specialist, body, key);
        QVERIFY2(first.status == 201, describe(first).constData());
        const QJsonObject answer = json(first);
        QCOMPARE(answer.keys(), (QStringList{QStringLiteral("id"), QStringLiteral("received_at")}));
        QCOMPARE(answer.value(QStringLiteral("id")).toString(), id);
        const QDateTime received
            = QDateTime::fromString(answer.value(QStringLiteral("received_at")).toString(), Qt::ISODateWithMs);
        QVERIFY(received.isValid());
        QVERIFY(qAbs(received.secsTo(QDateTime::currentDateTimeUtc())) < 120);

        // The same request again: the first answer, byte for byte. The same key for another: 422.
        const HttpResponse again = suggest(m_specialist, body, key);
        QCOMPARE(again.status, 201);
        QCOMPARE(again.body, first.body);
        QJsonObject other = body;
        other.insert(QStringLiteral("note"), QStringLiteral("Something else."));
        QCOMPARE(suggest(m_specialist, other, key).status, 422);

        // In the resource specialists' work list (open ones by default), as sent, by whom.
        const HttpResponse list = get(QStringLiteral("/suggestions"), m_editor);
        QCOMPARE(list.status, 200);
        QJsonObject entry;
        for (const auto& s : json(list).value(QStringLiteral("suggestions")).toArray()) {
            if (s.toObject().value(QStringLiteral("id")).toString() == id)
                entry = s.toObject();
        }
        QCOMPARE(entry,
                 (QJsonObject{{QStringLiteral("id"), id},
                              {QStringLiteral("table"), QStringLiteral("phone")},
                              {QStringLiteral("record_id"), QStringLiteral("svc-2-ph")},
                              {QStringLiteral("note"), QStringLiteral("The number rings a fax machine.")},
                              {QStringLiteral("suggested_by"), QStringLiteral("sam")},
                              {QStringLiteral("suggested_at"), QStringLiteral("2026-11-25T10:15:00.250Z")},
                              {QStringLiteral("state"), QStringLiteral("open")}}));
        QCOMPARE(listed(QStringLiteral("all")).value(id), entry);
        QVERIFY(!listed(QStringLiteral("done")).contains(id));

        // A record the hub does not hold yet (a new one), a time with an offset, any role.
        QJsonObject unheld = suggestion(QStringLiteral("A new food bank opened on King Street."));
        unheld.insert(QStringLiteral("table"), QStringLiteral("service"));
        unheld.insert(QStringLiteral("record_id"), QStringLiteral("not-on-the-hub"));
        unheld.insert(QStringLiteral("suggested_at"), QStringLiteral("2026-11-25T05:15:00-05:00"));
        const HttpResponse r = suggest(m_supervisor, unheld, nextKey(QStringLiteral("suggestion")));
        QVERIFY2(r.status == 201, describe(r).constData());
        const QJsonObject stored = listed(QStringLiteral("open")).value(unheld.value(QStringLiteral("id")).toString());
        QCOMPARE(stored.value(QStringLiteral("suggested_at")).toString(), QStringLiteral("2026-11-25T10:15:00.000Z"));
        QCOMPARE(stored.value(QStringLiteral("suggested_by")).toString(), QStringLiteral("sue"));
    }

    void sameIdUnderAnotherKey()
    {
        const QJsonObject body = suggestion();
        const QString id = body.value(QStringLiteral("id")).toString();
        const HttpResponse first = suggest(m_specialist, body, nextKey(QStringLiteral("suggestion")));
        QCOMPARE(first.status, 201);
        // The same suggestion: answered as the first time, stored once.
        const HttpResponse again = suggest(m_specialist, body, nextKey(QStringLiteral("suggestion")));
        QCOMPARE(again.status, 201);
        QCOMPARE(json(again), json(first));
        // Another suggestion with its id: refused, the first kept.
        QJsonObject other = body;
        other.insert(QStringLiteral("note"), QStringLiteral("Not the same note."));
        const HttpResponse clash = suggest(m_specialist, other, nextKey(QStringLiteral("suggestion")));
        QCOMPARE(clash.status, 409);
        QVERIFY(json(clash).value(QStringLiteral("error")).toString().contains(id));
        QCOMPARE(listed(QStringLiteral("open")).value(id).value(QStringLiteral("note")),
                 body.value(QStringLiteral("note")));
    }

    void resourceSpecialistResolves()
    {
        const QJsonObject body = suggestion();
        const QString id = body.value(QStringLiteral("id")).toString();
        QCOMPARE(suggest(m_specialist, body, QStringLiteral("suggestion:") + id).status, 201);

        const QString key = QStringLiteral("resolve:") + id;
        const HttpResponse done = resolve(m_editor, id, key);
        QVERIFY2(done.status == 200, describe(done).constData());
        const QJsonObject answer = json(done);
        QCOMPARE(answer.value(QStringLiteral("id")).toString(), id);
        QCOMPARE(answer.value(QStringLiteral("state")).toString(), QStringLiteral("done"));
        QCOMPARE(answer.value(QStringLiteral("resolved_by")).toString(), QStringLiteral("rita"));
        const QDateTime resolvedAt
            = QDateTime::fromString(answer.value(QStringLiteral("resolved_at")).toString(), Qt::ISODateWithMs);
        QVERIFY(resolvedAt.isValid());
        QVERIFY(qAbs(resolvedAt.secsTo(QDateTime::currentDateTimeUtc())) < 120);
        QCOMPARE(answer.size(), 4);

        // Again under its key: the same answer. By someone else: done already, by rita.
        const HttpResponse replay = resolve(m_editor, id, key);
        QCOMPARE(replay.status, 200);
        QCOMPARE(replay.body, done.body);
        const HttpResponse second = resolve(m_supervisor, id, nextKey(QStringLiteral("resolve")));
        QCOMPARE(second.status, 200);
        QCOMPARE(json(second), answer);
        // The same key for another request: 422.
        QCOMPARE(send(QStringLiteral("POST"),
                      QStringLiteral("/suggestions/%1/resolve").arg(id),
                      m_editor,
                      R"({"comment": "fixed"})",
                      key)
                     .status,
                 422);

        // Listed as done, not as open.
        QVERIFY(!listed(QStringLiteral("open")).contains(id));
        const QJsonObject listedDone = listed(QStringLiteral("done")).value(id);
        QCOMPARE(listedDone.value(QStringLiteral("state")).toString(), QStringLiteral("done"));
        QCOMPARE(listedDone.value(QStringLiteral("resolved_by")).toString(), QStringLiteral("rita"));
        QCOMPARE(listedDone.value(QStringLiteral("resolved_at")), answer.value(QStringLiteral("resolved_at")));
        QCOMPARE(listedDone.value(QStringLiteral("suggested_by")).toString(), QStringLiteral("sam"));
        QVERIFY(listed(QStringLiteral("all")).contains(id));

        // Oldest first.
        const HttpResponse all = get(QStringLiteral("/suggestions?state=all"), m_editor);
        QString last;
        for (const auto& s : json(all).value(QStringLiteral("suggestions")).toArray()) {
            const QString at = s.toObject().value(QStringLiteral("suggested_at")).toString();
            QVERIFY2(last <= at, qPrintable(at));
            last = at;
        }

        // An unknown one: 404, and not remembered with its key.
        QCOMPARE(resolve(m_editor, QStringLiteral("never-suggested"), QStringLiteral("resolve:never")).status, 404);
        QCOMPARE(resolve(m_editor, QStringLiteral("never-suggested"), QStringLiteral("resolve:never")).status, 404);
    }

    void refusesMalformedRequests()
    {
        const int before = listed(QStringLiteral("all")).size();
        const auto status = [&](const QByteArray& body, const QString& key = QStringLiteral("suggestion:bad")) {
            return send(QStringLiteral("POST"), QStringLiteral("/suggestions"), m_specialist, body, key);
        };
        // Each problem named: the field the body gets wrong.
        const auto refused = [&](const QJsonObject& body, const QString& field) {
            const HttpResponse r = status(compact(body));
            if (r.status != 400)
                return false;
            return json(r).value(QStringLiteral("error")).toString().contains(u'"' + field + u'"');
        };
        QCOMPARE(status(compact(suggestion()), QString()).status, 400); // no Idempotency-Key
        QCOMPARE(status("not json").status, 400);
        QCOMPARE(status("[1, 2]").status, 400);
        for (const QString& field : {QStringLiteral("id"),
                                     QStringLiteral("table"),
                                     QStringLiteral("record_id"),
                                     QStringLiteral("note"),
                                     QStringLiteral("suggested_at")}) {
            QJsonObject body = suggestion();
            body.remove(field);
            QVERIFY2(refused(body, field), qPrintable(field));
            body.insert(field, 42);
            QVERIFY2(refused(body, field), qPrintable(field));
            body.insert(field, QStringLiteral("   "));
            QVERIFY2(refused(body, field), qPrintable(field));
        }
        QJsonObject body = suggestion();
        body.insert(QStringLiteral("table"), QStringLiteral("spaceship"));
        QVERIFY(refused(body, QStringLiteral("table")));
        body = suggestion(QString(Suggestions::MaxNote + 1, u'x'));
        QVERIFY(refused(body, QStringLiteral("note")));
        body = suggestion();
        body.insert(QStringLiteral("id"), QString(201, u'i'));
        QVERIFY(refused(body, QStringLiteral("id")));
        body = suggestion();
        body.insert(QStringLiteral("suggested_at"), QStringLiteral("yesterday"));
        QVERIFY(refused(body, QStringLiteral("suggested_at")));
        QCOMPARE(listed(QStringLiteral("all")).size(), before);

        // Limits are in characters: 4000 of them (each two UTF-16 units here) are taken.
        QString longest;
        for (int i = 0; i < Suggestions::MaxNote; ++i)
            longest += QStringLiteral("\U0001F4DE");
        const HttpResponse r = suggest(m_specialist, suggestion(longest), nextKey(QStringLiteral("suggestion")));
        QVERIFY2(r.status == 201, describe(r).constData());

        QCOMPARE(get(QStringLiteral("/suggestions?state=closed"), m_editor).status, 400);
        QCOMPARE(send(QStringLiteral("POST"),
                      QStringLiteral("/suggestions/x/resolve"),
                      m_editor,
                      "{not json",
                      nextKey(QStringLiteral("resolve")))
                     .status,
                 400);
        QCOMPARE(
            send(QStringLiteral("POST"), QStringLiteral("/suggestions/x/resolve"), m_editor, "{}", QString()).status,
            400); // no Idempotency-Key
    }

    // A hub made before change authors and suggestions is brought up to date at its next start, to
    // the schema a new hub gets, and its trigger then names the author.
    void upgradesAnOlderHub()
    {
        const QString connection = m_hub.pg->connectionString();
        {
            auto admin = HubStore::open(connection);
            QVERIFY2(admin, qPrintable(admin.error()));
            QSqlQuery q((*admin)->database());
            QVERIFY2(q.exec(QStringLiteral("DROP DATABASE IF EXISTS hub_upgraded")), qPrintable(q.lastError().text()));
            QVERIFY2(q.exec(QStringLiteral("CREATE DATABASE hub_upgraded")), qPrintable(q.lastError().text()));
        }
        const QString upgraded = connection + QStringLiteral(" dbname=hub_upgraded");
        {
            auto store = HubStore::open(upgraded);
            QVERIFY2(store, qPrintable(store.error()));
            QVERIFY((*store)->loadFile(dataPath(QStringLiteral("service-full.json"))));
            // Back to schema 4: no authors, no suggestions, the trigger as it was.
            QSqlQuery q((*store)->database());
            for (const QString& sql : {QStringLiteral("ALTER TABLE change_log DROP COLUMN changed_by"),
                                       QStringLiteral("DROP TABLE hub_suggestion"),
                                       QString::fromLatin1(AuthorlessTrigger),
                                       QStringLiteral("UPDATE hub_schema SET version = 4, fingerprint = 'schema 4'")})
                QVERIFY2(q.exec(sql), qPrintable(q.lastError().text()));
        }
        auto store = HubStore::open(upgraded);
        QVERIFY2(store, qPrintable(store.error()));
        QSqlDatabase db = (*store)->database();
        const QStringList fresh = [&] {
            auto main = HubStore::open(connection);
            return main ? schemaOf((*main)->database()) : QStringList();
        }();
        QVERIFY(!fresh.isEmpty());
        QCOMPARE(schemaOf(db), fresh);
        QCOMPARE(hubRows(db, QStringLiteral("SELECT version FROM hub_schema")),
                 QStringList{QString::number(HubSchema::latestVersion())});

        // What was logged before has no author; a change now has one.
        QCOMPARE(hubRows(db, QStringLiteral("SELECT count(*) FROM change_log WHERE changed_by IS NOT NULL")),
                 QStringList{QStringLiteral("0")});
        QJsonObject service = jsonObject(QStringLiteral("service-full.json"));
        QVERIFY(!service.isEmpty());
        service.insert(QStringLiteral("description"), QStringLiteral("Changed after the upgrade."));
        const QString file = m_hub.dir.filePath(QStringLiteral("upgraded.json"));
        writeFile(file, QJsonDocument(service).toJson());
        QVERIFY((*store)->loadFile(file));
        QCOMPARE(
            hubRows(db,
                    QStringLiteral("SELECT table_name, id, changed_by FROM change_log WHERE changed_by IS NOT NULL")),
            QStringList{QStringLiteral("service|svc-1|load")});
    }
};

QTEST_GUILESS_MAIN(TestHubMaintenance)
#include "TestHubMaintenance.moc"
