#include "HubServer.h"

#include "HubRows.h"
#include "HubStore.h"
#include "RequestGuard.h"
#include "reports/ReportExport.h"

#include <QDateTime>
#include <QFile>
#include <QHttpServerRequest>
#include <QHttpServerResponse>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QSslKey>
#include <QSslServer>
#include <QSslSocket>
#include <QTimeZone>
#include <QUrlQuery>
#include <cmath>

namespace open211 {

using namespace hsds;

namespace {

using Code = QHttpServerResponse::StatusCode;

QHttpServerResponse send(const WriteAnswer& answer)
{
    QHttpServerResponse response(QByteArrayLiteral("application/json"), answer.body, Code(answer.status));
    if (answer.status == 401)
        response.setHeader(QByteArrayLiteral("WWW-Authenticate"), QByteArrayLiteral("Bearer realm=\"open211-hub\""));
    return response;
}

QHttpServerResponse error(Code status, const QString& message)
{
    return send(WriteAnswer::error(int(status), message));
}

QHttpServerResponse json(const QJsonObject& body, Code status = Code::Ok)
{
    return send(WriteAnswer::json(int(status), body));
}

// A whole number from the query, within bounds; nullopt (and a message) when it is not one.
std::optional<qint64>
number(const QUrlQuery& q, const QString& key, qint64 fallback, qint64 min, qint64 max, QString* message)
{
    if (!q.hasQueryItem(key))
        return fallback;
    bool ok = false;
    const qint64 v = q.queryItemValue(key).toLongLong(&ok);
    if (!ok || v < min || v > max) {
        *message = QStringLiteral("\"%1\" must be a whole number from %2 to %3.").arg(key).arg(min).arg(max);
        return std::nullopt;
    }
    return v;
}

// true, false, or absent (the fallback); nullopt when it is something else.
std::optional<bool> flag(const QUrlQuery& q, const QString& key, QString* message)
{
    if (!q.hasQueryItem(key))
        return false;
    const QString v = q.queryItemValue(key);
    if (v == QLatin1String("true"))
        return true;
    if (v == QLatin1String("false"))
        return false;
    *message = QStringLiteral("\"%1\" must be true or false.").arg(key);
    return std::nullopt;
}

QJsonObject envelope(const Page& page, int pageNumber, int perPage)
{
    const qint64 totalPages = (page.total + perPage - 1) / perPage;
    QJsonArray contents;
    for (const auto& s : page.contents)
        contents.append(s);
    return QJsonObject{{QStringLiteral("total_items"), page.total},
                       {QStringLiteral("total_pages"), totalPages},
                       {QStringLiteral("page_number"), pageNumber},
                       {QStringLiteral("size"), contents.size()},
                       {QStringLiteral("first_page"), pageNumber == 1},
                       {QStringLiteral("last_page"), pageNumber >= totalPages},
                       {QStringLiteral("empty"), contents.isEmpty()},
                       {QStringLiteral("contents"), contents}};
}

// The signed-in user a request carries, or the answer it gets instead (401, 403).
struct Access
{
    std::optional<HubUser> user;
    WriteAnswer denial;
};

Access authorize(HubAuth& auth, const QHttpServerRequest& request, const QStringList& roles = {})
{
    const QByteArray header = request.value(QByteArrayLiteral("Authorization")).trimmed();
    if (!header.toLower().startsWith("bearer ")) {
        return {std::nullopt,
                WriteAnswer::error(401,
                                   QStringLiteral("Sign in first: this needs an \"Authorization: Bearer\" header with "
                                                  "a token from POST /auth/token."))};
    }
    auto user = auth.userForToken(QString::fromLatin1(header.mid(7).trimmed()));
    if (!user)
        return {std::nullopt, WriteAnswer::error(500, user.error())};
    if (!user->has_value())
        return {std::nullopt,
                WriteAnswer::error(401, QStringLiteral("The token is not valid or has expired; sign in again."))};
    if (!roles.isEmpty() && !roles.contains((*user)->role)) {
        return {std::nullopt,
                WriteAnswer::error(403,
                                   QStringLiteral("The role %1 may not do this; it needs one of: %2.")
                                       .arg((*user)->role, roles.join(QStringLiteral(", "))))};
    }
    return {**user, {}};
}

// The request's body as a JSON object, or the answer it gets instead (400, 413).
std::optional<QJsonObject> jsonBody(const QHttpServerRequest& request, WriteAnswer* problem)
{
    const QByteArray body = request.body();
    if (body.size() > RequestGuard::MaxBody) {
        *problem = WriteAnswer::error(413, QStringLiteral("The body is larger than 8 MB; the hub does not take it."));
        return std::nullopt;
    }
    QJsonParseError parse{};
    const QJsonDocument doc = QJsonDocument::fromJson(body, &parse);
    if (parse.error != QJsonParseError::NoError) {
        *problem = WriteAnswer::error(
            400,
            QStringLiteral("The body is not valid JSON (%1 at byte %2).").arg(parse.errorString()).arg(parse.offset));
        return std::nullopt;
    }
    if (!doc.isObject()) {
        *problem = WriteAnswer::error(400, QStringLiteral("The body must be a JSON object."));
        return std::nullopt;
    }
    return doc.object();
}

// The Idempotency-Key a write must carry.
std::optional<QString> idempotencyKey(const QHttpServerRequest& request, WriteAnswer* problem)
{
    const QString key = QString::fromUtf8(request.value(QByteArrayLiteral("Idempotency-Key"))).trimmed();
    if (key.isEmpty() || key.size() > 200) {
        *problem = WriteAnswer::error(400,
                                      QStringLiteral("Writes need an \"Idempotency-Key\" header of 1 to 200 "
                                                     "characters (e.g. call:<the call's id>)."));
        return std::nullopt;
    }
    return key;
}

const char* methodName(QHttpServerRequest::Method method)
{
    switch (method) {
    case QHttpServerRequest::Method::Get:
        return "GET";
    case QHttpServerRequest::Method::Put:
        return "PUT";
    case QHttpServerRequest::Method::Delete:
        return "DELETE";
    case QHttpServerRequest::Method::Post:
        return "POST";
    case QHttpServerRequest::Method::Head:
        return "HEAD";
    case QHttpServerRequest::Method::Options:
        return "OPTIONS";
    case QHttpServerRequest::Method::Patch:
        return "PATCH";
    default:
        break;
    }
    return "this method,";
}

const QByteArray CsvType = QByteArrayLiteral("text/csv; charset=utf-8");

// The report a request asks for (supervisors and admins), or the answer it gets instead: 401,
// 403, 400 naming the parameter, 500.
struct AskedReport
{
    std::optional<CommunityReport> report;
    ReportRequest request;
    WriteAnswer denial;
};

AskedReport askReport(HubAuth& auth, HubReports& reports, const QHttpServerRequest& request, bool openData)
{
    const Access access = authorize(auth, request, {QStringLiteral("supervisor"), QStringLiteral("admin")});
    if (!access.user)
        return {std::nullopt, {}, access.denial};
    QString message;
    const auto asked = HubReports::parse(QUrlQuery(request.url()), openData, &message);
    if (!asked)
        return {std::nullopt, {}, WriteAnswer::error(400, message)};
    if (!asked->filter.category.isEmpty()) {
        const auto known = reports.hasTerm(asked->filter.category);
        if (!known)
            return {std::nullopt, *asked, WriteAnswer::error(500, known.error())};
        if (!*known) {
            return {std::nullopt,
                    *asked,
                    WriteAnswer::error(400,
                                       QStringLiteral("\"category\" must be a code of the hub's taxonomy; the hub has "
                                                      "no term \"%1\".")
                                           .arg(asked->filter.category))};
        }
    }
    auto report = reports.build(asked->filter);
    if (!report)
        return {std::nullopt, *asked, WriteAnswer::error(500, report.error())};
    return {std::move(report).value(), *asked, {}};
}

const QStringList& editorRoles()
{
    static const QStringList roles{
        QStringLiteral("resource_specialist"), QStringLiteral("supervisor"), QStringLiteral("admin")};
    return roles;
}

} // namespace

HubServer::HubServer(HubStore& store)
    : m_store(store)
    , m_auth(store.database())
    , m_feed(store.database())
    , m_calls(store.database())
    , m_edits(store.database())
    , m_suggestions(store.database())
    , m_reports(store.database())
    , m_audit(store.database())
    , m_idempotency(store.database())
{
    routeReads();
    routeSync();
    routeWrites();
    routeSuggestions();
    routeReports();
    routeAudit();
    m_http.setMissingHandler([](const QHttpServerRequest& request, QHttpServerResponder&& responder) {
        const QByteArray body = WriteAnswer::error(404,
                                                   QStringLiteral("The hub has no endpoint %1 %2.")
                                                       .arg(QString::fromLatin1(methodName(request.method())),
                                                            request.url().path().left(200)))
                                    .body;
        responder.write(body, QByteArrayLiteral("application/json"), QHttpServerResponder::StatusCode::NotFound);
    });
    m_http.afterRequest([](QHttpServerResponse&& response) {
        // Every answer is JSON but the open-data CSV.
        if (response.mimeType() != CsvType)
            response.setHeader("Content-Type", "application/json");
        return std::move(response);
    });
}

void HubServer::routeReads()
{
    m_http.route(QStringLiteral("/"), QHttpServerRequest::Method::Get, [] {
        return QJsonObject{{QStringLiteral("version"), QStringLiteral("3.0")},
                           {QStringLiteral("profile"), QStringLiteral("https://openreferral.org/open-211-ontario")},
                           {QStringLiteral("openapi_url"), QStringLiteral("/openapi.json")},
                           {QStringLiteral("software"), QStringLiteral("open211-hub " OPEN211_VERSION)}};
    });
    // A list endpoint: the paginated envelope, with modified_after and the table's filters.
    const auto listRoute = [this](const QString& path, Table table, const QStringList& filters) {
        m_http.route(path, QHttpServerRequest::Method::Get, [this, table, filters](const QHttpServerRequest& request) {
            const QUrlQuery q(request.url());
            QString message;
            const auto page = number(q, QStringLiteral("page"), 1, 1, 1000000, &message);
            const auto perPage = number(q, QStringLiteral("per_page"), 50, 1, 1000, &message);
            if (!page || !perPage)
                return error(Code::BadRequest, message);
            if (q.hasQueryItem(QStringLiteral("format"))
                && q.queryItemValue(QStringLiteral("format")) != QLatin1String("json"))
                return error(Code::BadRequest, QStringLiteral("\"format\" can only be json here."));
            const auto value = [&q](const QString& key) {
                return q.queryItemValue(key, QUrl::FullyDecoded).left(500);
            };
            ListFilter filter;
            if (q.hasQueryItem(QStringLiteral("modified_after"))) {
                const QDateTime after
                    = QDateTime::fromString(value(QStringLiteral("modified_after")), Qt::ISODateWithMs);
                if (!after.isValid()) {
                    return error(Code::BadRequest,
                                 QStringLiteral("\"modified_after\" must be an ISO 8601 date and time."));
                }
                filter.modifiedAfter = after.toUTC().toString(Qt::ISODate);
            }
            for (const QString& key : filters) {
                if (q.hasQueryItem(key))
                    filter.equals.append({key, value(key).left(200)});
            }
            if (table == Table::TaxonomyTerm) {
                const auto topOnly = flag(q, QStringLiteral("top_only"), &message);
                if (!topOnly)
                    return error(Code::BadRequest, message);
                if (*topOnly)
                    filter.isNull << QStringLiteral("parent_id");
            }
            if (table == Table::Organization)
                filter.search = value(QStringLiteral("search"));
            if (table == Table::Service || table == Table::ServiceAtLocation) {
                const auto full = flag(q, QStringLiteral("full"), &message);
                if (!full)
                    return error(Code::BadRequest, message);
                filter.full = *full;
                filter.search = value(QStringLiteral("search"));
                filter.taxonomyTermId = value(QStringLiteral("taxonomy_term_id")).left(200);
                filter.taxonomyId = value(QStringLiteral("taxonomy_id")).left(200);
                filter.organizationId = value(QStringLiteral("organization_id")).left(200);
            }
            if (table == Table::ServiceAtLocation) {
                if (q.hasQueryItem(QStringLiteral("postcode"))) {
                    filter.postcode = HubStore::normalizePostcode(value(QStringLiteral("postcode")));
                    static const QRegularExpression valid(QStringLiteral("^[A-Z0-9-]{3,10}$"));
                    if (!valid.match(filter.postcode).hasMatch())
                        return error(Code::BadRequest, QStringLiteral("\"postcode\" must be a postal code."));
                }
                if (q.hasQueryItem(QStringLiteral("proximity"))) {
                    bool ok = false;
                    const double metres = value(QStringLiteral("proximity")).toDouble(&ok);
                    if (!ok || !std::isfinite(metres) || metres <= 0 || metres > 1000000) {
                        return error(Code::BadRequest,
                                     QStringLiteral("\"proximity\" must be a distance in metres, above 0 and at "
                                                    "most 1000000."));
                    }
                    if (filter.postcode.isEmpty()) {
                        return error(Code::BadRequest,
                                     QStringLiteral("\"proximity\" is measured from a postcode: give \"postcode\" "
                                                    "too."));
                    }
                    auto centre = m_store.postcodeCentre(filter.postcode);
                    if (!centre)
                        return error(Code::InternalServerError, centre.error());
                    if (!centre->has_value()) {
                        return error(
                            Code::BadRequest,
                            QStringLiteral("The hub does not know where the postcode \"%1\" is.").arg(filter.postcode));
                    }
                    filter.near = **centre;
                    filter.withinMeters = metres;
                }
            }
            auto result = m_store.list(table, filter, int(*page), int(*perPage));
            if (!result)
                return error(Code::InternalServerError, result.error());
            return json(envelope(*result, int(*page), int(*perPage)));
        });
        m_http.route(
            path + QStringLiteral("/<arg>"), QHttpServerRequest::Method::Get, [this, table](const QString& id) {
                auto result = m_store.record(table, id);
                if (!result)
                    return error(Code::InternalServerError, result.error());
                if (!result->has_value())
                    return error(Code::NotFound, QStringLiteral("No record has the id \"%1\".").arg(id.left(100)));
                return json(**result);
            });
    };
    listRoute(QStringLiteral("/services"), Table::Service, {});
    listRoute(QStringLiteral("/service_at_locations"), Table::ServiceAtLocation, {});
    listRoute(QStringLiteral("/organizations"), Table::Organization, {});
    listRoute(QStringLiteral("/taxonomies"), Table::Taxonomy, {});
    listRoute(QStringLiteral("/taxonomy_terms"),
              Table::TaxonomyTerm,
              {QStringLiteral("taxonomy_id"), QStringLiteral("parent_id")});
}

void HubServer::routeSync()
{
    m_http.route(
        QStringLiteral("/auth/token"), QHttpServerRequest::Method::Post, [this](const QHttpServerRequest& request) {
            WriteAnswer problem;
            const auto body = jsonBody(request, &problem);
            if (!body)
                return send(problem);
            const QJsonValue username = body->value(QStringLiteral("username"));
            const QJsonValue password = body->value(QStringLiteral("password"));
            if (!username.isString() || !password.isString() || password.toString().size() > 1024)
                return error(Code::BadRequest,
                             QStringLiteral("Sign in with {\"username\": text, \"password\": text}."));
            auto signIn = m_auth.signIn(username.toString().left(200), password.toString().toUtf8());
            if (!signIn)
                return error(Code::InternalServerError, signIn.error());
            if (!signIn->has_value())
                return error(Code::Unauthorized, QStringLiteral("The user name or password is wrong."));
            const SignIn& s = **signIn;
            return json(QJsonObject{{QStringLiteral("token"), s.token},
                                    {QStringLiteral("username"), s.user.username},
                                    {QStringLiteral("display_name"), s.user.displayName},
                                    {QStringLiteral("role"), s.user.role},
                                    {QStringLiteral("expires_at"), hub::isoUtc(s.expiresAt)}});
        });

    m_http.route(
        QStringLiteral("/sync/changes"), QHttpServerRequest::Method::Get, [this](const QHttpServerRequest& request) {
            const Access access = authorize(m_auth, request);
            if (!access.user)
                return send(access.denial);
            const QUrlQuery q(request.url());
            QString message;
            const auto after = number(q, QStringLiteral("after"), 0, 0, std::numeric_limits<qint64>::max(), &message);
            const auto limit = number(q, QStringLiteral("limit"), 1000, 1, 5000, &message);
            if (!after || !limit)
                return error(Code::BadRequest, message);
            auto page = m_feed.changes(*after, int(*limit));
            if (!page)
                return error(Code::InternalServerError, page.error());
            return json(QJsonObject{{QStringLiteral("changes"), page->changes},
                                    {QStringLiteral("next"), page->next},
                                    {QStringLiteral("head"), page->head},
                                    {QStringLiteral("more"), page->more}});
        });

    m_http.route(
        QStringLiteral("/deleted"), QHttpServerRequest::Method::Get, [this](const QHttpServerRequest& request) {
            const Access access = authorize(m_auth, request);
            if (!access.user)
                return send(access.denial);
            const QUrlQuery q(request.url());
            QString message;
            const auto page = number(q, QStringLiteral("page"), 1, 1, 1000000, &message);
            const auto perPage = number(q, QStringLiteral("per_page"), 50, 1, 1000, &message);
            if (!page || !perPage)
                return error(Code::BadRequest, message);
            const QDateTime since = QDateTime::fromString(q.queryItemValue(QStringLiteral("since"), QUrl::FullyDecoded),
                                                          Qt::ISODateWithMs);
            if (!since.isValid())
                return error(Code::BadRequest, QStringLiteral("\"since\" must be an ISO 8601 date and time."));
            auto result = m_feed.deleted(since, int(*page), int(*perPage));
            if (!result)
                return error(Code::InternalServerError, result.error());
            return json(envelope(*result, int(*page), int(*perPage)));
        });
}

void HubServer::routeWrites()
{
    // POST /calls and /follow-ups: any signed-in role; idempotent by key.
    const auto intake = [this](const QString& path,
                               WriteAnswer (CallIntake::*store)(const QJsonObject&, const HubUser&)) {
        m_http.route(path, QHttpServerRequest::Method::Post, [this, path, store](const QHttpServerRequest& request) {
            const Access access = authorize(m_auth, request);
            if (!access.user)
                return send(access.denial);
            WriteAnswer problem;
            const auto key = idempotencyKey(request, &problem);
            if (!key)
                return send(problem);
            const auto body = jsonBody(request, &problem);
            if (!body)
                return send(problem);
            return send(
                m_idempotency.run(*key, Idempotency::requestHash("POST", path, *body), access.user->username, [&] {
                    return (m_calls.*store)(*body, *access.user);
                }));
        });
    };
    intake(QStringLiteral("/calls"), &CallIntake::storeCall);
    intake(QStringLiteral("/follow-ups"), &CallIntake::storeFollowUp);

    m_http.route(
        QStringLiteral("/calls/<arg>"),
        QHttpServerRequest::Method::Get,
        [this](const QString& id, const QHttpServerRequest& request) {
            const Access access = authorize(m_auth, request, {QStringLiteral("supervisor"), QStringLiteral("admin")});
            if (!access.user)
                return send(access.denial);
            auto call = m_calls.call(id);
            if (!call)
                return error(Code::InternalServerError, call.error());
            if (!call->has_value())
                return error(Code::NotFound, QStringLiteral("The hub has no call \"%1\".").arg(id.left(100)));
            // No record leaves the hub unless the log says who opened it.
            if (auto st = m_audit.record(*access.user, QStringLiteral("open_call"), id); !st)
                return error(Code::InternalServerError, st.error());
            return json(**call);
        });

    // Any signed-in role reads a record flat, as the change feed gives it.
    m_http.route(QStringLiteral("/resources/<arg>/<arg>"),
                 QHttpServerRequest::Method::Get,
                 [this](const QString& tableName, const QString& id, const QHttpServerRequest& request) {
                     const Access access = authorize(m_auth, request);
                     if (!access.user)
                         return send(access.denial);
                     const TableInfo* table = byName(tableName);
                     if (!table)
                         return error(Code::NotFound,
                                      QStringLiteral("There is no HSDS table \"%1\".").arg(tableName.left(100)));
                     return send(m_edits.get(*table, id));
                 });

    m_http.route(QStringLiteral("/resources/<arg>/<arg>"),
                 QHttpServerRequest::Method::Put,
                 [this](const QString& tableName, const QString& id, const QHttpServerRequest& request) {
                     const Access access = authorize(m_auth, request, editorRoles());
                     if (!access.user)
                         return send(access.denial);
                     const TableInfo* table = byName(tableName);
                     if (!table)
                         return error(Code::NotFound,
                                      QStringLiteral("There is no HSDS table \"%1\".").arg(tableName.left(100)));
                     WriteAnswer problem;
                     const auto key = idempotencyKey(request, &problem);
                     if (!key)
                         return send(problem);
                     const auto body = jsonBody(request, &problem);
                     if (!body)
                         return send(problem);
                     return send(m_idempotency.run(*key,
                                                   Idempotency::requestHash("PUT", request.url().path(), *body),
                                                   access.user->username,
                                                   [&] { return m_edits.put(*table, id, *body, *access.user); }));
                 });

    m_http.route(
        QStringLiteral("/resources/<arg>/<arg>"),
        QHttpServerRequest::Method::Delete,
        [this](const QString& tableName, const QString& id, const QHttpServerRequest& request) {
            const Access access = authorize(m_auth, request, editorRoles());
            if (!access.user)
                return send(access.denial);
            const TableInfo* table = byName(tableName);
            if (!table)
                return error(Code::NotFound, QStringLiteral("There is no HSDS table \"%1\".").arg(tableName.left(100)));
            WriteAnswer problem;
            const auto key = idempotencyKey(request, &problem);
            if (!key)
                return send(problem);
            const QUrlQuery q(request.url());
            QString message;
            const auto base
                = number(q, QStringLiteral("base_version"), 0, 1, std::numeric_limits<qint64>::max(), &message);
            if (!base || !q.hasQueryItem(QStringLiteral("base_version")))
                return error(Code::BadRequest,
                             QStringLiteral("\"base_version\" must be the version removed, 1 or more."));
            const QJsonObject canonical{{QStringLiteral("base_version"), *base}};
            return send(m_idempotency.run(
                *key, Idempotency::requestHash("DELETE", request.url().path(), canonical), access.user->username, [&] {
                    return m_edits.remove(*table, id, *base, *access.user);
                }));
        });
}

void HubServer::routeSuggestions()
{
    // Any signed-in role suggests a change; the resource specialists' roles read and resolve them.
    m_http.route(
        QStringLiteral("/suggestions"), QHttpServerRequest::Method::Post, [this](const QHttpServerRequest& request) {
            const Access access = authorize(m_auth, request);
            if (!access.user)
                return send(access.denial);
            WriteAnswer problem;
            const auto key = idempotencyKey(request, &problem);
            if (!key)
                return send(problem);
            const auto body = jsonBody(request, &problem);
            if (!body)
                return send(problem);
            return send(m_idempotency.run(*key,
                                          Idempotency::requestHash("POST", QStringLiteral("/suggestions"), *body),
                                          access.user->username,
                                          [&] { return m_suggestions.suggest(*body, *access.user); }));
        });

    m_http.route(
        QStringLiteral("/suggestions"), QHttpServerRequest::Method::Get, [this](const QHttpServerRequest& request) {
            const Access access = authorize(m_auth, request, editorRoles());
            if (!access.user)
                return send(access.denial);
            const QUrlQuery q(request.url());
            const QString state = q.hasQueryItem(QStringLiteral("state"))
                ? q.queryItemValue(QStringLiteral("state"), QUrl::FullyDecoded)
                : QStringLiteral("open");
            if (!Suggestions::isListState(state))
                return error(Code::BadRequest, QStringLiteral("\"state\" must be open, done or all."));
            auto list = m_suggestions.list(state);
            if (!list)
                return error(Code::InternalServerError, list.error());
            return json(QJsonObject{{QStringLiteral("suggestions"), *list}});
        });

    m_http.route(QStringLiteral("/suggestions/<arg>/resolve"),
                 QHttpServerRequest::Method::Post,
                 [this](const QString& id, const QHttpServerRequest& request) {
                     const Access access = authorize(m_auth, request, editorRoles());
                     if (!access.user)
                         return send(access.denial);
                     WriteAnswer problem;
                     const auto key = idempotencyKey(request, &problem);
                     if (!key)
                         return send(problem);
                     const auto body = jsonBody(request, &problem);
                     if (!body)
                         return send(problem);
                     return send(m_idempotency.run(*key,
                                                   Idempotency::requestHash("POST", request.url().path(), *body),
                                                   access.user->username,
                                                   [&] { return m_suggestions.resolve(id, *access.user); }));
                 });
}

void HubServer::routeReports()
{
    m_http.route(
        QStringLiteral("/reports"), QHttpServerRequest::Method::Get, [this](const QHttpServerRequest& request) {
            const AskedReport asked = askReport(m_auth, m_reports, request, false);
            if (!asked.report)
                return send(asked.denial);
            // Local dates and hours are the hub's: say whose.
            QJsonObject body = ReportExport::toJson(*asked.report);
            body.insert(QStringLiteral("time_zone"), QString::fromUtf8(QTimeZone::systemTimeZoneId()));
            return json(body);
        });

    // The de-identified table to publish: counts by period, region and category, small ones hidden.
    m_http.route(QStringLiteral("/reports/open-data"),
                 QHttpServerRequest::Method::Get,
                 [this](const QHttpServerRequest& request) {
                     const AskedReport asked = askReport(m_auth, m_reports, request, true);
                     if (!asked.report)
                         return send(asked.denial);
                     const ReportTable table
                         = ReportExport::openData(*asked.report, asked.request.threshold, asked.request.language);
                     QHttpServerResponse response(CsvType, ReportExport::csv(table), Code::Ok);
                     const QString file = QStringLiteral("%1-%2-to-%3.csv")
                                              .arg(table.name,
                                                   asked.request.filter.from.toString(Qt::ISODate),
                                                   asked.request.filter.to.toString(Qt::ISODate));
                     response.setHeader(QByteArrayLiteral("Content-Disposition"),
                                        QByteArrayLiteral("attachment; filename=\"") + file.toLatin1() + '"');
                     return response;
                 });
}

void HubServer::routeAudit()
{
    // Supervisors and admins read who opened which call record; reading it is in the log, before
    // what it shows (as on the workstation).
    m_http.route(QStringLiteral("/audit"), QHttpServerRequest::Method::Get, [this](const QHttpServerRequest& request) {
        const Access access = authorize(m_auth, request, {QStringLiteral("supervisor"), QStringLiteral("admin")});
        if (!access.user)
            return send(access.denial);
        QString message;
        const auto filter = HubAudit::parse(QUrlQuery(request.url()), &message);
        if (!filter)
            return error(Code::BadRequest, message);
        if (auto st = m_audit.record(*access.user, QStringLiteral("read_audit"), {}, filter->asked); !st)
            return error(Code::InternalServerError, st.error());
        auto items = m_audit.list(*filter);
        if (!items)
            return error(Code::InternalServerError, items.error());
        return json(QJsonObject{{QStringLiteral("items"), *items}});
    });
}

Status HubServer::setTls(const QString& certificateFile, const QString& keyFile)
{
    if (!QSslSocket::supportsSsl())
        return Error{tr("This Qt has no TLS backend; HTTPS is not available.")};
    const QList<QSslCertificate> chain = QSslCertificate::fromPath(certificateFile, QSsl::Pem);
    if (chain.isEmpty())
        return Error{tr("No PEM certificate could be read from %1.").arg(certificateFile)};
    QFile f(keyFile);
    if (!f.open(QIODevice::ReadOnly))
        return Error{tr("Cannot read the key %1: %2").arg(keyFile, f.errorString())};
    const QByteArray pem = f.readAll();
    QSslKey key;
    for (const QSsl::KeyAlgorithm algorithm : {QSsl::Rsa, QSsl::Ec, QSsl::Dsa}) {
        key = QSslKey(pem, algorithm, QSsl::Pem, QSsl::PrivateKey);
        if (!key.isNull())
            break;
    }
    if (key.isNull())
        return Error{tr("No unencrypted PEM private key (RSA or EC) could be read from %1.").arg(keyFile)};
    QSslConfiguration config = QSslConfiguration::defaultConfiguration();
    config.setLocalCertificateChain(chain);
    config.setPrivateKey(key);
    config.setProtocol(QSsl::TlsV1_2OrLater);
    config.setPeerVerifyMode(QSslSocket::VerifyNone); // clients sign in with tokens, not certificates
    m_tls = config;
    return {};
}

quint16 HubServer::listen(const QHostAddress& address, quint16 port)
{
    QTcpServer* server = nullptr;
    if (m_tls) {
        auto* ssl = new QSslServer(&m_http);
        ssl->setSslConfiguration(*m_tls);
        server = ssl;
    } else {
        server = new QTcpServer(&m_http);
    }
    RequestGuard::watch(server);
    if (!server->listen(address, port)) {
        delete server;
        return 0;
    }
    m_http.bind(server);
    return server->serverPort();
}

} // namespace open211
