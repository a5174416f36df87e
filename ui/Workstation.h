// Application-level wiring shared by the program and the GUI tests: identity (names, paths,
// translations) and opening the main window on a profile.
#pragma once

#include <QCoreApplication>
#include <QString>

namespace open211 {

class Workstation
{
    Q_DECLARE_TR_FUNCTIONS(open211::Workstation)

public:
    // Sets the application's names (which decide the data folder) and installs the translation
    // for `language` ("en", "fr"; empty: the system's).
    static void setIdentity(const QString& language);
    // Switches the interface language at run time.
    static bool setLanguage(const QString& language);
    // Opens the profile (loading the embedded demo data on a new one) and runs the window.
    static int runWindow(const QString& dataDir);
};

} // namespace open211
