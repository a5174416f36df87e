// The workstation's main window. For now it shows the local resource replica: the services it
// holds, filterable as you type, and what the store contains in the status bar.
#pragma once

#include <QMainWindow>

class QLabel;
class QLineEdit;
class QSortFilterProxyModel;
class QTableView;

namespace open211 {

class Database;
class ServiceListModel;

class MainWindow : public QMainWindow
{
    Q_OBJECT
public:
    explicit MainWindow(Database& db, QWidget* parent = nullptr);

    void reload();
    QTableView* serviceView() const { return m_view; }

protected:
    void changeEvent(QEvent* event) override;

private:
    void retranslate();
    void showAbout();

    Database& m_db;
    ServiceListModel* m_model;
    QSortFilterProxyModel* m_proxy;
    QLineEdit* m_filter;
    QTableView* m_view;
    QLabel* m_counts;
    QMenu* m_fileMenu = nullptr;
    QMenu* m_helpMenu = nullptr;
    QAction* m_quit = nullptr;
    QAction* m_about = nullptr;
};

} // namespace open211
