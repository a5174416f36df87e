// The community needs report over the calls this workstation logged (ended calls only): the
// store's calls, needs, referrals and follow-ups read once each and handed to ReportBuilder.
#pragma once

#include "Result.h"
#include "reports/CommunityReport.h"

#include <QCoreApplication>

namespace open211 {

class Database;

class ReportStore
{
    Q_DECLARE_TR_FUNCTIONS(open211::ReportStore)
public:
    explicit ReportStore(Database& db)
        : m_db(db)
    { }

    Result<CommunityReport> build(const ReportFilter& filter,
                                  const QDateTime& now = QDateTime::currentDateTimeUtc()) const;
    // The taxonomy as the report rolls needs up by it.
    Result<QList<ReportTerm>> terms() const;

private:
    Database& m_db;
};

} // namespace open211
