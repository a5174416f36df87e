#include "call/SearchPanel.h"

#include "Workstation.h"

#include "calls/CallVocabulary.h"
#include "resources/ResourceDetailView.h"
#include "search/SearchEngine.h"
#include "search/SearchResultModel.h"
#include "search/SearchService.h"
#include "store/ResourceStore.h"

#include <QCheckBox>
#include <QComboBox>
#include <QEvent>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QSpinBox>
#include <QSplitter>
#include <QTableView>
#include <QToolButton>
#include <QVBoxLayout>

namespace open211 {

SearchPanel::SearchPanel(Database& db, SearchService& service, QWidget* parent)
    : QWidget(parent)
    , m_db(db)
    , m_service(service)
    , m_model(new SearchResultModel(this))
{
    auto* outer = new QVBoxLayout(this);
    outer->setContentsMargins(0, 0, 0, 0);
    m_split = new QSplitter(Qt::Vertical, this);
    outer->addWidget(m_split);

    auto* top = new QWidget(m_split);
    auto* layout = new QVBoxLayout(top);
    layout->setContentsMargins(0, 0, 0, 0);
    auto* queryRow = new QHBoxLayout;
    m_query = new QLineEdit(top);
    m_query->setClearButtonEnabled(true);
    QFont f = m_query->font();
    f.setPointSizeF(f.pointSizeF() * 1.2);
    m_query->setFont(f);
    m_term = new QToolButton(top);
    m_term->setVisible(false);
    m_term->setToolButtonStyle(Qt::ToolButtonTextOnly);
    queryRow->addWidget(m_query, 1);
    queryRow->addWidget(m_term);
    layout->addLayout(queryRow);

    auto* filters = new QHBoxLayout;
    m_nearLabel = new QLabel(top);
    m_near = new QLineEdit(top);
    m_near->setMaximumWidth(170);
    m_nearLabel->setBuddy(m_near);
    m_radius = new QSpinBox(top);
    m_radius->setRange(0, 500);
    m_radius->setSingleStep(5);
    m_radius->setValue(0); // any distance, nearest first: rural callers are often far from everything
    m_language = new QComboBox(top);
    m_age = new QSpinBox(top);
    m_age->setRange(-1, 120);
    m_age->setValue(-1);
    m_openNow = new QCheckBox(top);
    m_free = new QCheckBox(top);
    m_accessible = new QCheckBox(top);
    filters->addWidget(m_nearLabel);
    filters->addWidget(m_near);
    filters->addWidget(m_radius);
    filters->addWidget(m_language);
    filters->addWidget(m_age);
    filters->addWidget(m_openNow);
    filters->addWidget(m_free);
    filters->addWidget(m_accessible);
    filters->addStretch();
    layout->addLayout(filters);

    m_results = new QTableView(top);
    m_results->setModel(m_model);
    m_results->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_results->setSelectionMode(QAbstractItemView::SingleSelection);
    m_results->verticalHeader()->hide();
    m_results->setAlternatingRowColors(true);
    m_results->setWordWrap(false);
    m_results->horizontalHeader()->setStretchLastSection(true);
    m_results->horizontalHeader()->setSectionResizeMode(SearchResultModel::Service, QHeaderView::Interactive);
    m_results->setColumnWidth(SearchResultModel::Service, 280);
    m_results->setColumnWidth(SearchResultModel::Organization, 200);
    layout->addWidget(m_results, 1);
    m_status = new QLabel(top);
    m_status->setTextInteractionFlags(Qt::TextSelectableByMouse);
    layout->addWidget(m_status);

    m_detailView = new ResourceDetailView(m_split);
    m_split->addWidget(top);
    m_split->addWidget(m_detailView);
    m_split->setStretchFactor(0, 2);
    m_split->setStretchFactor(1, 3);
    m_split->setSizes({340, 480}); // the detail is what the specialist reads from

    connect(m_query, &QLineEdit::textChanged, this, &SearchPanel::runSearch);
    connect(m_near, &QLineEdit::textChanged, this, &SearchPanel::runSearch);
    connect(m_radius, &QSpinBox::valueChanged, this, &SearchPanel::runSearch);
    connect(m_age, &QSpinBox::valueChanged, this, &SearchPanel::runSearch);
    connect(m_language, &QComboBox::currentIndexChanged, this, &SearchPanel::runSearch);
    for (QCheckBox* c : {m_openNow, m_free, m_accessible})
        connect(c, &QCheckBox::toggled, this, &SearchPanel::runSearch);
    connect(m_term, &QToolButton::clicked, this, [this] {
        m_termCode.clear();
        m_termName.clear();
        m_term->setVisible(false);
        runSearch();
        m_query->setFocus();
    });
    connect(&m_service, &SearchService::finished, this, &SearchPanel::showResponse);
    connect(&m_service, &SearchService::failed, this, [this](int id, const QString& error) {
        if (id == m_latest) {
            m_pending = 0;
            m_status->setText(error);
        }
    });
    connect(m_results->selectionModel(), &QItemSelectionModel::currentRowChanged, this, &SearchPanel::showDetail);
    connect(m_results, &QTableView::activated, this, &SearchPanel::openDetail);
    m_query->installEventFilter(this);

    setTabOrder(m_query, m_near);
    setTabOrder(m_near, m_radius);
    setTabOrder(m_radius, m_language);
    setTabOrder(m_language, m_age);
    setTabOrder(m_age, m_openNow);
    setTabOrder(m_openNow, m_free);
    setTabOrder(m_free, m_accessible);
    setTabOrder(m_accessible, m_results);
    retranslate();
    runSearch();
}

SearchPanel::~SearchPanel() = default;

void SearchPanel::retranslate()
{
    m_query->setPlaceholderText(tr("Search services: words, a need, an organization (Ctrl+F)"));
    m_query->setAccessibleName(tr("Search services"));
    m_nearLabel->setText(tr("&Near:"));
    m_near->setPlaceholderText(tr("caller's place"));
    m_near->setAccessibleName(tr("Near the place"));
    m_radius->setSuffix(tr(" km"));
    m_radius->setSpecialValueText(tr("any distance"));
    m_radius->setAccessibleName(tr("Within kilometres"));
    m_age->setSpecialValueText(tr("any age"));
    m_age->setPrefix(tr("age "));
    m_age->setAccessibleName(tr("Caller's age"));
    m_openNow->setText(tr("&Open now"));
    m_free->setText(tr("F&ree"));
    m_accessible->setText(tr("&Wheelchair"));
    m_openNow->setAccessibleName(tr("Open now only"));
    m_free->setAccessibleName(tr("Free services only"));
    m_accessible->setAccessibleName(tr("Wheelchair accessible only"));
    m_results->setAccessibleName(tr("Search results"));
    m_language->setAccessibleName(tr("Language offered"));
    {
        const QString current = m_language->currentData().toString();
        const QSignalBlocker block(m_language);
        m_language->clear();
        m_language->addItem(tr("any language"), QString());
        for (const auto& item : CallVocabulary::languages()) {
            if (item.code != QLatin1String("other"))
                m_language->addItem(item.label, item.code);
        }
        m_language->setCurrentIndex(std::max(0, m_language->findData(current)));
    }
    if (!m_termCode.isEmpty()) {
        m_term->setText(tr("Need: %1 ✕").arg(m_termName));
        m_term->setToolTip(tr("Searching services for %1 (%2) and narrower terms. Click to search all services.")
                               .arg(m_termName, m_termCode));
    }
    m_term->setAccessibleName(tr("Remove the need from the search"));
    m_model->setLanguage(Workstation::language());
}

void SearchPanel::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate(); // the detail view re-renders itself in the new language
    QWidget::changeEvent(event);
}

bool SearchPanel::eventFilter(QObject* watched, QEvent* event)
{
    // From the query box, Up and Down move through the results and Enter opens the detail.
    if (watched == m_query && event->type() == QEvent::KeyPress) {
        const auto* key = static_cast<QKeyEvent*>(event);
        if (key->key() == Qt::Key_Down || key->key() == Qt::Key_Up) {
            moveSelection(key->key() == Qt::Key_Down ? 1 : -1);
            return true;
        }
        if (key->key() == Qt::Key_Return || key->key() == Qt::Key_Enter) {
            openDetail();
            return true;
        }
    }
    return QWidget::eventFilter(watched, event);
}

void SearchPanel::setCallerPlace(const QString& place)
{
    if (m_near->text() != place)
        m_near->setText(place);
}

void SearchPanel::setCallerLanguage(const QString& language)
{
    // English is everywhere; asking for it would only narrow the list.
    const QString code = language == QLatin1String("en") || language == QLatin1String("other") ? QString() : language;
    m_language->setCurrentIndex(std::max(0, m_language->findData(code)));
}

void SearchPanel::searchTerm(const QString& code, const QString& name)
{
    if (code.isEmpty()) {
        m_query->setText(name);
        return;
    }
    m_termCode = code;
    m_termName = name;
    m_term->setVisible(true);
    retranslate();
    const QSignalBlocker block(m_query);
    m_query->clear();
    runSearch();
}

void SearchPanel::clearSearch()
{
    m_termCode.clear();
    m_termName.clear();
    m_term->setVisible(false);
    const QSignalBlocker a(m_query), b(m_near), c(m_age), d(m_openNow), e(m_free), g(m_accessible), h(m_language);
    m_query->clear();
    m_near->clear();
    m_age->setValue(-1);
    m_openNow->setChecked(false);
    m_free->setChecked(false);
    m_accessible->setChecked(false);
    m_language->setCurrentIndex(0);
    runSearch();
}

void SearchPanel::runSearch()
{
    SearchQuery q;
    q.text = m_query->text();
    q.taxonomyCode = m_termCode;
    q.limit = 50;
    const QString near = m_near->text().trimmed();
    if (near != m_placeText) {
        m_placeText = near;
        m_place.reset();
        if (!near.isEmpty()) {
            if (!m_places)
                m_places = std::make_unique<SearchEngine>(m_db); // prepared once, for place names
            if (auto p = m_places->resolvePlace(near); p)
                m_place = *p;
        }
    }
    if (m_place) {
        q.near = m_place;
        q.radiusKm = m_radius->value();
    }
    q.filters.language = m_language->currentData().toString();
    if (m_age->value() >= 0)
        q.filters.age = m_age->value();
    if (m_openNow->isChecked())
        q.filters.openAt = QDateTime::currentDateTime();
    q.filters.freeOnly = m_free->isChecked();
    q.filters.accessibleOnly = m_accessible->isChecked();
    m_latest = m_service.search(q);
    m_pending = 1;
}

void SearchPanel::showResponse(int id, const SearchResponse& response)
{
    if (id != m_latest)
        return; // an older search: its answer is no longer wanted
    m_pending = 0;
    const QString selected = currentResult() ? currentResult()->serviceId : QString();
    m_model->setResponse(response);
    const QLocale l;
    QString status = response.results.isEmpty()
        ? tr("No services found.")
        : (response.results.size() == 1 ? tr("1 service shown")
                                        : tr("%1 services shown").arg(l.toString(response.results.size())))
            + (response.total > response.results.size() ? tr(" of %1").arg(l.toString(response.total)) : QString());
    if (!m_near->text().trimmed().isEmpty() && !m_place)
        status += u' '
            + tr("The place \"%1\" is not known: results are not sorted by distance.").arg(m_near->text().trimmed());
    if (!response.note.isEmpty())
        status += QStringLiteral(" · ") + response.note;
    status += QStringLiteral(" · ") + tr("%1 ms").arg(l.toString(double(response.elapsedMicros) / 1000.0, 'f', 1));
    m_status->setText(status);
    int row = 0;
    for (int i = 0; i < response.results.size(); ++i) {
        if (response.results[i].serviceId == selected)
            row = i;
    }
    if (!response.results.isEmpty())
        m_results->setCurrentIndex(m_model->index(row, 0));
    else
        showDetail();
    emit searched(int(response.results.size()));
}

const SearchResult* SearchPanel::currentResult() const
{
    const QModelIndex i = m_results->currentIndex();
    return i.isValid() ? m_model->resultAt(i.row()) : nullptr;
}

void SearchPanel::showDetail()
{
    const SearchResult* r = currentResult();
    // Every answer while typing re-selects the current row: the same service from the same place
    // is already shown, and is not read or rendered again.
    const QString shown = r ? r->serviceId + u'\n' + m_near->text().trimmed() : QString();
    if (shown == m_shown && (!r || m_detail))
        return;
    m_shown = shown;
    if (!r) {
        m_detail.reset();
        m_detailView->clear();
        return;
    }
    auto detail = ResourceStore(m_db).serviceDetail(r->serviceId);
    if (!detail) {
        m_detail.reset();
        m_detailView->clear();
        m_status->setText(detail.error());
        return;
    }
    m_detail = *detail;
    DetailContext context;
    context.language = Workstation::language();
    context.now = QDateTime::currentDateTime();
    if (m_place)
        context.caller = CallerPoint{m_place->latitude, m_place->longitude, m_near->text().trimmed()};
    m_detailView->showService(*m_detail, context);
}

void SearchPanel::moveSelection(int delta)
{
    const int rows = m_model->rowCount();
    if (rows == 0)
        return;
    const int row = m_results->currentIndex().isValid() ? m_results->currentIndex().row() + delta : 0;
    m_results->setCurrentIndex(m_model->index(std::clamp(row, 0, rows - 1), 0));
    m_results->scrollTo(m_results->currentIndex());
}

void SearchPanel::nextResult()
{
    moveSelection(1);
}

void SearchPanel::previousResult()
{
    moveSelection(-1);
}

void SearchPanel::openDetail()
{
    if (!currentResult() && m_model->rowCount() > 0)
        m_results->setCurrentIndex(m_model->index(0, 0));
    m_detailView->setFocus();
}

void SearchPanel::focusQuery()
{
    m_query->setFocus();
    m_query->selectAll();
}

} // namespace open211
