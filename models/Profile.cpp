#include "Profile.h"

#include <QDir>
#include <QFileInfo>
#include <QStandardPaths>

namespace open211 {

Profile::Profile(QString dataDir)
    : m_dataDir(dataDir.isEmpty() ? defaultDataDir() : QDir(dataDir).absolutePath())
{ }

QString Profile::defaultDataDir()
{
    return QStandardPaths::writableLocation(QStandardPaths::AppDataLocation);
}

QString Profile::databasePath() const
{
    return QDir(m_dataDir).filePath(QStringLiteral("workstation.sqlite"));
}

bool Profile::exists() const
{
    return QFileInfo::exists(databasePath());
}

} // namespace open211
