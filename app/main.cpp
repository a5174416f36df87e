// open211: the workstation. Parses the global options, then runs a command-line subcommand or
// opens the window.
#include "Cli.h"
#include "Workstation.h"

#include <QApplication>
#include <QTextStream>

int main(int argc, char* argv[])
{
    QStringList args;
    for (int i = 0; i < argc; ++i)
        args << QString::fromLocal8Bit(argv[i]);
    const auto options = open211::cli::parseGlobal(args);

    if (!options.command.isEmpty() || options.version || options.help || !options.error.isEmpty()) {
        QCoreApplication app(argc, argv);
        open211::Workstation::setIdentity(options.language);
        QTextStream out(stdout), err(stderr);
        if (!options.error.isEmpty()) {
            err << options.error << '\n' << open211::cli::usage();
            return 2;
        }
        if (options.version) {
            out << "open211 " << OPEN211_VERSION << '\n';
            return 0;
        }
        if (options.help) {
            out << open211::cli::usage();
            return 0;
        }
        return open211::cli::run(options);
    }

    QApplication app(argc, argv);
    open211::Workstation::setIdentity(options.language);
    if (!options.screenshotsDir.isEmpty())
        return open211::Workstation::screenshots(options.dataDir, options.screenshotsDir);
    return open211::Workstation::runWindow(options.dataDir);
}
