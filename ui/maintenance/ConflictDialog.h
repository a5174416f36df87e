// Settling a change the hub refused because its record changed meanwhile: one row per field that
// differs (or every field), what this workstation saved beside what the hub holds, with a choice
// per row. Keep mine, keep the hub's, or save the mix chosen; when the hub removed the record,
// send it again or let it go. Nothing is written until one of those is clicked.
#pragma once

#include "store/MaintenanceStore.h"

#include <QDialog>
#include <QHash>

class QButtonGroup;
class QCheckBox;
class QGridLayout;
class QLabel;
class QPushButton;
class QRadioButton;

namespace open211 {

class Database;

class ConflictDialog : public QDialog
{
    Q_OBJECT
public:
    ConflictDialog(Database& db, const Editor& editor, const EditConflict& conflict, QWidget* parent = nullptr);

    QCheckBox* showAllBox() const { return m_showAll; }
    QPushButton* keepMineButton() const { return m_keepMine; }
    QPushButton* keepHubButton() const { return m_keepHub; }
    QPushButton* saveMergeButton() const { return m_saveMerge; }
    QLabel* messageLabel() const { return m_message; }
    // The fields with a row showing now, in schema order.
    QStringList shownFields() const;
    QRadioButton* mineChoice(const QString& field) const;
    QRadioButton* hubChoice(const QString& field) const;
    // The record as the choices make it.
    QVariantMap chosen() const;

public slots:
    void keepMine();
    void keepHub();
    void saveMerge();

private:
    struct Row
    {
        QString field;
        bool differs = false;
        QLabel* label = nullptr;
        QRadioButton* mine = nullptr;
        QRadioButton* hub = nullptr;
        QButtonGroup* group = nullptr;
    };
    void showRows();
    void finish(const Status& status);

    Database& m_db;
    Editor m_editor;
    EditConflict m_conflict;
    QList<Row> m_rows;
    QCheckBox* m_showAll = nullptr;
    QPushButton* m_keepMine = nullptr;
    QPushButton* m_keepHub = nullptr;
    QPushButton* m_saveMerge = nullptr;
    QLabel* m_message;
};

} // namespace open211
