// Reads HSDS 3 JSON into an ImportBatch: one service, an array of services, or the API's
// paginated envelope ({"contents": [...]}), with nested organization, service_at_locations ->
// location -> addresses/phones/schedules/languages/accessibility, and attributes. The document is
// parsed with simdjson (Debian's libsimdjson): several times faster than QJsonDocument, with a
// fraction of its memory, which matters for a province's worth of services in one file.
#pragma once

#include "import/ImportBatch.h"
#include "import/LastModified.h"

namespace open211 {

class HsdsJsonReader
{
public:
    HsdsJsonReader(ImportBatch& batch, QString label, QString importTime);

    // Parses a whole document. `label` names the file in messages.
    Status readDocument(const QByteArray& json);

private:
    struct Context
    {
        hsds::Table parent;
        QString parentId;
        QString parentColumn; // empty for attributes (linked by link_id/link_entity)
        QString lastModified;
        QString source;
        QByteArray parentIdUtf8; // parentId as the values are read
    };
    struct Object; // a JSON object of the parsed document
    Status readObject(hsds::Table table, const Object& obj, const Context* ctx);

    ImportBatch& m_batch;
    QString m_label;
    QString m_importTime;
    LastModifiedReader m_lastModified;
};

} // namespace open211
