// A form for one HSDS record, built from the schema's description of its table (hsds::info):
// a line for short text, a box for long text, a list for an enumeration, and for a reference to
// another record (its organization, its location, a taxonomy term) a list to type into that shows
// names and keeps ids. Required fields are marked. Saving goes through MaintenanceStore::save;
// the problems it finds are shown under their fields and the first bad field takes the focus.
#pragma once

#include "HsdsSchema.h"
#include "store/MaintenanceStore.h"

#include <QHash>
#include <QVariantMap>
#include <QWidget>
#include <optional>

class QComboBox;
class QFormLayout;
class QLabel;
class QTimer;

namespace open211 {

class Database;

class RecordForm : public QWidget
{
    Q_OBJECT
public:
    RecordForm(Database& db, hsds::Table table, QWidget* parent = nullptr);

    // Shows a stored record.
    void setRecord(const ResourceRecord& record);
    // A new record (no id yet), with these fields filled in.
    void setNew(const QVariantMap& fields = {});
    // Opened as a child of a known parent: the parent's column is filled in and hidden, and so are
    // the other columns that would tie the record to another owner.
    void setParentColumn(const QString& column, const QString& parentId);
    // A field the screen sets and the form does not show (an attribute's link_entity).
    void setFixed(const QString& field, const QVariant& value);
    // Locations to pick from are this organization's.
    void setOrganizationScope(const QString& organizationId);
    void setReadOnly(bool readOnly);

    hsds::Table table() const { return m_table; }
    QString recordId() const { return m_id; }
    // The record as the form holds it: what it shows, over what it keeps without showing.
    QVariantMap fields() const;
    // Changed since it was shown or saved.
    bool isModified() const;

    // Saves through the store. On problems: shows each under its field, focuses the first and
    // returns nothing; nothing is written.
    std::optional<QString> save(const Editor& editor);
    void showProblems(const QList<FieldProblem>& problems);
    void clearProblems();

    QWidget* editorFor(const QString& field) const;
    QLabel* problemLabel(const QString& field) const;
    // Problems that belong to no shown field, and errors from the store.
    QLabel* messageLabel() const { return m_message; }
    // Fields with a visible editor, in schema order.
    QStringList shownFields() const;
    void focusFirstField();
    // Sets an editor's value as a person would (for references: an id).
    void setValue(const QString& field, const QVariant& value);

    // Long text gets a box of its own.
    static bool isLongText(const QString& field);
    // References picked by name; nullopt for other fields.
    static std::optional<hsds::Table> pickedReference(const QString& field);

signals:
    void modified();
    void saved(const QString& id);

protected:
    void changeEvent(QEvent* event) override;

private:
    struct Row
    {
        hsds::Field field;
        QLabel* label = nullptr;
        QWidget* editor = nullptr;
        QWidget* box = nullptr; // editor and problem
        QLabel* problem = nullptr;
        bool hidden = false;
    };
    void build();
    void retranslate();
    void showValues();
    void updateVisibility();
    void refillChoices(const QString& field, const QString& filter);
    QVariant editorValue(const Row& row) const;
    // References typed as names resolved to ids; problems for names nobody has.
    QList<FieldProblem> resolveReferences(QVariantMap& fields) const;
    void snapshot();

    Database& m_db;
    hsds::Table m_table;
    QString m_id;
    QVariantMap m_base; // the stored record, prefilled and fixed fields
    QVariantMap m_shownValues; // what the form showed after the last load or save
    QString m_parentColumn;
    QStringList m_fixed;
    QString m_organizationScope;
    bool m_readOnly = false;
    bool m_loading = false;
    QList<Row> m_rows;
    QHash<QString, QString> m_refShownText; // reference field → the name shown for the stored id
    QHash<QString, QTimer*> m_refTimers;
    QFormLayout* m_layout = nullptr;
    QLabel* m_idLabel = nullptr;
    QLabel* m_legend = nullptr;
    QLabel* m_message = nullptr;
};

} // namespace open211
