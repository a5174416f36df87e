#include "Workstation.h"

#include "CurlTransport.h"
#include "MainWindow.h"
#include "Profile.h"
#include "SyncClient.h"
#include "SyncEngine.h"
#include "call/CallHistoryDialog.h"
#include "call/CallPanel.h"
#include "call/ReferralSummaryDialog.h"
#include "call/SearchPanel.h"
#include "call/SettingsDialog.h"
#include "calls/CallAutosaver.h"
#include "demo/DemoCalls.h"
#include "demo/DemoGenerator.h"
#include "maintenance/ConflictDialog.h"
#include "maintenance/MaintenancePanel.h"
#include "maintenance/RecordDialog.h"
#include "maintenance/RecordForm.h"
#include "maintenance/ResourceEditor.h"
#include "reports/ReportsPanel.h"
#include "resources/ResourceDetailView.h"
#include "search/SearchResultModel.h"
#include "security/CallerKeys.h"
#include "session/AuditDialog.h"
#include "session/LockScreen.h"
#include "store/AccountStore.h"
#include "store/AuditStore.h"
#include "store/CallStore.h"
#include "store/Database.h"
#include "store/ReportStore.h"
#include "store/ResourceStore.h"
#include "store/SyncStore.h"
#include "sync/SignInDialog.h"
#include "sync/SyncPanel.h"

#include <QApplication>
#include <QDeadlineTimer>
#include <QDir>
#include <QImage>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLibraryInfo>
#include <QLineEdit>
#include <QLocale>
#include <QMessageBox>
#include <QPixmap>
#include <QSettings>
#include <QStatusBar>
#include <QTemporaryDir>
#include <QTextStream>
#include <QThread>
#include <QTranslator>
#include <functional>

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
    QString chosen = language;
    if (chosen.isEmpty())
        chosen = QSettings().value(QStringLiteral("language")).toString(); // Settings → Interface language
    setLanguage(chosen.isEmpty() ? QLocale::system().name().left(2) : chosen);
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

QString Workstation::language()
{
    return QLocale().language() == QLocale::French ? QStringLiteral("fr") : QStringLiteral("en");
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

namespace {

// A screen that rendered nothing is one colour from corner to corner.
bool isBlank(const QImage& image)
{
    for (int y = 0; y < image.height(); y += 7) {
        for (int x = 0; x < image.width(); x += 7) {
            if (image.pixel(x, y) != image.pixel(0, 0))
                return false;
        }
    }
    return true;
}

// Runs the event loop until `done` holds or the time is up (screens render asynchronously).
bool waitFor(const std::function<bool()>& done, int msecs = 20000)
{
    QDeadlineTimer deadline(msecs);
    while (!done()) {
        if (deadline.hasExpired())
            return false;
        QCoreApplication::processEvents(QEventLoop::AllEvents, 50);
        QThread::msleep(10);
    }
    return true;
}

} // namespace

namespace {

// The resource maintenance screens on a copy of their own (the edits made for them queue uploads):
// the editor with a problem under its field, a phone form that refuses a number, the detail after
// an edit, the work list and a conflict with the hub.
bool screenMaintenance(Database& db,
                       const QTemporaryDir& scratch,
                       const QString& lang,
                       const QString& serviceId,
                       QWidget* window,
                       const std::function<void(QWidget*, const QString&)>& save)
{
    const QString copy = scratch.filePath(QStringLiteral("maintenance-%1.sqlite").arg(lang));
    if (auto st = db.backupTo(copy); !st) {
        qCritical("%s", qPrintable(st.error()));
        return false;
    }
    auto opened = Database::open(copy);
    if (!opened) {
        qCritical("%s", qPrintable(opened.error()));
        return false;
    }
    Database& m = **opened;
    const Editor rita{QStringLiteral("rita"), QStringLiteral("resource_specialist")};
    MaintenanceStore store(m);
    const auto service = store.record(hsds::Table::Service, serviceId);
    if (!service) {
        qCritical("%s", qPrintable(service.error()));
        return false;
    }

    // Edits of the kind a day brings: the service verified, its hours' note, a fee; a suggestion.
    QVariantMap fields = service->fields;
    fields.insert(QStringLiteral("alert"),
                  lang == QLatin1String("fr") ? QStringLiteral("Fermé le lundi de Pâques.")
                                              : QStringLiteral("Closed on Easter Monday."));
    (void)store.save(rita, hsds::Table::Service, serviceId, fields);
    (void)store.markVerified(rita, serviceId, QDate::currentDate());
    (void)store.save(rita,
                     hsds::Table::CostOption,
                     QString(),
                     {{QStringLiteral("service_id"), serviceId},
                      {QStringLiteral("option"),
                       lang == QLatin1String("fr") ? QStringLiteral("Par visite") : QStringLiteral("Per visit")},
                      {QStringLiteral("amount"), 0}});
    (void)store.suggestChange(QStringLiteral("sam"),
                              hsds::Table::Service,
                              serviceId,
                              lang == QLatin1String("fr")
                                  ? QStringLiteral("La ligne d'accueil répond maintenant au 705-555-0142.")
                                  : QStringLiteral("The intake line now answers at 705-555-0142."));

    // The detail as a specialist sees it after the edits: verified, waiting to upload, history.
    {
        ResourceDetailView detail;
        detail.setDatabase(&m);
        detail.resize(900, 1900);
        bool loaded = false;
        QObject::connect(&detail, &ResourceDetailView::loaded, [&loaded](bool) { loaded = true; });
        if (auto d = ResourceStore(m).serviceDetail(serviceId)) {
            DetailContext context;
            context.language = lang;
            detail.showService(*d, context);
        }
        detail.show();
        waitFor([&] { return loaded; }, 5000);
        waitFor([] { return false; }, 600);
        save(&detail, QStringLiteral("detail-maintained-%1.png").arg(lang));
    }

    // The editor: ages the wrong way round are refused, under the field.
    {
        ResourceEditor editor(m, rita, hsds::Table::Service, serviceId, window);
        editor.show();
        editor.form()->setValue(QStringLiteral("minimum_age"), 18);
        editor.form()->setValue(QStringLiteral("maximum_age"), 12);
        editor.save();
        save(&editor, QStringLiteral("editor-%1.png").arg(lang));
        editor.hide();
    }
    {
        RecordDialog phone(m, rita, hsds::Table::Phone, window);
        phone.form()->setParentColumn(QStringLiteral("service_id"), serviceId);
        phone.form()->setNew();
        phone.form()->setValue(QStringLiteral("number"), QStringLiteral("555-01"));
        phone.form()->setValue(QStringLiteral("type"), QStringLiteral("voice"));
        phone.show();
        phone.save();
        save(&phone, QStringLiteral("phone-form-%1.png").arg(lang));
        phone.hide();
    }

    // A conflict: the hub's record changed after the edit above was saved.
    qint64 seq = 0;
    if (const auto due = SyncStore(m).dueEntries(QDateTime::currentDateTimeUtc().addYears(1), 1000)) {
        for (const OutboxEntry& e : *due) {
            if (e.entityId == QStringLiteral("service/") + serviceId)
                seq = e.seq;
        }
    }
    if (seq > 0) {
        QJsonObject hub = QJsonObject::fromVariantMap(service->fields);
        hub.insert(QStringLiteral("id"), serviceId);
        hub.insert(QStringLiteral("version"), service->version + 1);
        hub.insert(QStringLiteral("application_process"),
                   lang == QLatin1String("fr") ? QStringLiteral("Sur rendez-vous seulement : appelez avant de venir.")
                                               : QStringLiteral("By appointment only: call before you come."));
        (void)SyncStore(m).markConflict(
            seq,
            QJsonDocument(hub).toJson(QJsonDocument::Compact),
            SyncClient::tr("The hub refused the request (HTTP %1)%2")
                .arg(409)
                .arg(QStringLiteral(": the record changed on the hub since version %1").arg(service->version)));
    }
    {
        MaintenancePanel panel(m, rita, window);
        panel.show();
        save(&panel, QStringLiteral("worklist-%1.png").arg(lang));
        panel.tabs()->setCurrentIndex(MaintenancePanel::SuggestionsTab);
        save(&panel, QStringLiteral("worklist-suggestions-%1.png").arg(lang));
        panel.hide();
    }
    if (const auto conflicts = store.conflicts(); conflicts && !conflicts->isEmpty()) {
        ConflictDialog dialog(m, rita, conflicts->first(), window);
        dialog.show();
        save(&dialog, QStringLiteral("conflict-%1.png").arg(lang));
        dialog.hide();
    }
    return true;
}

// The community needs reports on a copy of their own holding a year of calls: the profile's, or
// when it has few, 3,000 made-up ones (made once, for both languages). The top of the report, and
// the report drilled into its largest category.
bool screenReports(Database& db,
                   const QTemporaryDir& scratch,
                   const QString& lang,
                   QWidget* window,
                   std::unique_ptr<Database>& reportsDb,
                   const std::function<void(QWidget*, const QString&)>& save)
{
    if (!reportsDb) {
        const QString copy = scratch.filePath(QStringLiteral("reports.sqlite"));
        if (auto st = db.backupTo(copy); !st) {
            qCritical("%s", qPrintable(st.error()));
            return false;
        }
        auto opened = Database::open(copy);
        if (!opened) {
            qCritical("%s", qPrintable(opened.error()));
            return false;
        }
        reportsDb = std::move(opened).value();
        const QDate today = QDate::currentDate();
        const QDate from = QDate(today.year(), today.month(), 1).addMonths(-11);
        ReportFilter year;
        year.from = from;
        year.to = today;
        const auto report = ReportStore(*reportsDb).build(year);
        if (!report || report->calls < 500) {
            if (auto made = DemoCalls::generate(*reportsDb, DemoCallOptions{3000, 211, from, today}); !made) {
                qCritical("%s", qPrintable(made.error()));
                return false;
            }
        }
    }
    ReportsPanel panel(*reportsDb, window);
    panel.resize(1240, 900);
    panel.show();
    const auto settled = [&panel] {
        return waitFor([&panel] { return panel.isIdle(); }, 30000);
    };
    if (!settled() || !panel.report()) {
        qCritical("The report was not built.");
        return false;
    }
    waitFor([] { return false; }, 800); // let the page paint
    save(&panel, QStringLiteral("reports-%1.png").arg(lang));
    if (!panel.report()->categories.isEmpty()) {
        panel.drillInto(panel.report()->categories.first().key);
        if (!settled() || !panel.report()) {
            qCritical("The drilled-down report was not built.");
            return false;
        }
        waitFor([] { return false; }, 800);
        save(&panel, QStringLiteral("reports-drilled-%1.png").arg(lang));
    }
    panel.hide();
    return true;
}

} // namespace

int Workstation::screenshots(const QString& dataDir, const QString& outDir)
{
    QString error;
    std::unique_ptr<Database> db;
    // The screens are shot on a copy of the profile: the calls made for them never reach the
    // profile's history or its uploads.
    QTemporaryDir scratch;
    {
        auto profileDb = openProfile(dataDir, &error);
        if (!profileDb) {
            qCritical("%s", qPrintable(error));
            return 1;
        }
        const QString copy = scratch.filePath(QStringLiteral("screens.sqlite"));
        if (auto st = profileDb->backupTo(copy); !st) {
            qCritical("%s", qPrintable(st.error()));
            return 1;
        }
        auto opened = Database::open(copy);
        if (!opened) {
            qCritical("%s", qPrintable(opened.error()));
            return 1;
        }
        db = std::move(opened).value();
    }
    if (!QDir().mkpath(outDir)) {
        qCritical("%s", qPrintable(tr("Cannot create the folder %1.").arg(outDir)));
        return 1;
    }
    int failures = 0;
    const auto save = [&](QWidget* widget, const QString& name) {
        QApplication::processEvents();
        const QImage image = widget->grab().toImage();
        const QString path = QDir(outDir).filePath(name);
        if (isBlank(image) || !image.save(path)) {
            qCritical("%s", qPrintable(tr("The screen %1 could not be rendered.").arg(path)));
            ++failures;
        } else {
            QTextStream(stdout) << path << '\n';
        }
    };
    std::unique_ptr<Database> reportsDb;
    for (const QString& lang : {QStringLiteral("en"), QStringLiteral("fr")}) {
        setLanguage(lang);
        MainWindow window(*db);
        window.resize(1440, 900);
        window.show();
        // The day starts at the sign-in.
        window.lockScreen()->showSignIn(
            QStringLiteral("https://hub.example.org"), QStringLiteral("mtremblay"), QString());
        save(&window, QStringLiteral("sign-in-screen-%1.png").arg(lang));
        // A session of the shots' own: what they seal opens with a key no one keeps.
        CallerKeys::install(KeyRing::generate());
        window.beginSession(SessionUser{QStringLiteral("mtremblay"),
                                        QStringLiteral("Marie Tremblay"),
                                        QStringLiteral("specialist"),
                                        QStringLiteral("https://hub.example.org"),
                                        QString(),
                                        false,
                                        QDateTime()});
        window.newCall();
        CallPanel* call = window.callPanel();
        call->locationEdit()->setText(QStringLiteral("Sudbury"));
        emit call->locationEdit()->editingFinished();
        call->needEdit()->setText(lang == QLatin1String("fr") ? QStringLiteral("banque alimentaire")
                                                              : QStringLiteral("food bank"));
        emit call->needEdit()->returnPressed();
        SearchPanel* search = window.searchPanel();
        waitFor([&] { return search->isIdle() && search->resultModel()->rowCount() > 0; });
        window.addReferral();
        search->nextResult();
        window.addReferral();
        call->markMet();
        waitFor([&] { return search->detailView()->hasService(); });
        // The detail view loads asynchronously: give it its load.
        bool loaded = false;
        const auto connection
            = QObject::connect(search->detailView(), &ResourceDetailView::loaded, [&loaded](bool) { loaded = true; });
        search->openDetail();
        waitFor([&] { return loaded; }, 5000);
        const QString shownService = search->currentResult() ? search->currentResult()->serviceId : QString();
        QObject::disconnect(connection);
        waitFor([] { return false; }, 600); // let the page paint
        window.statusBar()->clearMessage(); // the status bar as it stands: connection, uploads waiting
        save(&window, QStringLiteral("call-%1.png").arg(lang));
        save(search->detailView(), QStringLiteral("detail-%1.png").arg(lang));
        // Away from the desk: the call waits behind the lock.
        window.lock();
        save(&window, QStringLiteral("lock-%1.png").arg(lang));
        window.beginSession(*window.session());

        ReferralSummaryDialog summary(*db, call->call(), &window);
        summary.setSummaryLanguage(lang);
        summary.show();
        save(&summary, QStringLiteral("summary-%1.png").arg(lang));
        summary.close();

        // The history holds the call, ended, beside an earlier one with a follow-up due.
        window.autosaver()->waitForIdle();
        Call earlier = CallStore::newCall(window.specialist(), QDateTime::currentDateTimeUtc().addSecs(-3 * 3600));
        earlier.municipality = QStringLiteral("Timmins");
        earlier.needs.append(
            CallerNeed{QStringLiteral("shot-need-") + lang,
                       QString(),
                       QStringLiteral("BH-1800.8500"),
                       lang == QLatin1String("fr") ? QStringLiteral("Refuges") : QStringLiteral("Shelters"),
                       false,
                       QStringLiteral("wait_list"),
                       QString()});
        earlier.followUp = FollowUp{QStringLiteral("shot-follow-up-") + lang,
                                    earlier.startedAt.addDays(1),
                                    true,
                                    QStringLiteral("due"),
                                    {},
                                    {},
                                    {}};
        earlier.endedAt = earlier.startedAt.addSecs(7 * 60 + 12);
        (void)CallStore(*db).end(earlier, earlier.endedAt);
        window.endCall();
        window.autosaver()->waitForIdle();
        CallHistoryDialog history(*db, window.specialist(), &window);
        history.show();
        save(&history, QStringLiteral("history-%1.png").arg(lang));
        history.close();
        window.autosaver()->waitForIdle();

        // The Sync panel on a copy of its own, with a history and an upload the hub refused, as
        // a workstation has after a day with a hub that was away for a while.
        const QString syncCopy = scratch.filePath(QStringLiteral("sync-%1.sqlite").arg(lang));
        if (auto st = db->backupTo(syncCopy); !st) {
            qCritical("%s", qPrintable(st.error()));
            return 1;
        }
        auto syncDb = Database::open(syncCopy);
        if (!syncDb) {
            qCritical("%s", qPrintable(syncDb.error()));
            return 1;
        }
        {
            SyncStore store(**syncDb);
            const QDateTime now = QDateTime::currentDateTimeUtc();
            const auto addRun = [&](int minutesAgo, qint64 pulled, qint64 pushed, qint64 bytes, const QString& error) {
                SyncRun run;
                run.startedAt = now.addSecs(-60 * minutesAgo);
                run.finishedAt = run.startedAt.addSecs(error.isEmpty() ? 4 : 10);
                if (auto id = store.beginRun(run.startedAt))
                    run.id = *id;
                run.pulled = pulled;
                run.deleted = pulled / 40;
                run.pushed = pushed;
                run.bytes = bytes;
                run.outcome = error.isEmpty() ? QStringLiteral("ok") : QStringLiteral("failed");
                run.error = error;
                (void)store.finishRun(run);
            };
            addRun(185, 2140, 0, 3481277, QString());
            addRun(125, 37, 3, 48213, QString());
            addRun(65,
                   0,
                   0,
                   0,
                   CurlTransport::tr("Cannot reach the hub (%1).")
                       .arg(QStringLiteral("Could not resolve host: hub.example.org")));
            addRun(35,
                   0,
                   0,
                   0,
                   CurlTransport::tr("The hub did not answer in time (%1).")
                       .arg(QStringLiteral("Connection timed out after 10001 milliseconds")));
            Call refused = CallStore::newCall(window.specialist(), now.addSecs(-50 * 60));
            refused.disposition = QStringLiteral("completed");
            refused.municipality = QStringLiteral("Kapuskasing");
            if (CallStore(**syncDb).end(refused, now.addSecs(-45 * 60))) {
                if (auto due = store.dueEntries(now.addYears(1), 100)) {
                    for (const OutboxEntry& e : *due) {
                        if (e.entityId == refused.id)
                            (void)store.markFailed(
                                e.seq,
                                SyncClient::tr("The hub refused the request (HTTP %1)%2")
                                    .arg(422)
                                    .arg(QStringLiteral(": needs[0].taxonomy_code is not a term the hub knows")));
                    }
                }
            }
        }
        {
            // Configured but not signed in: it shows the state and reaches for nothing.
            SyncEngine engine((*syncDb)->path());
            engine.configure(QStringLiteral("https://hub.example.org"), QString(), 300);
            waitFor([&] { return engine.status().link == SyncStatus::Link::SignInNeeded; }, 5000);
            SyncPanel panel(**syncDb, engine, &window);
            panel.show();
            panel.refresh();
            save(&panel, QStringLiteral("sync-%1.png").arg(lang));
            panel.close();
        }
        {
            SettingsDialog settings(&window);
            settings.show();
            save(&settings, QStringLiteral("settings-%1.png").arg(lang));
            settings.close();
            SignInDialog signIn(QStringLiteral("https://hub.example.org"), QStringLiteral("mtremblay"), &window);
            signIn.show();
            save(&signIn, QStringLiteral("sign-in-%1.png").arg(lang));
            signIn.close();
        }
        if (!shownService.isEmpty() && !screenMaintenance(*db, scratch, lang, shownService, &window, save))
            ++failures;
        if (!screenReports(*db, scratch, lang, &window, reportsDb, save))
            ++failures;
        {
            // The audit log as a supervisor reads it: the call opened, the lock, the sign-ins.
            const QDateTime now = QDateTime::currentDateTimeUtc();
            AuditStore log(*db);
            (void)log.record(
                QStringLiteral("jnoel"),
                QStringLiteral("sign_in_failed"),
                QStringLiteral("account"),
                QStringLiteral("jnoel"),
                AccountStore::tr("Wrong password for %1 (checked on this workstation: the hub cannot be reached).")
                    .arg(QStringLiteral("jnoel")),
                now.addSecs(-5400));
            (void)log.record(QStringLiteral("jnoel"),
                             QStringLiteral("sign_in_offline"),
                             QStringLiteral("account"),
                             QStringLiteral("jnoel"),
                             QString(),
                             now.addSecs(-5300));
            AuditDialog audit(*db, QStringLiteral("sam"), &window);
            audit.show();
            save(&audit, QStringLiteral("audit-%1.png").arg(lang));
            audit.close();
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
    // Signed in (or resumed, or the sign-in shows); the unfinished call is offered once someone is.
    window.startSession();
    return QApplication::exec();
}

} // namespace open211
