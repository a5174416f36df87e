#include "maintenance/SuggestChangeDialog.h"

#include "maintenance/MaintenanceText.h"
#include "store/MaintenanceStore.h"

#include <QAction>
#include <QDialogButtonBox>
#include <QLabel>
#include <QLocale>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace open211 {

SuggestChangeDialog::SuggestChangeDialog(
    Database& db, const QString& username, hsds::Table table, const QString& id, const QString& label, QWidget* parent)
    : QDialog(parent)
    , m_db(db)
    , m_username(username)
    , m_table(table)
    , m_id(id)
    , m_note(new QPlainTextEdit(this))
    , m_count(new QLabel(this))
    , m_message(new QLabel(this))
{
    setWindowTitle(tr("Suggest a change"));
    auto* layout = new QVBoxLayout(this);
    //: %1 is the kind of record (Service), %2 its name
    auto* about = new QLabel(
        tr("<b>%1:</b> %2").arg(MaintenanceText::tableName(table).toHtmlEscaped(), label.toHtmlEscaped()), this);
    about->setWordWrap(true);
    layout->addWidget(about);
    auto* prompt
        = new QLabel(tr("&What needs changing? A resource specialist reads this and updates the record."), this);
    prompt->setWordWrap(true);
    prompt->setBuddy(m_note);
    layout->addWidget(prompt);
    m_note->setTabChangesFocus(true);
    m_note->setAccessibleName(tr("What needs changing"));
    m_note->setPlaceholderText(tr("The intake line now answers at 613-555-0142; the Tuesday clinic has ended."));
    layout->addWidget(m_note, 1);
    m_count->setAlignment(Qt::AlignRight);
    m_count->setAccessibleName(tr("Length of the note"));
    layout->addWidget(m_count);
    m_message->setWordWrap(true);
    QPalette problem = m_message->palette();
    problem.setColor(QPalette::WindowText, QColor(0xa0, 0x1c, 0x1c));
    m_message->setPalette(problem);
    m_message->hide();
    layout->addWidget(m_message);

    auto* buttons = new QDialogButtonBox(this);
    m_send = buttons->addButton(tr("&Send suggestion"), QDialogButtonBox::AcceptRole);
    m_send->setToolTip(tr("Send (Ctrl+Enter)"));
    buttons->addButton(QDialogButtonBox::Cancel);
    connect(m_send, &QPushButton::clicked, this, &SuggestChangeDialog::send);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    layout->addWidget(buttons);
    auto* sendKey = new QAction(this);
    sendKey->setShortcuts({QKeySequence(Qt::CTRL | Qt::Key_Return), QKeySequence(Qt::CTRL | Qt::Key_Enter)});
    connect(sendKey, &QAction::triggered, this, &SuggestChangeDialog::send);
    addAction(sendKey);
    connect(m_note, &QPlainTextEdit::textChanged, this, &SuggestChangeDialog::updateCount);
    updateCount();
    resize(560, 360);
    m_note->setFocus();
}

void SuggestChangeDialog::updateCount()
{
    const int n = int(m_note->toPlainText().size());
    //: Length of a note: %1 characters typed, %2 the most accepted
    m_count->setText(tr("%1 / %2").arg(QLocale().toString(n), QLocale().toString(MaxNoteLength)));
    if (n > MaxNoteLength)
        m_count->setStyleSheet(QStringLiteral("color:#a01c1c;font-weight:600"));
    else
        m_count->setStyleSheet(QString());
}

void SuggestChangeDialog::send()
{
    const QString note = m_note->toPlainText().trimmed();
    QString problem;
    if (note.isEmpty())
        problem = tr("Write what needs changing first.");
    else if (note.size() > MaxNoteLength)
        problem = tr("The note is %1 characters long; at most %2 are sent. Shorten it.")
                      .arg(QLocale().toString(note.size()), QLocale().toString(MaxNoteLength));
    if (problem.isEmpty()) {
        const auto id = MaintenanceStore(m_db).suggestChange(m_username, m_table, m_id, note);
        if (id) {
            m_suggestionId = *id;
            accept();
            return;
        }
        problem = id.error();
    }
    m_message->setText(problem);
    m_message->show();
    m_note->setAccessibleDescription(problem);
    m_note->setFocus();
}

} // namespace open211
