// One record's form in a dialog of its own: a service's phone, hours or fee, a location's
// address. Save (Ctrl+S, or Enter in a line) writes it through the store and closes; problems
// keep the dialog open with each shown under its field.
#pragma once

#include "HsdsSchema.h"
#include "store/MaintenanceStore.h"

#include <QDialog>

class QPushButton;

namespace open211 {

class Database;
class RecordForm;

class RecordDialog : public QDialog
{
    Q_OBJECT
public:
    RecordDialog(Database& db, const Editor& editor, hsds::Table table, QWidget* parent = nullptr);

    RecordForm* form() const { return m_form; }
    QPushButton* saveButton() const { return m_save; }
    // The record's id once saved.
    QString savedId() const { return m_savedId; }

    // Shows a stored record, or an error when it cannot be read.
    bool openRecord(const QString& id);

public slots:
    // Saves; closes on success.
    void save();

private:
    void retitle();

    Database& m_db;
    Editor m_editor;
    RecordForm* m_form;
    QPushButton* m_save;
    QString m_savedId;
};

} // namespace open211
