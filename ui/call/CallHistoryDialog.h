// Call history: past calls found by date, specialist, need or follow-up due; the selected call's
// record, and its follow-up recorded when it is done.
#pragma once

#include <QDialog>

class QCheckBox;
class QComboBox;
class QDateEdit;
class QLineEdit;
class QPushButton;
class QTableView;
class QTextBrowser;

namespace open211 {

class CallListModel;
class Database;

class CallHistoryDialog : public QDialog
{
    Q_OBJECT
public:
    CallHistoryDialog(Database& db, const QString& specialist, QWidget* parent = nullptr);

    void setFollowUpDueOnly(bool on);
    QTableView* table() const { return m_table; }
    QLineEdit* needFilter() const { return m_need; }
    QLineEdit* outcomeEdit() const { return m_outcome; }
    QTextBrowser* detail() const { return m_detail; }

public slots:
    void refresh();
    void recordFollowUp();

private:
    void showSelected();

    Database& m_db;
    QString m_specialistName;
    QString m_lastOpened; // the call whose record shows
    CallListModel* m_model;
    QDateEdit* m_from;
    QDateEdit* m_to;
    QComboBox* m_specialist;
    QLineEdit* m_need;
    QCheckBox* m_dueOnly;
    QTableView* m_table;
    QTextBrowser* m_detail;
    QLineEdit* m_outcome;
    QPushButton* m_record;
};

} // namespace open211
