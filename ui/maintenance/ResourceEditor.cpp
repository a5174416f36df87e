#include "maintenance/ResourceEditor.h"

#include "maintenance/ChildList.h"
#include "maintenance/HistoryDialog.h"
#include "maintenance/MaintenanceText.h"
#include "maintenance/RecordForm.h"

#include <QAction>
#include <QEvent>
#include <QHBoxLayout>
#include <QLabel>
#include <QMessageBox>
#include <QPushButton>
#include <QScrollArea>
#include <QSplitter>
#include <QTabWidget>
#include <QVBoxLayout>

namespace open211 {

using namespace hsds;

ResourceEditor::ResourceEditor(Database& db, const Editor& editor, Table table, const QString& id, QWidget* parent)
    : QDialog(parent)
    , m_db(db)
    , m_editor(editor)
    , m_table(table)
    , m_today(QDate::currentDate())
    , m_form(new RecordForm(db, table, this))
    , m_title(new QLabel(this))
    , m_banner(new QLabel(this))
    , m_verified(new QLabel(this))
    , m_message(new QLabel(this))
    , m_tabs(new QTabWidget(this))
{
    auto* layout = new QVBoxLayout(this);
    m_banner->setWordWrap(true);
    m_banner->setMargin(6);
    m_banner->setAccessibleName(tr("Upload state"));
    m_banner->hide();
    layout->addWidget(m_banner);

    auto* head = new QHBoxLayout;
    QFont titleFont = m_title->font();
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.25);
    titleFont.setBold(true);
    m_title->setFont(titleFont);
    m_title->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_verified->setAccessibleName(tr("Verification"));
    m_verified->setTextInteractionFlags(Qt::TextSelectableByMouse);
    head->addWidget(m_title, 1);
    head->addWidget(m_verified);
    layout->addLayout(head);
    m_message->setWordWrap(true);
    m_message->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_message->hide();
    layout->addWidget(m_message);

    auto* split = new QSplitter(Qt::Vertical, this);
    auto* scroll = new QScrollArea(split);
    scroll->setWidgetResizable(true);
    scroll->setFocusPolicy(Qt::NoFocus);
    scroll->setWidget(m_form);
    split->addWidget(scroll);
    split->addWidget(m_tabs);
    split->setChildrenCollapsible(false);
    split->setStretchFactor(0, 3);
    split->setStretchFactor(1, 2);
    layout->addWidget(split, 1);

    const QString sid = QStringLiteral("service_id");
    const QString lid = QStringLiteral("location_id");
    switch (table) {
    case Table::Service:
        addList(Table::Phone, sid);
        addList(Table::Schedule, sid);
        addList(Table::Language, sid);
        addList(Table::ServiceArea, sid);
        addList(Table::CostOption, sid);
        addList(Table::RequiredDocument, sid);
        addList(Table::ServiceAtLocation, sid);
        addList(Table::Attribute, QStringLiteral("link_id"), ChildList::Kind::Taxonomy);
        break;
    case Table::Organization:
        addList(Table::Phone, QStringLiteral("organization_id"));
        addList(Table::Service, QStringLiteral("organization_id"), ChildList::Kind::Opened);
        break;
    case Table::Location:
        addList(Table::Address, lid);
        addList(Table::Phone, lid);
        addList(Table::Accessibility, lid);
        addList(Table::Language, lid);
        addList(Table::Schedule, lid);
        break;
    default:
        break;
    }
    m_tabs->setVisible(!m_lists.isEmpty());

    auto* buttons = new QHBoxLayout;
    m_save = new QPushButton(this);
    m_verify = new QPushButton(this);
    m_deactivate = new QPushButton(this);
    m_history = new QPushButton(this);
    m_close = new QPushButton(this);
    for (QPushButton* b : {m_save, m_verify, m_deactivate, m_history})
        buttons->addWidget(b);
    buttons->addStretch(1);
    buttons->addWidget(m_close);
    // Enter in a field does not save by surprise: Ctrl+S does.
    for (QPushButton* b : {m_save, m_verify, m_deactivate, m_history, m_close})
        b->setAutoDefault(false);
    layout->addLayout(buttons);
    m_verify->setVisible(table == Table::Service);
    m_deactivate->setVisible(table == Table::Service || table == Table::Organization);

    connect(m_save, &QPushButton::clicked, this, &ResourceEditor::save);
    connect(m_verify, &QPushButton::clicked, this, &ResourceEditor::markVerified);
    connect(m_deactivate, &QPushButton::clicked, this, &ResourceEditor::deactivate);
    connect(m_history, &QPushButton::clicked, this, &ResourceEditor::showHistory);
    connect(m_close, &QPushButton::clicked, this, &ResourceEditor::reject);
    for (auto [sequence, button] : {std::pair{QKeySequence(QKeySequence::Save), m_save},
                                    std::pair{QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_V), m_verify},
                                    std::pair{QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_D), m_deactivate},
                                    std::pair{QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_H), m_history}}) {
        auto* a = new QAction(this);
        a->setShortcut(sequence);
        QPushButton* target = button;
        connect(a, &QAction::triggered, this, [target] {
            if (target->isVisible() && target->isEnabled())
                target->click();
        });
        addAction(a);
    }

    m_form->setReadOnly(!editor.canEdit());
    connect(m_form, &RecordForm::modified, this, [this] { m_message->hide(); });

    if (!id.isEmpty()) {
        if (auto r = MaintenanceStore(db).record(table, id)) {
            m_record = *r;
            m_form->setRecord(*r);
        } else {
            m_message->setText(r.error());
            m_message->show();
        }
    }
    refresh();
    retranslate();
    resize(1120, 860);
    split->setSizes({m_lists.isEmpty() ? 800 : 560, m_lists.isEmpty() ? 0 : 240});
    m_form->focusFirstField();
}

void ResourceEditor::addList(Table table, const QString& parentColumn, ChildList::Kind kind)
{
    auto* list = new ChildList(m_db, table, parentColumn, kind, m_tabs);
    list->setEditor(m_editor);
    m_tabs->addTab(list, list->title());
    m_lists.append(list);
    connect(list, &ChildList::changed, this, [this] {
        updateTabTitles();
        refresh();
        emit changed(m_table, recordId());
    });
    connect(list, &ChildList::openRequested, this, [this](Table t, const QString& id) { openNested(t, id, {}); });
    connect(list, &ChildList::newRequested, this, [this](Table t, const QVariantMap& fields) {
        openNested(t, QString(), fields);
    });
}

ChildList* ResourceEditor::list(Table table) const
{
    for (ChildList* l : m_lists) {
        if (l->table() == table)
            return l;
    }
    return nullptr;
}

QString ResourceEditor::recordId() const
{
    return m_form->recordId();
}

QString ResourceEditor::organizationId() const
{
    if (m_table == Table::Organization)
        return recordId();
    return m_form->fields().value(QStringLiteral("organization_id")).toString();
}

void ResourceEditor::startNew(const QVariantMap& fields)
{
    m_record = ResourceRecord{};
    m_record.table = m_table;
    m_form->setNew(fields);
    refresh();
    retranslate();
    m_form->focusFirstField();
}

void ResourceEditor::retranslate()
{
    const QString kind = MaintenanceText::tableName(m_table);
    const QString name = m_record.label();
    if (recordId().isEmpty()) {
        //: Title of the editor for a record not saved yet; %1 is its kind (Service, Organization, Location)
        setWindowTitle(tr("New record: %1").arg(kind));
        m_title->setText(windowTitle());
    } else {
        //: Title of the editor; %1 is the record's kind (Service), %2 its name
        setWindowTitle(tr("%1: %2").arg(kind, name.isEmpty() ? recordId() : name));
        m_title->setText(windowTitle());
    }
    m_save->setText(tr("&Save"));
    m_save->setToolTip(tr("Save the record (Ctrl+S)"));
    m_verify->setText(tr("Mark &verified"));
    m_verify->setToolTip(tr("Record that the service was checked with the agency today (Ctrl+Shift+V)"));
    m_deactivate->setText(tr("&Deactivate…"));
    m_deactivate->setToolTip(m_table == Table::Organization
                                 ? tr("Mark the organization's services inactive (Ctrl+Shift+D)")
                                 : tr("Mark the service inactive (Ctrl+Shift+D)"));
    m_history->setText(tr("&History…"));
    m_history->setToolTip(tr("Every change to the record, newest first (Ctrl+Shift+H)"));
    m_close->setText(tr("Close"));
    m_close->setToolTip(tr("Close (Esc)"));

    // Who verified it, and when.
    if (m_table == Table::Service) {
        const QString on = m_record.fields.value(QStringLiteral("assured_date")).toString().left(10);
        const QString by = m_record.fields.value(QStringLiteral("assurer_email")).toString();
        if (on.isEmpty())
            //: A service's verification: nobody has checked it with the agency
            m_verified->setText(tr("Never verified"));
        else if (by.isEmpty())
            //: %1 is a date (2026-03-01)
            m_verified->setText(tr("Last verified %1").arg(on));
        else
            //: %1 is a date (2026-03-01), %2 the person
            m_verified->setText(tr("Last verified %1 by %2").arg(on, by));
    } else {
        m_verified->clear();
    }

    if (m_record.inConflict) {
        m_banner->setText(tr("In conflict \u2014 settle it in the work list (Ctrl+Shift+W)."));
        m_banner->setStyleSheet(QStringLiteral("background:#ffebe9;color:#82071e;border:1px solid #ff8182;"));
    } else if (m_record.waitingToUpload) {
        m_banner->setText(tr("Waiting to upload: the hub gets this change with the next sync."));
        m_banner->setStyleSheet(QStringLiteral("background:#fff8c5;color:#4d2d00;border:1px solid #d4a72c;"));
    }
    m_banner->setVisible(m_record.inConflict || m_record.waitingToUpload);
    if (!m_editor.canEdit())
        //: Shown in the editor to someone whose role does not edit resources
        m_message->setText(tr("Only resource specialists, supervisors and admins edit resources; you can suggest a "
                              "change instead (Ctrl+Shift+G)."));
    updateTabTitles();
}

void ResourceEditor::updateTabTitles()
{
    for (int i = 0; i < m_lists.size(); ++i)
        m_tabs->setTabText(i, m_lists[i]->title());
}

void ResourceEditor::refresh()
{
    const QString id = recordId();
    if (!id.isEmpty()) {
        if (auto r = MaintenanceStore(m_db).record(m_table, id))
            m_record = *r;
    }
    const bool saved = !id.isEmpty();
    const bool canEdit = m_editor.canEdit();
    m_save->setEnabled(canEdit);
    m_verify->setEnabled(canEdit && saved);
    m_deactivate->setEnabled(canEdit && saved);
    m_history->setEnabled(saved);
    for (ChildList* l : std::as_const(m_lists))
        l->setParentRecord(m_table, id, organizationId());
    if (!canEdit)
        m_message->show();
    retranslate();
}

void ResourceEditor::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QDialog::changeEvent(event);
}

bool ResourceEditor::save()
{
    if (!m_editor.canEdit())
        return false;
    m_message->hide();
    const auto id = m_form->save(m_editor);
    if (!id)
        return false;
    refresh();
    emit changed(m_table, *id);
    return true;
}

void ResourceEditor::markVerified()
{
    if (!m_editor.canEdit() || m_table != Table::Service || recordId().isEmpty())
        return;
    if (m_form->isModified() && !save())
        return; // the form's problems come first
    if (auto st = MaintenanceStore(m_db).markVerified(m_editor, recordId(), m_today); !st) {
        m_message->setText(st.error());
        m_message->show();
        return;
    }
    refresh();
    emit changed(m_table, recordId());
}

void ResourceEditor::deactivate()
{
    if (!m_editor.canEdit() || recordId().isEmpty() || (m_table != Table::Service && m_table != Table::Organization))
        return;
    const QString name = m_record.label().isEmpty() ? recordId() : m_record.label();
    QString question;
    if (m_table == Table::Organization) {
        int active = 0;
        if (auto services
            = MaintenanceStore(m_db).children(Table::Service, QStringLiteral("organization_id"), recordId()))
            for (const ResourceRecord& s : *services)
                active += s.fields.value(QStringLiteral("status")).toString() == QLatin1String("active") ? 1 : 0;
        //: %1 is an organization's name; %n how many of its services are active
        question = tr("Deactivate \u201c%1\u201d? All its services (%n active) become inactive: searches leave "
                      "them out, and the hub hears of it with the next sync.",
                      nullptr,
                      active)
                       .arg(name);
    } else {
        //: %1 is a service's name
        question = tr("Deactivate the service \u201c%1\u201d? It stays in the records as inactive: searches leave it "
                      "out, and the hub hears of it with the next sync.")
                       .arg(name);
    }
    if (QMessageBox::question(this, tr("Deactivate"), question, QMessageBox::Yes | QMessageBox::No, QMessageBox::No)
        != QMessageBox::Yes)
        return;
    if (auto st = MaintenanceStore(m_db).deactivate(m_editor, m_table, recordId()); !st) {
        m_message->setText(st.error());
        m_message->show();
        return;
    }
    if (auto r = MaintenanceStore(m_db).record(m_table, recordId()))
        m_form->setRecord(*r);
    refresh();
    emit changed(m_table, recordId());
}

void ResourceEditor::showHistory()
{
    if (recordId().isEmpty())
        return;
    HistoryDialog dialog(m_db, m_table, recordId(), m_record.label().isEmpty() ? recordId() : m_record.label(), this);
    dialog.exec();
}

void ResourceEditor::openNested(Table table, const QString& id, const QVariantMap& fields)
{
    if (table == m_table && id == recordId())
        return;
    ResourceEditor nested(m_db, m_editor, table, id, this);
    if (id.isEmpty())
        nested.startNew(fields);
    connect(&nested, &ResourceEditor::changed, this, &ResourceEditor::changed);
    nested.exec();
    refresh();
}

void ResourceEditor::reject()
{
    if (m_editor.canEdit() && m_form->isModified()) {
        const auto answer = QMessageBox::question(this,
                                                  tr("Unsaved changes"),
                                                  tr("Save the changes to this record before closing?"),
                                                  QMessageBox::Save | QMessageBox::Discard | QMessageBox::Cancel,
                                                  QMessageBox::Save);
        if (answer == QMessageBox::Cancel)
            return;
        if (answer == QMessageBox::Save && !save())
            return;
    }
    QDialog::reject();
}

} // namespace open211
