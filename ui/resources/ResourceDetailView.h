// Shows one service's detail (DetailHtml) in a web view that never touches the network: its own
// off-the-record profile, a request interceptor that blocks every http(s)/ftp/file request, no
// JavaScript. Copies the detail as text, prints it and saves it as PDF. Given the profile's
// database, it adds what resource maintenance knows (verification, an unsent change, the recent
// history) and can read the service again after an edit.
#pragma once

#include "Resources.h"
#include "resources/DetailHtml.h"

#include <QWidget>
#include <atomic>

class QPrinter;
class QWebEngineProfile;
class QWebEngineView;

namespace open211 {

class BlockingInterceptor;
class Database;

class ResourceDetailView : public QWidget
{
    Q_OBJECT

public:
    explicit ResourceDetailView(QWidget* parent = nullptr);
    ~ResourceDetailView() override;

    // The store to read the verification and history from (nothing: the page leaves them out).
    void setDatabase(Database* db) { m_db = db; }
    void showService(const ServiceDetail& detail, const DetailContext& context);
    // Reads the shown service again from the store (after an edit) and shows it so.
    void reload();
    // The shown service's id; empty when none.
    QString serviceId() const { return m_detail ? m_detail->id : QString(); }
    // The "select a result" page.
    void clear();
    bool hasService() const { return m_detail.has_value(); }

    // The shown service as text (built from the detail, not read back from the page); empty after clear().
    QString plainText() const;
    void copyToClipboard() const;
    // Prints the page and waits until the printer is done; false on failure.
    bool print(QPrinter* printer);
    // Saves the page as a PDF (A4, 15 mm margins) and waits until it is written.
    bool printToPdf(const QString& path);

    // Requests the interceptor refused since the view was made (for tests and diagnostics).
    int blockedRequestCount() const;
    QWebEngineView* webView() const { return m_view; }

public slots:
    void printDialog();

signals:
    void loaded(bool ok);

protected:
    void changeEvent(QEvent* event) override;

private:
    void render();
    bool isLoading() const { return m_renderPending || m_activeLoads > 0; }
    bool waitForLoad();

    std::optional<DetailMaintenance> readMaintenance(const QString& serviceId) const;

    Database* m_db = nullptr;
    BlockingInterceptor* m_interceptor;
    QWebEngineProfile* m_profile;
    QWebEngineView* m_view;
    std::optional<ServiceDetail> m_detail;
    DetailContext m_context;
    bool m_renderPending = false; // setHtml called, its loadStarted not yet seen
    int m_activeLoads = 0;
};

} // namespace open211
