#include "HubServer.h"

#include "HubStore.h"

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
    m_http.route(QStringLiteral("/services"), [this](const QHttpServerRequest& request) {
        const QUrlQuery q(request.url());
        QString message;
        const auto page = number(q, QStringLiteral("page"), 1, 1, 1000000, &message);
        const auto perPage = number(q, QStringLiteral("per_page"), 50, 1, 1000, &message);
        if (!page || !perPage)
            return error(QHttpServerResponse::StatusCode::BadRequest, message);
        auto result = m_store.services(*page, *perPage);
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
    m_http.route(QStringLiteral("/services/<arg>"), [this](const QString& id) {
        auto result = m_store.service(id);
        if (!result)
            return error(QHttpServerResponse::StatusCode::InternalServerError, result.error());
        if (!result->has_value())
            return error(QHttpServerResponse::StatusCode::NotFound,
                         QStringLiteral("No service has the id \"%1\".").arg(id.left(100)));
        return QHttpServerResponse(**result);
    });
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
