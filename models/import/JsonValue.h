// HSDS records read with simdjson (Debian's libsimdjson), shared by the import and the sync's
// change feed: one JSON value in the form the field converter (convertField) expects.
#pragma once

#include "HsdsSchema.h"

#include <QVariant>
#include <simdjson.h>
#include <string_view>

namespace open211 {

// Text as UTF-8 in a QByteArray (as read, and as SQLite keeps it), numbers as double, null as
// null, anything else as something that is neither (so it is refused with a clear message).
QVariant jsonFieldValue(const simdjson::dom::element& e);

// The index of a JSON key among a table's fields (hsds::TableInfo::fields), or -1.
int jsonFieldIndex(hsds::Table table, std::string_view key);

} // namespace open211
