#include "store/ResourceStore.h"

#include "store/Database.h"
#include "store/Statement.h"

#include <QHash>

namespace open211 {

int TaxonomyTerm::depth() const
{
    // B = 1, BD = 2, BD-1800 = 3, BD-1800.2000 = 4, BD-1800.2000-620 = 5 ...
    if (code.isEmpty())
        return 0;
    int d = code.size() >= 2 && code.at(1).isLetter() ? 2 : 1;
    for (const QChar c : code) {
        if (c == u'-' || c == u'.')
            ++d;
    }
    return d;
}

ResourceStore::ResourceStore(Database& db)
    : m_db(db)
{ }

Result<StoreCounts> ResourceStore::counts() const
{
    Statement s(m_db,
                QStringLiteral("SELECT (SELECT count(*) FROM organization), (SELECT count(*) FROM service), "
                               "(SELECT count(*) FROM location), (SELECT count(*) FROM taxonomy_term), "
                               "(SELECT count(*) FROM call), (SELECT count(*) FROM outbox WHERE state = 'pending')"));
    if (!s.next())
        return Error{s.error()};
    return StoreCounts{s.integer(0), s.integer(1), s.integer(2), s.integer(3), s.integer(4), s.integer(5)};
}

Result<QList<TaxonomyTerm>> ResourceStore::taxonomyTerms() const
{
    QList<TaxonomyTerm> terms;
    QHash<QString, qsizetype> index;
    Statement s(m_db,
                QStringLiteral("SELECT id, code, name, name_fr, description, description_fr, parent_id, taxonomy_id "
                               "FROM taxonomy_term ORDER BY code, id"));
    while (s.next()) {
        TaxonomyTerm t{
            s.text(0), s.text(1), s.text(2), s.text(3), s.text(4), s.text(5), s.text(6), s.text(7), {}, {}, {}};
        index.insert(t.id, terms.size());
        terms.append(std::move(t));
    }
    if (!s.error().isEmpty())
        return Error{s.error()};
    Statement a(m_db,
                QStringLiteral("SELECT term_id, alias, language FROM taxonomy_term_alias ORDER BY term_id, alias"));
    while (a.next()) {
        const auto it = index.constFind(a.text(0));
        if (it == index.constEnd())
            continue;
        (a.text(2) == QLatin1String("fr") ? terms[*it].useReferencesFr : terms[*it].useReferences) << a.text(1);
    }
    Statement r(
        m_db, QStringLiteral("SELECT term_id, see_also_id FROM taxonomy_term_see_also ORDER BY term_id, see_also_id"));
    while (r.next()) {
        const auto it = index.constFind(r.text(0));
        if (it != index.constEnd())
            terms[*it].seeAlso << r.text(1);
    }
    return terms;
}

Result<QList<ServiceSummary>> ResourceStore::serviceSummaries(int limit) const
{
    Statement s(
        m_db,
        QStringLiteral("SELECT s.id, s.name, s.name_fr, s.organization_id, o.name, o.name_fr, s.status, "
                       "(SELECT a.city FROM service_at_location sal JOIN address a ON a.location_id = sal.location_id "
                       " WHERE sal.service_id = s.id ORDER BY a.id LIMIT 1), s.last_modified, s.version "
                       "FROM service s JOIN organization o ON o.id = s.organization_id ORDER BY s.name, s.id LIMIT ?"));
    s.bindInt(1, limit);
    QList<ServiceSummary> out;
    while (s.next()) {
        out.append({s.text(0),
                    s.text(1),
                    s.text(2),
                    s.text(3),
                    s.text(4),
                    s.text(5),
                    s.text(6),
                    s.text(7),
                    QDateTime::fromString(s.text(8), Qt::ISODate),
                    s.integer(9)});
    }
    if (!s.error().isEmpty())
        return Error{s.error()};
    return out;
}

} // namespace open211
