// Reads HSDS 3 JSON into an ImportBatch: one service, an array of services, or the API's
// paginated envelope ({"contents": [...]}), with nested organization, service_at_locations ->
// location -> addresses/phones/schedules/languages/accessibility, and attributes.
#pragma once

#include "import/ImportBatch.h"

#include <QJsonObject>

namespace open211 {

class HsdsJsonReader
{
public:
    HsdsJsonReader(ImportBatch& batch, QString label, QString importTime);

    // Parses a whole document. `label` names the file in messages.
    Status readDocument(const QByteArray& json);
    // Reads one service object (with everything nested in it).
    Status readService(const QJsonObject& service, const QString& where);

private:
    struct Context
    {
        hsds::Table parent;
        QString parentId;
        QString parentColumn; // empty for attributes (linked by link_id/link_entity)
        QString lastModified;
        QString source;
    };
    Status readObject(hsds::Table table, const QJsonObject& obj, const Context* ctx, QString* idOut = nullptr);

    ImportBatch& m_batch;
    QString m_label;
    QString m_importTime;
};

} // namespace open211
