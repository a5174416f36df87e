// Typed views of the stored resources that screens and engines work with. The HSDS tables
// themselves are described in HsdsSchema.h; these are the shapes code reads.
#pragma once

#include <QDateTime>
#include <QList>
#include <QString>
#include <QStringList>

namespace open211 {

struct TaxonomyTerm
{
    QString id;
    QString code;
    QString name;
    QString nameFr;
    QString description;
    QString descriptionFr;
    QString parentId;
    QString taxonomyId;
    QStringList useReferences; // English
    QStringList useReferencesFr;
    QStringList seeAlso; // term ids

    // Name in the given language ("fr" or anything else for English), falling back to English.
    QString displayName(const QString& language) const
    {
        return language == QLatin1String("fr") && !nameFr.isEmpty() ? nameFr : name;
    }
    int depth() const; // 1 for a top-level category
};

struct ServiceSummary
{
    QString id;
    QString name;
    QString nameFr;
    QString organizationId;
    QString organizationName;
    QString organizationNameFr;
    QString status;
    QString city;
    QDateTime lastModified;
    qint64 version = 0;
};

struct StoreCounts
{
    qint64 organizations = 0;
    qint64 services = 0;
    qint64 locations = 0;
    qint64 taxonomyTerms = 0;
    qint64 calls = 0;
    qint64 outbox = 0;
};

} // namespace open211
