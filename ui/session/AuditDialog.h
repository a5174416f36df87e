// The audit log, for supervisors and admins: who opened which call record, who signed in (online,
// offline, refused), locked and unlocked the screen, and when callers' details were purged. Filters
// by day, person, action and call. Opening it is itself written to the log.
#pragma once

#include <QDialog>

class QComboBox;
class QDateEdit;
class QLabel;
class QLineEdit;
class QStandardItemModel;
class QTableView;

namespace open211 {

class Database;

class AuditDialog : public QDialog
{
    Q_OBJECT
public:
    // `reader`: who is reading (written to the log as read_audit).
    AuditDialog(Database& db, const QString& reader, QWidget* parent = nullptr);

    QDateEdit* fromEdit() const { return m_from; }
    QDateEdit* toEdit() const { return m_to; }
    QComboBox* userBox() const { return m_user; }
    QComboBox* actionBox() const { return m_action; }
    QLineEdit* callEdit() const { return m_call; }
    QTableView* table() const { return m_table; }
    QLabel* statusLabel() const { return m_status; }

    // An action's name in plain words.
    static QString actionName(const QString& action);
    // An entry's detail in plain words (what the workstation writes in short).
    static QString detailText(const QString& detail);

public slots:
    void refresh();

private:
    Database& m_db;
    QDateEdit* m_from;
    QDateEdit* m_to;
    QComboBox* m_user;
    QComboBox* m_action;
    QLineEdit* m_call;
    QTableView* m_table;
    QStandardItemModel* m_model;
    QLabel* m_status;
};

} // namespace open211
