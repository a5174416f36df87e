#include "reports/ReportView.h"

#include "reports/ReportPage.h"
#include "web/OfflineWeb.h"

#include <QEventLoop>
#include <QFileInfo>
#include <QLocale>
#include <QPageSize>
#include <QTimer>
#include <QVBoxLayout>
#include <QWebEngineProfile>
#include <QWebEngineSettings>
#include <QWebEngineView>
#include <atomic>

namespace open211 {

namespace {

// A report renders and prints in a few seconds at most; past this something is stuck.
constexpr int WaitLimitMs = 120'000;

} // namespace

ReportView::ReportView(QWidget* parent)
    : QWidget(parent)
    , m_blocker(new BlockingInterceptor(this))
    , m_profile(OfflineWeb::profile(m_blocker, this))
    , m_view(new QWebEngineView(this))
{
    m_page = new ReportPage(m_profile, m_view);
    OfflineWeb::lockDown(m_page);
    m_page->settings()->setAttribute(QWebEngineSettings::FocusOnNavigationEnabled, false);
    m_view->setPage(m_page);
    m_view->setContextMenuPolicy(Qt::NoContextMenu);
    connect(m_page, &ReportPage::drillRequested, this, &ReportView::drillRequested);
    // loadStarted and loadFinished follow the web contents' loading state, not each page: pages set
    // in a row, or a refused link followed by a page, share one pair. So a page set is loaded at
    // the first loadFinished after it, when nothing loads any more.
    connect(m_page, &QWebEnginePage::loadFinished, this, [this](bool ok) {
        if (!m_pending || m_page->isLoading())
            return;
        m_pending = false;
        emit loaded(ok);
    });
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_view);
    setFocusProxy(m_view);
}

ReportView::~ReportView()
{
    // The page (a child of the view) must go before the profile it was made with.
    delete m_view;
}

void ReportView::setHtml(const QString& html)
{
    m_html = html;
    m_pending = true;
    m_view->setHtml(html, QUrl(QStringLiteral("about:blank")));
}

bool ReportView::isLoading() const
{
    return m_pending || m_page->isLoading();
}

bool ReportView::fits(const QString& html)
{
    constexpr qsizetype MaxUrl = 2 * 1024 * 1024;
    constexpr qsizetype Prefix = 64; // "data:text/html;charset=UTF-8,"
    // Most of a page is ASCII: a cheap bound first, the exact size only near the limit.
    if (html.size() * 3 * 3 + Prefix < MaxUrl)
        return true;
    return html.toUtf8().toPercentEncoding().size() + Prefix < MaxUrl;
}

QPageLayout ReportView::pageLayout(const QLocale& locale)
{
    // Where letter paper is what the printers hold.
    static const QList<QLocale::Territory> letter{QLocale::Canada,
                                                  QLocale::UnitedStates,
                                                  QLocale::Mexico,
                                                  QLocale::Chile,
                                                  QLocale::Colombia,
                                                  QLocale::CostaRica,
                                                  QLocale::Guatemala,
                                                  QLocale::Panama,
                                                  QLocale::Philippines,
                                                  QLocale::PuertoRico,
                                                  QLocale::Venezuela};
    const QPageSize size(letter.contains(locale.territory()) ? QPageSize::Letter : QPageSize::A4);
    return QPageLayout(size, QPageLayout::Portrait, QMarginsF(15, 15, 15, 15), QPageLayout::Millimeter);
}

bool ReportView::waitForLoad()
{
    bool ok = true;
    if (!isLoading())
        return ok;
    QEventLoop loop;
    connect(m_page, &QWebEnginePage::loadFinished, &loop, [&](bool result) {
        ok = result;
        if (!isLoading())
            loop.quit();
    });
    QTimer::singleShot(WaitLimitMs, &loop, &QEventLoop::quit);
    loop.exec();
    return ok && !isLoading();
}

bool ReportView::printToPdf(const QString& path, const QPageLayout& layout)
{
    if (!waitForLoad())
        return false;
    QEventLoop loop;
    bool ok = false;
    const QString target = QFileInfo(path).absoluteFilePath();
    connect(m_page, &QWebEnginePage::pdfPrintingFinished, &loop, [&](const QString& file, bool result) {
        if (QFileInfo(file).absoluteFilePath() != target)
            return;
        ok = result;
        loop.quit();
    });
    m_page->printToPdf(target, layout);
    QTimer::singleShot(WaitLimitMs, &loop, &QEventLoop::quit);
    loop.exec();
    return ok && QFileInfo(target).size() > 0;
}

int ReportView::blockedRequestCount() const
{
    return m_blocker->blocked();
}

} // namespace open211
