#include "reports/ReportPage.h"

#include "reports/ReportHtml.h"

namespace open211 {

ReportPage::ReportPage(QWebEngineProfile* profile, QObject* parent)
    : QWebEnginePage(profile, parent)
{ }

bool ReportPage::acceptNavigationRequest(const QUrl& url, NavigationType type, bool isMainFrame)
{
    if (const auto category = ReportHtml::drillTarget(url)) {
        // Told after this returns: the screen sets a new page, which must not happen inside the
        // navigation being decided.
        QMetaObject::invokeMethod(
            this, [this, target = *category] { emit drillRequested(target); }, Qt::QueuedConnection);
        return false;
    }
    // The page set by setHtml() arrives as a data: URL; a link never takes the view elsewhere.
    const QString scheme = url.scheme().toLower();
    const bool ours = isMainFrame && type != NavigationTypeLinkClicked && type != NavigationTypeFormSubmitted
        && (scheme == QLatin1String("data") || scheme == QLatin1String("about"));
    if (!ours)
        ++m_refused;
    return ours;
}

} // namespace open211
