#include "web/OfflineWeb.h"

#include <QWebEnginePage>
#include <QWebEngineProfile>
#include <QWebEngineSettings>

namespace open211 {

void BlockingInterceptor::interceptRequest(QWebEngineUrlRequestInfo& info)
{
    const QString scheme = info.requestUrl().scheme().toLower();
    if (scheme == QLatin1String("data") || scheme == QLatin1String("about"))
        return;
    info.block(true);
    ++m_blocked;
}

namespace OfflineWeb {

QWebEngineProfile* profile(BlockingInterceptor* interceptor, QObject* parent)
{
    auto* p = new QWebEngineProfile(parent); // no storage name: off the record, nothing on disk
    p->setUrlRequestInterceptor(interceptor);
    p->setHttpCacheType(QWebEngineProfile::MemoryHttpCache);
    p->setPersistentCookiesPolicy(QWebEngineProfile::NoPersistentCookies);
    return p;
}

void lockDown(QWebEnginePage* page)
{
    QWebEngineSettings* s = page->settings();
    s->setAttribute(QWebEngineSettings::JavascriptEnabled, false);
    s->setAttribute(QWebEngineSettings::LocalContentCanAccessRemoteUrls, false);
    s->setAttribute(QWebEngineSettings::LocalContentCanAccessFileUrls, false);
    s->setAttribute(QWebEngineSettings::PluginsEnabled, false);
    s->setAttribute(QWebEngineSettings::ErrorPageEnabled, false);
    s->setAttribute(QWebEngineSettings::DnsPrefetchEnabled, false);
}

QString htmlPage(const QString& language, const QString& title, const char* style, const QString& body)
{
    return QStringLiteral("<!DOCTYPE html>\n<html lang=\"%1\"><head><meta charset=\"utf-8\">"
                          "<meta http-equiv=\"Content-Security-Policy\" content=\"default-src 'none'; "
                          "style-src 'unsafe-inline'\"><title>%2</title><style>%3</style></head>"
                          "<body><main>\n%4</main></body></html>\n")
        .arg(language == QLatin1String("fr") ? QStringLiteral("fr") : QStringLiteral("en"),
             title.toHtmlEscaped(),
             QString::fromUtf8(style),
             body);
}

} // namespace OfflineWeb

} // namespace open211
