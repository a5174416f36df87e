#include "call/CallHistoryDialog.h"

#include "calls/CallListModel.h"
#include "calls/CallVocabulary.h"
#include "security/CallerKeys.h"
#include "store/AuditStore.h"
#include "store/CallStore.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDateEdit>
#include <QDialogButtonBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QPushButton>
#include <QSplitter>
#include <QTableView>
#include <QTextBrowser>
#include <QVBoxLayout>

namespace open211 {

CallHistoryDialog::CallHistoryDialog(Database& db, const QString& specialist, QWidget* parent)
    : QDialog(parent)
    , m_db(db)
    , m_specialistName(specialist)
    , m_model(new CallListModel(this))
{
    setWindowTitle(tr("Call history"));
    auto* layout = new QVBoxLayout(this);
    auto* filters = new QHBoxLayout;
    m_from = new QDateEdit(QDate::currentDate().addDays(-30), this);
    m_to = new QDateEdit(QDate::currentDate(), this);
    for (QDateEdit* d : {m_from, m_to})
        d->setCalendarPopup(true);
    m_specialist = new QComboBox(this);
    m_specialist->addItem(tr("all specialists"), QString());
    if (auto names = CallStore(db).specialists(); names) {
        for (const QString& n : *names)
            m_specialist->addItem(n, n);
    }
    m_need = new QLineEdit(this);
    m_need->setPlaceholderText(tr("need or code"));
    m_need->setClearButtonEnabled(true);
    m_dueOnly = new QCheckBox(tr("&Follow-up due"), this);
    auto* fromLabel = new QLabel(tr("&From:"), this);
    fromLabel->setBuddy(m_from);
    auto* toLabel = new QLabel(tr("&To:"), this);
    toLabel->setBuddy(m_to);
    filters->addWidget(fromLabel);
    filters->addWidget(m_from);
    filters->addWidget(toLabel);
    filters->addWidget(m_to);
    filters->addWidget(m_specialist);
    filters->addWidget(m_need, 1);
    filters->addWidget(m_dueOnly);
    layout->addLayout(filters);
    m_from->setAccessibleName(tr("From date"));
    m_to->setAccessibleName(tr("To date"));
    m_specialist->setAccessibleName(tr("Specialist"));
    m_need->setAccessibleName(tr("Need"));

    auto* split = new QSplitter(Qt::Vertical, this);
    m_table = new QTableView(split);
    m_table->setModel(m_model);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->verticalHeader()->hide();
    m_table->setAlternatingRowColors(true);
    m_table->horizontalHeader()->setSectionResizeMode(CallListModel::Needs, QHeaderView::Stretch);
    m_table->horizontalHeader()->setSectionResizeMode(CallListModel::Started, QHeaderView::ResizeToContents);
    m_table->horizontalHeader()->setSectionResizeMode(CallListModel::FollowUp, QHeaderView::ResizeToContents);
    m_table->setWordWrap(false);
    m_table->setAccessibleName(tr("Calls"));
    m_detail = new QTextBrowser(split);
    m_detail->setAccessibleName(tr("The selected call"));
    split->addWidget(m_table);
    split->addWidget(m_detail);
    layout->addWidget(split, 1);

    auto* followRow = new QHBoxLayout;
    m_outcome = new QLineEdit(this);
    m_outcome->setPlaceholderText(tr("What came of the follow-up"));
    m_outcome->setAccessibleName(tr("Follow-up outcome"));
    m_record = new QPushButton(tr("&Record follow-up done"), this);
    followRow->addWidget(m_outcome, 1);
    followRow->addWidget(m_record);
    layout->addLayout(followRow);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    layout->addWidget(buttons);

    connect(m_from, &QDateEdit::dateChanged, this, &CallHistoryDialog::refresh);
    connect(m_to, &QDateEdit::dateChanged, this, &CallHistoryDialog::refresh);
    connect(m_specialist, &QComboBox::currentIndexChanged, this, &CallHistoryDialog::refresh);
    connect(m_need, &QLineEdit::textChanged, this, &CallHistoryDialog::refresh);
    connect(m_dueOnly, &QCheckBox::toggled, this, &CallHistoryDialog::refresh);
    connect(m_record, &QPushButton::clicked, this, &CallHistoryDialog::recordFollowUp);
    connect(m_outcome, &QLineEdit::returnPressed, this, &CallHistoryDialog::recordFollowUp);
    connect(m_table->selectionModel(), &QItemSelectionModel::currentRowChanged, this, &CallHistoryDialog::showSelected);
    resize(1000, 680);
    refresh();
    m_table->setFocus();
}

void CallHistoryDialog::setFollowUpDueOnly(bool on)
{
    m_dueOnly->setChecked(on);
}

void CallHistoryDialog::refresh()
{
    CallQuery q;
    // Follow-ups due are found whenever the call was.
    if (!m_dueOnly->isChecked()) {
        q.from = m_from->date();
        q.to = m_to->date();
    }
    q.specialist = m_specialist->currentData().toString();
    q.need = m_need->text();
    q.followUpDue = m_dueOnly->isChecked();
    auto calls = CallStore(m_db).find(q);
    m_model->setCalls(calls ? *calls : QList<CallSummary>());
    if (!calls)
        m_detail->setPlainText(calls.error());
    m_from->setEnabled(!m_dueOnly->isChecked());
    m_to->setEnabled(!m_dueOnly->isChecked());
    if (m_model->rowCount() > 0)
        m_table->setCurrentIndex(m_model->index(0, 0));
    else
        showSelected();
}

void CallHistoryDialog::showSelected()
{
    const CallSummary* s = m_model->callAt(m_table->currentIndex().row());
    m_record->setEnabled(false);
    m_outcome->setEnabled(false);
    if (!s) {
        m_detail->setPlainText(tr("No calls match."));
        return;
    }
    auto call = CallStore(m_db).load(s->id);
    if (!call) {
        m_detail->setPlainText(call.error());
        return;
    }
    // Who opened which call record: in the audit log, once each time a record comes up.
    if (call->id != m_lastOpened) {
        m_lastOpened = call->id;
        if (auto st = AuditStore(m_db).record(m_specialistName,
                                              QStringLiteral("open_call"),
                                              QStringLiteral("call"),
                                              call->id,
                                              QStringLiteral("history"));
            !st) {
            m_detail->setPlainText(st.error());
            return;
        }
    }
    const bool locked = call->detailsLocked;
    const QString sealed = tr("Sealed: the caller's details open only for whoever took this call (or after they "
                              "sign in on this workstation).");
    const QLocale l;
    const auto esc = [](const QString& t) {
        return t.toHtmlEscaped();
    };
    const QDateTime started = call->startedAt.toLocalTime();
    QStringList facts{tr("Specialist: %1").arg(call->specialist)};
    if (!locked) {
        if (!call->callerName.isEmpty())
            facts << tr("Caller: %1").arg(call->callerName);
        if (!call->callerPhone.isEmpty())
            facts << tr("Phone: %1").arg(call->callerPhone);
    }
    if (const QString place = call->postalCode.isEmpty() ? call->municipality : call->postalCode; !place.isEmpty())
        facts << tr("Place: %1").arg(place);
    if (!call->language.isEmpty())
        facts << tr("Language: %1").arg(CallVocabulary::label(CallVocabulary::languages(), call->language));
    if (!call->contactType.isEmpty())
        facts << tr("Type: %1").arg(CallVocabulary::label(CallVocabulary::contactTypes(), call->contactType));
    if (call->endedAt.isValid())
        facts << tr("Length: %1 min").arg(std::max<qint64>(1, call->startedAt.secsTo(call->endedAt) / 60));
    QString html = QStringLiteral("<h3>%1</h3><p>%2</p>")
                       .arg(esc(tr("Call of %1 at %2")
                                    .arg(l.toString(started.date(), QLocale::LongFormat),
                                         l.toString(started.time(), QLocale::ShortFormat))),
                            esc(facts.join(QStringLiteral(" · "))));
    html += QStringLiteral("<h4>%1</h4><ul>").arg(esc(tr("Needs")));
    for (const CallerNeed& n : call->needs) {
        const QString state = n.met == true ? tr("met")
            : n.met == false ? tr("unmet: %1").arg(CallVocabulary::label(CallVocabulary::unmetReasons(), n.unmetReason))
                             : tr("not marked");
        html += QStringLiteral("<li>%1 %2 — %3</li>").arg(esc(n.termName), esc(n.termCode), esc(state));
    }
    html += QStringLiteral("</ul><h4>%1</h4><ul>").arg(esc(tr("Referrals")));
    for (const Referral& r : call->referrals)
        html += QStringLiteral("<li>%1 — %2</li>").arg(esc(r.serviceName), esc(r.organizationName));
    html += QStringLiteral("</ul>");
    if (locked)
        html += QStringLiteral("<p><i>%1</i></p>").arg(esc(sealed));
    else if (!call->notes.isEmpty())
        html += QStringLiteral("<h4>%1</h4><p>%2</p>")
                    .arg(esc(tr("Notes")), esc(call->notes).replace(u'\n', QStringLiteral("<br>")));
    if (call->followUp) {
        const FollowUp& f = *call->followUp;
        html += QStringLiteral("<h4>%1</h4><p>%2</p>")
                    .arg(esc(tr("Follow-up")),
                         esc(f.state == QLatin1String("done")
                                 ? tr("Done %1 by %2: %3")
                                       .arg(l.toString(f.doneAt.toLocalTime(), QLocale::ShortFormat),
                                            f.doneBy,
                                            CallerKeys::isSealed(f.outcome) ? sealed : f.outcome)
                                 : tr("Due %1").arg(l.toString(f.dueAt.toLocalTime().date(), QLocale::LongFormat))));
        const bool due = f.state == QLatin1String("due");
        m_record->setEnabled(due);
        m_outcome->setEnabled(due);
    }
    m_detail->setHtml(html);
}

void CallHistoryDialog::recordFollowUp()
{
    const CallSummary* s = m_model->callAt(m_table->currentIndex().row());
    const QString outcome = m_outcome->text().trimmed();
    if (!s || outcome.isEmpty()) {
        m_outcome->setFocus();
        return;
    }
    const QString id = s->id;
    if (auto st = CallStore(m_db).completeFollowUp(id, outcome, m_specialistName); !st) {
        m_detail->setPlainText(st.error());
        return;
    }
    m_outcome->clear();
    refresh();
    for (int row = 0; row < m_model->rowCount(); ++row) {
        if (m_model->callAt(row)->id == id)
            m_table->setCurrentIndex(m_model->index(row, 0));
    }
}

} // namespace open211
