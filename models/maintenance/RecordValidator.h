// The checks a resource record must pass before it is saved from a form (issue 6): HSDS types and
// required fields (as the import checks them), and what a resource specialist would catch by eye —
// a phone number that is not one, a Canadian postal code in the wrong shape, hours that cannot
// be, ages the wrong way round, a taxonomy code the store does not know. Every problem is
// reported at once, by field, in words for the form.
#pragma once

#include "HsdsSchema.h"

#include <QCoreApplication>
#include <QVariantMap>
#include <optional>

namespace open211 {

class Database;

struct FieldProblem
{
    QString field;
    QString message;
    bool operator==(const FieldProblem&) const = default;
};

class RecordValidator
{
    Q_DECLARE_TR_FUNCTIONS(open211::RecordValidator)
public:
    explicit RecordValidator(Database& db)
        : m_db(db)
    { }

    // A record as a form holds it (HSDS field names; text, numbers or nothing).
    QList<FieldProblem> check(hsds::Table table, const QVariantMap& record) const;

    // A North American number (10 digits, or 11 starting with 1) or a three-digit service line
    // (211, 311, 811, 911), written with any spaces, dashes, dots or brackets.
    static bool isPhoneNumber(const QString& number);
    // "k1p5k8" → "K1P 5K8"; nothing when it is not a Canadian postal code.
    static std::optional<QString> canadianPostalCode(const QString& code);
    // "09:30" or "09:30:00", 00:00 to 23:59 (24:00 as a closing time).
    static bool isTimeOfDay(const QString& time, bool closing = false);

private:
    Database& m_db;
};

} // namespace open211
