#include "Workstation.h"

#include "MainWindow.h"
#include "Profile.h"
#include "demo/DemoGenerator.h"
#include "store/Database.h"
#include "store/ResourceStore.h"

#include <QApplication>
#include <QDir>
#include <QImage>
#include <QLibraryInfo>
#include <QLocale>
#include <QMessageBox>
#include <QPixmap>
#include <QTextStream>
#include <QTranslator>

namespace open211 {

namespace {
QTranslator* appTranslator = nullptr;
QTranslator* qtTranslator = nullptr;
} // namespace

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
    if (qtTranslator->load(QLocale(QLocale::French),
                           QStringLiteral("qtbase"),
                           QStringLiteral("_"),
                           QLibraryInfo::path(QLibraryInfo::TranslationsPath)))
        QCoreApplication::installTranslator(qtTranslator);
    return ok;
}

namespace {

// Opens the profile; a new one gets the embedded demo data, so there is something to work with.
std::unique_ptr<Database> openProfile(const QString& dataDir, QString* error)
{
    const Profile profile(dataDir);
    auto db = Database::open(profile.databasePath());
    if (!db) {
        *error = db.error();
        return nullptr;
    }
    if (auto counts = ResourceStore(**db).counts(); counts && counts->services == 0) {
        if (auto demo = DemoGenerator::generate(**db, DemoOptions{}); !demo)
            *error = Workstation::tr("The demo data could not be loaded: %1").arg(demo.error());
    }
    return std::move(db).value();
}

} // namespace

int Workstation::screenshots(const QString& dataDir, const QString& outDir)
{
    QString error;
    auto db = openProfile(dataDir, &error);
    if (!db) {
        qCritical("%s", qPrintable(error));
        return 1;
    }
    if (!QDir().mkpath(outDir)) {
        qCritical("%s", qPrintable(tr("Cannot create the folder %1.").arg(outDir)));
        return 1;
    }
    int failures = 0;
    for (const QString& lang : {QStringLiteral("en"), QStringLiteral("fr")}) {
        setLanguage(lang);
        MainWindow window(*db);
        window.resize(1400, 860);
        window.show();
        QApplication::processEvents();
        const QImage image = window.grab().toImage();
        const QString path = QDir(outDir).filePath(QStringLiteral("main-%1.png").arg(lang));
        // A screen that rendered nothing is one colour from corner to corner.
        bool blank = true;
        for (int y = 0; y < image.height() && blank; y += 7) {
            for (int x = 0; x < image.width() && blank; x += 7)
                blank = image.pixel(x, y) == image.pixel(0, 0);
        }
        if (blank || !image.save(path)) {
            qCritical("%s", qPrintable(tr("The screen %1 could not be rendered.").arg(path)));
            ++failures;
        } else {
            QTextStream(stdout) << path << '\n';
        }
    }
    return failures == 0 ? 0 : 1;
}

int Workstation::runWindow(const QString& dataDir)
{
    QString error;
    auto db = openProfile(dataDir, &error);
    if (!db) {
        QMessageBox::critical(nullptr, tr("Open 211 Workstation"), error);
        return 1;
    }
    if (!error.isEmpty())
        QMessageBox::warning(nullptr, tr("Open 211 Workstation"), error);
    MainWindow window(*db);
    window.show();
    return QApplication::exec();
}

} // namespace open211
