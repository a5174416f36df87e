#include "sync/SyncPanel.h"

#include "SyncEngine.h"
#include "sync/SyncStatusText.h"

#include <QAction>
#include <QDialogButtonBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QSplitter>
#include <QTableWidget>
#include <QTextBrowser>
#include <QVBoxLayout>

namespace open211 {

namespace {

QTableWidget* makeTable(QWidget* parent)
{
    auto* t = new QTableWidget(parent);
    t->setEditTriggers(QAbstractItemView::NoEditTriggers);
    t->setSelectionBehavior(QAbstractItemView::SelectRows);
    t->setSelectionMode(QAbstractItemView::SingleSelection);
    t->setAlternatingRowColors(true);
    t->setWordWrap(false);
    t->verticalHeader()->hide();
    t->setTabKeyNavigation(false); // Tab moves on to the next control, arrows move in the table
    return t;
}

QTableWidgetItem* item(const QString& text, bool number = false)
{
    auto* i = new QTableWidgetItem(text);
    i->setToolTip(text);
    if (number)
        i->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
    return i;
}

QTableWidgetItem* number(qint64 n)
{
    return item(QLocale().toString(n), true);
}

// A record's fields as a two-column table; nested values in compact JSON, long text cut.
QString fieldsHtml(const QJsonObject& o)
{
    QString html = QStringLiteral("<table cellspacing=\"0\" cellpadding=\"2\">");
    for (auto it = o.begin(); it != o.end(); ++it) {
        if (it->isNull() || it->isUndefined() || (it->isString() && it->toString().isEmpty())
            || (it->isArray() && it->toArray().isEmpty()))
            continue; // what was left empty says nothing
        QString value;
        if (it->isString())
            value = it->toString();
        else if (it->isArray())
            value = QJsonDocument(it->toArray()).toJson(QJsonDocument::Compact);
        else if (it->isObject())
            value = QJsonDocument(it->toObject()).toJson(QJsonDocument::Compact);
        else
            value = it->toVariant().toString();
        if (value.size() > 300)
            value = value.left(300) + u'…';
        html += QStringLiteral("<tr><td><b>%1</b></td><td>%2</td></tr>")
                    .arg(it.key().toHtmlEscaped(), value.toHtmlEscaped());
    }
    return html + QStringLiteral("</table>");
}

QString localTime(const QString& iso)
{
    const QDateTime t = QDateTime::fromString(iso, Qt::ISODateWithMs);
    return t.isValid() ? QLocale().toString(t.toLocalTime(), QLocale::ShortFormat) : QString();
}

} // namespace

QString SyncPanel::describe(const OutboxEntry& e)
{
    const QJsonObject o = QJsonDocument::fromJson(e.payload).object();
    QStringList parts;
    if (e.kind == QLatin1String("call")) {
        // When, where and who: what a specialist remembers a call by.
        parts << localTime(o.value(QLatin1String("started_at")).toString());
        const QString place = o.value(QLatin1String("municipality")).toString();
        parts << (place.isEmpty() ? o.value(QLatin1String("postal_code")).toString() : place);
        parts << o.value(QLatin1String("specialist")).toString();
    } else if (e.kind == QLatin1String("follow_up")) {
        parts << tr("due %1").arg(localTime(o.value(QLatin1String("due_at")).toString()));
        parts << o.value(QLatin1String("done_by")).toString();
    } else {
        const QJsonObject record = o.value(QLatin1String("record")).toObject();
        parts << record.value(QLatin1String("name")).toString();
    }
    parts.removeAll(QString());
    return parts.isEmpty() ? e.entityId : parts.join(QStringLiteral(" · "));
}

SyncPanel::SyncPanel(Database& db, SyncEngine& engine, QWidget* parent)
    : QDialog(parent)
    , m_db(db)
    , m_engine(engine)
    , m_status(new QLabel(this))
    , m_error(new QLabel(this))
    , m_waiting(new QLabel(this))
{
    setWindowTitle(tr("Sync with the hub"));
    auto* layout = new QVBoxLayout(this);

    auto* top = new QHBoxLayout;
    auto* labels = new QVBoxLayout;
    m_status->setAccessibleName(tr("Connection"));
    m_error->setAccessibleName(tr("Last sync error"));
    m_error->setWordWrap(true);
    m_error->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_waiting->setAccessibleName(tr("Waiting to upload"));
    labels->addWidget(m_status);
    labels->addWidget(m_error);
    labels->addWidget(m_waiting);
    top->addLayout(labels, 1);
    m_syncNow = new QPushButton(tr("&Sync now"), this);
    m_syncNow->setToolTip(tr("Sync now, trying every waiting upload again (F5)"));
    m_signIn = new QPushButton(tr("Sign &in…"), this);
    m_signIn->setToolTip(tr("Sign in to the hub (Ctrl+Shift+I)"));
    top->addWidget(m_syncNow, 0, Qt::AlignTop);
    top->addWidget(m_signIn, 0, Qt::AlignTop);
    layout->addLayout(top);

    auto* split = new QSplitter(Qt::Vertical, this);
    auto* historyBox = new QWidget(split);
    auto* historyLayout = new QVBoxLayout(historyBox);
    historyLayout->setContentsMargins(0, 0, 0, 0);
    auto* historyLabel = new QLabel(tr("Sync &history:"), historyBox);
    m_history = makeTable(historyBox);
    m_history->setAccessibleName(tr("Sync history"));
    historyLabel->setBuddy(m_history);
    m_history->setColumnCount(8);
    m_history->setHorizontalHeaderLabels({tr("When"),
                                          tr("Outcome"),
                                          tr("Pulled"),
                                          tr("Deleted"),
                                          tr("Pushed"),
                                          tr("Conflicts"),
                                          tr("Data"),
                                          tr("Error")});
    m_history->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_history->horizontalHeader()->setSectionResizeMode(Error, QHeaderView::Stretch);
    historyLayout->addWidget(historyLabel);
    historyLayout->addWidget(m_history);

    auto* attentionBox = new QWidget(split);
    auto* attentionLayout = new QVBoxLayout(attentionBox);
    attentionLayout->setContentsMargins(0, 0, 0, 0);
    auto* attentionLabel = new QLabel(tr("Uploads that need a &person (conflicts and refusals):"), attentionBox);
    auto* attentionSplit = new QSplitter(Qt::Horizontal, attentionBox);
    m_attention = makeTable(attentionSplit);
    m_attention->setAccessibleName(tr("Uploads that need a person"));
    attentionLabel->setBuddy(m_attention);
    m_attention->setColumnCount(5);
    m_attention->setHorizontalHeaderLabels({tr("Kind"), tr("Record"), tr("State"), tr("Attempts"), tr("Last error")});
    m_attention->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_attention->horizontalHeader()->setSectionResizeMode(LastError, QHeaderView::Stretch);
    m_detail = new QTextBrowser(attentionSplit);
    m_detail->setAccessibleName(tr("The selected upload"));
    attentionSplit->addWidget(m_attention);
    attentionSplit->addWidget(m_detail);
    attentionSplit->setSizes({560, 440});
    attentionLayout->addWidget(attentionLabel);
    attentionLayout->addWidget(attentionSplit, 1);

    split->addWidget(historyBox);
    split->addWidget(attentionBox);
    split->setSizes({340, 300});
    split->setChildrenCollapsible(false);
    layout->addWidget(split, 1);

    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    layout->addWidget(buttons);

    // The window's keys work here too: the panel is modal.
    auto* syncNowKey = new QAction(this);
    syncNowKey->setShortcut(QKeySequence(Qt::Key_F5));
    addAction(syncNowKey);
    auto* signInKey = new QAction(this);
    signInKey->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_I));
    addAction(signInKey);

    connect(m_syncNow, &QPushButton::clicked, &m_engine, &SyncEngine::syncNow);
    connect(syncNowKey, &QAction::triggered, m_syncNow, &QPushButton::click);
    connect(m_signIn, &QPushButton::clicked, this, &SyncPanel::signInRequested);
    connect(signInKey, &QAction::triggered, this, &SyncPanel::signInRequested);
    connect(&m_engine, &SyncEngine::statusChanged, this, &SyncPanel::showStatus);
    connect(&m_engine, &SyncEngine::runFinished, this, &SyncPanel::refresh);
    connect(m_attention, &QTableWidget::currentCellChanged, this, &SyncPanel::showEntry);

    resize(1040, 720);
    refresh();
    m_history->setFocus();
}

QString SyncPanel::kindLabel(const QString& kind)
{
    if (kind == QLatin1String("call"))
        return tr("Call");
    if (kind == QLatin1String("follow_up"))
        return tr("Follow-up");
    if (kind == QLatin1String("edit"))
        return tr("Resource edit");
    return kind;
}

void SyncPanel::showStatus(const SyncStatus& s)
{
    QString text = SyncStatusText::link(s);
    if (s.link != SyncStatus::Link::NotSetUp)
        text += QStringLiteral(" · ") + SyncStatusText::lastSync(s.lastSuccess);
    m_status->setText(QStringLiteral("<b>%1</b>").arg(text.toHtmlEscaped()));
    m_status->setToolTip(SyncStatusText::details(s));
    m_error->setText(s.lastError.isEmpty() ? QString() : tr("Last error: %1").arg(s.lastError));
    m_error->setVisible(!s.lastError.isEmpty());
    const bool setUp = s.link != SyncStatus::Link::NotSetUp && s.link != SyncStatus::Link::SignInNeeded;
    m_syncNow->setEnabled(setUp && !s.running);
    m_signIn->setEnabled(s.link != SyncStatus::Link::NotSetUp);
}

void SyncPanel::refresh()
{
    showStatus(m_engine.status());
    SyncStore store(m_db);
    const QLocale l;

    // What waits, and when the next try is.
    const auto count = store.waitingCount();
    QString waiting = SyncStatusText::waiting(count ? *count : 0);
    if (auto due = store.nextDue(); due && due->isValid()) {
        const QDateTime local = due->toLocalTime();
        waiting += QStringLiteral(" · ")
            + (*due <= QDateTime::currentDateTimeUtc()
                   ? tr("due at the next sync")
                   : tr("next try at %1")
                         .arg(local.date() == QDate::currentDate() ? l.toString(local.time(), QLocale::ShortFormat)
                                                                   : l.toString(local, QLocale::ShortFormat)));
    }
    m_waiting->setText(waiting);

    auto runs = store.history(200);
    m_history->setRowCount(0);
    if (!runs) {
        m_waiting->setText(runs.error());
    } else {
        m_history->setRowCount(int(runs->size()));
        for (int row = 0; row < runs->size(); ++row) {
            const SyncRun& r = runs->at(row);
            const QString outcome = r.outcome == QLatin1String("ok") ? tr("Succeeded")
                : r.outcome == QLatin1String("failed")               ? tr("Failed")
                                                                     : tr("Running");
            m_history->setItem(row, When, item(l.toString(r.startedAt.toLocalTime(), QLocale::ShortFormat)));
            m_history->setItem(row, Outcome, item(outcome));
            m_history->setItem(row, Pulled, number(r.pulled));
            m_history->setItem(row, Deleted, number(r.deleted));
            m_history->setItem(row, Pushed, number(r.pushed));
            m_history->setItem(row, Conflicts, number(r.conflicts));
            m_history->setItem(row, Data, item(l.formattedDataSize(r.bytes), true));
            m_history->setItem(row, Error, item(r.error));
            if (r.outcome == QLatin1String("failed"))
                m_history->item(row, Outcome)->setForeground(QColor(0xa0, 0x1c, 0x1c));
        }
    }

    // Conflicts and refusals, newest first.
    const QString selectedKey = m_entries.value(m_attention->currentRow()).idempotencyKey;
    m_entries.clear();
    QString error;
    for (const QString& state : {QStringLiteral("conflict"), QStringLiteral("failed")}) {
        if (auto e = store.entries(state, 500))
            m_entries += *e;
        else
            error = e.error();
    }
    std::sort(
        m_entries.begin(), m_entries.end(), [](const OutboxEntry& a, const OutboxEntry& b) { return a.seq > b.seq; });
    const QSignalBlocker block(m_attention);
    m_attention->setRowCount(int(m_entries.size()));
    int selectRow = m_entries.isEmpty() ? -1 : 0;
    for (int row = 0; row < m_entries.size(); ++row) {
        const OutboxEntry& e = m_entries[row];
        m_attention->setItem(row, Kind, item(kindLabel(e.kind)));
        m_attention->setItem(row, Entity, item(describe(e)));
        m_attention->item(row, Entity)->setToolTip(e.entityId);
        m_attention->setItem(row, State, item(e.state == QLatin1String("conflict") ? tr("Conflict") : tr("Refused")));
        m_attention->setItem(row, Attempts, number(e.attempts));
        m_attention->setItem(row, LastError, item(e.lastError));
        if (e.idempotencyKey == selectedKey)
            selectRow = row;
    }
    if (selectRow >= 0)
        m_attention->setCurrentCell(selectRow, 0);
    showEntry();
    if (!error.isEmpty())
        m_detail->setPlainText(error);
}

void SyncPanel::showEntry()
{
    const int row = m_attention->currentRow();
    if (row < 0 || row >= m_entries.size()) {
        m_detail->setPlainText(m_entries.isEmpty() ? tr("Nothing needs a person: every upload the hub answered was "
                                                        "accepted.")
                                                   : QString());
        return;
    }
    const OutboxEntry& e = m_entries[row];
    const QLocale l;
    const bool conflict = e.state == QLatin1String("conflict");
    QString html = QStringLiteral("<h3>%1</h3>")
                       .arg((conflict ? tr("%1 %2: conflict with the hub") : tr("%1 %2: refused by the hub"))
                                .arg(kindLabel(e.kind), describe(e))
                                .toHtmlEscaped());
    QStringList facts{tr("Queued %1").arg(l.toString(e.createdAt.toLocalTime(), QLocale::ShortFormat)),
                      tr("Attempts: %1").arg(e.attempts),
                      tr("Record %1").arg(e.entityId)};
    html += QStringLiteral("<p>%1</p>").arg(facts.join(QStringLiteral(" · ")).toHtmlEscaped());
    if (!e.lastError.isEmpty())
        html += QStringLiteral("<p><b>%1</b> %2</p>")
                    .arg(tr("The hub said:").toHtmlEscaped(), e.lastError.toHtmlEscaped());
    if (conflict) {
        const QJsonObject current = QJsonDocument::fromJson(e.response).object();
        html += QStringLiteral("<h4>%1</h4>").arg(tr("The hub's current record").toHtmlEscaped());
        html += current.isEmpty() ? QStringLiteral("<p>%1</p>").arg(tr("The hub did not send it.").toHtmlEscaped())
                                  : fieldsHtml(current);
    }
    const QJsonObject sent = QJsonDocument::fromJson(e.payload).object();
    if (!sent.isEmpty()) {
        html += QStringLiteral("<h4>%1</h4>").arg(tr("What this workstation sent").toHtmlEscaped());
        html += fieldsHtml(sent);
    }
    m_detail->setHtml(html);
}

} // namespace open211
