// What belongs to a record, as a list to keep: a service's phones, hours, languages, areas, fees,
// documents, locations served and taxonomy terms; a location's address, phones and accessibility;
// an organization's phones and services. Add (Insert), Edit (Enter) and Remove (Delete) open the
// record's own form (RecordDialog) with its parent filled in; services are opened in an editor
// of their own instead (openRequested).
#pragma once

#include "HsdsSchema.h"
#include "store/MaintenanceStore.h"

#include <QWidget>

class QLabel;
class QPushButton;
class QTableWidget;

namespace open211 {

class Database;
class RecordDialog;

class ChildList : public QWidget
{
    Q_OBJECT
public:
    enum class Kind {
        Records, // edited here in a RecordDialog
        Taxonomy, // attributes linking the parent to taxonomy terms
        Opened, // whole records (an organization's services) opened elsewhere
    };

    ChildList(Database& db, hsds::Table table, const QString& parentColumn, Kind kind, QWidget* parent = nullptr);

    // Whose list it is; an empty id (a record not saved yet) leaves the list empty and closed.
    void setParentRecord(hsds::Table parentTable, const QString& parentId, const QString& organizationId = {});
    void setEditor(const Editor& editor);
    void reload();

    hsds::Table table() const { return m_table; }
    // "Phones (2)", for the tab that holds the list.
    QString title() const;
    static QString plural(hsds::Table table);
    int count() const { return int(m_records.size()); }
    QString currentId() const;
    QTableWidget* view() const { return m_view; }
    QPushButton* addButton() const { return m_add; }
    QPushButton* editButton() const { return m_edit; }
    QPushButton* removeButton() const { return m_remove; }

public slots:
    void addRecord();
    void editRecord();
    void removeRecord();

signals:
    // Something in the list was saved or removed (the hub must hear of it).
    void changed();
    void openRequested(open211::hsds::Table table, const QString& id);
    void newRequested(open211::hsds::Table table, const QVariantMap& fields);

protected:
    bool eventFilter(QObject* watched, QEvent* event) override;
    void changeEvent(QEvent* event) override;

private:
    void retranslate();
    void updateButtons();
    QString describe(const ResourceRecord& record) const;
    // Fills in and hides what ties a new or opened record to the parent.
    void prepare(RecordDialog& dialog) const;

    Database& m_db;
    hsds::Table m_table;
    QString m_parentColumn;
    Kind m_kind;
    hsds::Table m_parentTable = hsds::Table::Service;
    QString m_parentId;
    QString m_organizationId;
    Editor m_editor;
    QList<ResourceRecord> m_records;
    QLabel* m_note;
    QTableWidget* m_view;
    QPushButton* m_add;
    QPushButton* m_edit;
    QPushButton* m_remove;
    QPushButton* m_openLocation = nullptr;
};

} // namespace open211
