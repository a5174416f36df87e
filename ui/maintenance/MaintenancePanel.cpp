#include "maintenance/MaintenancePanel.h"

#include "maintenance/ConflictDialog.h"
#include "maintenance/MaintenanceText.h"
#include "maintenance/ResourceEditor.h"

#include <QAction>
#include <QComboBox>
#include <QCompleter>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QPushButton>
#include <QSettings>
#include <QSpinBox>
#include <QTabWidget>
#include <QTableWidget>
#include <QTimer>
#include <QVBoxLayout>

namespace open211 {

namespace {

QTableWidget* makeTable(QWidget* parent, const QString& name)
{
    auto* t = new QTableWidget(parent);
    t->setAccessibleName(name);
    t->setEditTriggers(QAbstractItemView::NoEditTriggers);
    t->setSelectionBehavior(QAbstractItemView::SelectRows);
    t->setSelectionMode(QAbstractItemView::SingleSelection);
    t->setAlternatingRowColors(true);
    t->setWordWrap(false);
    t->setTabKeyNavigation(false);
    t->verticalHeader()->hide();
    return t;
}

QTableWidgetItem* item(const QString& text)
{
    auto* i = new QTableWidgetItem(text);
    i->setToolTip(text);
    return i;
}

QString when(const QDateTime& t)
{
    return t.isValid() ? QLocale().toString(t.toLocalTime(), QLocale::ShortFormat) : QString();
}

} // namespace

MaintenancePanel::MaintenancePanel(Database& db, const Editor& editor, QWidget* parent)
    : QDialog(parent)
    , m_db(db)
    , m_editor(editor)
    , m_today(QDate::currentDate())
    , m_tabs(new QTabWidget(this))
    , m_months(new QSpinBox(this))
    , m_region(new QComboBox(this))
    , m_organization(new QComboBox(this))
    , m_organizationTimer(new QTimer(this))
    , m_dueCount(new QLabel(this))
    , m_message(new QLabel(this))
{
    //: Title of the resource specialists' work list
    setWindowTitle(tr("Work list"));
    auto* layout = new QVBoxLayout(this);

    // Due for verification.
    auto* duePage = new QWidget(m_tabs);
    auto* dueLayout = new QVBoxLayout(duePage);
    auto* filters = new QHBoxLayout;
    auto* monthsLabel = new QLabel(tr("Not verified for &months:"), duePage);
    m_months->setRange(1, 120);
    m_months->setValue(QSettings().value(QStringLiteral("maintenance/verifyMonths"), DefaultVerifyMonths).toInt());
    m_months->setAccessibleName(tr("Months since the last verification"));
    monthsLabel->setBuddy(m_months);
    auto* regionLabel = new QLabel(tr("&Region:"), duePage);
    //: All of Ontario's regions
    m_region->addItem(tr("All regions"), QString());
    for (const QString& r : MaintenanceText::regions())
        m_region->addItem(MaintenanceText::regionName(r), r);
    m_region->setAccessibleName(tr("Region"));
    regionLabel->setBuddy(m_region);
    auto* organizationLabel = new QLabel(tr("Or&ganization:"), duePage);
    m_organization->setEditable(true);
    m_organization->setInsertPolicy(QComboBox::NoInsert);
    m_organization->setMinimumContentsLength(28);
    m_organization->setAccessibleName(tr("Organization"));
    m_organization->lineEdit()->setPlaceholderText(tr("All organizations"));
    m_organization->completer()->setFilterMode(Qt::MatchContains);
    m_organization->completer()->setCompletionMode(QCompleter::PopupCompletion);
    organizationLabel->setBuddy(m_organization);
    filters->addWidget(monthsLabel);
    filters->addWidget(m_months);
    filters->addSpacing(12);
    filters->addWidget(regionLabel);
    filters->addWidget(m_region);
    filters->addSpacing(12);
    filters->addWidget(organizationLabel);
    filters->addWidget(m_organization, 1);
    dueLayout->addLayout(filters);
    m_dueCount->setAccessibleName(tr("Services due"));
    dueLayout->addWidget(m_dueCount);
    m_due = makeTable(duePage, tr("Services due for verification"));
    m_due->setColumnCount(7);
    m_due->setHorizontalHeaderLabels(
        {tr("Service"), tr("Organization"), tr("City"), tr("Region"), tr("Last verified"), tr("By"), tr("State")});
    m_due->horizontalHeader()->setSectionResizeMode(QHeaderView::Interactive);
    m_due->horizontalHeader()->setSectionResizeMode(DueService, QHeaderView::Stretch);
    m_due->horizontalHeader()->setSectionResizeMode(DueVerified, QHeaderView::ResizeToContents);
    dueLayout->addWidget(m_due, 1);
    auto* dueButtons = new QHBoxLayout;
    auto* openDue = new QPushButton(tr("&Open record…"), duePage);
    openDue->setToolTip(tr("Open the selected service in its editor (Enter)"));
    auto* verifyDue = new QPushButton(tr("Mark &verified"), duePage);
    verifyDue->setToolTip(tr("Record that the selected service was checked with the agency today (Ctrl+Shift+V)"));
    dueButtons->addWidget(openDue);
    dueButtons->addWidget(verifyDue);
    dueButtons->addStretch(1);
    dueLayout->addLayout(dueButtons);
    m_tabs->addTab(duePage, tr("&Due for verification"));

    // Suggestions.
    auto* suggestionPage = new QWidget(m_tabs);
    auto* suggestionLayout = new QVBoxLayout(suggestionPage);
    m_suggestions = makeTable(suggestionPage, tr("Suggested changes"));
    m_suggestions->setColumnCount(4);
    m_suggestions->setHorizontalHeaderLabels({tr("Record"), tr("Note"), tr("Who"), tr("When")});
    m_suggestions->horizontalHeader()->setSectionResizeMode(QHeaderView::Interactive);
    m_suggestions->horizontalHeader()->setSectionResizeMode(SuggestionNote, QHeaderView::Stretch);
    m_suggestions->horizontalHeader()->setSectionResizeMode(SuggestionBy, QHeaderView::ResizeToContents);
    m_suggestions->horizontalHeader()->setSectionResizeMode(SuggestionAt, QHeaderView::ResizeToContents);
    suggestionLayout->addWidget(m_suggestions, 1);
    auto* suggestionButtons = new QHBoxLayout;
    auto* openSuggestion = new QPushButton(tr("&Open record…"), suggestionPage);
    openSuggestion->setToolTip(tr("Open the record the suggestion is about (Enter)"));
    m_markDone = new QPushButton(tr("Mark &done"), suggestionPage);
    m_markDone->setToolTip(tr("The record was changed or needs no change: the suggestion leaves the list"));
    suggestionButtons->addWidget(openSuggestion);
    suggestionButtons->addWidget(m_markDone);
    suggestionButtons->addStretch(1);
    suggestionLayout->addLayout(suggestionButtons);
    m_tabs->addTab(suggestionPage, tr("&Suggestions"));

    // Conflicts.
    auto* conflictPage = new QWidget(m_tabs);
    auto* conflictLayout = new QVBoxLayout(conflictPage);
    m_conflicts = makeTable(conflictPage, tr("Edits in conflict with the hub"));
    m_conflicts->setColumnCount(4);
    m_conflicts->setHorizontalHeaderLabels({tr("Record"), tr("Kind"), tr("Saved"), tr("The hub said")});
    m_conflicts->horizontalHeader()->setSectionResizeMode(QHeaderView::Interactive);
    m_conflicts->horizontalHeader()->setSectionResizeMode(ConflictError, QHeaderView::Stretch);
    m_conflicts->horizontalHeader()->setSectionResizeMode(ConflictKind, QHeaderView::ResizeToContents);
    m_conflicts->horizontalHeader()->setSectionResizeMode(ConflictSaved, QHeaderView::ResizeToContents);
    conflictLayout->addWidget(m_conflicts, 1);
    auto* conflictButtons = new QHBoxLayout;
    m_settle = new QPushButton(tr("S&ettle…"), conflictPage);
    m_settle->setToolTip(tr("Compare your version with the hub's and choose (Enter)"));
    conflictButtons->addWidget(m_settle);
    conflictButtons->addStretch(1);
    conflictLayout->addLayout(conflictButtons);
    m_tabs->addTab(conflictPage, tr("&Conflicts"));

    layout->addWidget(m_tabs, 1);
    m_message->setWordWrap(true);
    m_message->hide();
    layout->addWidget(m_message);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    layout->addWidget(buttons);
    for (QPushButton* b : findChildren<QPushButton*>())
        b->setAutoDefault(false);

    for (QTableWidget* t : {m_due, m_suggestions, m_conflicts}) {
        t->installEventFilter(this);
        connect(t, &QTableWidget::doubleClicked, this, &MaintenancePanel::openSelected);
    }
    connect(openDue, &QPushButton::clicked, this, &MaintenancePanel::openSelected);
    connect(verifyDue, &QPushButton::clicked, this, &MaintenancePanel::markVerified);
    connect(openSuggestion, &QPushButton::clicked, this, &MaintenancePanel::openSelected);
    connect(m_markDone, &QPushButton::clicked, this, &MaintenancePanel::markDone);
    connect(m_settle, &QPushButton::clicked, this, &MaintenancePanel::settleConflict);
    auto* verifyKey = new QAction(this);
    verifyKey->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_V));
    connect(verifyKey, &QAction::triggered, this, [this] {
        if (m_tabs->currentIndex() == DueTab)
            markVerified();
    });
    addAction(verifyKey);

    connect(m_months, &QSpinBox::valueChanged, this, [this](int months) {
        QSettings().setValue(QStringLiteral("maintenance/verifyMonths"), months);
        refreshDue();
    });
    connect(m_region, &QComboBox::currentIndexChanged, this, &MaintenancePanel::refreshDue);
    m_organizationTimer->setSingleShot(true);
    m_organizationTimer->setInterval(180);
    connect(m_organizationTimer, &QTimer::timeout, this, [this] {
        refillOrganizations(m_organization->currentText().trimmed());
    });
    connect(m_organization->lineEdit(), &QLineEdit::textEdited, m_organizationTimer, qOverload<>(&QTimer::start));
    connect(m_organization, &QComboBox::currentIndexChanged, this, &MaintenancePanel::refreshDue);
    connect(m_organization->lineEdit(), &QLineEdit::editingFinished, this, &MaintenancePanel::refreshDue);

    const bool canEdit = editor.canEdit();
    verifyDue->setEnabled(canEdit);
    m_markDone->setEnabled(canEdit);
    m_settle->setEnabled(canEdit);
    if (!canEdit) {
        m_message->setText(tr("Only resource specialists, supervisors and admins edit resources; the list is "
                              "shown to read."));
        m_message->show();
    }

    refillOrganizations(QString());
    refresh();
    resize(1100, 680);
    m_due->horizontalHeader()->resizeSection(DueOrganization, 220);
    m_due->horizontalHeader()->resizeSection(DueCity, 130);
    m_due->horizontalHeader()->resizeSection(DueRegion, 170);
    m_due->horizontalHeader()->resizeSection(DueBy, 70);
    m_due->horizontalHeader()->resizeSection(DueState, 120);
    m_suggestions->horizontalHeader()->resizeSection(SuggestionRecord, 260);
    m_conflicts->horizontalHeader()->resizeSection(ConflictRecord, 300);
    m_due->setFocus();
}

void MaintenancePanel::setToday(const QDate& today)
{
    m_today = today;
    refreshDue();
}

void MaintenancePanel::refillOrganizations(const QString& filter)
{
    const auto list = MaintenanceStore(m_db).choices(hsds::Table::Organization, filter, 200);
    const QString text = m_organization->currentText();
    const QVariant current = m_organization->currentData();
    {
        const QSignalBlocker block(m_organization);
        m_organization->clear();
        m_organization->addItem(tr("All organizations"), QString());
        if (list) {
            for (const auto& [id, name] : *list)
                m_organization->addItem(name.isEmpty() ? id : name, id);
        }
        const int i = current.toString().isEmpty() ? -1 : m_organization->findData(current);
        m_organization->setCurrentIndex(i);
        m_organization->setEditText(text);
    }
    if (!filter.isEmpty() && m_organization->lineEdit()->hasFocus()) {
        m_organization->completer()->setCompletionPrefix(text);
        m_organization->completer()->complete();
    }
}

void MaintenancePanel::refresh()
{
    refreshDue();
    const MaintenanceStore store(m_db);
    QStringList errors;

    const QString selectedSuggestion = m_suggestionItems.value(m_suggestions->currentRow()).id;
    m_suggestionItems.clear();
    if (auto s = store.suggestions())
        m_suggestionItems = *s;
    else
        errors << s.error();
    m_suggestions->setRowCount(int(m_suggestionItems.size()));
    int current = m_suggestionItems.isEmpty() ? -1 : 0;
    for (int row = 0; row < m_suggestionItems.size(); ++row) {
        const Suggestion& s = m_suggestionItems[row];
        const QString record = s.recordLabel.isEmpty() ? s.recordId : s.recordLabel;
        m_suggestions->setItem(
            row, SuggestionRecord, item(MaintenanceText::tableName(s.table) + QStringLiteral(": ") + record));
        m_suggestions->setItem(row, SuggestionNote, item(s.note.simplified()));
        m_suggestions->item(row, SuggestionNote)->setToolTip(s.note);
        m_suggestions->setItem(row, SuggestionBy, item(s.by));
        m_suggestions->setItem(row, SuggestionAt, item(when(s.at)));
        if (s.id == selectedSuggestion)
            current = row;
    }
    if (current >= 0)
        m_suggestions->setCurrentCell(current, 0);

    const qint64 selectedConflict = m_conflictItems.value(m_conflicts->currentRow()).seq;
    m_conflictItems.clear();
    if (auto c = store.conflicts())
        m_conflictItems = *c;
    else
        errors << c.error();
    m_conflicts->setRowCount(int(m_conflictItems.size()));
    current = m_conflictItems.isEmpty() ? -1 : 0;
    for (int row = 0; row < m_conflictItems.size(); ++row) {
        const EditConflict& c = m_conflictItems[row];
        m_conflicts->setItem(row, ConflictRecord, item(c.recordLabel.isEmpty() ? c.recordId : c.recordLabel));
        m_conflicts->setItem(row, ConflictKind, item(MaintenanceText::tableName(c.table)));
        m_conflicts->setItem(row, ConflictSaved, item(when(c.savedAt)));
        m_conflicts->setItem(
            row, ConflictError, item(c.hub ? c.error : tr("The hub removed the record. %1").arg(c.error).trimmed()));
        if (c.seq == selectedConflict)
            current = row;
    }
    if (current >= 0)
        m_conflicts->setCurrentCell(current, 0);

    //: A tab's title: %1 is how many suggestions are open
    m_tabs->setTabText(SuggestionsTab,
                       m_suggestionItems.isEmpty() ? tr("&Suggestions")
                                                   : tr("&Suggestions (%1)").arg(m_suggestionItems.size()));
    m_tabs->setTabText(
        ConflictsTab, m_conflictItems.isEmpty() ? tr("&Conflicts") : tr("&Conflicts (%1)").arg(m_conflictItems.size()));
    if (!errors.isEmpty()) {
        m_message->setText(errors.join(u'\n'));
        m_message->show();
    }
}

void MaintenancePanel::refreshDue()
{
    QString organization;
    const QString typed = m_organization->currentText().trimmed();
    if (!typed.isEmpty()) {
        const int current = m_organization->currentIndex();
        if (current > 0 && m_organization->itemText(current) == typed)
            organization = m_organization->itemData(current).toString();
        else if (const int found = m_organization->findText(typed, Qt::MatchFixedString); found > 0)
            organization = m_organization->itemData(found).toString();
    }
    const QString selected = m_dueItems.value(m_due->currentRow()).serviceId;
    m_dueItems.clear();
    const auto due = MaintenanceStore(m_db).dueForVerification(
        m_today, m_months->value(), m_region->currentData().toString(), organization);
    if (due) {
        m_dueItems = *due;
    } else {
        m_message->setText(due.error());
        m_message->show();
    }
    const QLocale l;
    m_due->setRowCount(int(m_dueItems.size()));
    int current = m_dueItems.isEmpty() ? -1 : 0;
    for (int row = 0; row < m_dueItems.size(); ++row) {
        const VerificationItem& v = m_dueItems[row];
        m_due->setItem(row, DueService, item(v.serviceName));
        m_due->setItem(row, DueOrganization, item(v.organizationName));
        m_due->setItem(row, DueCity, item(v.city));
        m_due->setItem(row, DueRegion, item(MaintenanceText::regionName(v.region)));
        //: In the work list: a service nobody has verified
        m_due->setItem(
            row, DueVerified, item(v.verifiedOn.isValid() ? v.verifiedOn.toString(Qt::ISODate) : tr("Never")));
        m_due->setItem(row, DueBy, item(v.verifiedBy));
        m_due->setItem(row, DueState, item(v.waitingToUpload ? tr("Waiting to upload") : QString()));
        if (v.serviceId == selected)
            current = row;
    }
    if (current >= 0)
        m_due->setCurrentCell(current, 0);
    //: %1 is how many services are due for their verification
    m_dueCount->setText(tr("Due for verification, oldest first: %1").arg(l.toString(qsizetype(m_dueItems.size()))));
}

void MaintenancePanel::openRecord(hsds::Table table, const QString& id)
{
    ResourceEditor editor(m_db, m_editor, table, id, this);
    bool wrote = false;
    connect(&editor, &ResourceEditor::changed, this, [&wrote] { wrote = true; });
    editor.exec();
    if (wrote)
        emit changed();
    refresh();
}

void MaintenancePanel::openSelected()
{
    switch (m_tabs->currentIndex()) {
    case DueTab: {
        const int row = m_due->currentRow();
        if (row >= 0 && row < m_dueItems.size())
            openRecord(hsds::Table::Service, m_dueItems[row].serviceId);
        break;
    }
    case SuggestionsTab: {
        const int row = m_suggestions->currentRow();
        if (row < 0 || row >= m_suggestionItems.size())
            break;
        const Suggestion& s = m_suggestionItems[row];
        if (const hsds::TableInfo* ti = hsds::byName(s.table))
            openRecord(ti->table, s.recordId);
        break;
    }
    case ConflictsTab:
        settleConflict();
        break;
    default:
        break;
    }
}

void MaintenancePanel::markVerified()
{
    const int row = m_due->currentRow();
    if (!m_editor.canEdit() || row < 0 || row >= m_dueItems.size())
        return;
    if (auto st = MaintenanceStore(m_db).markVerified(m_editor, m_dueItems[row].serviceId, m_today); !st) {
        m_message->setText(st.error());
        m_message->show();
        return;
    }
    emit changed();
    refreshDue();
}

void MaintenancePanel::markDone()
{
    const int row = m_suggestions->currentRow();
    if (!m_editor.canEdit() || row < 0 || row >= m_suggestionItems.size())
        return;
    if (auto st = MaintenanceStore(m_db).resolveSuggestion(m_editor, m_suggestionItems[row].id); !st) {
        m_message->setText(st.error());
        m_message->show();
        return;
    }
    emit changed();
    refresh();
}

void MaintenancePanel::settleConflict()
{
    const int row = m_conflicts->currentRow();
    if (row < 0 || row >= m_conflictItems.size())
        return;
    ConflictDialog dialog(m_db, m_editor, m_conflictItems[row], this);
    if (dialog.exec() == QDialog::Accepted)
        emit changed();
    refresh();
}

bool MaintenancePanel::eventFilter(QObject* watched, QEvent* event)
{
    if (event->type() == QEvent::KeyPress) {
        const auto* key = static_cast<QKeyEvent*>(event);
        if ((key->key() == Qt::Key_Return || key->key() == Qt::Key_Enter) && !(key->modifiers() & ~Qt::KeypadModifier)
            && (watched == m_due || watched == m_suggestions || watched == m_conflicts)) {
            openSelected();
            return true;
        }
    }
    return QDialog::eventFilter(watched, event);
}

} // namespace open211
