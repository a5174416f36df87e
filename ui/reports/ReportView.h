// Shows a report page (ReportHtml) in a web view that never touches the network: its own
// off-the-record profile, a request interceptor that refuses every http(s), ftp and file request,
// no JavaScript, and a page (ReportPage) that turns report links into drill-down requests and
// follows no other. Saves the page as PDF, which is how the report is printed.
#pragma once

#include <QPageLayout>
#include <QWidget>

class QWebEngineProfile;
class QWebEngineView;

namespace open211 {

class ReportPage;
class BlockingInterceptor;

class ReportView : public QWidget
{
    Q_OBJECT
public:
    explicit ReportView(QWidget* parent = nullptr);
    ~ReportView() override;

    void setHtml(const QString& html);
    // The page last set, as written.
    const QString& html() const { return m_html; }
    bool isLoading() const;
    // Runs the event loop until the page set last has loaded; false when it failed or took too long.
    bool waitForLoad();
    // Writes the page as a PDF and waits until it is written; false on failure.
    bool printToPdf(const QString& path, const QPageLayout& layout);

    // Whether a page can be shown at all: a page is handed to the view as a data: URL, percent-
    // encoded, and Chromium refuses URLs over 2 MB.
    static bool fits(const QString& html);
    // Letter where the locale's country prints on it (Canada, the United States, …), else A4;
    // 15 mm margins.
    static QPageLayout pageLayout(const QLocale& locale);

    QWebEngineView* webView() const { return m_view; }
    ReportPage* page() const { return m_page; }
    // Requests the interceptor refused since the view was made.
    int blockedRequestCount() const;

signals:
    void loaded(bool ok);
    void drillRequested(const QString& category);

private:
    BlockingInterceptor* m_blocker;
    QWebEngineProfile* m_profile;
    QWebEngineView* m_view;
    ReportPage* m_page;
    QString m_html;
    bool m_pending = false; // setHtml called, its loadFinished not yet seen
};

} // namespace open211
