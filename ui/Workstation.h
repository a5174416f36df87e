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
    // The interface language now: "fr" or "en" (what screens pick names and descriptions by).
    static QString language();
    // Opens the profile (loading the embedded demo data on a new one) and runs the window.
    static int runWindow(const QString& dataDir);
    // Renders the screens in English and French to PNG files in outDir (loading the demo data on a
    // new profile first), so anyone can look at them; fails if a screen renders empty.
    static int screenshots(const QString& dataDir, const QString& outDir);
};

} // namespace open211
