#include "MainWindow.h"

#include "ServiceListModel.h"
#include "store/Database.h"
#include "store/ResourceStore.h"

#include <QAction>
#include <QApplication>
#include <QEvent>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QMenuBar>
#include <QMessageBox>
#include <QSortFilterProxyModel>
#include <QStatusBar>
#include <QTableView>
#include <QVBoxLayout>

namespace open211 {

MainWindow::MainWindow(Database& db, QWidget* parent)
    : QMainWindow(parent)
    , m_db(db)
    , m_model(new ServiceListModel(this))
    , m_proxy(new QSortFilterProxyModel(this))
    , m_filter(new QLineEdit(this))
    , m_view(new QTableView(this))
    , m_counts(new QLabel(this))
{
    m_proxy->setSourceModel(m_model);
    m_proxy->setFilterCaseSensitivity(Qt::CaseInsensitive);
    m_proxy->setFilterKeyColumn(-1);
    m_view->setModel(m_proxy);
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setSelectionMode(QAbstractItemView::SingleSelection);
    m_proxy->setSortLocaleAware(true); // É sorts with E, as people expect
    m_view->setSortingEnabled(true);
    m_view->sortByColumn(ServiceListModel::Name, Qt::AscendingOrder);
    m_view->verticalHeader()->hide();
    m_view->horizontalHeader()->setSectionResizeMode(ServiceListModel::Name, QHeaderView::Stretch);
    m_view->horizontalHeader()->setSectionResizeMode(ServiceListModel::Organization, QHeaderView::Stretch);
    m_view->setAlternatingRowColors(true);
    m_filter->setClearButtonEnabled(true);
    connect(m_filter, &QLineEdit::textChanged, m_proxy, &QSortFilterProxyModel::setFilterFixedString);

    auto* central = new QWidget(this);
    auto* layout = new QVBoxLayout(central);
    layout->addWidget(m_filter);
    layout->addWidget(m_view);
    setCentralWidget(central);
    statusBar()->addPermanentWidget(m_counts);

    m_fileMenu = menuBar()->addMenu(QString());
    m_quit = m_fileMenu->addAction(QString(), qApp, &QApplication::closeAllWindows);
    m_quit->setShortcut(QKeySequence::Quit);
    m_helpMenu = menuBar()->addMenu(QString());
    m_about = m_helpMenu->addAction(QString(), this, &MainWindow::showAbout);

    setTabOrder(m_filter, m_view);
    retranslate();
    resize(1200, 760);
    reload();
    m_filter->setFocus();
}

void MainWindow::reload()
{
    ResourceStore store(m_db);
    if (auto services = store.serviceSummaries(); services)
        m_model->setServices(std::move(services).value());
    else
        statusBar()->showMessage(tr("Cannot read the services: %1").arg(services.error()));
    for (int c : {ServiceListModel::City, ServiceListModel::Status, ServiceListModel::Modified})
        m_view->resizeColumnToContents(c);
    retranslate();
}

void MainWindow::retranslate()
{
    setWindowTitle(tr("Open 211 Workstation"));
    m_filter->setPlaceholderText(tr("Filter services by name, organization or city"));
    m_filter->setAccessibleName(tr("Filter services"));
    m_view->setAccessibleName(tr("Services"));
    m_fileMenu->setTitle(tr("&File"));
    m_quit->setText(tr("&Quit"));
    m_helpMenu->setTitle(tr("&Help"));
    m_about->setText(tr("&About Open 211 Workstation"));
    m_model->setLanguage(QLocale().language() == QLocale::French ? QStringLiteral("fr") : QStringLiteral("en"));
    if (auto c = ResourceStore(m_db).counts(); c) {
        const QLocale l;
        m_counts->setText(tr("%1 services · %2 organizations · %3 locations · %4 taxonomy terms")
                              .arg(l.toString(c->services),
                                   l.toString(c->organizations),
                                   l.toString(c->locations),
                                   l.toString(c->taxonomyTerms)));
    }
}

void MainWindow::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QMainWindow::changeEvent(event);
}

void MainWindow::showAbout()
{
    QMessageBox::about(this,
                       tr("About Open 211 Workstation"),
                       tr("<h3>Open 211 Workstation %1</h3><p>Information and referral for 211 specialists: calls, "
                          "needs, resources and referrals, online or offline.</p><p>Database: %2</p><p>Place data "
                          "checked against GeoNames (CC BY 4.0).</p>")
                           .arg(QStringLiteral(OPEN211_VERSION), m_db.path().toHtmlEscaped()));
}

} // namespace open211
