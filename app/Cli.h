// The command line: global options (given before any subcommand) and the subcommands that work
// on a profile's database without opening a window.
#pragma once

#include <QStringList>

namespace open211::cli {

struct GlobalOptions
{
    QString dataDir;
    QString language; // "en", "fr" or empty for the system's
    QString screenshotsDir; // --screenshots OUT: render the screens to PNG and exit
    QString command; // empty: open the window
    QStringList commandArgs;
    bool version = false;
    bool help = false;
    QString error;
};

GlobalOptions parseGlobal(const QStringList& arguments);
QString usage();
bool isCommand(const QString& name);
// Runs a subcommand; returns the process exit code.
int run(const GlobalOptions& options);

} // namespace open211::cli
