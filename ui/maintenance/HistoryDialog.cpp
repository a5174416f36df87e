#include "maintenance/HistoryDialog.h"

#include "maintenance/MaintenanceText.h"
#include "store/MaintenanceStore.h"

#include <QDialogButtonBox>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QTableWidget>
#include <QVBoxLayout>

namespace open211 {

HistoryDialog::HistoryDialog(Database& db, hsds::Table table, const QString& id, const QString& label, QWidget* parent)
    : QDialog(parent)
    , m_table(new QTableWidget(this))
{
    //: Title: %1 is the record's name
    setWindowTitle(tr("Change history: %1").arg(label));
    auto* layout = new QVBoxLayout(this);
    auto* caption = new QLabel(tr("&Changes, newest first:"), this);
    caption->setBuddy(m_table);
    layout->addWidget(caption);
    m_table->setColumnCount(4);
    //: Columns of a change history
    m_table->setHorizontalHeaderLabels({tr("When"), tr("Who"), tr("What"), tr("Old \u2192 new")});
    m_table->setAccessibleName(tr("Change history"));
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setTabKeyNavigation(false);
    m_table->setWordWrap(false);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_table->horizontalHeader()->setSectionResizeMode(Change, QHeaderView::Stretch);
    layout->addWidget(m_table, 1);

    const QString recordTable = hsds::info(table).name;
    auto entries = MaintenanceStore(db).history(table, id);
    if (entries) {
        entries.value().removeIf(
            [&](const HistoryEntry& e) { return MaintenanceText::isLinkBack(e, recordTable, id); });
    }
    if (!entries) {
        auto* error = new QLabel(entries.error(), this);
        error->setWordWrap(true);
        layout->insertWidget(1, error);
    } else {
        const QLocale l;
        m_table->setRowCount(int(entries->size()));
        for (int row = 0; row < entries->size(); ++row) {
            const HistoryEntry& e = entries->at(row);
            const auto item = [](const QString& text) {
                auto* i = new QTableWidgetItem(text);
                i->setToolTip(text);
                return i;
            };
            m_table->setItem(row, When, item(l.toString(e.at.toLocalTime(), QLocale::ShortFormat)));
            m_table->setItem(row, Who, item(MaintenanceText::historyWho(e)));
            m_table->setItem(row, What, item(MaintenanceText::historyWhat(e, recordTable)));
            m_table->setItem(row, Change, item(MaintenanceText::historyChange(e)));
        }
        if (entries->isEmpty()) {
            auto* none = new QLabel(tr("No changes are recorded for it yet."), this);
            layout->insertWidget(1, none);
        } else {
            m_table->setCurrentCell(0, 0);
        }
    }
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    layout->addWidget(buttons);
    resize(900, 520);
    m_table->setFocus();
}

} // namespace open211
