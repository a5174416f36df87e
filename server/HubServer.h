// The hub's HTTP side (docs/sync-protocol.md): the HSDS 3 API's read endpoints following
// ../shared/hsds/openapi.json ("/", services, organizations, taxonomies, taxonomy terms and
// service_at_locations, with their filters and nested "full" records); sign-in; the change feed
// and deleted records for the workstations' sync; call records, follow-ups, resource edits and
// suggested changes, idempotent by key; the province's community needs report and its open data;
// the audit log of who opened which call record. Every route but sign-in and the HSDS reads checks
// the caller's role (docs/sync-protocol.md, "Sign-in and roles").
// HTTPS when given a certificate. Bad input of any kind gets a 4xx with a JSON error; the hub never
// crashes on input.
#pragma once

#include "CallIntake.h"
#include "ChangeFeed.h"
#include "HubAudit.h"
#include "HubAuth.h"
#include "HubReports.h"
#include "Idempotency.h"
#include "ResourceEdits.h"
#include "Suggestions.h"

#include <QCoreApplication>
#include <QHostAddress>
#include <QHttpServer>
#include <QSslConfiguration>
#include <memory>

namespace open211 {

class HubStore;

class HubServer
{
    Q_DECLARE_TR_FUNCTIONS(open211::HubServer)
public:
    explicit HubServer(HubStore& store);

    // Serves HTTPS with this certificate (PEM; the file may hold the chain after it) and key (PEM,
    // RSA or EC, unencrypted). Call before listen().
    Status setTls(const QString& certificateFile, const QString& keyFile);
    bool usesTls() const { return m_tls.has_value(); }
    // Listens on the address; port 0 picks one. Returns the port, 0 on failure.
    quint16 listen(const QHostAddress& address, quint16 port);

private:
    void routeReads();
    void routeSync();
    void routeWrites();
    void routeSuggestions();
    void routeReports();
    void routeAudit();

    HubStore& m_store;
    HubAuth m_auth;
    ChangeFeed m_feed;
    CallIntake m_calls;
    ResourceEdits m_edits;
    Suggestions m_suggestions;
    HubReports m_reports;
    HubAudit m_audit;
    Idempotency m_idempotency;
    std::optional<QSslConfiguration> m_tls;
    QHttpServer m_http;
};

} // namespace open211
