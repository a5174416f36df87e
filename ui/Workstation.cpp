#include "Workstation.h"

#include "MainWindow.h"
#include "Profile.h"
#include "demo/DemoGenerator.h"
#include "store/Database.h"
#include "store/ResourceStore.h"

#include <QApplication>
#include <QLibraryInfo>
#include <QLocale>
#include <QMessageBox>
#include <QTranslator>

namespace open211 {

namespace {
QTranslator* appTranslator = nullptr;
QTranslator* qtTranslator = nullptr;
}

void Workstation::setIdentity(const QString& language)
{
    QCoreApplication::setOrganizationName(QStringLiteral("Open211"));
    QCoreApplication::setApplicationName(QStringLiteral("open211"));
    QCoreApplication::setApplicationVersion(QStringLiteral(OPEN211_VERSION));
    setLanguage(language.isEmpty() ? QLocale::system().name().left(2) : language);
}

bool Workstation::setLanguage(const QString& language)
{
    const bool french = language.startsWith(QLatin1String("fr"));
    QLocale::setDefault(QLocale(french ? QLocale::French : QLocale::English, QLocale::Canada));
    if (!appTranslator) {
        appTranslator = new QTranslator(qApp);
        qtTranslator = new QTranslator(qApp);
    }
    QCoreApplication::removeTranslator(appTranslator);
    QCoreApplication::removeTranslator(qtTranslator);
    if (!french)
        return true;
    const bool ok = appTranslator->load(QStringLiteral(":/i18n/open211_fr.qm"));
    if (ok)
        QCoreApplication::installTranslator(appTranslator);
    if (qtTranslator->load(QLocale(QLocale::French), QStringLiteral("qtbase"), QStringLiteral("_"),
                           QLibraryInfo::path(QLibraryInfo::TranslationsPath)))
        QCoreApplication::installTranslator(qtTranslator);
    return ok;
}

int Workstation::runWindow(const QString& dataDir)
{
    const Profile profile(dataDir);
    auto db = Database::open(profile.databasePath());
    if (!db) {
        QMessageBox::critical(nullptr, tr("Open 211 Workstation"), db.error());
        return 1;
    }
    // A new profile opens on the embedded demo data, so there is something to work with at once.
    if (auto counts = ResourceStore(**db).counts(); counts && counts->services == 0) {
        if (auto demo = DemoGenerator::generate(**db, DemoOptions{}); !demo) {
            QMessageBox::warning(nullptr, tr("Open 211 Workstation"),
                                 tr("The demo data could not be loaded: %1").arg(demo.error()));
        }
    }
    MainWindow window(**db);
    window.show();
    return QApplication::exec();
}

} // namespace open211
