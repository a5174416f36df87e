#include "maintenance/ChildList.h"

#include "maintenance/MaintenanceText.h"
#include "maintenance/RecordDialog.h"
#include "maintenance/RecordForm.h"

#include <QEvent>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QKeyEvent>
#include <QLabel>
#include <QMessageBox>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>

namespace open211 {

using namespace hsds;

ChildList::ChildList(Database& db, Table table, const QString& parentColumn, Kind kind, QWidget* parent)
    : QWidget(parent)
    , m_db(db)
    , m_table(table)
    , m_parentColumn(parentColumn)
    , m_kind(kind)
    , m_note(new QLabel(this))
    , m_view(new QTableWidget(this))
{
    auto* layout = new QHBoxLayout(this);
    auto* left = new QVBoxLayout;
    m_note->setWordWrap(true);
    m_note->setForegroundRole(QPalette::PlaceholderText);
    m_note->hide();
    left->addWidget(m_note);
    m_view->setColumnCount(2);
    m_view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setSelectionMode(QAbstractItemView::SingleSelection);
    m_view->setTabKeyNavigation(false);
    m_view->setWordWrap(false);
    m_view->verticalHeader()->hide();
    m_view->horizontalHeader()->setSectionResizeMode(0, QHeaderView::Stretch);
    m_view->horizontalHeader()->setSectionResizeMode(1, QHeaderView::ResizeToContents);
    m_view->installEventFilter(this);
    connect(m_view, &QTableWidget::doubleClicked, this, &ChildList::editRecord);
    connect(m_view, &QTableWidget::currentCellChanged, this, &ChildList::updateButtons);
    left->addWidget(m_view, 1);
    layout->addLayout(left, 1);

    auto* buttons = new QVBoxLayout;
    m_add = new QPushButton(this);
    m_edit = new QPushButton(this);
    m_remove = new QPushButton(this);
    for (QPushButton* b : {m_add, m_edit, m_remove}) {
        b->setAutoDefault(false);
        buttons->addWidget(b);
    }
    if (m_table == Table::ServiceAtLocation) {
        m_openLocation = new QPushButton(this);
        m_openLocation->setAutoDefault(false);
        buttons->addWidget(m_openLocation);
        connect(m_openLocation, &QPushButton::clicked, this, [this] {
            const int row = m_view->currentRow();
            if (row >= 0 && row < m_records.size())
                emit openRequested(Table::Location,
                                   m_records[row].fields.value(QStringLiteral("location_id")).toString());
        });
    }
    buttons->addStretch(1);
    layout->addLayout(buttons);
    connect(m_add, &QPushButton::clicked, this, &ChildList::addRecord);
    connect(m_edit, &QPushButton::clicked, this, &ChildList::editRecord);
    connect(m_remove, &QPushButton::clicked, this, &ChildList::removeRecord);
    // Services and locations are deactivated, never removed: the list only opens them.
    m_remove->setVisible(m_kind != Kind::Opened);
    retranslate();
    updateButtons();
}

QString ChildList::plural(Table table)
{
    switch (table) {
    case Table::Phone:
        return tr("Phones");
    case Table::Schedule:
        //: Opening hours: a tab listing a service's or location's schedules
        return tr("Hours");
    case Table::Language:
        return tr("Languages");
    case Table::ServiceArea:
        return tr("Service areas");
    case Table::CostOption:
        return tr("Fees");
    case Table::RequiredDocument:
        return tr("Required documents");
    case Table::ServiceAtLocation:
        //: The locations where a service is offered
        return tr("Locations served");
    case Table::Attribute:
        //: The taxonomy terms a service is indexed with
        return tr("Taxonomy terms");
    case Table::Address:
        return tr("Addresses");
    case Table::Accessibility:
        return tr("Accessibility");
    case Table::Service:
        return tr("Services");
    case Table::Location:
        return tr("Locations");
    case Table::Contact:
        return tr("Contacts");
    default:
        return MaintenanceText::tableName(table);
    }
}

QString ChildList::title() const
{
    if (m_records.isEmpty())
        return plural(m_table);
    //: A tab's title: %1 is what it lists (Phones), %2 how many
    return tr("%1 (%2)").arg(plural(m_table)).arg(m_records.size());
}

void ChildList::retranslate()
{
    m_view->setHorizontalHeaderLabels({MaintenanceText::tableName(m_table), tr("State")});
    m_view->setAccessibleName(plural(m_table));
    if (m_kind == Kind::Opened) {
        //: Button: a new record (a service) of this organization
        m_add->setText(tr("&New…"));
        m_add->setToolTip(tr("A new one (Insert)"));
        m_edit->setText(tr("&Open…"));
        m_edit->setToolTip(tr("Open the selected one (Enter)"));
    } else {
        m_add->setText(tr("&Add…"));
        m_add->setToolTip(tr("Add one (Insert)"));
        m_edit->setText(tr("&Edit…"));
        m_edit->setToolTip(tr("Edit the selected one (Enter)"));
    }
    m_remove->setText(tr("&Remove"));
    m_remove->setToolTip(tr("Remove the selected one (Delete)"));
    if (m_openLocation) {
        m_openLocation->setText(tr("Open the &location…"));
        m_openLocation->setToolTip(tr("Edit the selected location itself: its address, phones and hours"));
    }
    m_note->setText(m_parentId.isEmpty() ? tr("Save the record first (Ctrl+S); then add to it here.") : QString());
}

void ChildList::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange) {
        retranslate();
        reload();
    }
    QWidget::changeEvent(event);
}

void ChildList::setParentRecord(Table parentTable, const QString& parentId, const QString& organizationId)
{
    m_parentTable = parentTable;
    m_parentId = parentId;
    m_organizationId = organizationId;
    retranslate();
    m_note->setVisible(parentId.isEmpty());
    reload();
}

void ChildList::setEditor(const Editor& editor)
{
    m_editor = editor;
    updateButtons();
}

QString ChildList::currentId() const
{
    const int row = m_view->currentRow();
    return row >= 0 && row < m_records.size() ? m_records[row].id : QString();
}

QString ChildList::describe(const ResourceRecord& r) const
{
    // The store names what a link points to (a term's code and name, a location's name).
    const QString label = r.label();
    return label.isEmpty() ? r.id : label;
}

void ChildList::reload()
{
    const QString selected = currentId();
    m_records.clear();
    QString error;
    if (!m_parentId.isEmpty()) {
        const MaintenanceStore store(m_db);
        if (m_kind == Kind::Taxonomy) {
            if (auto list = store.attributes(m_parentTable, m_parentId)) {
                for (const ResourceRecord& r : *list) {
                    if (r.fields.value(QStringLiteral("link_type")).toString() == QLatin1String("taxonomy")
                        || r.fields.value(QStringLiteral("link_type")).toString().isEmpty())
                        m_records.append(r);
                }
            } else {
                error = list.error();
            }
        } else if (auto list = store.children(m_table, m_parentColumn, m_parentId)) {
            m_records = *list;
        } else {
            error = list.error();
        }
    }
    const QSignalBlocker block(m_view);
    m_view->setRowCount(int(m_records.size()));
    int current = m_records.isEmpty() ? -1 : 0;
    for (int row = 0; row < m_records.size(); ++row) {
        const ResourceRecord& r = m_records[row];
        auto* name = new QTableWidgetItem(describe(r));
        name->setToolTip(r.id);
        m_view->setItem(row, 0, name);
        QString state;
        if (r.inConflict)
            state = tr("In conflict");
        else if (r.waitingToUpload)
            state = tr("Waiting to upload");
        if (m_table == Table::Service) {
            const QString status = r.fields.value(QStringLiteral("status")).toString();
            if (!status.isEmpty() && status != QLatin1String("active")) {
                const QString shown = MaintenanceText::valueLabel(QStringLiteral("status"), status);
                state = state.isEmpty() ? shown : shown + QStringLiteral(" \u00b7 ") + state;
            }
        }
        m_view->setItem(row, 1, new QTableWidgetItem(state));
        if (r.id == selected)
            current = row;
    }
    if (current >= 0)
        m_view->setCurrentCell(current, 0);
    if (!error.isEmpty()) {
        m_note->setText(error);
        m_note->show();
    }
    updateButtons();
}

void ChildList::updateButtons()
{
    const bool canEdit = m_editor.canEdit() && !m_parentId.isEmpty();
    const bool selected = m_view->currentRow() >= 0 && m_view->currentRow() < m_records.size();
    m_add->setEnabled(canEdit);
    // Opening a record only reads it; editing one needs the role.
    m_edit->setEnabled(selected && (m_kind == Kind::Opened || m_editor.canEdit()));
    m_remove->setEnabled(canEdit && selected);
    if (m_openLocation)
        m_openLocation->setEnabled(selected);
}

void ChildList::prepare(RecordDialog& dialog) const
{
    RecordForm* form = dialog.form();
    if (m_kind == Kind::Taxonomy) {
        form->setParentColumn(QStringLiteral("link_id"), m_parentId);
        form->setFixed(QStringLiteral("link_entity"), info(m_parentTable).name);
        form->setFixed(QStringLiteral("link_type"), QStringLiteral("taxonomy"));
        form->setFixed(QStringLiteral("value"), QVariant());
    } else {
        form->setParentColumn(m_parentColumn, m_parentId);
    }
    form->setOrganizationScope(m_organizationId);
}

void ChildList::addRecord()
{
    if (!m_editor.canEdit() || m_parentId.isEmpty())
        return;
    if (m_kind == Kind::Opened) {
        emit newRequested(m_table, QVariantMap{{m_parentColumn, m_parentId}});
        return;
    }
    RecordDialog dialog(m_db, m_editor, m_table, this);
    prepare(dialog);
    QVariantMap fields;
    if (m_table == Table::Address) {
        // Ontario's records: the country and province most addresses have.
        fields.insert(QStringLiteral("country"), QStringLiteral("CA"));
        fields.insert(QStringLiteral("state_province"), QStringLiteral("ON"));
    }
    dialog.form()->setNew(fields);
    dialog.form()->focusFirstField();
    if (dialog.exec() != QDialog::Accepted)
        return;
    reload();
    for (int row = 0; row < m_records.size(); ++row) {
        if (m_records[row].id == dialog.savedId())
            m_view->setCurrentCell(row, 0);
    }
    emit changed();
}

void ChildList::editRecord()
{
    const QString id = currentId();
    if (id.isEmpty())
        return;
    if (m_kind == Kind::Opened) {
        emit openRequested(m_table, id);
        return;
    }
    RecordDialog dialog(m_db, m_editor, m_table, this);
    prepare(dialog);
    if (!dialog.openRecord(id)) {
        QMessageBox::warning(this, MaintenanceText::tableName(m_table), dialog.form()->messageLabel()->text());
        return;
    }
    if (dialog.exec() != QDialog::Accepted)
        return;
    reload();
    emit changed();
}

void ChildList::removeRecord()
{
    const int row = m_view->currentRow();
    if (!m_editor.canEdit() || row < 0 || row >= m_records.size() || m_kind == Kind::Opened)
        return;
    const ResourceRecord& r = m_records[row];
    const auto answer
        = QMessageBox::question(this,
                                tr("Remove"),
                                //: %1 is what the record says ("416-555-0100"), %2 its kind (Phone, Hours)
                                tr("Remove \u201c%1\u201d (%2)? The change goes to the hub with the next sync.")
                                    .arg(describe(r), MaintenanceText::tableName(m_table)),
                                QMessageBox::Yes | QMessageBox::No,
                                QMessageBox::No);
    if (answer != QMessageBox::Yes)
        return;
    if (auto st = MaintenanceStore(m_db).remove(m_editor, m_table, r.id); !st) {
        QMessageBox::warning(this, tr("Not removed"), st.error());
        return;
    }
    reload();
    emit changed();
}

bool ChildList::eventFilter(QObject* watched, QEvent* event)
{
    if (watched == m_view && event->type() == QEvent::KeyPress) {
        const auto* key = static_cast<QKeyEvent*>(event);
        if (key->modifiers() & ~Qt::KeypadModifier)
            return QWidget::eventFilter(watched, event);
        switch (key->key()) {
        case Qt::Key_Insert:
            addRecord();
            return true;
        case Qt::Key_Return:
        case Qt::Key_Enter:
            editRecord();
            return true;
        case Qt::Key_Delete:
            removeRecord();
            return true;
        default:
            break;
        }
    }
    return QWidget::eventFilter(watched, event);
}

} // namespace open211
