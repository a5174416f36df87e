// Help → Keyboard shortcuts: every action of the window with its keys, read from the actions
// themselves so the list is never out of date.
#pragma once

#include <QDialog>

class QAction;
class QTableWidget;

namespace open211 {

class ShortcutsDialog : public QDialog
{
    Q_OBJECT
public:
    ShortcutsDialog(const QList<QAction*>& actions, QWidget* parent = nullptr);
    QTableWidget* table() const { return m_table; }

private:
    QTableWidget* m_table;
};

} // namespace open211
