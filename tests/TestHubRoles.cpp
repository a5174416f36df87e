// Roles on the hub (issue 8), on a real PostgreSQL (docs/sync-protocol.md, "Sign-in and roles"):
// every route answered for each of the four roles, for no sign-in, and for a token that is wrong
// or has expired, with the exact status; a refusal names the roles needed and changes nothing;
// a user given another role has their tokens ended and the new role counts at once. And the
// hub's audit log: who opened which call record, read and filtered by supervisors and admins,
// each reading in it too. The open211-hub program answers; the workstation's libcurl transport
// asks.
#include "HubSchema.h"
#include "HubStore.h"
#include "TestHubUtil.h"
#include "store/CallStore.h"

#include <QCryptographicHash>
#include <QSqlError>
#include <QSqlQuery>
#include <QSqlRecord>
#include <QtTest>
#include <algorithm>
#include <functional>

using namespace open211;
using namespace open211::test;

namespace {

using Headers = QList<QPair<QByteArray, QByteArray>>;

const QByteArray Password = "roles pass 2026";

const QString SignInFirst = QStringLiteral(
    "Sign in first: this needs an \"Authorization: Bearer\" header with a token from POST /auth/token.");
const QString NotValid = QStringLiteral("The token is not valid or has expired; sign in again.");

// Who asks, in the role matrix: the four roles, and three callers who are not signed in (no token,
// a token the hub never gave, one that has expired).
const QStringList& roles()
{
    static const QStringList all{QStringLiteral("specialist"),
                                 QStringLiteral("resource_specialist"),
                                 QStringLiteral("supervisor"),
                                 QStringLiteral("admin")};
    return all;
}
const QStringList& strangers()
{
    static const QStringList all{
        QStringLiteral("no token"), QStringLiteral("wrong token"), QStringLiteral("expired token")};
    return all;
}

// A route and who may use it, as the protocol says: open to anyone (the HSDS reads), any signed-in
// role (roles empty), or the roles listed, in the order the hub names them when it refuses.
struct Rule
{
    QString route;
    int success;
    bool open = false;
    QStringList roles;
};

const QList<Rule>& rules()
{
    const QStringList editors{
        QStringLiteral("resource_specialist"), QStringLiteral("supervisor"), QStringLiteral("admin")};
    const QStringList supervisors{QStringLiteral("supervisor"), QStringLiteral("admin")};
    static const QList<Rule> all{
        {QStringLiteral("GET /"), 200, true, {}},
        {QStringLiteral("GET /services"), 200, true, {}},
        {QStringLiteral("GET /services/<id>"), 200, true, {}},
        {QStringLiteral("GET /service_at_locations"), 200, true, {}},
        {QStringLiteral("GET /organizations"), 200, true, {}},
        {QStringLiteral("GET /organizations/<id>"), 200, true, {}},
        {QStringLiteral("GET /taxonomies"), 200, true, {}},
        {QStringLiteral("GET /taxonomy_terms"), 200, true, {}},
        {QStringLiteral("GET /resources/<table>/<id>"), 200, false, {}},
        {QStringLiteral("GET /sync/changes"), 200, false, {}},
        {QStringLiteral("GET /deleted"), 200, false, {}},
        {QStringLiteral("POST /calls"), 201, false, {}},
        {QStringLiteral("POST /follow-ups"), 201, false, {}},
        {QStringLiteral("GET /calls/<id>"), 200, false, supervisors},
        {QStringLiteral("PUT /resources/<table>/<id>"), 200, false, editors},
        {QStringLiteral("DELETE /resources/<table>/<id>"), 200, false, editors},
        {QStringLiteral("POST /suggestions"), 201, false, {}},
        {QStringLiteral("GET /suggestions"), 200, false, editors},
        {QStringLiteral("POST /suggestions/<id>/resolve"), 200, false, editors},
        {QStringLiteral("GET /reports"), 200, false, supervisors},
        {QStringLiteral("GET /reports/open-data"), 200, false, supervisors},
        {QStringLiteral("GET /audit"), 200, false, supervisors},
    };
    return all;
}

// A request ready to send for one row of the matrix, with what it leaves behind when it is let
// through (nothing at all when it is refused), and what its answer holds when it succeeds.
struct Prepared
{
    QString method = QStringLiteral("GET");
    QString path;
    QByteArray body;
    QString key; // Idempotency-Key
    std::function<bool()> tookEffect;
    std::function<bool(const HttpResponse&)> answered;
    QString problem; // the set-up failed
};

// An ended call as a workstation sends it.
QJsonObject callBody(int n)
{
    const QDateTime start = QDateTime(QDate(2026, 11, 2), QTime(9, 30), Qt::UTC).addSecs(qint64(n) * 60);
    Call c = CallStore::newCall(QStringLiteral("Sam Specialist"), start);
    c.endedAt = start.addSecs(600);
    c.updatedAt = c.endedAt;
    c.state = QStringLiteral("ended");
    c.municipality = QStringLiteral("Ottawa");
    return CallStore::toJson(c);
}

} // namespace

class TestHubRoles : public QObject
{
    Q_OBJECT

    HubFixture m_hub;
    QString m_base;
    std::unique_ptr<HubStore> m_store; // to look at what the hub holds
    QHash<QString, QString> m_tokens; // role or stranger → token
    int m_n = 0;

    // A new token (empty when refused), and the role the hub gave with it.
    QString signIn(const QString& user, QString* role = nullptr)
    {
        const HttpResponse r = http(
            QStringLiteral("POST"),
            m_base + QStringLiteral("/auth/token"),
            compact({{QStringLiteral("username"), user}, {QStringLiteral("password"), QString::fromUtf8(Password)}}));
        if (role)
            *role = json(r).value(QStringLiteral("role")).toString();
        return json(r).value(QStringLiteral("token")).toString();
    }

    static Headers bearer(const QString& token, const QString& key = {})
    {
        Headers h;
        if (!token.isEmpty())
            h.append({"Authorization", "Bearer " + token.toLatin1()});
        if (!key.isEmpty())
            h.append({"Idempotency-Key", key.toUtf8()});
        return h;
    }

    HttpResponse ask(const QString& method,
                     const QString& path,
                     const QString& token,
                     const QByteArray& body = {},
                     const QString& key = {})
    {
        return http(method, m_base + path, body, bearer(token, key));
    }

    // A count from the hub's database; -1 when the query fails.
    qint64 count(const QString& sql, const QStringList& values = {})
    {
        const QStringList r = hubRows(m_store->database(), sql, values);
        return r.size() == 1 ? r[0].toLongLong() : -1;
    }

    // Sends a new call (as the admin); its id, empty when the hub did not take it.
    QString storedCall()
    {
        const QJsonObject body = callBody(++m_n);
        const QString id = body.value(QStringLiteral("id")).toString();
        const HttpResponse r = ask(QStringLiteral("POST"),
                                   QStringLiteral("/calls"),
                                   m_tokens.value(QStringLiteral("admin")),
                                   compact(body),
                                   QStringLiteral("call:") + id);
        if (r.status != 201) {
            qWarning("call: %s", describe(r).constData());
            return {};
        }
        return id;
    }

    // The audit log's entries for a query, asked with `token`; none, with a warning, on a bad answer
    // (the comparisons that follow then fail).
    QList<QJsonObject> audit(const QString& query, const QString& token)
    {
        const HttpResponse r = ask(QStringLiteral("GET"), QStringLiteral("/audit?") + query, token);
        if (r.status != 200 || !json(r).value(QStringLiteral("items")).isArray()) {
            qWarning("audit: %s", describe(r).constData());
            return {};
        }
        QList<QJsonObject> out;
        for (const QJsonValue v : json(r).value(QStringLiteral("items")).toArray())
            out << v.toObject();
        return out;
    }

    // An entry without its time, to compare with entry().
    static QJsonObject withoutTime(const QJsonObject& item)
    {
        QJsonObject o = item;
        o.remove(QStringLiteral("at"));
        return o;
    }

    static QJsonObject
    entry(const QString& user, const QString& action, const QJsonValue& entity, const QJsonValue& detail)
    {
        return {{QStringLiteral("username"), user},
                {QStringLiteral("action"), action},
                {QStringLiteral("entity_id"), entity},
                {QStringLiteral("detail"), detail}};
    }

    // The body of a PUT that makes a new phone on svc-1.
    static QByteArray newPhone(const QString& id)
    {
        return compact({{QStringLiteral("base_version"), 0},
                        {QStringLiteral("record"),
                         QJsonObject{{QStringLiteral("id"), id},
                                     {QStringLiteral("service_id"), QStringLiteral("svc-1")},
                                     {QStringLiteral("number"), QStringLiteral("613-555-0101")}}}});
    }

    // A new phone, put by the admin: its id, empty when the hub did not take it.
    QString storedPhone()
    {
        const QString id = QStringLiteral("ph-%1").arg(++m_n);
        const HttpResponse r = ask(QStringLiteral("PUT"),
                                   QStringLiteral("/resources/phone/") + id,
                                   m_tokens.value(QStringLiteral("admin")),
                                   newPhone(id),
                                   QStringLiteral("edit:") + id);
        if (r.status != 200) {
            qWarning("phone: %s", describe(r).constData());
            return {};
        }
        return id;
    }

    static QJsonObject suggestion(const QString& id)
    {
        return {{QStringLiteral("id"), id},
                {QStringLiteral("table"), QStringLiteral("phone")},
                {QStringLiteral("record_id"), QStringLiteral("svc-1-ph")},
                {QStringLiteral("note"), QStringLiteral("The number rings a fax machine.")},
                {QStringLiteral("suggested_at"), QStringLiteral("2026-11-25T10:15:00Z")}};
    }

    // The request for one route, with its set-up done (as the admin) and its effect to look for.
    Prepared prepare(const QString& route)
    {
        Prepared p;
        const int n = ++m_n;
        p.answered = [](const HttpResponse& r) {
            return !json(r).isEmpty();
        };
        if (route == QLatin1String("GET /")) {
            p.path = QStringLiteral("/");
        } else if (route == QLatin1String("GET /services")) {
            p.path = QStringLiteral("/services?per_page=5");
        } else if (route == QLatin1String("GET /services/<id>")) {
            p.path = QStringLiteral("/services/svc-1");
        } else if (route == QLatin1String("GET /service_at_locations")) {
            p.path = QStringLiteral("/service_at_locations?full=true");
        } else if (route == QLatin1String("GET /organizations")) {
            p.path = QStringLiteral("/organizations");
        } else if (route == QLatin1String("GET /organizations/<id>")) {
            p.path = QStringLiteral("/organizations/org-2");
        } else if (route == QLatin1String("GET /taxonomies")) {
            p.path = QStringLiteral("/taxonomies");
        } else if (route == QLatin1String("GET /taxonomy_terms")) {
            p.path = QStringLiteral("/taxonomy_terms?top_only=true");
        } else if (route == QLatin1String("GET /resources/<table>/<id>")) {
            p.path = QStringLiteral("/resources/phone/svc-1-ph");
            p.answered = [](const HttpResponse& r) {
                return json(r).value(QStringLiteral("record")).toObject().value(QStringLiteral("id")).toString()
                    == QLatin1String("svc-1-ph");
            };
        } else if (route == QLatin1String("GET /sync/changes")) {
            p.path = QStringLiteral("/sync/changes?limit=5");
            p.answered = [](const HttpResponse& r) {
                return json(r).value(QStringLiteral("changes")).toArray().size() == 5;
            };
        } else if (route == QLatin1String("GET /deleted")) {
            p.path = QStringLiteral("/deleted?since=2020-01-01T00:00:00Z");
        } else if (route == QLatin1String("POST /calls")) {
            const QJsonObject body = callBody(n);
            const QString id = body.value(QStringLiteral("id")).toString();
            p.method = QStringLiteral("POST");
            p.path = QStringLiteral("/calls");
            p.body = compact(body);
            p.key = QStringLiteral("call:") + id;
            p.tookEffect = [this, id] {
                return count(QStringLiteral("SELECT count(*) FROM hub_call WHERE id = ?"), {id}) == 1;
            };
            p.answered = [id](const HttpResponse& r) {
                return json(r).value(QStringLiteral("id")).toString() == id;
            };
        } else if (route == QLatin1String("POST /follow-ups")) {
            const QString call = storedCall();
            if (call.isEmpty())
                p.problem = QStringLiteral("the call was not stored");
            const QString id = call + QStringLiteral("-follow-up");
            p.method = QStringLiteral("POST");
            p.path = QStringLiteral("/follow-ups");
            p.body = compact({{QStringLiteral("id"), id},
                              {QStringLiteral("call_id"), call},
                              {QStringLiteral("state"), QStringLiteral("done")},
                              {QStringLiteral("done_at"), QStringLiteral("2026-11-04T10:00:00Z")},
                              {QStringLiteral("outcome"), QStringLiteral("reached")}});
            p.key = QStringLiteral("follow-up:") + id;
            p.tookEffect = [this, id] {
                return count(QStringLiteral("SELECT count(*) FROM hub_follow_up WHERE id = ?"), {id}) == 1;
            };
        } else if (route == QLatin1String("GET /calls/<id>")) {
            const QString id = storedCall();
            if (id.isEmpty())
                p.problem = QStringLiteral("the call was not stored");
            p.path = QStringLiteral("/calls/") + id;
            // Served, the call's opening is in the audit log; refused, nothing is.
            p.tookEffect = [this, id] {
                return count(QStringLiteral("SELECT count(*) FROM hub_audit WHERE action = 'open_call' AND "
                                            "entity_id = ?"),
                             {id})
                    == 1;
            };
            p.answered = [id](const HttpResponse& r) {
                return json(r).value(QStringLiteral("id")).toString() == id;
            };
        } else if (route == QLatin1String("PUT /resources/<table>/<id>")) {
            const QString id = QStringLiteral("ph-%1").arg(n);
            p.method = QStringLiteral("PUT");
            p.path = QStringLiteral("/resources/phone/") + id;
            p.body = newPhone(id);
            p.key = QStringLiteral("edit:") + id;
            p.tookEffect = [this, id] {
                return count(QStringLiteral("SELECT count(*) FROM phone WHERE id = ?"), {id}) == 1;
            };
            p.answered = [id](const HttpResponse& r) {
                const QJsonObject record = json(r).value(QStringLiteral("record")).toObject();
                return record.value(QStringLiteral("id")).toString() == id
                    && record.value(QStringLiteral("version")).toInteger() == 1;
            };
        } else if (route == QLatin1String("DELETE /resources/<table>/<id>")) {
            const QString id = storedPhone();
            if (id.isEmpty())
                p.problem = QStringLiteral("the phone was not stored");
            p.method = QStringLiteral("DELETE");
            p.path = QStringLiteral("/resources/phone/%1?base_version=1").arg(id);
            p.key = QStringLiteral("remove:") + id;
            p.tookEffect = [this, id] {
                return count(QStringLiteral("SELECT count(*) FROM phone WHERE id = ?"), {id}) == 0;
            };
            p.answered = [id](const HttpResponse& r) {
                return json(r).value(QStringLiteral("deleted")).toBool()
                    && json(r).value(QStringLiteral("id")).toString() == id;
            };
        } else if (route == QLatin1String("POST /suggestions")) {
            const QString id = QStringLiteral("sug-%1").arg(n);
            p.method = QStringLiteral("POST");
            p.path = QStringLiteral("/suggestions");
            p.body = compact(suggestion(id));
            p.key = QStringLiteral("suggestion:") + id;
            p.tookEffect = [this, id] {
                return count(QStringLiteral("SELECT count(*) FROM hub_suggestion WHERE id = ?"), {id}) == 1;
            };
        } else if (route == QLatin1String("GET /suggestions")) {
            p.path = QStringLiteral("/suggestions?state=all");
            p.answered = [](const HttpResponse& r) {
                return json(r).value(QStringLiteral("suggestions")).isArray();
            };
        } else if (route == QLatin1String("POST /suggestions/<id>/resolve")) {
            const QString id = QStringLiteral("sug-%1").arg(n);
            const HttpResponse r = ask(QStringLiteral("POST"),
                                       QStringLiteral("/suggestions"),
                                       m_tokens.value(QStringLiteral("admin")),
                                       compact(suggestion(id)),
                                       QStringLiteral("suggestion:") + id);
            if (r.status != 201)
                p.problem = QStringLiteral("the suggestion was not stored: ") + QString::fromUtf8(describe(r));
            p.method = QStringLiteral("POST");
            p.path = QStringLiteral("/suggestions/%1/resolve").arg(id);
            p.body = "{}";
            p.key = QStringLiteral("resolve:") + id;
            p.tookEffect = [this, id] {
                return count(QStringLiteral("SELECT count(*) FROM hub_suggestion WHERE id = ? AND state = 'done'"),
                             {id})
                    == 1;
            };
            p.answered = [](const HttpResponse& r) {
                return json(r).value(QStringLiteral("state")).toString() == QLatin1String("done");
            };
        } else if (route == QLatin1String("GET /reports")) {
            p.path = QStringLiteral("/reports?from=2026-11-01&to=2026-11-30");
            p.answered = [](const HttpResponse& r) {
                return json(r).contains(QStringLiteral("calls"));
            };
        } else if (route == QLatin1String("GET /reports/open-data")) {
            p.path = QStringLiteral("/reports/open-data?from=2026-11-01&to=2026-11-30");
            p.answered = [](const HttpResponse& r) {
                return r.header("content-type").startsWith("text/csv") && !r.body.isEmpty();
            };
        } else if (route == QLatin1String("GET /audit")) {
            // Nobody is called this: the answer is empty, and the reading is in the log.
            const QString nobody = QStringLiteral("nobody-%1").arg(n);
            p.path = QStringLiteral("/audit?username=") + nobody;
            p.tookEffect = [this, nobody] {
                return count(
                           QStringLiteral("SELECT count(*) FROM hub_audit WHERE action = 'read_audit' AND detail = ?"),
                           {QStringLiteral("username=%1 limit=200").arg(nobody)})
                    == 1;
            };
            p.answered = [](const HttpResponse& r) {
                return json(r) == QJsonObject{{QStringLiteral("items"), QJsonArray()}};
            };
        } else {
            p.problem = QStringLiteral("no request for ") + route;
        }
        return p;
    }

private slots:
    void initTestCase()
    {
        const QString error = m_hub.startCluster();
        QVERIFY2(error.isEmpty(), qPrintable(error));
        const QString loaded = m_hub.loadSample();
        QVERIFY2(loaded.isEmpty(), qPrintable(loaded));
        const QHash<QString, QString> users{{QStringLiteral("specialist"), QStringLiteral("sam")},
                                            {QStringLiteral("resource_specialist"), QStringLiteral("rita")},
                                            {QStringLiteral("supervisor"), QStringLiteral("sue")},
                                            {QStringLiteral("admin"), QStringLiteral("ada")}};
        for (const QString& role : roles())
            QVERIFY(m_hub.addUser(users.value(role), role, Password));
        m_base = m_hub.serve();
        QVERIFY(!m_base.isEmpty());
        auto store = HubStore::open(m_hub.pg->connectionString());
        QVERIFY2(store, qPrintable(store.error()));
        m_store = std::move(store).value();

        for (const QString& role : roles()) {
            QString given;
            m_tokens.insert(role, signIn(users.value(role), &given));
            QVERIFY(!m_tokens.value(role).isEmpty());
            QCOMPARE(given, role);
        }
        m_tokens.insert(QStringLiteral("no token"), QString());
        m_tokens.insert(QStringLiteral("wrong token"), QStringLiteral("not-a-token-the-hub-gave"));
        // A token that was good, then expired (the hub keeps only its SHA-256).
        const QString expired = signIn(QStringLiteral("ada"));
        QCOMPARE(ask(QStringLiteral("GET"), QStringLiteral("/audit?limit=1"), expired).status, 200);
        QSqlQuery q(m_store->database());
        q.prepare(QStringLiteral("UPDATE hub_token SET expires_at = now() - interval '1 second' WHERE token_hash = ?"));
        q.addBindValue(
            QString::fromLatin1(QCryptographicHash::hash(expired.toUtf8(), QCryptographicHash::Sha256).toHex()));
        QVERIFY2(q.exec(), qPrintable(q.lastError().text()));
        QCOMPARE(q.numRowsAffected(), 1);
        m_tokens.insert(QStringLiteral("expired token"), expired);
    }

    void cleanupTestCase()
    {
        m_store.reset();
        QVERIFY(m_hub.stopServing());
        m_hub.pg.reset();
    }

    // Every route, asked by every role and by strangers: the exact status, and for a refusal the
    // exact answer (the roles needed) and nothing changed; let through, the change made.
    void roleMatrix_data()
    {
        QTest::addColumn<QString>("route");
        QTest::addColumn<QString>("who");
        QTest::addColumn<int>("expected");
        for (const Rule& rule : rules()) {
            for (const QString& who : roles() + strangers()) {
                int expected = rule.success;
                if (!rule.open && strangers().contains(who))
                    expected = 401;
                else if (!rule.roles.isEmpty() && roles().contains(who) && !rule.roles.contains(who))
                    expected = 403;
                QTest::addRow("%s as %s", qPrintable(rule.route), qPrintable(who)) << rule.route << who << expected;
            }
        }
    }

    void roleMatrix()
    {
        QFETCH(QString, route);
        QFETCH(QString, who);
        QFETCH(int, expected);
        const Prepared p = prepare(route);
        QVERIFY2(p.problem.isEmpty(), qPrintable(p.problem));
        const HttpResponse r = ask(p.method, p.path, m_tokens.value(who), p.body, p.key);
        QVERIFY2(r.status == expected, describe(r).constData());
        if (expected == 401) {
            const QString message = who == QLatin1String("no token") ? SignInFirst : NotValid;
            QCOMPARE(r.body, compact({{QStringLiteral("error"), message}}));
            QVERIFY(r.header("www-authenticate").startsWith("Bearer"));
        } else if (expected == 403) {
            const Rule rule
                = *std::find_if(rules().cbegin(), rules().cend(), [&](const Rule& x) { return x.route == route; });
            QCOMPARE(r.body,
                     compact({{QStringLiteral("error"),
                               QStringLiteral("The role %1 may not do this; it needs one of: %2.")
                                   .arg(who, rule.roles.join(QStringLiteral(", ")))}}));
        } else {
            QVERIFY2(p.answered(r), describe(r).constData());
        }
        if (p.tookEffect)
            QCOMPARE(p.tookEffect(), expected < 300);
    }

    // add-user on an existing user gives the new role and ends their sessions: an old token is
    // refused (whatever role it was given under), and a new sign-in carries the new role.
    void newRoleTakesEffect()
    {
        const QString user = QStringLiteral("casey");
        const QString call = storedCall();
        QVERIFY(!call.isEmpty());
        QVERIFY(m_hub.addUser(user, QStringLiteral("specialist"), Password));
        QString role;
        const QString asSpecialist = signIn(user, &role);
        QCOMPARE(role, QStringLiteral("specialist"));
        QCOMPARE(ask(QStringLiteral("GET"), QStringLiteral("/calls/") + call, asSpecialist).status, 403);
        QCOMPARE(ask(QStringLiteral("GET"), QStringLiteral("/sync/changes?limit=1"), asSpecialist).status, 200);

        // Promoted: the specialist's token is ended; signed in again, a supervisor.
        QVERIFY(m_hub.addUser(user, QStringLiteral("supervisor"), Password));
        HttpResponse r = ask(QStringLiteral("GET"), QStringLiteral("/sync/changes?limit=1"), asSpecialist);
        QCOMPARE(r.status, 401);
        QCOMPARE(r.body, compact({{QStringLiteral("error"), NotValid}}));
        QCOMPARE(ask(QStringLiteral("GET"), QStringLiteral("/calls/") + call, asSpecialist).status, 401);
        const QString asSupervisor = signIn(user, &role);
        QCOMPARE(role, QStringLiteral("supervisor"));
        r = ask(QStringLiteral("GET"), QStringLiteral("/calls/") + call, asSupervisor);
        QVERIFY2(r.status == 200, describe(r).constData());
        QCOMPARE(ask(QStringLiteral("GET"), QStringLiteral("/audit?limit=1"), asSupervisor).status, 200);

        // Demoted: the supervisor's token no longer opens anything, the new one only what a
        // specialist may.
        QVERIFY(m_hub.addUser(user, QStringLiteral("specialist"), Password));
        QCOMPARE(ask(QStringLiteral("GET"), QStringLiteral("/calls/") + call, asSupervisor).status, 401);
        QCOMPARE(ask(QStringLiteral("GET"), QStringLiteral("/audit"), asSupervisor).status, 401);
        const QString demoted = signIn(user, &role);
        QCOMPARE(role, QStringLiteral("specialist"));
        r = ask(QStringLiteral("GET"), QStringLiteral("/calls/") + call, demoted);
        QCOMPARE(r.status, 403);
        QCOMPARE(
            r.body,
            compact({{QStringLiteral("error"),
                      QStringLiteral("The role specialist may not do this; it needs one of: supervisor, admin.")}}));
        QCOMPARE(ask(QStringLiteral("GET"), QStringLiteral("/audit"), demoted).status, 403);
        QCOMPARE(ask(QStringLiteral("GET"), QStringLiteral("/suggestions"), demoted).status, 403);
        QCOMPARE(ask(QStringLiteral("GET"), QStringLiteral("/sync/changes?limit=1"), demoted).status, 200);

        // Only the opening as a supervisor is in the log.
        QCOMPARE(hubRows(m_store->database(),
                         QStringLiteral("SELECT username, action, entity_id FROM hub_audit WHERE username = ? AND "
                                        "action = 'open_call'"),
                         {user}),
                 QStringList{user + QStringLiteral("|open_call|") + call});
    }

    // A supervisor who opens a call record is in the log with the call's id; the log, newest
    // first, is read by an admin, and the reading is in it too. A refusal or a call the hub does
    // not have leaves nothing.
    void auditRecordsWhoOpenedACall()
    {
        QVERIFY(m_hub.addUser(QStringLiteral("audra"), QStringLiteral("supervisor"), Password));
        QVERIFY(m_hub.addUser(QStringLiteral("adam"), QStringLiteral("admin"), Password));
        QVERIFY(m_hub.addUser(QStringLiteral("spencer"), QStringLiteral("specialist"), Password));
        const QString supervisor = signIn(QStringLiteral("audra"));
        const QString admin = signIn(QStringLiteral("adam"));
        const QString specialist = signIn(QStringLiteral("spencer"));
        QVERIFY(!supervisor.isEmpty() && !admin.isEmpty() && !specialist.isEmpty());
        const QString first = storedCall();
        const QString second = storedCall();
        QVERIFY(!first.isEmpty() && !second.isEmpty());

        QCOMPARE(ask(QStringLiteral("GET"), QStringLiteral("/calls/") + first, specialist).status, 403);
        HttpResponse r = ask(QStringLiteral("GET"), QStringLiteral("/calls/") + first, supervisor);
        QVERIFY2(r.status == 200, describe(r).constData());
        QCOMPARE(json(r).value(QStringLiteral("id")).toString(), first);
        // Told apart to the millisecond, as the log gives times.
        const QDateTime opened = QDateTime::currentDateTimeUtc();
        QTRY_VERIFY(QDateTime::currentDateTimeUtc() > opened.addMSecs(5));
        r = ask(QStringLiteral("GET"), QStringLiteral("/calls/") + second, supervisor);
        QVERIFY2(r.status == 200, describe(r).constData());
        r = ask(QStringLiteral("GET"), QStringLiteral("/calls/not-a-call"), supervisor);
        QCOMPARE(r.status, 404);

        // In the table as it was done.
        QCOMPARE(hubRows(m_store->database(),
                         QStringLiteral("SELECT username, action, entity_id, detail FROM hub_audit WHERE username = ? "
                                        "ORDER BY id"),
                         {QStringLiteral("audra")}),
                 (QStringList{QStringLiteral("audra|open_call|%1|NULL").arg(first),
                              QStringLiteral("audra|open_call|%1|NULL").arg(second)}));

        // Through GET /audit: newest first, each entry whole.
        QList<QJsonObject> items = audit(QStringLiteral("username=audra"), admin);
        QCOMPARE(items.size(), 2);
        QCOMPARE(items[0].keys(),
                 (QStringList{QStringLiteral("action"),
                              QStringLiteral("at"),
                              QStringLiteral("detail"),
                              QStringLiteral("entity_id"),
                              QStringLiteral("username")}));
        QCOMPARE(withoutTime(items[0]), entry(QStringLiteral("audra"), QStringLiteral("open_call"), second, {}));
        QCOMPARE(withoutTime(items[1]), entry(QStringLiteral("audra"), QStringLiteral("open_call"), first, {}));
        const QDateTime at0 = QDateTime::fromString(items[0].value(QStringLiteral("at")).toString(), Qt::ISODateWithMs);
        const QDateTime at1 = QDateTime::fromString(items[1].value(QStringLiteral("at")).toString(), Qt::ISODateWithMs);
        QVERIFY(at0.isValid() && at1.isValid());
        QVERIFY(items[0].value(QStringLiteral("at")).toString().endsWith(u'Z'));
        QVERIFY(at1 < at0);
        QVERIFY(qAbs(at0.secsTo(QDateTime::currentDateTimeUtc())) < 120);

        // The specialist's refusal and the missing call left nothing; the specialist's sign-in
        // and the stored calls are not openings either.
        QCOMPARE(audit(QStringLiteral("username=spencer"), admin).size(), 0);
        QCOMPARE(audit(QStringLiteral("action=open_call&username=adam"), admin).size(), 0);

        // Each reading is in the log before what it shows: this one is the newest.
        items = audit(QStringLiteral("username=adam&action=read_audit"), admin);
        QCOMPARE(items.size(), 4);
        QCOMPARE(withoutTime(items[0]),
                 entry(QStringLiteral("adam"),
                       QStringLiteral("read_audit"),
                       {},
                       QStringLiteral("username=adam action=read_audit limit=200")));
        QCOMPARE(
            withoutTime(items[3]),
            entry(
                QStringLiteral("adam"), QStringLiteral("read_audit"), {}, QStringLiteral("username=audra limit=200")));

        // A supervisor reads it too, and sees the admin's readings.
        items = audit(QStringLiteral("action=read_audit&username=adam&limit=1"), supervisor);
        QCOMPARE(items.size(), 1);
        QCOMPARE(items[0].value(QStringLiteral("detail")).toString(),
                 QStringLiteral("username=adam action=read_audit limit=200"));
        QCOMPARE(audit(QStringLiteral("username=audra&action=read_audit"), admin).size(), 1);
    }

    // from and to (days of the hub's time zone, or times to the millisecond; both inclusive),
    // username, action and limit.
    void auditFilters()
    {
        QVERIFY(m_hub.addUser(QStringLiteral("fern"), QStringLiteral("supervisor"), Password));
        const QString supervisor = signIn(QStringLiteral("fern"));
        const QString admin = m_tokens.value(QStringLiteral("admin"));
        const QStringList calls{storedCall(), storedCall(), storedCall()};
        QVERIFY(!calls.contains(QString()));
        for (const QString& id : calls) {
            const QDateTime before = QDateTime::currentDateTimeUtc();
            QTRY_VERIFY(QDateTime::currentDateTimeUtc() > before.addMSecs(5));
            QCOMPARE(ask(QStringLiteral("GET"), QStringLiteral("/calls/") + id, supervisor).status, 200);
        }
        const QList<QJsonObject> all = audit(QStringLiteral("username=fern"), admin);
        QCOMPARE(all.size(), 3);
        QStringList at; // oldest first
        for (auto it = all.crbegin(); it != all.crend(); ++it)
            at << it->value(QStringLiteral("at")).toString();
        const auto ids = [](const QList<QJsonObject>& items) {
            QStringList out;
            for (const QJsonObject& o : items)
                out << o.value(QStringLiteral("entity_id")).toString();
            return out;
        };
        const QString fern = QStringLiteral("username=fern");

        // Times: from and to take the entries' own times, to the millisecond, both inclusive.
        QCOMPARE(ids(audit(fern + QStringLiteral("&from=") + encoded(at[1]), admin)),
                 (QStringList{calls[2], calls[1]}));
        QCOMPARE(ids(audit(fern + QStringLiteral("&to=") + encoded(at[1]), admin)), (QStringList{calls[1], calls[0]}));
        QCOMPARE(ids(audit(fern + QStringLiteral("&from=%1&to=%1").arg(encoded(at[1])), admin)), QStringList{calls[1]});
        QCOMPARE(ids(audit(fern + QStringLiteral("&from=%1&to=%2").arg(encoded(at[0]), encoded(at[2])), admin)),
                 (QStringList{calls[2], calls[1], calls[0]}));
        // Another time zone's spelling of the same moment.
        const QString shifted
            = QDateTime::fromString(at[1], Qt::ISODateWithMs).toOffsetFromUtc(-5 * 3600).toString(Qt::ISODateWithMs);
        QVERIFY(shifted.endsWith(QLatin1String("-05:00")));
        QCOMPARE(ids(audit(fern + QStringLiteral("&from=") + encoded(shifted), admin)),
                 (QStringList{calls[2], calls[1]}));

        // Days: the hub's local days, as the entries fall in them.
        const QDate first = QDateTime::fromString(at[0], Qt::ISODateWithMs).toLocalTime().date();
        const QDate last = QDateTime::fromString(at[2], Qt::ISODateWithMs).toLocalTime().date();
        const auto day = [](const QDate& d) {
            return d.toString(Qt::ISODate);
        };
        QCOMPARE(audit(fern + QStringLiteral("&from=%1&to=%2").arg(day(first), day(last)), admin).size(), 3);
        QCOMPARE(audit(fern + QStringLiteral("&from=") + day(last.addDays(1)), admin).size(), 0);
        QCOMPARE(audit(fern + QStringLiteral("&to=") + day(first.addDays(-1)), admin).size(), 0);

        // Action and user.
        QCOMPARE(audit(fern + QStringLiteral("&action=read_audit"), admin).size(), 0);
        QCOMPARE(audit(fern + QStringLiteral("&action=open_call"), admin).size(), 3);
        for (const QJsonObject& o : audit(QStringLiteral("action=read_audit&limit=1000"), admin))
            QCOMPARE(o.value(QStringLiteral("action")).toString(), QStringLiteral("read_audit"));
        for (const QJsonObject& o : audit(QStringLiteral("username=ada&limit=1000"), admin))
            QCOMPARE(o.value(QStringLiteral("username")).toString(), QStringLiteral("ada"));

        // Limit: the newest that many.
        QCOMPARE(ids(audit(fern + QStringLiteral("&limit=1"), admin)), QStringList{calls[2]});
        QCOMPARE(ids(audit(fern + QStringLiteral("&limit=2"), admin)), (QStringList{calls[2], calls[1]}));
    }

    // Without a limit, the newest 200; at most 1000.
    void auditLimits()
    {
        QVERIFY(m_hub.addUser(QStringLiteral("lee"), QStringLiteral("supervisor"), Password));
        const QString supervisor = signIn(QStringLiteral("lee"));
        const QString call = storedCall();
        QVERIFY(!call.isEmpty());
        for (int i = 0; i < 205; ++i)
            QCOMPARE(ask(QStringLiteral("GET"), QStringLiteral("/calls/") + call, supervisor).status, 200);
        const QString admin = m_tokens.value(QStringLiteral("admin"));
        QCOMPARE(audit(QStringLiteral("username=lee"), admin).size(), 200);
        QCOMPARE(audit(QStringLiteral("username=lee&limit=1000"), admin).size(), 205);
        QCOMPARE(audit(QStringLiteral("username=lee&limit=205"), admin).size(), 205);
    }

    void auditRefusesBadFilters_data()
    {
        QTest::addColumn<QString>("query");
        QTest::addColumn<QString>("message");
        const QString from = QStringLiteral("\"from\" must be a date as YYYY-MM-DD or an ISO 8601 date and time.");
        const QString to = QStringLiteral("\"to\" must be a date as YYYY-MM-DD or an ISO 8601 date and time.");
        const QString user = QStringLiteral(
            "\"username\" must be a user name: 1 to 100 letters, digits, dots, hyphens, underscores or @.");
        const QString action = QStringLiteral("\"action\" must be one of: open_call, read_audit.");
        const QString limit = QStringLiteral("\"limit\" must be a whole number from 1 to 1000.");
        QTest::newRow("from in words") << QStringLiteral("from=yesterday") << from;
        QTest::newRow("from empty") << QStringLiteral("from=") << from;
        QTest::newRow("from month 13") << QStringLiteral("from=2026-13-01") << from;
        QTest::newRow("from short date") << QStringLiteral("from=2026-1-5") << from;
        QTest::newRow("from a time alone") << QStringLiteral("from=10:00") << from;
        QTest::newRow("to 30 February") << QStringLiteral("to=2026-02-30") << to;
        QTest::newRow("to hour 25") << QStringLiteral("to=2026-11-25T25:00:00Z") << to;
        QTest::newRow("to before from") << QStringLiteral("from=2026-11-02&to=2026-11-01")
                                        << QStringLiteral("\"to\" must be on or after \"from\".");
        QTest::newRow("to a moment before from")
            << QStringLiteral("from=2026-11-02T10:00:00.001Z&to=2026-11-02T10:00:00Z")
            << QStringLiteral("\"to\" must be on or after \"from\".");
        QTest::newRow("username empty") << QStringLiteral("username=") << user;
        QTest::newRow("username with a space") << QStringLiteral("username=sam%20smith") << user;
        QTest::newRow("username with a quote") << QStringLiteral("username=sam'--") << user;
        QTest::newRow("username too long") << QStringLiteral("username=") + QString(101, u'a') << user;
        QTest::newRow("action unknown") << QStringLiteral("action=sign_in") << action;
        QTest::newRow("action empty") << QStringLiteral("action=") << action;
        QTest::newRow("action in capitals") << QStringLiteral("action=OPEN_CALL") << action;
        QTest::newRow("limit 0") << QStringLiteral("limit=0") << limit;
        QTest::newRow("limit 1001") << QStringLiteral("limit=1001") << limit;
        QTest::newRow("limit negative") << QStringLiteral("limit=-5") << limit;
        QTest::newRow("limit a fraction") << QStringLiteral("limit=1.5") << limit;
        QTest::newRow("limit in words") << QStringLiteral("limit=ten") << limit;
        QTest::newRow("limit empty") << QStringLiteral("limit=") << limit;
        QTest::newRow("limit huge") << QStringLiteral("limit=99999999999999999999") << limit;
    }

    // 400 with the parameter named, and a refused reading is not a reading.
    void auditRefusesBadFilters()
    {
        QFETCH(QString, query);
        QFETCH(QString, message);
        const auto reads = [this] {
            return count(QStringLiteral("SELECT count(*) FROM hub_audit WHERE action = 'read_audit'"));
        };
        const qint64 before = reads();
        HttpResponse r = ask(
            QStringLiteral("GET"), QStringLiteral("/audit?") + query, m_tokens.value(QStringLiteral("supervisor")));
        QCOMPARE(r.status, 400);
        QCOMPARE(r.body, compact({{QStringLiteral("error"), message}}));
        // A specialist is refused for the role first, whatever the filters.
        r = ask(QStringLiteral("GET"), QStringLiteral("/audit?") + query, m_tokens.value(QStringLiteral("specialist")));
        QCOMPARE(r.status, 403);
        QCOMPARE(reads(), before);
    }

    // A hub made before the audit log (schema 6) gets it at its next start, as a new hub has it.
    void upgradesAHubWithoutTheAudit()
    {
        const QString connection = m_hub.pg->connectionString();
        {
            QSqlQuery q(m_store->database());
            QVERIFY2(q.exec(QStringLiteral("DROP DATABASE IF EXISTS hub_before_audit")),
                     qPrintable(q.lastError().text()));
            QVERIFY2(q.exec(QStringLiteral("CREATE DATABASE hub_before_audit")), qPrintable(q.lastError().text()));
        }
        const QString older = connection + QStringLiteral(" dbname=hub_before_audit");
        {
            auto store = HubStore::open(older);
            QVERIFY2(store, qPrintable(store.error()));
            QSqlQuery q((*store)->database());
            for (const QString& sql : {QStringLiteral("DROP TABLE hub_audit"),
                                       QStringLiteral("UPDATE hub_schema SET version = 6, fingerprint = 'schema 6'")})
                QVERIFY2(q.exec(sql), qPrintable(q.lastError().text()));
        }
        const QString columns = QStringLiteral(
            "SELECT column_name, data_type, is_nullable, coalesce(column_default, '') FROM information_schema.columns "
            "WHERE table_name = 'hub_audit' ORDER BY ordinal_position");
        const QString indexes
            = QStringLiteral("SELECT indexname, indexdef FROM pg_indexes WHERE tablename = 'hub_audit' "
                             "ORDER BY 1");
        {
            auto store = HubStore::open(older);
            QVERIFY2(store, qPrintable(store.error()));
            const QSqlDatabase db = (*store)->database();
            QCOMPARE(hubRows(db, columns), hubRows(m_store->database(), columns));
            QCOMPARE(hubRows(db, indexes), hubRows(m_store->database(), indexes));
            QCOMPARE(hubRows(db, columns).size(), 6);
            QCOMPARE(hubRows(db, indexes),
                     (QStringList{
                         QStringLiteral("hub_audit_at|CREATE INDEX hub_audit_at ON public.hub_audit USING btree (at)"),
                         QStringLiteral("hub_audit_pkey|CREATE UNIQUE INDEX hub_audit_pkey ON public.hub_audit USING "
                                        "btree (id)")}));
            QCOMPARE(hubRows(db, QStringLiteral("SELECT version FROM hub_schema")),
                     QStringList{QString::number(HubSchema::latestVersion())});
            QCOMPARE(HubSchema::latestVersion(), 7);
        }
        QSqlQuery q(m_store->database());
        QVERIFY2(q.exec(QStringLiteral("DROP DATABASE hub_before_audit")), qPrintable(q.lastError().text()));
    }
};

QTEST_GUILESS_MAIN(TestHubRoles)
#include "TestHubRoles.moc"
