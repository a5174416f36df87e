// The sync engine's status in plain words, the same in the status bar and the Sync panel: where the
// link stands, when the last good sync was (relative, with the exact time for a tooltip), and what
// waits to upload.
#pragma once

#include "SyncEngine.h"

#include <QCoreApplication>

namespace open211 {

class SyncStatusText
{
    Q_DECLARE_TR_FUNCTIONS(open211::SyncStatusText)

public:
    // "Online", "Offline", "Sign-in needed"… (with "syncing" while a run is under way).
    static QString link(const SyncStatus& status);
    // "synced 3 min ago", "never synced"; `now` for the tests.
    static QString lastSync(const QDateTime& lastSuccess, const QDateTime& now = QDateTime::currentDateTimeUtc());
    // The exact time of the last good sync, the hub and the user, and the last error in full.
    static QString details(const SyncStatus& status);
    // "Nothing waiting to upload", "1 item waiting to upload", "3 items waiting to upload".
    static QString waiting(qint64 count);
    // "1 conflict to look at", "2 conflicts to look at"; empty when none.
    static QString conflicts(qint64 count);
};

} // namespace open211
