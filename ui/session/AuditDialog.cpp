#include "session/AuditDialog.h"

#include "store/AuditStore.h"

#include <QComboBox>
#include <QDateEdit>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QPushButton>
#include <QStandardItemModel>
#include <QTableView>
#include <QTimer>
#include <QVBoxLayout>

namespace open211 {

namespace {

const char* const Actions[] = {"open_call",
                               "sign_in",
                               "sign_in_offline",
                               "sign_in_failed",
                               "sign_out",
                               "lock",
                               "unlock",
                               "unlock_failed",
                               "purge_identifying",
                               "read_audit"};

} // namespace

QString AuditDialog::actionName(const QString& action)
{
    if (action == QLatin1String("open_call"))
        return tr("Opened a call record");
    if (action == QLatin1String("sign_in"))
        return tr("Signed in");
    if (action == QLatin1String("sign_in_offline"))
        return tr("Signed in offline");
    if (action == QLatin1String("sign_in_failed"))
        return tr("Sign-in refused");
    if (action == QLatin1String("sign_out"))
        return tr("Signed out");
    if (action == QLatin1String("lock"))
        return tr("Screen locked");
    if (action == QLatin1String("unlock"))
        return tr("Screen unlocked");
    if (action == QLatin1String("unlock_failed"))
        return tr("Unlock refused");
    if (action == QLatin1String("purge_identifying"))
        return tr("Callers' details purged");
    if (action == QLatin1String("read_audit"))
        return tr("Read the audit log");
    return action;
}

QString AuditDialog::detailText(const QString& detail)
{
    // Where a call record was opened, as the workstation writes it.
    if (detail == QLatin1String("history"))
        return tr("in the call history");
    if (detail == QLatin1String("resumed"))
        return tr("resumed after the workstation closed");
    return detail;
}

AuditDialog::AuditDialog(Database& db, const QString& reader, QWidget* parent)
    : QDialog(parent)
    , m_db(db)
    , m_from(new QDateEdit(this))
    , m_to(new QDateEdit(this))
    , m_user(new QComboBox(this))
    , m_action(new QComboBox(this))
    , m_call(new QLineEdit(this))
    , m_table(new QTableView(this))
    , m_model(new QStandardItemModel(this))
    , m_status(new QLabel(this))
{
    setWindowTitle(tr("Audit log"));
    const QDate today = QDate::currentDate();
    for (QDateEdit* d : {m_from, m_to}) {
        d->setCalendarPopup(true);
        d->setDisplayFormat(QLocale().dateFormat(QLocale::ShortFormat));
    }
    m_from->setDate(today.addDays(-30));
    m_to->setDate(today);
    m_from->setAccessibleName(tr("From day"));
    m_to->setAccessibleName(tr("To day"));
    m_user->addItem(tr("Everyone"), QString());
    if (auto users = AuditStore(db).users()) {
        for (const QString& u : *users)
            m_user->addItem(u, u);
    }
    m_user->setAccessibleName(tr("Person"));
    m_action->addItem(tr("Every action"), QString());
    for (const char* a : Actions)
        m_action->addItem(actionName(QString::fromLatin1(a)), QString::fromLatin1(a));
    m_action->setAccessibleName(tr("Action"));
    m_call->setPlaceholderText(tr("any record"));
    m_call->setClearButtonEnabled(true);
    m_call->setAccessibleName(tr("Call record id"));
    m_table->setModel(m_model);
    m_table->setAccessibleName(tr("Audit entries"));
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_table->setAlternatingRowColors(true);
    m_status->setAccessibleName(tr("Audit log status"));

    auto* filters = new QFormLayout;
    auto* days = new QHBoxLayout;
    days->addWidget(m_from);
    //: Between the two days of the audit log's filter: "1 Nov – 30 Nov"
    days->addWidget(new QLabel(tr("to"), this));
    days->addWidget(m_to);
    days->addStretch(1);
    auto* daysLabel = new QLabel(tr("&Days:"), this);
    daysLabel->setBuddy(m_from);
    filters->addRow(daysLabel, days);
    filters->addRow(tr("&Person:"), m_user);
    filters->addRow(tr("&Action:"), m_action);
    filters->addRow(tr("&Call record:"), m_call);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto* layout = new QVBoxLayout(this);
    layout->addLayout(filters);
    layout->addWidget(m_table, 1);
    layout->addWidget(m_status);
    layout->addWidget(buttons);

    // Filters apply as they change; the call id once typing pauses.
    auto* typing = new QTimer(this);
    typing->setSingleShot(true);
    typing->setInterval(250);
    connect(typing, &QTimer::timeout, this, &AuditDialog::refresh);
    connect(m_call, &QLineEdit::textChanged, typing, qOverload<>(&QTimer::start));
    connect(m_from, &QDateEdit::dateChanged, this, &AuditDialog::refresh);
    connect(m_to, &QDateEdit::dateChanged, this, &AuditDialog::refresh);
    connect(m_user, &QComboBox::currentIndexChanged, this, &AuditDialog::refresh);
    connect(m_action, &QComboBox::currentIndexChanged, this, &AuditDialog::refresh);
    resize(920, 560);

    // Reading the log is in the log, before what it shows.
    if (auto st = AuditStore(db).record(reader, QStringLiteral("read_audit"), QStringLiteral("audit_log")); !st)
        m_status->setText(st.error());
    refresh();
}

void AuditDialog::refresh()
{
    AuditQuery q;
    q.from = m_from->date();
    q.to = m_to->date();
    q.user = m_user->currentData().toString();
    q.action = m_action->currentData().toString();
    q.entityId = m_call->text().trimmed();
    q.limit = 5000;
    m_model->clear();
    m_model->setHorizontalHeaderLabels({tr("When"), tr("Who"), tr("What"), tr("Record"), tr("Detail")});
    auto found = AuditStore(m_db).find(q);
    if (!found) {
        m_status->setText(found.error());
        return;
    }
    const QLocale locale;
    for (const AuditEntry& e : *found) {
        QList<QStandardItem*> row{new QStandardItem(locale.toString(e.at.toLocalTime(), QLocale::ShortFormat)),
                                  new QStandardItem(e.user),
                                  new QStandardItem(actionName(e.action)),
                                  new QStandardItem(e.entityId),
                                  new QStandardItem(detailText(e.detail))};
        row[2]->setData(e.action, Qt::UserRole);
        m_model->appendRow(row);
    }
    m_table->resizeColumnsToContents();
    m_status->setText(
        found->size() >= q.limit
            ? tr("The newest %1 entries; narrow the filters to see older ones.").arg(locale.toString(q.limit))
            : tr("%n entries", nullptr, static_cast<int>(found->size())));
}

} // namespace open211
