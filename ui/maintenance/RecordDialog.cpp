#include "maintenance/RecordDialog.h"

#include "maintenance/MaintenanceText.h"
#include "maintenance/RecordForm.h"

#include <QAction>
#include <QDialogButtonBox>
#include <QLabel>
#include <QPushButton>
#include <QScrollArea>
#include <QVBoxLayout>

namespace open211 {

RecordDialog::RecordDialog(Database& db, const Editor& editor, hsds::Table table, QWidget* parent)
    : QDialog(parent)
    , m_db(db)
    , m_editor(editor)
    , m_form(new RecordForm(db, table, this))
{
    auto* layout = new QVBoxLayout(this);
    auto* scroll = new QScrollArea(this);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    scroll->setWidget(m_form);
    scroll->setFocusPolicy(Qt::NoFocus);
    layout->addWidget(scroll, 1);

    auto* buttons = new QDialogButtonBox(this);
    m_save = buttons->addButton(tr("&Save"), QDialogButtonBox::AcceptRole);
    m_save->setToolTip(tr("Save (Ctrl+S)"));
    m_save->setDefault(true);
    m_save->setVisible(editor.canEdit());
    m_form->setReadOnly(!editor.canEdit());
    buttons->addButton(editor.canEdit() ? QDialogButtonBox::Cancel : QDialogButtonBox::Close);
    connect(m_save, &QPushButton::clicked, this, &RecordDialog::save);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    layout->addWidget(buttons);

    auto* saveKey = new QAction(this);
    saveKey->setShortcut(QKeySequence::Save);
    connect(saveKey, &QAction::triggered, this, &RecordDialog::save);
    addAction(saveKey);

    retitle();
    resize(620, std::min(760, m_form->sizeHint().height() + 110));
    m_form->focusFirstField();
}

bool RecordDialog::openRecord(const QString& id)
{
    const auto record = MaintenanceStore(m_db).record(m_form->table(), id);
    if (!record) {
        m_form->messageLabel()->setText(record.error());
        m_form->messageLabel()->show();
        return false;
    }
    m_form->setRecord(*record);
    retitle();
    m_form->focusFirstField();
    return true;
}

void RecordDialog::retitle()
{
    const QString table = MaintenanceText::tableName(m_form->table());
    if (m_form->recordId().isEmpty())
        //: Title of a form for a record not saved yet; %1 is its kind (Phone, Hours, Fee)
        setWindowTitle(tr("New: %1").arg(table));
    else
        //: Title of a form; %1 is the record's kind (Phone, Hours, Fee)
        setWindowTitle(tr("Edit: %1").arg(table));
}

void RecordDialog::save()
{
    if (!m_editor.canEdit())
        return;
    if (const auto id = m_form->save(m_editor)) {
        m_savedId = *id;
        accept();
    }
}

} // namespace open211
