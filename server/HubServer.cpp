#include "HubServer.h"

#include "HubStore.h"

#include <QDateTime>
#include <QHostAddress>
#include <QHttpServerRequest>
#include <QHttpServerResponse>
#include <QJsonArray>
#include <QJsonObject>
#include <QUrlQuery>

namespace open211 {

namespace {

QHttpServerResponse error(QHttpServerResponse::StatusCode status, const QString& message)
{
    return QHttpServerResponse(QJsonObject{{QStringLiteral("error"), message}}, status);
}

// A whole number from the query, within bounds; nullopt (and a message) when it is not one.
std::optional<int> number(const QUrlQuery& q, const QString& key, int fallback, int min, int max, QString* message)
{
    if (!q.hasQueryItem(key))
        return fallback;
    bool ok = false;
    const int v = q.queryItemValue(key).toInt(&ok);
    if (!ok || v < min || v > max) {
        *message = QStringLiteral("\"%1\" must be a whole number from %2 to %3.").arg(key).arg(min).arg(max);
        return std::nullopt;
    }
    return v;
}

} // namespace

HubServer::HubServer(HubStore& store)
    : m_store(store)
{
    m_http.route(QStringLiteral("/"), [] {
        return QJsonObject{{QStringLiteral("version"), QStringLiteral("3.0")},
                           {QStringLiteral("profile"), QStringLiteral("https://openreferral.org/open-211-ontario")},
                           {QStringLiteral("openapi_url"), QStringLiteral("/openapi.json")},
                           {QStringLiteral("software"), QStringLiteral("open211-hub " OPEN211_VERSION)}};
    });
    // A list endpoint: the paginated envelope, with modified_after and the given equality filters.
    const auto listRoute = [this](const QString& path, hsds::Table table, const QStringList& filters) {
        m_http.route(path, [this, table, filters](const QHttpServerRequest& request) {
            const QUrlQuery q(request.url());
            QString message;
            const auto page = number(q, QStringLiteral("page"), 1, 1, 1000000, &message);
            const auto perPage = number(q, QStringLiteral("per_page"), 50, 1, 1000, &message);
            if (!page || !perPage)
                return error(QHttpServerResponse::StatusCode::BadRequest, message);
            ListFilter filter;
            if (q.hasQueryItem(QStringLiteral("modified_after"))) {
                const QDateTime after
                    = QDateTime::fromString(q.queryItemValue(QStringLiteral("modified_after")), Qt::ISODateWithMs);
                if (!after.isValid()) {
                    return error(QHttpServerResponse::StatusCode::BadRequest,
                                 QStringLiteral("\"modified_after\" must be an ISO 8601 date and time."));
                }
                filter.modifiedAfter = after.toUTC().toString(Qt::ISODate);
            }
            for (const QString& key : filters) {
                if (q.hasQueryItem(key))
                    filter.equals.append({key, q.queryItemValue(key, QUrl::FullyDecoded).left(200)});
            }
            if (table == hsds::Table::TaxonomyTerm && q.hasQueryItem(QStringLiteral("top_only"))) {
                const QString v = q.queryItemValue(QStringLiteral("top_only"));
                if (v != QLatin1String("true") && v != QLatin1String("false"))
                    return error(QHttpServerResponse::StatusCode::BadRequest,
                                 QStringLiteral("\"top_only\" must be true or false."));
                if (v == QLatin1String("true"))
                    filter.isNull << QStringLiteral("parent_id");
            }
            auto result = m_store.list(table, filter, *page, *perPage);
            if (!result)
                return error(QHttpServerResponse::StatusCode::InternalServerError, result.error());
            const qint64 totalPages = (result->total + *perPage - 1) / *perPage;
            QJsonArray contents;
            for (const auto& s : result->contents)
                contents.append(s);
            return QHttpServerResponse(QJsonObject{{QStringLiteral("total_items"), result->total},
                                                   {QStringLiteral("total_pages"), totalPages},
                                                   {QStringLiteral("page_number"), *page},
                                                   {QStringLiteral("size"), contents.size()},
                                                   {QStringLiteral("first_page"), *page == 1},
                                                   {QStringLiteral("last_page"), *page >= totalPages},
                                                   {QStringLiteral("empty"), contents.isEmpty()},
                                                   {QStringLiteral("contents"), contents}});
        });
        m_http.route(path + QStringLiteral("/<arg>"), [this, table](const QString& id) {
            auto result = m_store.record(table, id);
            if (!result)
                return error(QHttpServerResponse::StatusCode::InternalServerError, result.error());
            if (!result->has_value()) {
                return error(QHttpServerResponse::StatusCode::NotFound,
                             QStringLiteral("No record has the id \"%1\".").arg(id.left(100)));
            }
            return QHttpServerResponse(**result);
        });
    };
    listRoute(QStringLiteral("/services"), hsds::Table::Service, {QStringLiteral("organization_id")});
    listRoute(QStringLiteral("/organizations"), hsds::Table::Organization, {});
    listRoute(QStringLiteral("/taxonomies"), hsds::Table::Taxonomy, {});
    listRoute(QStringLiteral("/taxonomy_terms"),
              hsds::Table::TaxonomyTerm,
              {QStringLiteral("taxonomy_id"), QStringLiteral("parent_id")});
    m_http.afterRequest([](QHttpServerResponse&& response) {
        response.setHeader("Content-Type", "application/json");
        return std::move(response);
    });
}

quint16 HubServer::listen(quint16 port, bool loopbackOnly)
{
    return quint16(m_http.listen(loopbackOnly ? QHostAddress::LocalHost : QHostAddress::Any, port));
}

} // namespace open211
