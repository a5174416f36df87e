// The report's web page: it never navigates anywhere. A report link (`open211-report:drill?...`)
// becomes a drill-down request for the screen; every other link or navigation is refused, and
// only the page the screen itself sets (a data: URL) is let through.
#pragma once

#include <QWebEnginePage>

namespace open211 {

class ReportPage : public QWebEnginePage
{
    Q_OBJECT
public:
    explicit ReportPage(QWebEngineProfile* profile, QObject* parent = nullptr);

    // Navigations refused since the page was made (for tests and diagnostics).
    int refusedCount() const { return m_refused; }

signals:
    // A category link was followed: the report should show `category`'s sub-categories (empty:
    // the top-level categories).
    void drillRequested(const QString& category);

protected:
    bool acceptNavigationRequest(const QUrl& url, NavigationType type, bool isMainFrame) override;

private:
    int m_refused = 0;
};

} // namespace open211
