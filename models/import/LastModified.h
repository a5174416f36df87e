// The "last_modified" of HSDS records, read as the import and the sync's change feed read it.
#pragma once

#include <QString>
#include <string>
#include <string_view>

namespace open211 {

// A record's "last_modified" in the form the store keeps ("2026-11-01T09:30:00Z", UTC, whole
// seconds). Most records of a file or of a sync page share one time: the last one read is kept,
// and read again only when it differs. A null string when the text is not a date and time.
class LastModifiedReader
{
public:
    QString read(std::string_view raw);

private:
    std::string m_raw;
    QString m_value;
};

} // namespace open211
