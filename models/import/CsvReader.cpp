#include "import/CsvReader.h"

#include "import/ImportBatch.h"

namespace open211 {

Result<CsvTable> parseCsv(const QByteArray& data, const QString& label)
{
    QString text = QString::fromUtf8(data);
    if (text.startsWith(QChar(0xFEFF)))
        text.remove(0, 1);

    CsvTable table;
    QStringList record;
    QString field;
    bool quoted = false, fieldStarted = false;
    int line = 1, recordLine = 1;
    const auto endRecord = [&]() -> Status {
        record.append(field);
        field.clear();
        fieldStarted = false;
        const bool blank = record.size() == 1 && record.first().isEmpty();
        if (!blank) {
            if (table.header.isEmpty()) {
                for (auto& h : record)
                    h = h.trimmed();
                table.header = record;
            } else if (record.size() != table.header.size()) {
                return Error{Import::tr("%1, line %2: %3 values where the header has %4 columns.")
                                 .arg(label)
                                 .arg(recordLine)
                                 .arg(record.size())
                                 .arg(table.header.size())};
            } else {
                table.rows.append(record);
                table.lines.append(recordLine);
            }
        }
        record.clear();
        recordLine = line;
        return {};
    };

    const qsizetype n = text.size();
    for (qsizetype i = 0; i < n; ++i) {
        const QChar c = text.at(i);
        if (quoted) {
            if (c == u'"') {
                if (i + 1 < n && text.at(i + 1) == u'"') {
                    field.append(u'"');
                    ++i;
                } else {
                    quoted = false;
                }
            } else {
                if (c == u'\n')
                    ++line;
                field.append(c);
            }
            continue;
        }
        if (c == u'"' && !fieldStarted) {
            quoted = true;
            fieldStarted = true;
        } else if (c == u',') {
            record.append(field);
            field.clear();
            fieldStarted = false;
        } else if (c == u'\r' && i + 1 < n && text.at(i + 1) == u'\n') {
            continue;
        } else if (c == u'\n') {
            ++line;
            if (auto st = endRecord(); !st)
                return Error{st.error()};
        } else {
            field.append(c);
            fieldStarted = true;
        }
    }
    if (quoted)
        return Error{Import::tr("%1, line %2: a quoted value is never closed.").arg(label).arg(recordLine)};
    if (!field.isEmpty() || !record.isEmpty()) {
        if (auto st = endRecord(); !st)
            return Error{st.error()};
    }
    if (table.header.isEmpty())
        return Error{Import::tr("%1: the file is empty; a header line is expected.").arg(label)};
    return table;
}

} // namespace open211
