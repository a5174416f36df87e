// "Suggest a change": anyone, on a call or not, notes that a record needs changing (a phone
// number that no longer answers, hours that moved). The note is kept here, sent to the hub, and
// waits in the resource specialists' work list.
#pragma once

#include "HsdsSchema.h"

#include <QDialog>

class QLabel;
class QPlainTextEdit;
class QPushButton;

namespace open211 {

class Database;

class SuggestChangeDialog : public QDialog
{
    Q_OBJECT
public:
    static constexpr int MaxNoteLength = 4000;

    SuggestChangeDialog(Database& db,
                        const QString& username,
                        hsds::Table table,
                        const QString& id,
                        const QString& label,
                        QWidget* parent = nullptr);

    QPlainTextEdit* noteEdit() const { return m_note; }
    QPushButton* sendButton() const { return m_send; }
    QLabel* messageLabel() const { return m_message; }
    // The suggestion's id once sent.
    QString suggestionId() const { return m_suggestionId; }

public slots:
    void send();

private:
    void updateCount();

    Database& m_db;
    QString m_username;
    hsds::Table m_table;
    QString m_id;
    QPlainTextEdit* m_note;
    QLabel* m_count;
    QLabel* m_message;
    QPushButton* m_send;
    QString m_suggestionId;
};

} // namespace open211
