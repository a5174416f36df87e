// Where a workstation profile keeps its data: one SQLite file per profile under the user's data
// folder, unless --data-dir says otherwise.
#pragma once

#include <QString>

namespace open211 {

class Profile
{
public:
    // `dataDir` empty: the platform's application data folder.
    explicit Profile(QString dataDir = {});

    const QString& dataDir() const { return m_dataDir; }
    QString databasePath() const; // <dataDir>/workstation.sqlite
    bool exists() const;

    static QString defaultDataDir();

private:
    QString m_dataDir;
};

} // namespace open211
