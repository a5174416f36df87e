// What our own inline pages (the resource detail, the reports) are shown with: a web profile that
// is off the record (nothing on disk) and lets through only data: and about: requests, refusing
// and counting every other (http(s), ftp, file...); and page settings with no JavaScript, no
// plugins and no access from the page to anything else. A view of ours never touches the network.
#pragma once

#include <QString>
#include <QWebEngineUrlRequestInterceptor>
#include <atomic>

class QWebEnginePage;
class QWebEngineProfile;

namespace open211 {

class BlockingInterceptor : public QWebEngineUrlRequestInterceptor
{
public:
    using QWebEngineUrlRequestInterceptor::QWebEngineUrlRequestInterceptor;
    void interceptRequest(QWebEngineUrlRequestInfo& info) override;
    // Requests refused since it was made.
    int blocked() const { return m_blocked; }

private:
    std::atomic<int> m_blocked{0};
};

namespace OfflineWeb {

// A new off-the-record profile that asks `interceptor` about every request.
QWebEngineProfile* profile(BlockingInterceptor* interceptor, QObject* parent);
// Turns off what an inline page of ours does not need.
void lockDown(QWebEnginePage* page);
// A whole page around `body` (already HTML), with its style sheet and a content security policy
// that forbids any fetch even if something unescaped slipped through.
QString htmlPage(const QString& language, const QString& title, const char* style, const QString& body);

} // namespace OfflineWeb

} // namespace open211
