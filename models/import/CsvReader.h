// RFC 4180 CSV: quoted fields may hold commas, quotes ("") and line breaks. UTF-8, with or
// without a byte-order mark; CRLF or LF.
#pragma once

#include "Result.h"

#include <QByteArray>
#include <QList>
#include <QStringList>

namespace open211 {

struct CsvTable
{
    QStringList header;
    QList<QStringList> rows;
    QList<int> lines; // the line each row starts on, for messages
    int column(const QString& name) const { return int(header.indexOf(name)); }
};

// Parses a whole CSV text; every row must have as many values as the header.
Result<CsvTable> parseCsv(const QByteArray& data, const QString& label);

} // namespace open211
