#include "resources/ResourceDetailView.h"

#include "Workstation.h"
#include "maintenance/MaintenanceText.h"
#include "store/MaintenanceStore.h"
#include "store/ResourceStore.h"
#include "web/OfflineWeb.h"

#include <QApplication>
#include <QClipboard>
#include <QEvent>
#include <QEventLoop>
#include <QFileInfo>
#include <QLocale>
#include <QPageLayout>
#include <QPageSize>
#include <QPrintDialog>
#include <QPrinter>
#include <QTimer>
#include <QVBoxLayout>
#include <QWebEnginePage>
#include <QWebEngineProfile>
#include <QWebEngineSettings>
#include <QWebEngineView>

namespace open211 {

namespace {

// A page this small renders and prints in well under a second; past this something is stuck.
constexpr int WaitLimitMs = 60'000;

} // namespace

ResourceDetailView::ResourceDetailView(QWidget* parent)
    : QWidget(parent)
    , m_interceptor(new BlockingInterceptor(this))
    , m_profile(OfflineWeb::profile(m_interceptor, this))
    , m_view(new QWebEngineView(this))
{
    auto* page = new QWebEnginePage(m_profile, m_view);
    OfflineWeb::lockDown(page);
    m_view->setPage(page);
    m_view->setContextMenuPolicy(Qt::NoContextMenu);
    // A new page may start before the previous one has finished (or been aborted): `loaded`
    // reports only when the last one asked for is done.
    connect(page, &QWebEnginePage::loadStarted, this, [this] {
        m_renderPending = false;
        ++m_activeLoads;
    });
    connect(page, &QWebEnginePage::loadFinished, this, [this](bool ok) {
        m_activeLoads = std::max(0, m_activeLoads - 1);
        if (!isLoading())
            emit loaded(ok);
    });

    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_view);
    setFocusProxy(m_view);
    render();
}

ResourceDetailView::~ResourceDetailView()
{
    // The page (a child of the view) must go before the profile it was made with.
    delete m_view;
}

void ResourceDetailView::showService(const ServiceDetail& detail, const DetailContext& context)
{
    m_detail = detail;
    m_context = context;
    if (!m_context.maintenance)
        m_context.maintenance = readMaintenance(detail.id);
    render();
}

void ResourceDetailView::reload()
{
    if (!m_detail || !m_db)
        return;
    auto detail = ResourceStore(*m_db).serviceDetail(m_detail->id);
    if (!detail)
        return; // gone from the store: the page stays as it was until another is chosen
    m_detail = *detail;
    m_context.maintenance = readMaintenance(m_detail->id);
    render();
}

std::optional<DetailMaintenance> ResourceDetailView::readMaintenance(const QString& serviceId) const
{
    if (!m_db)
        return std::nullopt;
    const MaintenanceStore store(*m_db);
    const auto record = store.record(hsds::Table::Service, serviceId);
    if (!record)
        return std::nullopt;
    DetailMaintenance m;
    m.verifiedOn
        = QDate::fromString(record->fields.value(QStringLiteral("assured_date")).toString().left(10), Qt::ISODate);
    m.verifiedBy = record->fields.value(QStringLiteral("assurer_email")).toString();
    m.waitingToUpload = record->waitingToUpload;
    m.inConflict = record->inConflict;
    if (const auto history = store.history(hsds::Table::Service, serviceId, 3 * DetailHtml::HistoryShown)) {
        const QString table = hsds::info(hsds::Table::Service).name;
        for (const HistoryEntry& e : *history) {
            if (m.history.size() < DetailHtml::HistoryShown && !MaintenanceText::isLinkBack(e, table, serviceId))
                m.history << e;
        }
    }
    return m;
}

void ResourceDetailView::clear()
{
    m_detail.reset();
    render();
}

void ResourceDetailView::render()
{
    setAccessibleName(tr("Service details"));
    m_view->setAccessibleName(tr("Service details"));
    m_renderPending = true;
    if (m_detail) {
        m_view->setAccessibleDescription(m_detail->displayName(m_context.language));
        m_view->setHtml(DetailHtml::render(*m_detail, m_context), QUrl(QStringLiteral("about:blank")));
    } else {
        m_view->setAccessibleDescription(tr("No service selected"));
        m_view->setHtml(DetailHtml::placeholder(Workstation::language()), QUrl(QStringLiteral("about:blank")));
    }
}

QString ResourceDetailView::plainText() const
{
    return m_detail ? DetailHtml::plainText(*m_detail, m_context) : QString();
}

void ResourceDetailView::copyToClipboard() const
{
    if (m_detail)
        QApplication::clipboard()->setText(plainText());
}

bool ResourceDetailView::waitForLoad()
{
    if (!isLoading())
        return true;
    QEventLoop loop;
    bool ok = false;
    connect(this, &ResourceDetailView::loaded, &loop, [&](bool result) {
        ok = result;
        loop.quit();
    });
    QTimer::singleShot(WaitLimitMs, &loop, &QEventLoop::quit);
    loop.exec();
    return ok;
}

bool ResourceDetailView::print(QPrinter* printer)
{
    if (!printer || !waitForLoad())
        return false;
    QEventLoop loop;
    bool ok = false;
    connect(m_view, &QWebEngineView::printFinished, &loop, [&](bool result) {
        ok = result;
        loop.quit();
    });
    QTimer::singleShot(WaitLimitMs, &loop, &QEventLoop::quit);
    m_view->print(printer);
    loop.exec();
    return ok;
}

bool ResourceDetailView::printToPdf(const QString& path)
{
    if (!waitForLoad())
        return false;
    QEventLoop loop;
    bool ok = false;
    const QString target = QFileInfo(path).absoluteFilePath();
    connect(m_view->page(), &QWebEnginePage::pdfPrintingFinished, &loop, [&](const QString& file, bool result) {
        if (QFileInfo(file).absoluteFilePath() != target)
            return;
        ok = result;
        loop.quit();
    });
    m_view->page()->printToPdf(
        target,
        QPageLayout(
            QPageSize(QPageSize::A4), QPageLayout::Portrait, QMarginsF(15, 15, 15, 15), QPageLayout::Millimeter));
    QTimer::singleShot(WaitLimitMs, &loop, &QEventLoop::quit);
    loop.exec();
    return ok;
}

void ResourceDetailView::printDialog()
{
    QPrinter printer(QPrinter::HighResolution);
    printer.setPageSize(QPageSize(QPageSize::A4));
    printer.setPageMargins(QMarginsF(15, 15, 15, 15), QPageLayout::Millimeter);
    QPrintDialog dialog(&printer, this);
    //: Title of the print dialog for a service's details
    dialog.setWindowTitle(tr("Print service details"));
    if (dialog.exec() == QDialog::Accepted)
        print(&printer);
}

int ResourceDetailView::blockedRequestCount() const
{
    return m_interceptor->blocked();
}

void ResourceDetailView::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange) {
        // Headings follow the new language; so do the names and descriptions shown.
        m_context.language = Workstation::language();
        render();
    }
    QWidget::changeEvent(event);
}

} // namespace open211
