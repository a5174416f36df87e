// Keeping one service, organization or location right: its form on top and, below, what belongs
// to it (a service's phones, hours, languages, areas, fees, documents, locations served and
// taxonomy terms; an organization's phones and services; a location's address, phones,
// accessibility, languages and hours). Save (Ctrl+S), Mark verified (Ctrl+Shift+V), Deactivate
// (Ctrl+Shift+D) and the change history (Ctrl+Shift+H). A banner says when the record waits to
// upload or is in conflict with the hub.
#pragma once

#include "HsdsSchema.h"
#include "maintenance/ChildList.h"
#include "store/MaintenanceStore.h"

#include <QDate>
#include <QDialog>

class QLabel;
class QPushButton;
class QTabWidget;

namespace open211 {

class Database;
class RecordForm;

class ResourceEditor : public QDialog
{
    Q_OBJECT
public:
    // An empty id: a new record (see startNew for what it starts with).
    ResourceEditor(Database& db, const Editor& editor, hsds::Table table, const QString& id, QWidget* parent = nullptr);

    // A new record with these fields filled in (a new service's organization).
    void startNew(const QVariantMap& fields);

    hsds::Table table() const { return m_table; }
    QString recordId() const;
    RecordForm* form() const { return m_form; }
    QLabel* bannerLabel() const { return m_banner; }
    QLabel* verifiedLabel() const { return m_verified; }
    QLabel* messageLabel() const { return m_message; }
    QTabWidget* tabs() const { return m_tabs; }
    ChildList* list(hsds::Table table) const;
    QPushButton* saveButton() const { return m_save; }
    QPushButton* verifyButton() const { return m_verify; }
    QPushButton* deactivateButton() const { return m_deactivate; }
    QPushButton* historyButton() const { return m_history; }
    // The day "Mark verified" stamps (today unless a test says otherwise).
    void setToday(const QDate& today) { m_today = today; }

public slots:
    // True when saved; problems stay on the form.
    bool save();
    void markVerified();
    void deactivate();
    void showHistory();
    void reject() override;

signals:
    // The record or something of it was written: the hub must hear of it, views must refresh.
    void changed(open211::hsds::Table table, const QString& id);

protected:
    void changeEvent(QEvent* event) override;

private:
    void retranslate();
    void addList(hsds::Table table, const QString& parentColumn, ChildList::Kind kind = ChildList::Kind::Records);
    // Reads the record again: the banner, the verification, the lists.
    void refresh();
    void updateTabTitles();
    void openNested(hsds::Table table, const QString& id, const QVariantMap& fields);
    QString organizationId() const;

    Database& m_db;
    Editor m_editor;
    hsds::Table m_table;
    ResourceRecord m_record;
    QDate m_today;
    RecordForm* m_form;
    QLabel* m_title;
    QLabel* m_banner;
    QLabel* m_verified;
    QLabel* m_message;
    QTabWidget* m_tabs;
    QList<ChildList*> m_lists;
    QPushButton* m_save;
    QPushButton* m_verify;
    QPushButton* m_deactivate;
    QPushButton* m_history;
    QPushButton* m_close;
};

} // namespace open211
