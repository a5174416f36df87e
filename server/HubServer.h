// The hub's HTTP side: the HSDS 3 API's read endpoints, following ../shared/hsds/openapi.json
// (for now "/", "/services" and "/organizations" with the paginated envelope, modified_after and
// filters, and one record by id). Bad parameters get a
// 4xx with a JSON error; the hub never crashes on input.
#pragma once

#include <QHttpServer>
#include <memory>

namespace open211 {

class HubStore;

class HubServer
{
public:
    explicit HubServer(HubStore& store);
    // Listens on loopback or all addresses; port 0 picks one. Returns the port, 0 on failure.
    quint16 listen(quint16 port, bool loopbackOnly = true);

private:
    HubStore& m_store;
    QHttpServer m_http;
};

} // namespace open211
