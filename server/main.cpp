// open211-hub: the reference provincial hub the workstations sync with. This first version
// answers --version and --help; the HSDS API and the write endpoints follow.
#include <QCommandLineParser>
#include <QCoreApplication>

int main(int argc, char* argv[])
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("open211-hub"));
    QCoreApplication::setApplicationVersion(QStringLiteral(OPEN211_VERSION));
    QCommandLineParser parser;
    parser.setApplicationDescription(
        QCoreApplication::translate("open211-hub", "Open 211 provincial hub: HSDS 3 API and call data on PostgreSQL."));
    parser.addHelpOption();
    parser.addVersionOption();
    parser.process(app);
    return 0;
}
