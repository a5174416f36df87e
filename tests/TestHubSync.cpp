// The hub's side of the workstations' sync on a real PostgreSQL (docs/sync-protocol.md): sign-in
// and roles, the change feed (every row once, in sequence order, paged; a change moves a row to
// the end; a delete leaves a tombstone), /deleted, and resource edits checked against versions,
// types and references, idempotent by key. The open211-hub program answers; the workstation's
// libcurl transport asks.
#include "HubAuth.h"
#include "HubStore.h"
#include "TestHubUtil.h"

#include <QtTest>

using namespace open211;
using namespace open211::test;

namespace {

const QByteArray SpecialistPassword = "specialist pass 1";
const QByteArray EditorPassword = "editor pass 22";

} // namespace

class TestHubSync : public QObject
{
    Q_OBJECT

    HubFixture m_hub;
    QString m_base;
    QString m_specialist; // tokens
    QString m_editor;
    int m_keys = 0;

    QString signIn(const QString& user, const QByteArray& password)
    {
        const HttpResponse r = http(
            QStringLiteral("POST"),
            m_base + QStringLiteral("/auth/token"),
            compact({{QStringLiteral("username"), user}, {QStringLiteral("password"), QString::fromUtf8(password)}}));
        return json(r).value(QStringLiteral("token")).toString();
    }

    static QList<QPair<QByteArray, QByteArray>> bearer(const QString& token, const QString& key = {})
    {
        QList<QPair<QByteArray, QByteArray>> h{{"Authorization", "Bearer " + token.toLatin1()}};
        if (!key.isEmpty())
            h.append({"Idempotency-Key", key.toUtf8()});
        return h;
    }

    HttpResponse get(const QString& path, const QString& token)
    {
        return http(QStringLiteral("GET"), m_base + path, {}, bearer(token));
    }

    HttpResponse put(const QString& path, const QJsonObject& body, const QString& key = {})
    {
        return http(QStringLiteral("PUT"),
                    m_base + path,
                    compact(body),
                    bearer(m_editor, key.isEmpty() ? QStringLiteral("edit:%1").arg(++m_keys) : key));
    }

    HttpResponse remove(const QString& path)
    {
        return http(
            QStringLiteral("DELETE"), m_base + path, {}, bearer(m_editor, QStringLiteral("edit:%1").arg(++m_keys)));
    }

    // Every change after a sequence number, paged; fails the test on a bad page.
    QList<QJsonObject> changesAfter(qint64 after, int limit, qint64* head = nullptr)
    {
        QList<QJsonObject> all;
        for (int pages = 0; pages < 10000; ++pages) {
            const HttpResponse r
                = get(QStringLiteral("/sync/changes?after=%1&limit=%2").arg(after).arg(limit), m_editor);
            if (r.status != 200) {
                qWarning("changes: %s", describe(r).constData());
                return {};
            }
            const QJsonObject page = json(r);
            const QJsonArray changes = page.value(QStringLiteral("changes")).toArray();
            if (changes.size() > limit)
                return {};
            for (const auto& c : changes)
                all.append(c.toObject());
            const qint64 next = page.value(QStringLiteral("next")).toInteger();
            if (head)
                *head = page.value(QStringLiteral("head")).toInteger();
            if (!page.value(QStringLiteral("more")).toBool())
                return all;
            if (next <= after)
                return {}; // no progress: the test fails on the count
            after = next;
        }
        return all;
    }

    qint64 head()
    {
        return json(get(QStringLiteral("/sync/changes?limit=1&after=0"), m_editor))
            .value(QStringLiteral("head"))
            .toInteger();
    }

    // The flat record of a service as the read API gives it (without its nested parts).
    QJsonObject flatService(const QString& id)
    {
        QJsonObject o = json(http(QStringLiteral("GET"), m_base + QStringLiteral("/services/") + id));
        for (const QString& key : o.keys()) {
            if (o.value(key).isArray() || o.value(key).isObject())
                o.remove(key);
        }
        return o;
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
        m_base = m_hub.serve();
        QVERIFY(!m_base.isEmpty());
        m_specialist = signIn(QStringLiteral("sam"), SpecialistPassword);
        m_editor = signIn(QStringLiteral("rita"), EditorPassword);
        QVERIFY(!m_specialist.isEmpty() && !m_editor.isEmpty());
    }

    void cleanupTestCase()
    {
        QVERIFY(m_hub.stopServing());
        m_hub.pg.reset();
    }

    void signsInWithRoles()
    {
        const HttpResponse ok = http(QStringLiteral("POST"),
                                     m_base + QStringLiteral("/auth/token"),
                                     compact({{QStringLiteral("username"), QStringLiteral("rita")},
                                              {QStringLiteral("password"), QString::fromUtf8(EditorPassword)}}));
        QCOMPARE(ok.status, 200);
        const QJsonObject s = json(ok);
        QCOMPARE(s.value(QStringLiteral("username")).toString(), QStringLiteral("rita"));
        QCOMPARE(s.value(QStringLiteral("display_name")).toString(), QStringLiteral("rita"));
        QCOMPARE(s.value(QStringLiteral("role")).toString(), QStringLiteral("resource_specialist"));
        QCOMPARE(s.value(QStringLiteral("token")).toString().size(), 43); // 32 random bytes, base64url
        const QDateTime expires = QDateTime::fromString(s.value(QStringLiteral("expires_at")).toString(), Qt::ISODate);
        QVERIFY(qAbs(QDateTime::currentDateTimeUtc().secsTo(expires) - 12 * 3600) < 120);

        const auto signInStatus = [&](const QByteArray& body) {
            return http(QStringLiteral("POST"), m_base + QStringLiteral("/auth/token"), body).status;
        };
        QCOMPARE(signInStatus(R"({"username": "rita", "password": "wrong password"})"), 401);
        QCOMPARE(signInStatus(R"({"username": "nobody", "password": "editor pass 22"})"), 401);
        QCOMPARE(signInStatus(R"({"username": "rita"})"), 400);
        QCOMPARE(signInStatus(R"({"username": "rita", "password": 12345678})"), 400);
        QCOMPARE(signInStatus("username=rita&password=x"), 400);

        // Without a valid bearer token: 401, whatever the endpoint.
        const HttpResponse none = http(QStringLiteral("GET"), m_base + QStringLiteral("/sync/changes"));
        QCOMPARE(none.status, 401);
        QVERIFY(json(none).contains(QStringLiteral("error")));
        QVERIFY(none.header("www-authenticate").startsWith("Bearer"));
        QCOMPARE(get(QStringLiteral("/sync/changes"), QStringLiteral("not-a-token")).status, 401);
        QCOMPARE(http(QStringLiteral("GET"),
                      m_base + QStringLiteral("/deleted?since=2020-01-01T00:00:00Z"),
                      {},
                      {{"Authorization", "Basic cml0YTpwYXNz"}})
                     .status,
                 401);
        QCOMPARE(http(QStringLiteral("POST"), m_base + QStringLiteral("/calls"), "{}", {{"Idempotency-Key", "call:x"}})
                     .status,
                 401);
        QCOMPARE(http(QStringLiteral("PUT"), m_base + QStringLiteral("/resources/phone/x"), "{}").status, 401);
        QCOMPARE(http(QStringLiteral("GET"), m_base + QStringLiteral("/calls/x")).status, 401);
        // The HSDS read endpoints stay open.
        QCOMPARE(http(QStringLiteral("GET"), m_base + QStringLiteral("/services")).status, 200);

        // A wrong role: 403.
        const HttpResponse forbidden = http(QStringLiteral("PUT"),
                                            m_base + QStringLiteral("/resources/phone/svc-2-ph"),
                                            R"({"base_version": 1, "record": {"number": "1"}})",
                                            bearer(m_specialist, QStringLiteral("edit:forbidden")));
        QCOMPARE(forbidden.status, 403);
        QVERIFY(
            json(forbidden).value(QStringLiteral("error")).toString().contains(QStringLiteral("resource_specialist")));
        QCOMPARE(get(QStringLiteral("/calls/x"), m_editor).status, 403);
        QCOMPARE(get(QStringLiteral("/sync/changes?limit=1"), m_specialist).status, 200);

        // add-user checks its input; adding a user again sets a new password and ends their sessions.
        QByteArray out;
        QCOMPARE(
            m_hub.run(
                {QStringLiteral("add-user"), QStringLiteral("x"), QStringLiteral("--role"), QStringLiteral("boss")},
                &out,
                "password 123\n"),
            2);
        QVERIFY2(out.contains("resource_specialist"), out.constData());
        QCOMPARE(
            m_hub.run(
                {QStringLiteral("add-user"), QStringLiteral("x"), QStringLiteral("--role"), QStringLiteral("admin")},
                &out,
                "short\n"),
            1);
        QVERIFY2(out.contains("8 to 1024"), out.constData());
        QVERIFY(m_hub.addUser(QStringLiteral("temp"), QStringLiteral("supervisor"), "first password"));
        const QString before = signIn(QStringLiteral("temp"), "first password");
        QCOMPARE(get(QStringLiteral("/calls/nothing"), before).status, 404); // a supervisor may read calls
        QCOMPARE(m_hub.run({QStringLiteral("add-user"),
                            QStringLiteral("temp"),
                            QStringLiteral("--role"),
                            QStringLiteral("supervisor"),
                            QStringLiteral("--display-name"),
                            QStringLiteral("Terry Temp")},
                           &out,
                           "second password\n"),
                 0);
        QVERIFY2(out.contains("Updated"), out.constData());
        QCOMPARE(get(QStringLiteral("/calls/nothing"), before).status, 401);
        QVERIFY(signIn(QStringLiteral("temp"), "first password").isEmpty());
        QVERIFY(!signIn(QStringLiteral("temp"), "second password").isEmpty());

        // Passwords are kept as Argon2id strings.
        const QByteArray hash = HubAuth::hashPassword("some password");
        QVERIFY2(hash.startsWith("$argon2id$"), hash.constData());
        QVERIFY(HubAuth::verifyPassword(hash, "some password"));
        QVERIFY(!HubAuth::verifyPassword(hash, "some passwore"));
    }

    void feedFromZeroHasEveryRowOnce()
    {
        auto store = HubStore::open(m_hub.pg->connectionString());
        QVERIFY2(store, qPrintable(store.error()));
        qint64 rows = 0;
        for (hsds::Table t : hsds::allTables())
            rows += (*store)->list(t, {}, 1, 1)->total;
        QVERIFY(rows > 500); // the demo taxonomy and three services

        qint64 head = 0;
        const QList<QJsonObject> changes = changesAfter(0, 97, &head);
        QCOMPARE(qint64(changes.size()), rows);
        QSet<QString> seen;
        qint64 last = 0;
        for (const QJsonObject& c : changes) {
            const qint64 seq = c.value(QStringLiteral("seq")).toInteger();
            QVERIFY(seq > last);
            last = seq;
            const QString table = c.value(QStringLiteral("table")).toString();
            const QString id = c.value(QStringLiteral("id")).toString();
            QVERIFY2(!seen.contains(table + u'/' + id), qPrintable(id));
            seen.insert(table + u'/' + id);
            QVERIFY(hsds::byName(table));
            QCOMPARE(c.value(QStringLiteral("deleted")).toBool(), false);
            // A flat row: its table's fields, with version and last_modified, nulls left out.
            const QJsonObject record = c.value(QStringLiteral("record")).toObject();
            QCOMPARE(record.value(QStringLiteral("id")).toString(), id);
            QVERIFY(record.value(QStringLiteral("version")).toInteger() >= 1);
            QVERIFY(
                QDateTime::fromString(record.value(QStringLiteral("last_modified")).toString(), Qt::ISODate).isValid());
            for (auto it = record.constBegin(); it != record.constEnd(); ++it) {
                QVERIFY2(it->isString() || it->isDouble(), qPrintable(it.key()));
                QVERIFY(hsds::byName(table)->fieldIndex(it.key()) >= 0 || it.key() == QLatin1String("version")
                        || it.key() == QLatin1String("last_modified"));
            }
        }
        QCOMPARE(last, head);
        const QJsonObject phone = [&] {
            for (const QJsonObject& c : changes) {
                if (c.value(QStringLiteral("id")).toString() == QLatin1String("loc-1-ph"))
                    return c.value(QStringLiteral("record")).toObject();
            }
            return QJsonObject();
        }();
        QCOMPARE(phone.value(QStringLiteral("extension")).toInt(), 22);
        QVERIFY(!phone.contains(QStringLiteral("description")));

        // Paging: a limit is kept, "next" is the page's last number, and past the head nothing comes.
        const QJsonObject page = json(get(QStringLiteral("/sync/changes?after=0&limit=5"), m_editor));
        QCOMPARE(page.value(QStringLiteral("changes")).toArray().size(), 5);
        QCOMPARE(
            page.value(QStringLiteral("next")).toInteger(),
            page.value(QStringLiteral("changes")).toArray().last().toObject().value(QStringLiteral("seq")).toInteger());
        QCOMPARE(page.value(QStringLiteral("more")).toBool(), true);
        const QJsonObject end = json(get(QStringLiteral("/sync/changes?after=%1").arg(head), m_editor));
        QVERIFY(end.value(QStringLiteral("changes")).toArray().isEmpty());
        QCOMPARE(end.value(QStringLiteral("next")).toInteger(), head);
        QCOMPARE(end.value(QStringLiteral("more")).toBool(), false);
        QCOMPARE(changesAfter(0, 5000).size(), changes.size());
    }

    void changesMoveARowToTheEnd()
    {
        // Loading the same file again changes nothing: nothing enters the feed.
        const qint64 start = head();
        QCOMPARE(m_hub.run({QStringLiteral("load"), dataPath(QStringLiteral("service-full.json"))}), 0);
        QCOMPARE(head(), start);

        // A file with one field changed: only that record comes again, at the end, one version up.
        QJsonObject changed = jsonObject(QStringLiteral("service-full.json"));
        changed[QStringLiteral("name")] = QStringLiteral("Downtown Food Bank");
        const QString path = m_hub.dir.filePath(QStringLiteral("changed.json"));
        writeFile(path, QJsonDocument(changed).toJson());
        QCOMPARE(m_hub.run({QStringLiteral("load"), path}), 0);
        QList<QJsonObject> after = changesAfter(start, 100);
        QCOMPARE(after.size(), 1);
        QCOMPARE(after.first().value(QStringLiteral("table")).toString(), QStringLiteral("service"));
        QCOMPARE(after.first().value(QStringLiteral("id")).toString(), QStringLiteral("svc-1"));
        const QJsonObject record = after.first().value(QStringLiteral("record")).toObject();
        QCOMPARE(record.value(QStringLiteral("name")).toString(), QStringLiteral("Downtown Food Bank"));
        QCOMPARE(record.value(QStringLiteral("version")).toInt(), 2);

        // An edit moves its row to the end too; from 0 the row is still there once, at its new place.
        const qint64 beforeEdit = head();
        const HttpResponse edit = put(QStringLiteral("/resources/phone/svc-2-ph"),
                                      {{QStringLiteral("base_version"), 1},
                                       {QStringLiteral("record"),
                                        QJsonObject{{QStringLiteral("service_id"), QStringLiteral("svc-2")},
                                                    {QStringLiteral("number"), QStringLiteral("416-555-0199")}}}});
        QVERIFY2(edit.status == 200, describe(edit).constData());
        const QJsonObject written = json(edit).value(QStringLiteral("record")).toObject();
        QCOMPARE(written.value(QStringLiteral("version")).toInt(), 2);
        QVERIFY(qAbs(QDateTime::fromString(written.value(QStringLiteral("last_modified")).toString(), Qt::ISODate)
                         .secsTo(QDateTime::currentDateTimeUtc()))
                < 120);
        after = changesAfter(beforeEdit, 100);
        QCOMPARE(after.size(), 1);
        QCOMPARE(after.first().value(QStringLiteral("record")).toObject(), written);
        const QList<QJsonObject> all = changesAfter(0, 1000);
        QCOMPARE(all.last().value(QStringLiteral("id")).toString(), QStringLiteral("svc-2-ph"));
        QCOMPARE(std::count_if(all.begin(),
                               all.end(),
                               [](const QJsonObject& c) {
                                   return c.value(QStringLiteral("id")).toString() == QLatin1String("svc-2-ph");
                               }),
                 1);
        // ...and the read API shows the new number.
        const QJsonObject service = json(http(QStringLiteral("GET"), m_base + QStringLiteral("/services/svc-2")));
        QCOMPARE(service.value(QStringLiteral("phones"))
                     .toArray()
                     .first()
                     .toObject()
                     .value(QStringLiteral("number"))
                     .toString(),
                 QStringLiteral("416-555-0199"));
    }

    void deletesLeaveTombstones()
    {
        const QDateTime since = QDateTime::currentDateTimeUtc().addSecs(-2);
        const qint64 start = head();
        const HttpResponse removed = remove(QStringLiteral("/resources/language/svc-1-fr?base_version=1"));
        QVERIFY2(removed.status == 200, describe(removed).constData());
        QCOMPARE(json(removed).value(QStringLiteral("deleted")).toBool(), true);
        QList<QJsonObject> after = changesAfter(start, 100);
        QCOMPARE(after.size(), 1);
        QCOMPARE(after.first().value(QStringLiteral("table")).toString(), QStringLiteral("language"));
        QCOMPARE(after.first().value(QStringLiteral("id")).toString(), QStringLiteral("svc-1-fr"));
        QCOMPARE(after.first().value(QStringLiteral("deleted")).toBool(), true);
        QVERIFY(!after.first().contains(QStringLiteral("record")));
        const QList<QJsonObject> all = changesAfter(0, 1000);
        QCOMPARE(all.last().value(QStringLiteral("deleted")).toBool(), true);

        // A service is deactivated, not deleted; /deleted lists both kinds since a time.
        QJsonObject shelter = flatService(QStringLiteral("svc-3"));
        const qint64 version = shelter.value(QStringLiteral("version")).toInteger();
        shelter[QStringLiteral("status")] = QStringLiteral("inactive");
        const HttpResponse deactivated
            = put(QStringLiteral("/resources/service/svc-3"),
                  {{QStringLiteral("base_version"), version}, {QStringLiteral("record"), shelter}});
        QVERIFY2(deactivated.status == 200, describe(deactivated).constData());
        QCOMPARE(remove(QStringLiteral("/resources/service/svc-3?base_version=%1").arg(version + 1)).status, 422);

        const HttpResponse list
            = get(QStringLiteral("/deleted?since=") + encoded(since.toString(Qt::ISODateWithMs)), m_editor);
        QVERIFY2(list.status == 200, describe(list).constData());
        const QJsonArray gone = json(list).value(QStringLiteral("contents")).toArray();
        QCOMPARE(gone.size(), 2);
        QCOMPARE(gone[0].toObject().value(QStringLiteral("table")).toString(), QStringLiteral("language"));
        QCOMPARE(gone[0].toObject().value(QStringLiteral("id")).toString(), QStringLiteral("svc-1-fr"));
        QVERIFY(!gone[0].toObject().contains(QStringLiteral("deactivated")));
        QVERIFY(
            QDateTime::fromString(gone[0].toObject().value(QStringLiteral("deleted_at")).toString(), Qt::ISODateWithMs)
            >= since);
        QCOMPARE(gone[1].toObject().value(QStringLiteral("id")).toString(), QStringLiteral("svc-3"));
        QCOMPARE(gone[1].toObject().value(QStringLiteral("deactivated")).toBool(), true);
        QCOMPARE(json(get(QStringLiteral("/deleted?since=2999-01-01T00:00:00Z"), m_editor))
                     .value(QStringLiteral("total_items"))
                     .toInt(),
                 0);
        QCOMPARE(get(QStringLiteral("/deleted?since=yesterday"), m_editor).status, 400);
        QCOMPARE(get(QStringLiteral("/deleted"), m_editor).status, 400);

        // What a removal refuses: a record something refers to, a stale version, a missing one.
        const HttpResponse referred = remove(QStringLiteral("/resources/phone/loc-1-ph?base_version=1"));
        QCOMPARE(referred.status, 422);
        QVERIFY(json(referred).value(QStringLiteral("error")).toString().contains(QStringLiteral("loc-1-ph-fr")));
        const HttpResponse stale = remove(QStringLiteral("/resources/schedule/svc-1-h?base_version=7"));
        QCOMPARE(stale.status, 409);
        QCOMPARE(json(stale).value(QStringLiteral("current")).toObject().value(QStringLiteral("id")).toString(),
                 QStringLiteral("svc-1-h"));
        QCOMPARE(remove(QStringLiteral("/resources/schedule/none?base_version=1")).status, 404);
        QCOMPARE(remove(QStringLiteral("/resources/schedule/svc-1-h")).status, 400);
        QCOMPARE(remove(QStringLiteral("/resources/schedules/svc-1-h?base_version=1")).status, 404);

        // Made again, the record comes back to life in the feed.
        const qint64 beforeAgain = head();
        const HttpResponse again = put(QStringLiteral("/resources/language/svc-1-fr"),
                                       {{QStringLiteral("record"),
                                         QJsonObject{{QStringLiteral("service_id"), QStringLiteral("svc-1")},
                                                     {QStringLiteral("code"), QStringLiteral("fr")}}}});
        QVERIFY2(again.status == 200, describe(again).constData());
        after = changesAfter(beforeAgain, 100);
        QCOMPARE(after.size(), 1);
        QCOMPARE(after.first().value(QStringLiteral("deleted")).toBool(), false);
        QCOMPARE(after.first().value(QStringLiteral("record")).toObject().value(QStringLiteral("version")).toInt(), 1);
    }

    void editsCheckVersionsAndValues()
    {
        QJsonObject clinic = flatService(QStringLiteral("svc-2"));
        const qint64 version = clinic.value(QStringLiteral("version")).toInteger();
        const auto edit = [&](const QJsonObject& record, qint64 base, const QString& key = {}) {
            return put(QStringLiteral("/resources/service/svc-2"),
                       {{QStringLiteral("base_version"), base}, {QStringLiteral("record"), record}},
                       key);
        };
        const auto errorOf = [](const HttpResponse& r) {
            return json(r).value(QStringLiteral("error")).toString();
        };

        // Idempotent: the same key and body answer alike, even after the record moved on.
        clinic[QStringLiteral("description")] = QStringLiteral("Beds, meals and showers.");
        const HttpResponse first = edit(clinic, version, QStringLiteral("edit:same"));
        QVERIFY2(first.status == 200, describe(first).constData());
        const HttpResponse repeat = edit(clinic, version, QStringLiteral("edit:same"));
        QCOMPARE(repeat.status, 200);
        QCOMPARE(repeat.body, first.body);
        QJsonObject later = clinic;
        later[QStringLiteral("wait_time")] = QStringLiteral("None");
        QCOMPARE(edit(later, version + 1).status, 200);
        QCOMPARE(edit(clinic, version, QStringLiteral("edit:same")).body, first.body);
        QCOMPARE(edit(later, version + 2, QStringLiteral("edit:same")).status, 422); // another body, same key

        // A stale base version: 409 with the hub's record; nothing written.
        const HttpResponse stale = edit(clinic, version);
        QCOMPARE(stale.status, 409);
        const QJsonObject current = json(stale).value(QStringLiteral("current")).toObject();
        QCOMPARE(current.value(QStringLiteral("version")).toInteger(), version + 2);
        QCOMPARE(current.value(QStringLiteral("wait_time")).toString(), QStringLiteral("None"));
        QCOMPARE(edit(clinic, 0).status, 409); // "new" but there
        const HttpResponse gone
            = put(QStringLiteral("/resources/phone/never-was"),
                  {{QStringLiteral("base_version"), 4},
                   {QStringLiteral("record"), QJsonObject{{QStringLiteral("number"), QStringLiteral("1")}}}});
        QCOMPARE(gone.status, 409);
        QVERIFY(json(gone).value(QStringLiteral("current")).isNull());

        // Validation as the workstation's import validates: 422 naming the field.
        const qint64 now = version + 2;
        QJsonObject bad = clinic;
        bad[QStringLiteral("minimum_age")] = QStringLiteral("eighteen");
        HttpResponse r = edit(bad, now);
        QCOMPARE(r.status, 422);
        QVERIFY(errorOf(r).contains(QStringLiteral("minimum_age")));
        bad = clinic;
        bad.remove(QStringLiteral("name"));
        QVERIFY(errorOf(edit(bad, now)).contains(QStringLiteral("\"name\"")));
        bad = clinic;
        bad[QStringLiteral("status")] = QStringLiteral("maybe");
        QCOMPARE(edit(bad, now).status, 422);
        bad = clinic;
        bad[QStringLiteral("organization_id")] = QStringLiteral("org-404");
        r = edit(bad, now);
        QCOMPARE(r.status, 422);
        QVERIFY(errorOf(r).contains(QStringLiteral("org-404")));
        bad = clinic;
        bad[QStringLiteral("colour")] = QStringLiteral("blue");
        QVERIFY(errorOf(edit(bad, now)).contains(QStringLiteral("colour")));
        bad = clinic;
        bad[QStringLiteral("id")] = QStringLiteral("svc-9");
        QCOMPARE(edit(bad, now).status, 422);
        bad = clinic;
        bad[QStringLiteral("name")] = QJsonArray{QStringLiteral("a")};
        QCOMPARE(edit(bad, now).status, 422);
        r = put(QStringLiteral("/resources/attribute/new-attr"),
                {{QStringLiteral("record"),
                  QJsonObject{{QStringLiteral("link_id"), QStringLiteral("svc-404")},
                              {QStringLiteral("link_entity"), QStringLiteral("service")},
                              {QStringLiteral("link_type"), QStringLiteral("taxonomy")},
                              {QStringLiteral("taxonomy_term_id"), QStringLiteral("BD-1800.2000")}}}});
        QCOMPARE(r.status, 422);
        QVERIFY(errorOf(r).contains(QStringLiteral("svc-404")));
        // A body that is not an edit: 400. An unknown table: 404.
        QCOMPARE(
            put(QStringLiteral("/resources/service/svc-2"), {{QStringLiteral("record"), QStringLiteral("x")}}).status,
            400);
        QCOMPARE(put(QStringLiteral("/resources/service/svc-2"),
                     {{QStringLiteral("base_version"), QStringLiteral("3")}, {QStringLiteral("record"), clinic}})
                     .status,
                 400);
        QCOMPARE(edit(clinic, -1).status, 400);
        QCOMPARE(put(QStringLiteral("/resources/spaceship/1"), {{QStringLiteral("record"), QJsonObject()}}).status,
                 404);
        QCOMPARE(http(QStringLiteral("PUT"),
                      m_base + QStringLiteral("/resources/service/svc-2"),
                      compact({{QStringLiteral("base_version"), now}, {QStringLiteral("record"), clinic}}),
                      bearer(m_editor))
                     .status,
                 400); // no Idempotency-Key

        // Nothing above was written.
        QCOMPARE(flatService(QStringLiteral("svc-2")).value(QStringLiteral("version")).toInteger(), now);

        // A new record, then found nested in its service.
        r = put(QStringLiteral("/resources/phone/svc-2-ph2"),
                {{QStringLiteral("base_version"), 0},
                 {QStringLiteral("record"),
                  QJsonObject{{QStringLiteral("id"), QStringLiteral("svc-2-ph2")},
                              {QStringLiteral("service_id"), QStringLiteral("svc-2")},
                              {QStringLiteral("number"), QStringLiteral("416-555-0142")},
                              {QStringLiteral("extension"), 7}}}});
        QVERIFY2(r.status == 200, describe(r).constData());
        QCOMPARE(json(r).value(QStringLiteral("record")).toObject().value(QStringLiteral("extension")).toInt(), 7);
        const QJsonObject service = json(http(QStringLiteral("GET"), m_base + QStringLiteral("/services/svc-2")));
        QCOMPARE(service.value(QStringLiteral("phones")).toArray().size(), 2);
    }
};

QTEST_GUILESS_MAIN(TestHubSync)
#include "TestHubSync.moc"
