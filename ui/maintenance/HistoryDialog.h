// A record's change history, newest first: when, who, which field (of the record or of what
// belongs to it: its phones, its hours) and the value before and after.
#pragma once

#include "HsdsSchema.h"

#include <QDialog>

class QTableWidget;

namespace open211 {

class Database;

class HistoryDialog : public QDialog
{
    Q_OBJECT
public:
    HistoryDialog(Database& db, hsds::Table table, const QString& id, const QString& label, QWidget* parent = nullptr);

    QTableWidget* table() const { return m_table; }
    enum Column { When, Who, What, Change };

private:
    QTableWidget* m_table;
};

} // namespace open211
