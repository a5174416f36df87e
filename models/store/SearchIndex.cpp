#include "store/SearchIndex.h"

#include "store/Database.h"
#include "store/Statement.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QSet>

namespace open211 {

namespace {

// One row per service: what each FTS column holds (see 003_search.sql). Use references are not
// copied into every service: the engine finds the terms they name (taxonomy_fts) instead.
const char* const ServiceRows = R"(
SELECT s.rowid,
       s.name || ' ' || coalesce(s.name_fr, '') || ' ' || coalesce(s.alternate_name, ''),
       coalesce((SELECT group_concat(t.name || ' ' || coalesce(t.name_fr, ''), ' ')
                 FROM attribute a JOIN taxonomy_term t ON t.id = a.taxonomy_term_id
                 WHERE a.link_entity = 'service' AND a.link_id = s.id), ''),
       o.name || ' ' || coalesce(o.name_fr, '') || ' ' || coalesce(o.alternate_name, ''),
       coalesce(s.description, '') || ' ' || coalesce(s.description_fr, '')
FROM service s JOIN organization o ON o.id = s.organization_id
)";

} // namespace

bool SearchIndex::isCurrent(Database& db)
{
    Statement s(db, QStringLiteral("SELECT value FROM sync_state WHERE key = 'search_index_version'"));
    return s.next() && s.text(0).toInt() == Version;
}

Status SearchIndex::markOutOfDate(Database& db)
{
    return db.exec(QStringLiteral("INSERT OR REPLACE INTO sync_state (key, value) VALUES ('search_index_version', "
                                  "'out of date')"));
}

Status SearchIndex::ensureCurrent(Database& db)
{
    if (isCurrent(db))
        return {};
    Transaction tx(db);
    if (!tx.active())
        return Error{tx.error()};
    if (auto st = rebuildAll(db); !st)
        return st;
    return tx.commit();
}

Status SearchIndex::rebuildAll(Database& db)
{
    // Emptying a full index row by row takes seconds: the table is made again from its own
    // definition instead (in the same transaction).
    Statement full(db,
                   QStringLiteral("SELECT EXISTS (SELECT 1 FROM service_fts_docsize), (SELECT sql FROM "
                                  "sqlite_schema WHERE name = 'service_fts')"));
    if (!full.next())
        return Error{full.error()};
    const bool remake = full.integer(0) != 0;
    const QString definition = full.text(1);
    full = Statement();
    if (remake) {
        // The remade table keeps the write buffer size schema 5 gave it and the merge setting of
        // schema 7 (see 005_fts_buffer.sql, 007_fts_merge.sql); they take effect from the next
        // transaction.
        if (auto st = db.execScript(QStringLiteral("DROP TABLE service_fts;") + definition
                                    + QStringLiteral(";INSERT INTO service_fts (service_fts, rank) VALUES "
                                                     "('hashsize', 67108864);"
                                                     "INSERT INTO service_fts (service_fts, rank) VALUES "
                                                     "('crisismerge', 64);"));
            !st)
            return st;
    }
    if (auto st
        = db.execScript(QStringLiteral("INSERT INTO service_fts (rowid, name, taxonomy, organization, description) ")
                        + QString::fromLatin1(ServiceRows) + u';');
        !st)
        return st;
    if (auto st = rebuildTaxonomy(db); !st)
        return st;
    return db.exec(
        QStringLiteral("INSERT OR REPLACE INTO sync_state (key, value) VALUES ('search_index_version', '%1')")
            .arg(Version));
}

Status SearchIndex::refreshChanged(Database& db,
                                   const QStringList& changedServices,
                                   const QStringList& organizations,
                                   const QStringList& terms)
{
    const auto idsJson = [](const QStringList& list) {
        return QString::fromUtf8(QJsonDocument(QJsonArray::fromStringList(list)).toJson(QJsonDocument::Compact));
    };
    QSet<QString> services(changedServices.begin(), changedServices.end());
    const auto collect = [&](const QString& sql, const QStringList& keys) -> Status {
        if (keys.isEmpty())
            return {};
        Statement s(db, sql);
        s.bindText(1, idsJson(keys));
        while (s.next())
            services.insert(s.text(0));
        return s.error().isEmpty() ? Status() : Status(Error{s.error()});
    };
    if (!terms.isEmpty()) {
        if (auto st = rebuildTaxonomy(db); !st)
            return st;
    }
    if (auto st
        = collect(QStringLiteral("SELECT id FROM service WHERE organization_id IN (SELECT value FROM json_each(?))"),
                  organizations);
        !st)
        return st;
    if (auto st = collect(QStringLiteral("SELECT DISTINCT a.link_id FROM attribute a WHERE a.link_entity = 'service' "
                                         "AND a.taxonomy_term_id IN (SELECT value FROM json_each(?))"),
                          terms);
        !st)
        return st;
    if (services.isEmpty())
        return {};
    // A large import rebuilds the whole index: one pass is faster than many small ones.
    if (services.size() > 5000) {
        Statement c(db, QStringLiteral("SELECT count(*) FROM service"));
        if (c.next() && services.size() * 2 > c.integer(0)) {
            c = Statement();
            return rebuildAll(db);
        }
    }
    return refreshServices(db, QStringList(services.begin(), services.end()));
}

Status SearchIndex::optimize(Database& db)
{
    return db.exec(QStringLiteral("INSERT INTO service_fts (service_fts) VALUES ('optimize')"));
}

Status SearchIndex::refreshServices(Database& db, const QStringList& serviceIds)
{
    if (serviceIds.isEmpty())
        return {};
    const QString ids
        = QString::fromUtf8(QJsonDocument(QJsonArray::fromStringList(serviceIds)).toJson(QJsonDocument::Compact));
    Statement del(db,
                  QStringLiteral("DELETE FROM service_fts WHERE rowid IN (SELECT rowid FROM service WHERE id IN "
                                 "(SELECT value FROM json_each(?)))"));
    del.bindText(1, ids);
    if (!del.exec())
        return Error{del.error()};
    Statement ins(db,
                  QStringLiteral("INSERT INTO service_fts (rowid, name, taxonomy, organization, description) ")
                      + QString::fromLatin1(ServiceRows)
                      + QStringLiteral(" WHERE s.id IN (SELECT value FROM json_each(?))"));
    ins.bindText(1, ids);
    if (!ins.exec())
        return Error{ins.error()};
    return {};
}

Status SearchIndex::rebuildDerived(Database& db, Derived which)
{
    // The same rows the triggers of 003_search.sql write, for every source row at once.
    switch (which) {
    case Derived::Points:
        return db.execScript(QStringLiteral(
            "DELETE FROM service_point;"
            "INSERT INTO service_point SELECT x.rowid, l.latitude, l.latitude, l.longitude, l.longitude, s.rowid "
            "FROM service_at_location x JOIN location l ON l.id = x.location_id JOIN service s ON s.id = x.service_id "
            "WHERE l.latitude IS NOT NULL AND l.longitude IS NOT NULL ORDER BY x.rowid;"));
    case Derived::Coverage:
        return db.execScript(QStringLiteral(
            "DELETE FROM service_coverage;"
            "INSERT OR IGNORE INTO service_coverage SELECT lower(a.name), s.rowid, a.id FROM service_area a "
            "JOIN service s ON s.id = a.service_id WHERE a.name IS NOT NULL;"));
    case Derived::Terms:
        return db.execScript(
            QStringLiteral("DELETE FROM service_term;"
                           "INSERT OR IGNORE INTO service_term SELECT t.code, s.rowid, a.id FROM attribute a "
                           "JOIN taxonomy_term t ON t.id = a.taxonomy_term_id JOIN service s ON s.id = a.link_id "
                           "WHERE a.link_entity = 'service' AND t.code IS NOT NULL;"));
    }
    return {};
}

Status SearchIndex::rebuildTaxonomy(Database& db)
{
    return db.execScript(QStringLiteral(
        "DELETE FROM taxonomy_fts;"
        "INSERT INTO taxonomy_fts (rowid, code, name, aliases) "
        "SELECT t.rowid, coalesce(t.code, ''), t.name || ' ' || coalesce(t.name_fr, ''), "
        "coalesce((SELECT group_concat(alias, ' ') FROM taxonomy_term_alias x WHERE x.term_id = t.id), '') "
        "FROM taxonomy_term t;"));
}

} // namespace open211
