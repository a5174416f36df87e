#include "maintenance/RecordForm.h"

#include "maintenance/MaintenanceText.h"
#include "maintenance/RecordValidator.h"

#include <QComboBox>
#include <QCompleter>
#include <QEvent>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QScrollArea>
#include <QSet>
#include <QTimer>
#include <QVBoxLayout>

namespace open211 {

using namespace hsds;

namespace {

const QColor ProblemColour(0xa0, 0x1c, 0x1c);

// The columns that tie a record of `table` to an owner (a phone's service_id, location_id...).
QSet<QString> ownerColumns(Table table)
{
    QSet<QString> out;
    for (Table parent : allTables()) {
        for (const Nesting& n : nestings(parent)) {
            if (n.child == table)
                out.insert(n.parentColumn);
        }
    }
    if (table == Table::Attribute)
        out << QStringLiteral("link_id") << QStringLiteral("link_entity") << QStringLiteral("link_type");
    return out;
}

// What a field looks like when filled in, for the fields whose shape is not obvious.
QString example(const QString& field)
{
    if (field == QLatin1String("opens_at"))
        return QStringLiteral("09:00");
    if (field == QLatin1String("closes_at"))
        return QStringLiteral("17:00");
    if (field == QLatin1String("byday"))
        return QStringLiteral("MO,TU,WE,TH,FR");
    if (field.startsWith(QLatin1String("valid_")) || field == QLatin1String("dtstart")
        || field == QLatin1String("until"))
        return QStringLiteral("2026-11-25");
    if (field == QLatin1String("number"))
        return QStringLiteral("416-555-0100");
    if (field == QLatin1String("postal_code"))
        return QStringLiteral("K1P 5K8");
    if (field == QLatin1String("email") || field == QLatin1String("assurer_email"))
        return QStringLiteral("intake@example.org");
    if (field == QLatin1String("url") || field == QLatin1String("website"))
        return QStringLiteral("https://example.org");
    if (field == QLatin1String("code"))
        return QStringLiteral("fr");
    return {};
}

bool isEmptyValue(const QVariant& v)
{
    return !v.isValid() || v.isNull() || v.toString().trimmed().isEmpty();
}

// A referenced record's name as the choices list shows it (a term with its code first, a
// location without a name by its address); the id when it is not here.
QString referenceName(const MaintenanceStore& store, Table table, const QString& id)
{
    const auto r = store.record(table, id);
    if (!r)
        return id;
    if (table == Table::TaxonomyTerm) {
        const QString code = r->fields.value(QStringLiteral("code")).toString();
        return QStringList{code, r->fields.value(QStringLiteral("name")).toString()}.join(u' ').trimmed();
    }
    if (table == Table::Location && r->fields.value(QStringLiteral("name")).toString().isEmpty()) {
        if (const auto a = store.children(Table::Address, QStringLiteral("location_id"), id); a && !a->isEmpty())
            return a->first().label();
    }
    const QString label = r->label();
    return label.isEmpty() ? id : label;
}

} // namespace

bool RecordForm::isLongText(const QString& field)
{
    static const QStringList longFields{QStringLiteral("eligibility_description"),
                                        QStringLiteral("application_process"),
                                        QStringLiteral("fees_description"),
                                        QStringLiteral("notes"),
                                        QStringLiteral("note"),
                                        QStringLiteral("transportation"),
                                        QStringLiteral("details"),
                                        QStringLiteral("alert")};
    return field.startsWith(QLatin1String("description")) || longFields.contains(field);
}

std::optional<Table> RecordForm::pickedReference(const QString& field)
{
    if (field == QLatin1String("organization_id") || field == QLatin1String("parent_organization_id"))
        return Table::Organization;
    if (field == QLatin1String("location_id"))
        return Table::Location;
    if (field == QLatin1String("service_id"))
        return Table::Service;
    if (field == QLatin1String("taxonomy_term_id"))
        return Table::TaxonomyTerm;
    return std::nullopt;
}

RecordForm::RecordForm(Database& db, Table table, QWidget* parent)
    : QWidget(parent)
    , m_db(db)
    , m_table(table)
{
    build();
    retranslate();
    setNew();
}

void RecordForm::build()
{
    auto* outer = new QVBoxLayout(this);
    outer->setContentsMargins(0, 0, 0, 0);
    m_idLabel = new QLabel(this);
    m_idLabel->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_idLabel->setForegroundRole(QPalette::PlaceholderText);
    m_legend = new QLabel(this);
    m_legend->setForegroundRole(QPalette::PlaceholderText);
    m_message = new QLabel(this);
    m_message->setWordWrap(true);
    m_message->setTextInteractionFlags(Qt::TextSelectableByMouse);
    QPalette problemPalette = m_message->palette();
    problemPalette.setColor(QPalette::WindowText, ProblemColour);
    m_message->setPalette(problemPalette);
    m_message->hide();
    auto* top = new QHBoxLayout;
    top->addWidget(m_idLabel, 1);
    top->addWidget(m_legend);
    outer->addLayout(top);
    outer->addWidget(m_message);

    m_layout = new QFormLayout;
    m_layout->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    m_layout->setRowWrapPolicy(QFormLayout::DontWrapRows);
    m_layout->setLabelAlignment(Qt::AlignLeft | Qt::AlignTop);
    outer->addLayout(m_layout);
    outer->addStretch(1);

    const TableInfo& ti = info(m_table);
    for (const Field& f : ti.fields) {
        if (f.name == QLatin1String("id"))
            continue; // shown read-only above the fields
        Row row;
        row.field = f;
        QWidget* editor = nullptr;
        if (!f.allowed.isEmpty()) {
            auto* combo = new QComboBox(this);
            if (!f.required)
                combo->addItem(QString(), QString());
            for (const QString& v : f.allowed)
                combo->addItem(v, v);
            connect(combo, &QComboBox::currentIndexChanged, this, [this] {
                if (!m_loading)
                    emit modified();
            });
            editor = combo;
        } else if (const auto ref = pickedReference(f.name)) {
            auto* combo = new QComboBox(this);
            combo->setEditable(true);
            combo->setInsertPolicy(QComboBox::NoInsert);
            combo->setMaxVisibleItems(15);
            auto* completer = new QCompleter(combo->model(), combo);
            completer->setCaseSensitivity(Qt::CaseInsensitive);
            completer->setFilterMode(Qt::MatchContains);
            completer->setCompletionMode(QCompleter::PopupCompletion);
            combo->setCompleter(completer);
            // The list follows what is typed: names that contain it, from the whole table.
            auto* timer = new QTimer(combo);
            timer->setSingleShot(true);
            timer->setInterval(180);
            m_refTimers.insert(f.name, timer);
            const QString name = f.name;
            connect(timer, &QTimer::timeout, this, [this, name, combo] {
                refillChoices(name, combo->currentText().trimmed());
                if (combo->hasFocus() && !combo->currentText().trimmed().isEmpty()) {
                    combo->completer()->setCompletionPrefix(combo->currentText());
                    combo->completer()->complete();
                }
            });
            connect(combo->lineEdit(), &QLineEdit::textEdited, this, [this, timer] {
                timer->start();
                if (!m_loading)
                    emit modified();
            });
            connect(combo, &QComboBox::currentIndexChanged, this, [this] {
                if (!m_loading)
                    emit modified();
            });
            editor = combo;
        } else if (isLongText(f.name)) {
            auto* edit = new QPlainTextEdit(this);
            edit->setTabChangesFocus(true);
            edit->setFixedHeight(edit->fontMetrics().lineSpacing() * (f.name == QLatin1String("description") ? 5 : 3)
                                 + 12);
            connect(edit, &QPlainTextEdit::textChanged, this, [this] {
                if (!m_loading)
                    emit modified();
            });
            editor = edit;
        } else {
            auto* edit = new QLineEdit(this);
            edit->setPlaceholderText(example(f.name));
            connect(edit, &QLineEdit::textEdited, this, [this] {
                if (!m_loading)
                    emit modified();
            });
            editor = edit;
        }
        editor->setObjectName(f.name);
        row.editor = editor;
        row.box = new QWidget(this);
        auto* boxLayout = new QVBoxLayout(row.box);
        boxLayout->setContentsMargins(0, 0, 0, 0);
        boxLayout->setSpacing(2);
        boxLayout->addWidget(editor);
        row.problem = new QLabel(row.box);
        row.problem->setObjectName(f.name + QStringLiteral("_problem"));
        row.problem->setWordWrap(true);
        row.problem->setPalette(problemPalette);
        row.problem->hide();
        boxLayout->addWidget(row.problem);
        row.label = new QLabel(this);
        row.label->setBuddy(editor);
        m_layout->addRow(row.label, row.box);
        m_rows.append(row);
    }
    // References start with the first names of their table; typing narrows them.
    for (const Row& row : std::as_const(m_rows)) {
        if (pickedReference(row.field.name))
            refillChoices(row.field.name, QString());
    }
    updateVisibility();
}

void RecordForm::retranslate()
{
    for (Row& row : m_rows) {
        const QString label = MaintenanceText::fieldLabel(row.field.name);
        //: A form's label for a field that must be filled in; %1 is the field's name
        row.label->setText(row.field.required ? tr("%1 *").arg(label) : label);
        row.editor->setAccessibleName(label);
        if (row.problem->isHidden())
            //: Said by a screen reader about a field that must be filled in
            row.editor->setAccessibleDescription(row.field.required ? tr("Required") : QString());
        if (!row.field.allowed.isEmpty()) {
            auto* combo = static_cast<QComboBox*>(row.editor);
            for (int i = 0; i < combo->count(); ++i) {
                const QString v = combo->itemData(i).toString();
                combo->setItemText(i, v.isEmpty() ? QString() : MaintenanceText::valueLabel(row.field.name, v));
            }
        }
        if (pickedReference(row.field.name))
            //: In a field that picks a record: what to do
            static_cast<QComboBox*>(row.editor)->lineEdit()->setPlaceholderText(tr("Type part of a name"));
    }
    m_legend->setText(tr("* required"));
    m_idLabel->setText(m_id.isEmpty() ? tr("New record: it gets its id when it is saved.")
                                      //: %1 is a record's id
                                      : tr("Record id: %1").arg(m_id));
}

void RecordForm::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWidget::changeEvent(event);
}

void RecordForm::updateVisibility()
{
    const QSet<QString> owners = m_parentColumn.isEmpty() ? QSet<QString>() : ownerColumns(m_table);
    for (Row& row : m_rows) {
        const QString& name = row.field.name;
        bool hidden = m_fixed.contains(name) || owners.contains(name) || name == m_parentColumn;
        // A service's verification is stamped by "Mark verified", not typed.
        if (m_table == Table::Service
            && (name == QLatin1String("assured_date") || name == QLatin1String("assurer_email")))
            hidden = true;
        row.hidden = hidden;
        m_layout->setRowVisible(row.box, !hidden);
    }
}

void RecordForm::setParentColumn(const QString& column, const QString& parentId)
{
    m_parentColumn = column;
    m_base.insert(column, parentId);
    updateVisibility();
}

void RecordForm::setFixed(const QString& field, const QVariant& value)
{
    if (!m_fixed.contains(field))
        m_fixed << field;
    m_base.insert(field, value);
    updateVisibility();
}

void RecordForm::setOrganizationScope(const QString& organizationId)
{
    m_organizationScope = organizationId;
    if (editorFor(QStringLiteral("location_id")))
        refillChoices(QStringLiteral("location_id"), QString());
}

void RecordForm::setReadOnly(bool readOnly)
{
    m_readOnly = readOnly;
    for (const Row& row : std::as_const(m_rows)) {
        if (auto* line = qobject_cast<QLineEdit*>(row.editor))
            line->setReadOnly(readOnly);
        else if (auto* text = qobject_cast<QPlainTextEdit*>(row.editor))
            text->setReadOnly(readOnly);
        else
            row.editor->setEnabled(!readOnly);
    }
}

void RecordForm::setRecord(const ResourceRecord& record)
{
    const QVariantMap kept = m_base;
    m_id = record.id;
    m_base = record.fields;
    m_base.remove(QStringLiteral("id"));
    // What the screen fixed stays when the record does not say otherwise.
    for (const QString& f : m_fixed + QStringList{m_parentColumn}) {
        if (!f.isEmpty() && isEmptyValue(m_base.value(f)) && kept.contains(f))
            m_base.insert(f, kept.value(f));
    }
    showValues();
    clearProblems();
    retranslate();
}

void RecordForm::setNew(const QVariantMap& fields)
{
    const QVariantMap kept = m_base;
    m_id.clear();
    m_base = fields;
    for (const QString& f : m_fixed + QStringList{m_parentColumn}) {
        if (!f.isEmpty() && !m_base.contains(f) && kept.contains(f))
            m_base.insert(f, kept.value(f));
    }
    // An enumeration that must have a value starts with the first (a service is active).
    for (const Field& f : info(m_table).fields) {
        if (!f.allowed.isEmpty() && f.required && isEmptyValue(m_base.value(f.name)))
            m_base.insert(f.name, f.allowed.first());
    }
    showValues();
    clearProblems();
    retranslate();
}

void RecordForm::showValues()
{
    m_loading = true;
    for (const Row& row : std::as_const(m_rows))
        setValue(row.field.name, m_base.value(row.field.name));
    m_loading = false;
    snapshot();
}

void RecordForm::setValue(const QString& field, const QVariant& value)
{
    const bool wasLoading = m_loading;
    m_loading = true;
    const QString text = isEmptyValue(value) ? QString() : value.toString();
    QWidget* editor = editorFor(field);
    if (auto* line = qobject_cast<QLineEdit*>(editor)) {
        line->setText(text);
    } else if (auto* box = qobject_cast<QPlainTextEdit*>(editor)) {
        box->setPlainText(text);
    } else if (auto* combo = qobject_cast<QComboBox*>(editor)) {
        if (const auto ref = pickedReference(field)) {
            QString shown;
            if (!text.isEmpty()) {
                shown = referenceName(MaintenanceStore(m_db), *ref, text);
                int i = combo->findData(text);
                if (i < 0) {
                    combo->insertItem(0, shown, text);
                    i = 0;
                }
                combo->setCurrentIndex(i);
            } else {
                combo->setCurrentIndex(-1);
            }
            combo->setEditText(shown);
            m_refShownText.insert(field, shown);
        } else {
            int i = combo->findData(text);
            if (i < 0 && !text.isEmpty()) {
                combo->addItem(text, text); // a value the schema does not list: shown as it is
                i = combo->count() - 1;
            }
            combo->setCurrentIndex(std::max(0, i));
        }
    }
    m_loading = wasLoading;
}

void RecordForm::refillChoices(const QString& field, const QString& filter)
{
    auto* combo = qobject_cast<QComboBox*>(editorFor(field));
    const auto ref = pickedReference(field);
    if (!combo || !ref)
        return;
    const QString scope = field == QLatin1String("location_id") ? m_organizationScope : QString();
    const MaintenanceStore store(m_db);
    auto list = store.choices(*ref, filter, 100, scope);
    // The organization's own locations first; another's when none of its own match.
    if (list && list->isEmpty() && !scope.isEmpty() && !filter.isEmpty())
        list = store.choices(*ref, filter, 100);
    if (!list)
        return;
    const bool wasLoading = m_loading;
    m_loading = true;
    const QString text = combo->currentText();
    const int cursor = combo->lineEdit()->cursorPosition();
    const QVariant current = combo->currentData();
    const QSignalBlocker block(combo);
    combo->clear();
    for (const auto& [id, name] : *list)
        combo->addItem(name.isEmpty() ? id : name, id);
    // The stored choice stays in the list, so it is found again by its name.
    if (current.isValid() && combo->findData(current) < 0 && !text.isEmpty())
        combo->insertItem(0, text, current);
    combo->setCurrentIndex(current.isValid() ? combo->findData(current) : -1);
    combo->setEditText(text);
    combo->lineEdit()->setCursorPosition(std::min<int>(cursor, text.size()));
    m_loading = wasLoading;
}

QWidget* RecordForm::editorFor(const QString& field) const
{
    for (const Row& row : m_rows) {
        if (row.field.name == field)
            return row.editor;
    }
    return nullptr;
}

QLabel* RecordForm::problemLabel(const QString& field) const
{
    for (const Row& row : m_rows) {
        if (row.field.name == field)
            return row.problem;
    }
    return nullptr;
}

QStringList RecordForm::shownFields() const
{
    QStringList out;
    for (const Row& row : m_rows) {
        if (!row.hidden)
            out << row.field.name;
    }
    return out;
}

void RecordForm::focusFirstField()
{
    for (const Row& row : m_rows) {
        if (!row.hidden && row.editor->isEnabled()) {
            row.editor->setFocus(Qt::OtherFocusReason);
            return;
        }
    }
}

QVariant RecordForm::editorValue(const Row& row) const
{
    if (auto* line = qobject_cast<QLineEdit*>(row.editor))
        return line->text().trimmed();
    if (auto* box = qobject_cast<QPlainTextEdit*>(row.editor))
        return box->toPlainText().trimmed();
    auto* combo = static_cast<QComboBox*>(row.editor);
    if (!pickedReference(row.field.name))
        return combo->currentData().toString();
    // A reference: the id of the name shown, else what was typed (an id or a code).
    const QString text = combo->currentText().trimmed();
    if (text.isEmpty())
        return QString();
    if (text == m_refShownText.value(row.field.name))
        return m_base.value(row.field.name).toString();
    const int current = combo->currentIndex();
    if (current >= 0 && combo->itemText(current).trimmed() == text)
        return combo->itemData(current).toString();
    const int found = combo->findText(text, Qt::MatchFixedString);
    if (found >= 0)
        return combo->itemData(found).toString();
    return text;
}

QVariantMap RecordForm::fields() const
{
    QVariantMap out = m_base;
    out.remove(QStringLiteral("id"));
    for (const Row& row : m_rows) {
        if (row.hidden)
            continue;
        const QVariant v = editorValue(row);
        if (isEmptyValue(v))
            out.remove(row.field.name);
        else
            out.insert(row.field.name, v);
    }
    for (auto it = out.begin(); it != out.end();) {
        if (isEmptyValue(it.value()))
            it = out.erase(it);
        else
            ++it;
    }
    return out;
}

void RecordForm::snapshot()
{
    m_shownValues.clear();
    for (const Row& row : std::as_const(m_rows))
        m_shownValues.insert(row.field.name, editorValue(row));
}

bool RecordForm::isModified() const
{
    for (const Row& row : m_rows) {
        if (!row.hidden && editorValue(row).toString() != m_shownValues.value(row.field.name).toString())
            return true;
    }
    return false;
}

QList<FieldProblem> RecordForm::resolveReferences(QVariantMap& fields) const
{
    QList<FieldProblem> problems;
    const MaintenanceStore store(m_db);
    for (const Row& row : m_rows) {
        const auto ref = pickedReference(row.field.name);
        if (row.hidden || !ref)
            continue;
        const QString typed = static_cast<QComboBox*>(row.editor)->currentText().trimmed();
        const QString value = fields.value(row.field.name).toString();
        if (typed.isEmpty() || value != typed)
            continue; // empty, or a name already known by its id
        if (store.record(*ref, typed))
            continue; // an id, typed or pasted
        // A name typed whole (a term's with or without its code) is as good as one picked.
        QString id;
        if (const auto found = store.choices(*ref, typed, 20)) {
            for (const auto& [candidate, name] : *found) {
                const QString bare = *ref == Table::TaxonomyTerm ? name.section(u' ', 1) : name;
                if (name.compare(typed, Qt::CaseInsensitive) == 0 || bare.compare(typed, Qt::CaseInsensitive) == 0) {
                    id = candidate;
                    break;
                }
            }
        }
        if (!id.isEmpty()) {
            fields.insert(row.field.name, id);
            continue;
        }
        if (*ref == Table::TaxonomyTerm)
            continue; // perhaps a code: the store's checks know the taxonomy
        problems.append({row.field.name,
                         //: %1 is what was typed in a field that picks a record (an organization, a location)
                         tr("Nothing called \u201c%1\u201d was found. Type part of its name and pick it from the "
                            "list (Alt+Down opens it).")
                             .arg(typed)});
    }
    return problems;
}

std::optional<QString> RecordForm::save(const Editor& editor)
{
    clearProblems();
    QVariantMap f = fields();
    QList<FieldProblem> problems = resolveReferences(f);
    if (!problems.isEmpty()) {
        // Everything else that is wrong is said at once, not after the names are fixed.
        QVariantMap checked = f;
        checked.insert(QStringLiteral("id"), m_id.isEmpty() ? QStringLiteral("new") : m_id);
        for (const FieldProblem& p : RecordValidator(m_db).check(m_table, checked)) {
            const bool known = std::any_of(
                problems.cbegin(), problems.cend(), [&p](const FieldProblem& q) { return q.field == p.field; });
            if (!known)
                problems.append(p);
        }
        showProblems(problems);
        return std::nullopt;
    }
    MaintenanceStore store(m_db);
    const auto outcome = store.save(editor, m_table, m_id, f);
    if (!outcome) {
        m_message->setText(outcome.error());
        m_message->show();
        return std::nullopt;
    }
    if (!outcome->saved()) {
        showProblems(outcome->problems);
        return std::nullopt;
    }
    m_id = outcome->id;
    if (const auto stored = store.record(m_table, m_id))
        setRecord(*stored);
    else
        snapshot();
    retranslate();
    emit saved(m_id);
    return m_id;
}

void RecordForm::clearProblems()
{
    for (Row& row : m_rows) {
        row.problem->clear();
        row.problem->hide();
        row.editor->setAccessibleDescription(row.field.required ? tr("Required") : QString());
    }
    m_message->clear();
    m_message->hide();
}

void RecordForm::showProblems(const QList<FieldProblem>& problems)
{
    clearProblems();
    QStringList general;
    int first = -1;
    for (const FieldProblem& p : problems) {
        int index = -1;
        for (int i = 0; i < m_rows.size(); ++i) {
            if (m_rows[i].field.name == p.field && !m_rows[i].hidden)
                index = i;
        }
        if (index < 0) {
            general << (p.field.isEmpty() ? p.message
                                          : MaintenanceText::fieldLabel(p.field) + QStringLiteral(": ") + p.message);
            continue;
        }
        Row& row = m_rows[index];
        const QString text = row.problem->text().isEmpty() ? p.message : row.problem->text() + u'\n' + p.message;
        row.problem->setText(text);
        row.problem->show();
        row.editor->setAccessibleDescription(text);
        if (first < 0 || index < first)
            first = index;
    }
    if (!general.isEmpty()) {
        m_message->setText(general.join(u'\n'));
        m_message->show();
    }
    if (first < 0)
        return;
    QWidget* focus = m_rows[first].editor;
    focus->setFocus(Qt::OtherFocusReason);
    for (QWidget* w = parentWidget(); w; w = w->parentWidget()) {
        if (auto* scroll = qobject_cast<QScrollArea*>(w)) {
            scroll->ensureWidgetVisible(focus);
            break;
        }
    }
}

} // namespace open211
