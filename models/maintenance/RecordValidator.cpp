#include "maintenance/RecordValidator.h"

#include "import/ImportBatch.h"
#include "store/Database.h"
#include "store/Statement.h"

#include <QDate>
#include <QRegularExpression>

namespace open211 {

using namespace hsds;

bool RecordValidator::isPhoneNumber(const QString& number)
{
    QString digits;
    for (const QChar c : number) {
        if (c.isDigit())
            digits += c;
        else if (!QStringLiteral(" -.()+").contains(c))
            return false;
    }
    if (digits.size() == 3)
        return digits.endsWith(QLatin1String("11")) && digits[0] >= u'2';
    if (digits.size() == 11 && digits.startsWith(u'1'))
        digits.remove(0, 1);
    // North American numbering: area code and exchange do not start with 0 or 1.
    return digits.size() == 10 && digits[0] >= u'2' && digits[3] >= u'2';
}

std::optional<QString> RecordValidator::canadianPostalCode(const QString& code)
{
    static const QRegularExpression shape(
        QStringLiteral("^([ABCEGHJ-NPRSTVXY][0-9][ABCEGHJ-NPRSTV-Z]) ?([0-9][ABCEGHJ-NPRSTV-Z][0-9])$"));
    const auto m = shape.match(code.trimmed().toUpper());
    if (!m.hasMatch())
        return std::nullopt;
    return m.captured(1) + u' ' + m.captured(2);
}

bool RecordValidator::isTimeOfDay(const QString& time, bool closing)
{
    static const QRegularExpression shape(QStringLiteral("^([01][0-9]|2[0-4]):([0-5][0-9])(:[0-5][0-9])?$"));
    const auto m = shape.match(time);
    if (!m.hasMatch())
        return false;
    if (m.captured(1) == QLatin1String("24"))
        return closing && m.captured(2) == QLatin1String("00") && m.captured(3).remove(u':').toInt() == 0;
    return true;
}

QList<FieldProblem> RecordValidator::check(Table table, const QVariantMap& record) const
{
    QList<FieldProblem> problems;
    const TableInfo& ti = info(table);
    const auto add = [&](const QString& field, const QString& message) {
        problems.append({field, message});
    };
    const auto text = [&](const char* field) {
        return record.value(QLatin1String(field)).toString().trimmed();
    };
    for (const Field& f : ti.fields) {
        if (auto v = convertField(f, record.value(f.name), ti.name); !v)
            add(f.name, v.error());
    }
    for (auto it = record.constBegin(); it != record.constEnd(); ++it) {
        if (ti.fieldIndex(it.key()) < 0)
            add(it.key(), tr("A %1 has no field \"%2\".").arg(ti.name, it.key()));
    }

    switch (table) {
    case Table::Phone:
        if (!text("number").isEmpty() && !isPhoneNumber(text("number")))
            add(QStringLiteral("number"),
                tr("\"%1\" is not a phone number: give 10 digits (area code first), or 211, 311, 811 or 911.")
                    .arg(text("number")));
        break;
    case Table::Address: {
        const QString country = text("country").toUpper();
        if ((country.isEmpty() || country == QLatin1String("CA")) && !text("postal_code").isEmpty()
            && !canadianPostalCode(text("postal_code")))
            add(QStringLiteral("postal_code"),
                tr("\"%1\" is not a Canadian postal code (letter, digit, letter, digit, letter, digit: K1P 5K8).")
                    .arg(text("postal_code")));
        break;
    }
    case Table::Schedule: {
        const QString opens = text("opens_at"), closes = text("closes_at");
        if (!opens.isEmpty() && !isTimeOfDay(opens))
            add(QStringLiteral("opens_at"), tr("\"%1\" is not a time of day (09:30).").arg(opens));
        if (!closes.isEmpty() && !isTimeOfDay(closes, true))
            add(QStringLiteral("closes_at"), tr("\"%1\" is not a time of day (17:00).").arg(closes));
        if (!opens.isEmpty() && opens == closes)
            add(QStringLiteral("closes_at"), tr("It closes when it opens; for open all day, use 00:00 to 24:00."));
        if (opens.isEmpty() != closes.isEmpty())
            add(opens.isEmpty() ? QStringLiteral("opens_at") : QStringLiteral("closes_at"),
                tr("Give both the opening and the closing time, or neither."));
        static const QStringList days{QStringLiteral("MO"),
                                      QStringLiteral("TU"),
                                      QStringLiteral("WE"),
                                      QStringLiteral("TH"),
                                      QStringLiteral("FR"),
                                      QStringLiteral("SA"),
                                      QStringLiteral("SU")};
        if (!text("byday").isEmpty()) {
            for (const QString& d : text("byday").split(u',')) {
                if (!days.contains(d.trimmed().toUpper())) {
                    add(QStringLiteral("byday"), tr("\"%1\" is not a day (MO, TU, WE, TH, FR, SA, SU).").arg(d));
                    break;
                }
            }
        }
        const QDate from = QDate::fromString(text("valid_from"), Qt::ISODate);
        const QDate to = QDate::fromString(text("valid_to"), Qt::ISODate);
        if (!text("valid_from").isEmpty() && !from.isValid())
            add(QStringLiteral("valid_from"), tr("\"%1\" is not a date (2026-11-25).").arg(text("valid_from")));
        if (!text("valid_to").isEmpty() && !to.isValid())
            add(QStringLiteral("valid_to"), tr("\"%1\" is not a date (2026-11-25).").arg(text("valid_to")));
        if (from.isValid() && to.isValid() && to < from)
            add(QStringLiteral("valid_to"), tr("The hours end before they start."));
        break;
    }
    case Table::Service: {
        bool okMin = false, okMax = false;
        const double min = record.value(QStringLiteral("minimum_age")).toDouble(&okMin);
        const double max = record.value(QStringLiteral("maximum_age")).toDouble(&okMax);
        if (okMin && okMax && record.value(QStringLiteral("minimum_age")).isValid()
            && record.value(QStringLiteral("maximum_age")).isValid() && max < min)
            add(QStringLiteral("maximum_age"), tr("The maximum age is below the minimum age."));
        break;
    }
    case Table::Attribute: {
        const QString term = text("taxonomy_term_id");
        if (!term.isEmpty()) {
            Statement s(m_db, QStringLiteral("SELECT 1 FROM taxonomy_term WHERE id = ? OR code = ?"));
            s.bindText(1, term);
            s.bindText(2, term);
            if (!s.next())
                add(QStringLiteral("taxonomy_term_id"),
                    tr("The taxonomy has no term \"%1\". Pick one from the taxonomy, or import the taxonomy that "
                       "has it.")
                        .arg(term));
        }
        break;
    }
    default:
        break;
    }
    return problems;
}

} // namespace open211
