// Renders one service's detail (ServiceDetail) as a self-contained HTML page for the detail view
// and for printing, plus the same content as plain text for copying. Inline CSS, no scripts,
// nothing that loads from elsewhere; every piece of data is escaped.
#pragma once

#include "Resources.h"
#include "store/MaintenanceStore.h"

#include <QCoreApplication>
#include <QDate>
#include <QDateTime>
#include <QString>
#include <optional>

namespace open211 {

// Where the caller is, to give each location's distance.
struct CallerPoint
{
    double latitude = 0;
    double longitude = 0;
    QString label; // what the caller said: "K1P 5K8", "Sudbury"
};

// What resource maintenance knows of the service: when it was last verified and by whom, whether
// a change made here waits to upload, and its recent changes.
struct DetailMaintenance
{
    QDate verifiedOn; // invalid: never verified
    QString verifiedBy;
    bool waitingToUpload = false;
    bool inConflict = false;
    QList<HistoryEntry> history; // newest first; the page shows the first HistoryShown
};

struct DetailContext
{
    QString language = QStringLiteral("en"); // "en" or "fr": names, descriptions, dates, weekdays
    QDateTime now; // the moment "open now" is judged at; invalid: the current time
    std::optional<CallerPoint> caller;
    std::optional<DetailMaintenance> maintenance; // nothing: the page says nothing of it
};

class DetailHtml
{
    Q_DECLARE_TR_FUNCTIONS(open211::DetailHtml)

public:
    // History entries the page shows, newest first.
    static constexpr int HistoryShown = 20;

    static QString render(const ServiceDetail& detail, const DetailContext& context);
    // The same facts as text, for the clipboard.
    static QString plainText(const ServiceDetail& detail, const DetailContext& context);
    // The page the view shows when nothing is selected.
    static QString placeholder(const QString& language);

    // Distance from the caller to a location, when both points are known.
    static std::optional<double> distanceKm(const ServiceLocation& location, const DetailContext& context);
};

} // namespace open211
