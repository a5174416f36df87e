// The words the maintenance screens show for the HSDS schema: a field's label ("postal_code" →
// "Postal code"), a table's name, an enumeration's values, Ontario's regions and a history entry's
// change. One place, so the forms, the lists, the history and the detail say the same thing.
#pragma once

#include "HsdsSchema.h"

#include <QCoreApplication>
#include <QString>

namespace open211 {

struct HistoryEntry;

class MaintenanceText
{
    Q_DECLARE_TR_FUNCTIONS(open211::MaintenanceText)
public:
    // A field's label for a person; an unknown field gets its name with spaces for underscores.
    static QString fieldLabel(const QString& field);
    // "Phone", "Hours", "Service area"…
    static QString tableName(hsds::Table table);
    static QString tableName(const QString& sqlName);
    // An enumeration's value for a person ("temporarily closed" → "Temporarily closed").
    static QString valueLabel(const QString& field, const QString& value);
    // The six Ontario regions as the gazetteer names them.
    static const QStringList& regions();
    static QString regionName(const QString& region);
    // What changed, for a history table: "Phone · Number", "Created", "Removed".
    static QString historyWhat(const HistoryEntry& entry, const QString& recordTable);
    // "old → new" with "(empty)" for nothing.
    static QString historyChange(const HistoryEntry& entry);
    // Who changed it: the user, or "the hub".
    static QString historyWho(const HistoryEntry& entry);
    // A record that belongs to this one (its phone) pointing back at it: the "Created" line
    // already says so, and the id says nothing to a person.
    static bool isLinkBack(const HistoryEntry& entry, const QString& recordTable, const QString& recordId);
};

} // namespace open211
