#include "maintenance/ConflictDialog.h"

#include "maintenance/MaintenanceText.h"

#include <QButtonGroup>
#include <QCheckBox>
#include <QDialogButtonBox>
#include <QGridLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QRadioButton>
#include <QScrollArea>
#include <QTableWidget>
#include <QVBoxLayout>

#include <algorithm>

namespace open211 {

namespace {

bool isEmptyValue(const QVariant& v)
{
    return !v.isValid() || v.isNull() || v.toString().trimmed().isEmpty();
}

// A value as a radio button can show it: one line, cut when long (whole in the tooltip).
QString shortValue(const QVariant& v)
{
    if (isEmptyValue(v))
        //: In a conflict: the field has no value on this side
        return ConflictDialog::tr("(empty)");
    const QString s = v.toString().simplified();
    return s.size() > 90 ? s.left(90) + QChar(0x2026) : s;
}

} // namespace

ConflictDialog::ConflictDialog(Database& db, const Editor& editor, const EditConflict& conflict, QWidget* parent)
    : QDialog(parent)
    , m_db(db)
    , m_editor(editor)
    , m_conflict(conflict)
    , m_message(new QLabel(this))
{
    const hsds::TableInfo* ti = hsds::byName(conflict.table);
    const QString kind = MaintenanceText::tableName(conflict.table);
    const QString name = conflict.recordLabel.isEmpty() ? conflict.recordId : conflict.recordLabel;
    //: Title: %1 is the kind of record (Service), %2 its name
    setWindowTitle(tr("Conflict: %1 \u201c%2\u201d").arg(kind, name));
    auto* layout = new QVBoxLayout(this);
    auto* about = new QLabel(this);
    about->setWordWrap(true);
    about->setTextInteractionFlags(Qt::TextSelectableByMouse);
    // Both sides hold the record (choose field by field), or one of them removed it.
    const bool merge = conflict.hub && !conflict.mineRemoved;
    QString text;
    if (merge)
        text = tr("<b>%1 \u201c%2\u201d changed on the hub after you saved it here.</b> Choose, field by field, "
                  "what the record should say; nothing changes until you click one of the buttons below.")
                   .arg(kind.toHtmlEscaped(), name.toHtmlEscaped());
    else if (conflict.mineRemoved && conflict.hub)
        text = tr("<b>You removed %1 \u201c%2\u201d here, and the hub changed it meanwhile.</b> Remove it again, or "
                  "keep the hub's version.")
                   .arg(kind.toHtmlEscaped(), name.toHtmlEscaped());
    else if (conflict.mineRemoved)
        text = tr("<b>%1 \u201c%2\u201d was removed here and on the hub.</b> Nothing is left to choose.")
                   .arg(kind.toHtmlEscaped(), name.toHtmlEscaped());
    else
        text = tr("<b>The hub removed %1 \u201c%2\u201d after you changed it here.</b> Send your version again to "
                  "bring it back, or let it go.")
                   .arg(kind.toHtmlEscaped(), name.toHtmlEscaped());
    QStringList facts;
    if (conflict.savedAt.isValid())
        //: When this workstation saved the change; %1 is a date and time
        facts << tr("Saved here: %1").arg(QLocale().toString(conflict.savedAt.toLocalTime(), QLocale::ShortFormat));
    if (!conflict.error.isEmpty())
        facts << tr("The hub said: %1").arg(conflict.error);
    if (!facts.isEmpty())
        text += QStringLiteral("<br><span style=\"color:#57606a\">%1</span>")
                    .arg(facts.join(QStringLiteral(" \u00b7 ")).toHtmlEscaped());
    about->setText(text);
    layout->addWidget(about);

    if (merge) {
        m_showAll = new QCheckBox(tr("Show &all fields, not only those that differ"), this);
        layout->addWidget(m_showAll);
        auto* scroll = new QScrollArea(this);
        scroll->setWidgetResizable(true);
        scroll->setFocusPolicy(Qt::NoFocus);
        auto* grid = new QWidget(scroll);
        auto* g = new QGridLayout(grid);
        g->setColumnStretch(1, 1);
        g->setColumnStretch(2, 1);
        QFont bold = font();
        bold.setBold(true);
        const QStringList heads{tr("Field"), tr("Mine (this workstation)"), tr("The hub's")};
        for (int c = 0; c < heads.size(); ++c) {
            auto* head = new QLabel(heads[c], grid);
            head->setFont(bold);
            g->addWidget(head, 0, c);
        }
        const QVariantMap& hub = *conflict.hub;
        QStringList fields;
        for (const hsds::Field& f : ti ? ti->fields : QList<hsds::Field>()) {
            if (f.name != QLatin1String("id"))
                fields << f.name;
        }
        for (const QString& f : conflict.differing) {
            if (!fields.contains(f))
                fields << f;
        }
        int line = 1;
        for (const QString& f : std::as_const(fields)) {
            Row row;
            row.field = f;
            row.differs = conflict.differing.contains(f);
            const QString label = MaintenanceText::fieldLabel(f);
            row.label = new QLabel(label, grid);
            row.mine = new QRadioButton(shortValue(conflict.mine.value(f)), grid);
            row.hub = new QRadioButton(shortValue(hub.value(f)), grid);
            row.mine->setToolTip(conflict.mine.value(f).toString());
            row.hub->setToolTip(hub.value(f).toString());
            //: For a screen reader: %1 is a field, %2 the value this workstation saved
            row.mine->setAccessibleName(tr("%1, mine: %2").arg(label, shortValue(conflict.mine.value(f))));
            //: For a screen reader: %1 is a field, %2 the value the hub holds
            row.hub->setAccessibleName(tr("%1, the hub's: %2").arg(label, shortValue(hub.value(f))));
            row.group = new QButtonGroup(this);
            row.group->addButton(row.mine);
            row.group->addButton(row.hub);
            // What this workstation saved is where a row starts; it is only sent when a button says so.
            row.mine->setChecked(true);
            if (row.differs) {
                row.label->setFont(bold);
            } else {
                row.mine->setEnabled(false);
                row.hub->setEnabled(false);
            }
            g->addWidget(row.label, line, 0, Qt::AlignVCenter);
            g->addWidget(row.mine, line, 1, Qt::AlignVCenter);
            g->addWidget(row.hub, line, 2, Qt::AlignVCenter);
            ++line;
            m_rows.append(row);
        }
        g->setRowStretch(line, 1);
        scroll->setWidget(grid);
        layout->addWidget(scroll, 1);
        connect(m_showAll, &QCheckBox::toggled, this, &ConflictDialog::showRows);
        showRows();
    } else if (!conflict.mine.isEmpty() || conflict.hub) {
        // One side only: the version that is left, to read.
        const bool mineLeft = !conflict.mine.isEmpty();
        const QVariantMap& left = mineLeft ? conflict.mine : *conflict.hub;
        auto* mine = new QTableWidget(this);
        mine->setAccessibleName(mineLeft ? tr("Your version of the record") : tr("The hub's version of the record"));
        mine->setColumnCount(2);
        mine->setHorizontalHeaderLabels({tr("Field"), mineLeft ? tr("Mine (this workstation)") : tr("The hub's")});
        mine->verticalHeader()->hide();
        mine->setEditTriggers(QAbstractItemView::NoEditTriggers);
        mine->setTabKeyNavigation(false);
        mine->horizontalHeader()->setSectionResizeMode(0, QHeaderView::ResizeToContents);
        mine->horizontalHeader()->setSectionResizeMode(1, QHeaderView::Stretch);
        for (auto it = left.cbegin(); it != left.cend(); ++it) {
            if (isEmptyValue(it.value()))
                continue;
            const int r = mine->rowCount();
            mine->insertRow(r);
            mine->setItem(r, 0, new QTableWidgetItem(MaintenanceText::fieldLabel(it.key())));
            mine->setItem(r, 1, new QTableWidgetItem(it.value().toString()));
        }
        layout->addWidget(mine, 1);
    }

    m_message->setWordWrap(true);
    m_message->hide();
    layout->addWidget(m_message);

    auto* buttons = new QDialogButtonBox(this);
    if (merge) {
        m_keepMine = buttons->addButton(tr("Keep &mine"), QDialogButtonBox::ActionRole);
        m_keepMine->setToolTip(tr("Send what this workstation saved, every field, on top of the hub's version"));
        m_keepHub = buttons->addButton(tr("Keep the &hub's"), QDialogButtonBox::ActionRole);
        m_keepHub->setToolTip(tr("Take the hub's record as it is; your change is dropped"));
        m_saveMerge = buttons->addButton(tr("&Save merge"), QDialogButtonBox::ActionRole);
        m_saveMerge->setToolTip(tr("Save the value chosen in each row and send it to the hub"));
    } else if (conflict.mineRemoved) {
        if (conflict.hub) {
            m_keepMine = buttons->addButton(tr("&Remove it again"), QDialogButtonBox::ActionRole);
            m_keepMine->setToolTip(tr("The removal goes to the hub again, on its new version"));
            m_keepHub = buttons->addButton(tr("Keep the &hub's"), QDialogButtonBox::ActionRole);
            m_keepHub->setToolTip(tr("The record comes back here as the hub holds it"));
        } else {
            m_keepHub = buttons->addButton(tr("&Let it go"), QDialogButtonBox::ActionRole);
            m_keepHub->setToolTip(tr("Both removed it: the conflict leaves the list"));
        }
    } else {
        m_keepMine = buttons->addButton(tr("Keep &mine (send again)"), QDialogButtonBox::ActionRole);
        m_keepMine->setToolTip(tr("The record comes back on the hub as you saved it"));
        m_keepHub = buttons->addButton(tr("&Let it go"), QDialogButtonBox::ActionRole);
        m_keepHub->setToolTip(tr("The record is removed here too; your change is dropped"));
    }
    //: Closes the conflict dialog without settling it
    QPushButton* later = buttons->addButton(tr("Decide &later"), QDialogButtonBox::RejectRole);
    for (QPushButton* b : buttons->findChildren<QPushButton*>())
        b->setAutoDefault(false);
    later->setDefault(true);
    if (m_keepMine)
        connect(m_keepMine, &QPushButton::clicked, this, &ConflictDialog::keepMine);
    connect(m_keepHub, &QPushButton::clicked, this, &ConflictDialog::keepHub);
    if (m_saveMerge)
        connect(m_saveMerge, &QPushButton::clicked, this, &ConflictDialog::saveMerge);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    layout->addWidget(buttons);
    const bool canEdit = editor.canEdit();
    for (QPushButton* b : {m_keepMine, m_keepHub, m_saveMerge}) {
        if (b)
            b->setEnabled(canEdit);
    }
    if (!canEdit) {
        m_message->setText(tr("Only resource specialists, supervisors and admins settle conflicts."));
        m_message->show();
    }
    resize(980, std::clamp(260 + 30 * int(conflict.differing.size()), 420, 720));
    if (!m_rows.isEmpty()) {
        for (const Row& r : std::as_const(m_rows)) {
            if (r.differs) {
                r.mine->setFocus();
                break;
            }
        }
    }
}

void ConflictDialog::showRows()
{
    const bool all = m_showAll && m_showAll->isChecked();
    for (const Row& r : std::as_const(m_rows)) {
        const bool shown = all || r.differs;
        r.label->setVisible(shown);
        r.mine->setVisible(shown);
        r.hub->setVisible(shown);
    }
}

QStringList ConflictDialog::shownFields() const
{
    QStringList out;
    for (const Row& r : m_rows) {
        if (!r.mine->isHidden())
            out << r.field;
    }
    return out;
}

QRadioButton* ConflictDialog::mineChoice(const QString& field) const
{
    for (const Row& r : m_rows) {
        if (r.field == field)
            return r.mine;
    }
    return nullptr;
}

QRadioButton* ConflictDialog::hubChoice(const QString& field) const
{
    for (const Row& r : m_rows) {
        if (r.field == field)
            return r.hub;
    }
    return nullptr;
}

QVariantMap ConflictDialog::chosen() const
{
    QVariantMap out;
    const QVariantMap hub = m_conflict.hub.value_or(QVariantMap());
    for (const Row& r : m_rows) {
        const QVariant v = r.hub->isChecked() ? hub.value(r.field) : m_conflict.mine.value(r.field);
        if (!isEmptyValue(v))
            out.insert(r.field, v);
    }
    // The id, and anything of mine the schema does not list, go as they were.
    for (auto it = m_conflict.mine.cbegin(); it != m_conflict.mine.cend(); ++it) {
        if (!mineChoice(it.key()) && !isEmptyValue(it.value()))
            out.insert(it.key(), it.value());
    }
    return out;
}

void ConflictDialog::finish(const Status& status)
{
    if (!status) {
        m_message->setText(status.error());
        m_message->show();
        return;
    }
    accept();
}

void ConflictDialog::keepMine()
{
    // Mine is the record as saved here, or (when it was removed here) nothing: removed again.
    if (m_editor.canEdit())
        finish(MaintenanceStore(m_db).resolveConflict(
            m_editor, m_conflict.seq, m_conflict.mineRemoved ? QVariantMap() : m_conflict.mine));
}

void ConflictDialog::keepHub()
{
    if (m_editor.canEdit())
        finish(MaintenanceStore(m_db).keepHubVersion(m_editor, m_conflict.seq));
}

void ConflictDialog::saveMerge()
{
    if (m_editor.canEdit() && m_conflict.hub && !m_conflict.mineRemoved)
        finish(MaintenanceStore(m_db).resolveConflict(m_editor, m_conflict.seq, chosen()));
}

} // namespace open211
