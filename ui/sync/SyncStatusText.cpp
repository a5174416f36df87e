#include "sync/SyncStatusText.h"

#include <QLocale>

namespace open211 {

QString SyncStatusText::link(const SyncStatus& s)
{
    if (s.running && s.link != SyncStatus::Link::NotSetUp)
        return tr("Syncing with the hub…");
    switch (s.link) {
    case SyncStatus::Link::NotSetUp:
        return tr("Offline: no hub set up · working from the local copy");
    case SyncStatus::Link::Connecting:
        return tr("Connecting to the hub…");
    case SyncStatus::Link::Online:
        return tr("Online");
    case SyncStatus::Link::Offline:
        return tr("Offline · working from the local copy");
    case SyncStatus::Link::SignInNeeded:
        //: The shortcut opens the sign-in dialog.
        return tr("Sign-in needed to sync (Ctrl+Shift+I)");
    }
    return {};
}

QString SyncStatusText::lastSync(const QDateTime& lastSuccess, const QDateTime& now)
{
    if (!lastSuccess.isValid())
        return tr("never synced");
    const qint64 secs = std::max<qint64>(0, lastSuccess.secsTo(now));
    if (secs < 60)
        return tr("synced just now");
    if (secs < 3600)
        //: "min" is the abbreviation of minutes, the same for one or many.
        return tr("synced %1 min ago").arg(secs / 60);
    if (secs < 24 * 3600)
        //: "h" is the abbreviation of hours, the same for one or many.
        return tr("synced %1 h ago").arg(secs / 3600);
    return tr("synced on %1").arg(QLocale().toString(lastSuccess.toLocalTime().date(), QLocale::ShortFormat));
}

QString SyncStatusText::details(const SyncStatus& s)
{
    QStringList lines;
    if (!s.hubUrl.isEmpty())
        lines << tr("Hub: %1").arg(s.hubUrl);
    if (!s.user.isEmpty() && s.link != SyncStatus::Link::SignInNeeded)
        lines << tr("Signed in to the hub as %1").arg(s.user);
    lines << (s.lastSuccess.isValid() ? tr("Last successful sync: %1")
                                            .arg(QLocale().toString(s.lastSuccess.toLocalTime(), QLocale::LongFormat))
                                      : tr("No successful sync yet"));
    if (!s.lastError.isEmpty())
        lines << tr("Last error: %1").arg(s.lastError);
    return lines.join(u'\n');
}

QString SyncStatusText::waiting(qint64 count)
{
    if (count <= 0)
        return tr("Nothing waiting to upload");
    if (count == 1)
        return tr("1 item waiting to upload");
    return tr("%1 items waiting to upload").arg(QLocale().toString(count));
}

QString SyncStatusText::conflicts(qint64 count)
{
    if (count <= 0)
        return {};
    if (count == 1)
        return tr("1 conflict to look at");
    return tr("%1 conflicts to look at").arg(QLocale().toString(count));
}

} // namespace open211
