#include "reports/ReportsPanel.h"

#include "Workstation.h"
#include "geo/Gazetteer.h"
#include "maintenance/MaintenanceText.h"
#include "reports/OpenDataDialog.h"
#include "reports/ReportExport.h"
#include "reports/ReportHtml.h"
#include "reports/ReportView.h"
#include "store/Database.h"
#include "store/ReportStore.h"

#include <QAction>
#include <QComboBox>
#include <QCompleter>
#include <QDateEdit>
#include <QDialogButtonBox>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QFutureWatcher>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPageSize>
#include <QPushButton>
#include <QSaveFile>
#include <QSettings>
#include <QStandardPaths>
#include <QStringListModel>
#include <QTimer>
#include <QVBoxLayout>
#include <QWebEngineView>
#include <QtConcurrent/QtConcurrentRun>

namespace open211 {

// What a build on the worker thread hands back.
struct ReportsPanel::Outcome
{
    std::optional<CommunityReport> report;
    QString error;
    QList<ReportTerm> trail;
    QSet<QString> drillable;
};

namespace {

// Writes a file whole or not at all.
Status writeFile(const QString& path, const QByteArray& data)
{
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(data) != data.size() || !file.commit())
        return Error{file.errorString()};
    return {};
}

// Where the paper size comes from: the system's own locale, else the interface's.
QLocale paperLocale()
{
    const QLocale system = QLocale::system();
    return system.language() == QLocale::C ? QLocale() : system;
}

} // namespace

ReportsPanel::ReportsPanel(Database& db, QWidget* parent)
    : QDialog(parent)
    , m_db(db)
    , m_today(QDate::currentDate())
    , m_preset(new QComboBox(this))
    , m_from(new QDateEdit(this))
    , m_to(new QDateEdit(this))
    , m_granularity(new QComboBox(this))
    , m_region(new QComboBox(this))
    , m_municipality(new QLineEdit(this))
    , m_places(new QStringListModel(this))
    , m_buildingLabel(new QLabel(this))
    , m_view(new ReportView(this))
    , m_message(new QLabel(this))
    , m_refreshTimer(new QTimer(this))
{
    //: Title of the community needs reports screen
    setWindowTitle(tr("Community needs reports"));
    setWindowFlag(Qt::WindowMaximizeButtonHint);
    auto* layout = new QVBoxLayout(this);

    // The filters.
    auto* filters = new QHBoxLayout;
    const auto labelFor = [this, filters](const QString& text, QWidget* buddy, const QString& name) {
        auto* label = new QLabel(text, this);
        label->setBuddy(buddy);
        buddy->setAccessibleName(name);
        filters->addWidget(label);
        filters->addWidget(buddy);
    };
    //: A period preset of the reports
    m_preset->addItem(tr("This month"), ThisMonth);
    //: A period preset of the reports
    m_preset->addItem(tr("Last month"), LastMonth);
    //: A period preset of the reports: this month and the two before
    m_preset->addItem(tr("Last 3 months"), LastThreeMonths);
    //: A period preset of the reports: this month and the eleven before
    m_preset->addItem(tr("Last 12 months"), LastTwelveMonths);
    //: A period preset of the reports: from January 1st to today
    m_preset->addItem(tr("This year"), ThisYear);
    //: A period preset of the reports: the dates chosen by hand
    m_preset->addItem(tr("Custom"), Custom);
    m_preset->setToolTip(tr("The months counted include this one, up to today"));
    labelFor(tr("&Period:"), m_preset, tr("Period"));
    for (QDateEdit* edit : {m_from, m_to}) {
        edit->setCalendarPopup(true);
        edit->setDisplayFormat(QStringLiteral("yyyy-MM-dd")); // Canada's numeric dates, in both languages
        edit->setMinimumDate(QDate(2000, 1, 1));
    }
    //: The first day of the report's period
    labelFor(tr("&From:"), m_from, tr("First day"));
    //: The last day of the report's period
    labelFor(tr("&To:"), m_to, tr("Last day"));
    //: How the report groups calls over time
    m_granularity->addItem(tr("Day"), int(ReportGranularity::Day));
    m_granularity->addItem(tr("Week"), int(ReportGranularity::Week));
    m_granularity->addItem(tr("Month"), int(ReportGranularity::Month));
    //: How the report groups calls over time: by day, week or month
    labelFor(tr("&By:"), m_granularity, tr("Group periods by"));
    filters->addSpacing(8);
    //: All of Ontario's regions
    m_region->addItem(tr("All regions"), QString());
    for (const QString& r : MaintenanceText::regions())
        m_region->addItem(MaintenanceText::regionName(r), r);
    labelFor(tr("&Region:"), m_region, tr("Region"));
    m_municipality->setPlaceholderText(tr("All municipalities"));
    m_municipality->setClearButtonEnabled(true);
    m_municipality->setMinimumWidth(170);
    auto* completer = new QCompleter(m_places, this);
    completer->setCaseSensitivity(Qt::CaseInsensitive);
    completer->setFilterMode(Qt::MatchContains);
    completer->setCompletionMode(QCompleter::PopupCompletion);
    m_municipality->setCompleter(completer);
    labelFor(tr("&Municipality:"), m_municipality, tr("Municipality"));
    filters->addStretch(1);
    layout->addLayout(filters);

    // Where in the taxonomy, and whether a build is under way.
    auto* status = new QHBoxLayout;
    m_up = new QPushButton(tr("&Up a level"), this);
    m_up->setToolTip(tr("Back to the category above (Backspace or Alt+Up)"));
    status->addWidget(m_up);
    m_buildingLabel->setText(tr("Building the report…"));
    m_buildingLabel->setAccessibleName(tr("Report status"));
    status->addWidget(m_buildingLabel);
    status->addStretch(1);
    layout->addLayout(status);

    m_view->setAccessibleName(tr("Community needs report"));
    m_view->webView()->setAccessibleName(tr("Community needs report"));
    m_view->setMinimumHeight(300);
    layout->addWidget(m_view, 1);
    m_message->setWordWrap(true);
    m_message->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_message->hide();
    layout->addWidget(m_message);

    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    m_csv = buttons->addButton(tr("Export C&SV…"), QDialogButtonBox::ActionRole);
    m_csv->setToolTip(tr("Write every table of the report as a CSV file into a folder"));
    m_pdf = buttons->addButton(tr("Save as P&DF…"), QDialogButtonBox::ActionRole);
    m_pdf->setToolTip(tr("Save the report as it is shown, charts and tables, as a PDF to print or send"));
    m_openData = buttons->addButton(tr("&Open data…"), QDialogButtonBox::ActionRole);
    m_openData->setToolTip(tr("Needs by period, region and category, with small counts hidden: no personal data"));
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    layout->addWidget(buttons);
    for (QPushButton* b : findChildren<QPushButton*>())
        b->setAutoDefault(false);

    // Back up a level: Backspace where no text is typed (a text field keeps it), and Alt+Up.
    auto* up = new QAction(this);
    up->setShortcuts({QKeySequence(Qt::ALT | Qt::Key_Up), QKeySequence(Qt::Key_Backspace)});
    connect(up, &QAction::triggered, this, &ReportsPanel::drillUp);
    addAction(up);
    connect(m_up, &QPushButton::clicked, this, &ReportsPanel::drillUp);
    connect(m_view, &ReportView::drillRequested, this, &ReportsPanel::drillInto);
    connect(m_csv, &QPushButton::clicked, this, &ReportsPanel::chooseCsvFolder);
    connect(m_pdf, &QPushButton::clicked, this, &ReportsPanel::choosePdfFile);
    connect(m_openData, &QPushButton::clicked, this, &ReportsPanel::chooseOpenData);

    m_refreshTimer->setSingleShot(true);
    m_refreshTimer->setInterval(150);
    connect(m_refreshTimer, &QTimer::timeout, this, &ReportsPanel::refresh);
    connect(m_preset, &QComboBox::currentIndexChanged, this, [this] {
        if (m_settingControls)
            return;
        applyPreset();
        m_refreshTimer->start();
    });
    for (QDateEdit* edit : {m_from, m_to}) {
        connect(edit, &QDateEdit::dateChanged, this, [this] {
            if (m_settingControls)
                return;
            // Dates picked by hand make a custom period.
            const QSignalBlocker block(m_preset);
            m_preset->setCurrentIndex(m_preset->findData(Custom));
            m_refreshTimer->start();
        });
    }
    connect(m_granularity, &QComboBox::currentIndexChanged, this, [this] {
        if (!m_settingControls)
            m_refreshTimer->start();
    });
    connect(m_region, &QComboBox::currentIndexChanged, this, [this] {
        fillMunicipalities();
        m_refreshTimer->start();
    });
    connect(m_municipality, &QLineEdit::editingFinished, this, [this] {
        if (m_municipality->text().trimmed() != (m_report ? m_report->filter.municipality : QString()))
            m_refreshTimer->start();
    });
    connect(completer, qOverload<const QString&>(&QCompleter::activated), this, [this] { m_refreshTimer->start(); });

    fillMunicipalities();
    setPreset(LastTwelveMonths);
    resize(1240, 880);
    m_view->setHtml(ReportHtml::placeholder(language(), tr("Building the report…")));
    refresh();
    m_preset->setFocus();
}

ReportsPanel::~ReportsPanel()
{
    // A build still running finishes on its own thread; its result goes nowhere.
    ++m_generation;
}

bool ReportsPanel::isIdle() const
{
    return !m_building && !m_refreshTimer->isActive() && !m_view->isLoading();
}

QString ReportsPanel::language() const
{
    return Workstation::language();
}

void ReportsPanel::setToday(const QDate& today)
{
    m_today = today;
    applyPreset();
    refresh();
}

void ReportsPanel::setPreset(Preset preset)
{
    {
        const QSignalBlocker block(m_preset);
        m_preset->setCurrentIndex(m_preset->findData(preset));
    }
    applyPreset();
    m_refreshTimer->start();
}

void ReportsPanel::setPeriod(const QDate& from, const QDate& to)
{
    m_settingControls = true;
    m_preset->setCurrentIndex(m_preset->findData(Custom));
    m_from->setDate(from);
    m_to->setDate(to);
    m_settingControls = false;
    m_refreshTimer->start();
}

void ReportsPanel::setGranularity(ReportGranularity granularity)
{
    m_granularity->setCurrentIndex(m_granularity->findData(int(granularity)));
    m_refreshTimer->start();
}

void ReportsPanel::applyPreset()
{
    const QDate t = m_today;
    const QDate month(t.year(), t.month(), 1);
    QDate from, to = t;
    // A short period is best seen by day, a longer one by week or month; the person may change it.
    ReportGranularity by = ReportGranularity::Month;
    switch (Preset(m_preset->currentData().toInt())) {
    case ThisMonth:
        from = month;
        by = ReportGranularity::Day;
        break;
    case LastMonth:
        from = month.addMonths(-1);
        to = month.addDays(-1);
        by = ReportGranularity::Day;
        break;
    case LastThreeMonths:
        from = month.addMonths(-2);
        by = ReportGranularity::Week;
        break;
    case LastTwelveMonths:
        from = month.addMonths(-11);
        break;
    case ThisYear:
        from = QDate(t.year(), 1, 1);
        break;
    case Custom:
        return; // the dates stay as they are
    }
    m_settingControls = true;
    m_from->setDate(from);
    m_to->setDate(to);
    m_granularity->setCurrentIndex(m_granularity->findData(int(by)));
    m_settingControls = false;
}

void ReportsPanel::fillMunicipalities()
{
    // The gazetteer's names in both languages, of the region chosen.
    const QString region = m_region->currentData().toString();
    QStringList names;
    for (const Municipality& m : Gazetteer::ontario().municipalities()) {
        if (!region.isEmpty() && m.region != region)
            continue;
        names << m.name;
        if (!m.nameFr.isEmpty() && m.nameFr != m.name)
            names << m.nameFr;
    }
    names.sort(Qt::CaseInsensitive);
    names.removeDuplicates();
    m_places->setStringList(names);
}

ReportFilter ReportsPanel::filter() const
{
    ReportFilter f;
    f.from = m_from->date();
    f.to = m_to->date();
    f.granularity = ReportGranularity(m_granularity->currentData().toInt());
    f.region = m_region->currentData().toString();
    f.municipality = m_municipality->text().trimmed();
    f.category = m_category;
    return f;
}

ReportsPanel::Outcome ReportsPanel::build(const QString& databasePath, const ReportFilter& filter)
{
    // On a worker thread: a connection of its own, gone when the build is done.
    Outcome out;
    auto db = Database::open(databasePath);
    if (!db) {
        out.error = db.error();
        return out;
    }
    const ReportStore store(**db);
    auto report = store.build(filter);
    if (!report) {
        out.error = report.error();
        return out;
    }
    out.report = std::move(report).value();
    if (auto terms = store.terms()) {
        QHash<QString, ReportTerm> byCode;
        for (const ReportTerm& t : *terms) {
            byCode.insert(t.code, t);
            if (!t.parentCode.isEmpty())
                out.drillable.insert(t.parentCode);
        }
        for (QString code = filter.category; !code.isEmpty() && out.trail.size() < 32;) {
            const auto it = byCode.constFind(code);
            if (it == byCode.constEnd())
                break;
            out.trail.prepend(*it);
            code = it->parentCode;
        }
    }
    return out;
}

void ReportsPanel::refresh()
{
    if (m_printing) {
        // The page is being printed: a new one would cut the PDF short. Built once it is written.
        m_refreshTimer->start();
        return;
    }
    m_refreshTimer->stop();
    const ReportFilter f = filter();
    const int generation = ++m_generation;
    m_building = true;
    m_buildingLabel->setText(tr("Building the report…"));
    m_buildingLabel->show();
    updateActions();
    auto* watcher = new QFutureWatcher<Outcome>(this);
    connect(watcher, &QFutureWatcher<Outcome>::finished, this, [this, watcher, generation] {
        watcher->deleteLater();
        // Only the newest build is shown: filters changed meanwhile make another.
        if (generation == m_generation)
            showOutcome(watcher->result());
    });
    watcher->setFuture(QtConcurrent::run(&ReportsPanel::build, m_db.path(), f));
}

void ReportsPanel::showOutcome(const Outcome& outcome)
{
    m_building = false;
    m_buildingLabel->hide();
    if (!outcome.report) {
        m_report.reset();
        m_view->setHtml(ReportHtml::placeholder(language(), outcome.error));
        showMessage(outcome.error, true);
        updateActions();
        emit reportShown();
        return;
    }
    m_report = ReportHtml::localized(*outcome.report);
    m_trail = outcome.trail;
    m_drillable = outcome.drillable;
    m_category = m_report->filter.category;
    m_message->hide();
    render();
    updateActions();
    emit reportShown();
}

void ReportsPanel::render()
{
    if (!m_report)
        return;
    ReportPageContext context;
    context.language = language();
    context.trail = m_trail;
    context.drillable = m_drillable;
    // Long tables are shortened on the page until it fits (the CSV keeps every row).
    QString html;
    for (int rows : {100, 30, 10}) {
        context.maxTableRows = rows;
        html = ReportHtml::render(*m_report, context);
        if (ReportView::fits(html))
            break;
    }
    m_view->setHtml(html);
    QString where = tr("All categories");
    if (!m_trail.isEmpty()) {
        const ReportTerm& t = m_trail.last();
        where = language() == QLatin1String("fr") && !t.nameFr.isEmpty() ? t.nameFr : t.name;
    }
    //: The report view's description for screen readers: %1 is the category shown
    m_view->webView()->setAccessibleDescription(tr("Needs under %1").arg(where));
}

void ReportsPanel::drillInto(const QString& category)
{
    if (category == m_category && !m_building)
        return;
    m_category = category;
    refresh();
}

void ReportsPanel::drillUp()
{
    if (m_category.isEmpty())
        return;
    QString parent;
    for (int i = 0; i + 1 < m_trail.size(); ++i) {
        if (m_trail[i + 1].code == m_category)
            parent = m_trail[i].code;
    }
    drillInto(parent);
}

void ReportsPanel::updateActions()
{
    const bool ready = m_report.has_value() && !m_building;
    m_csv->setEnabled(ready);
    m_pdf->setEnabled(ready);
    m_openData->setEnabled(ready);
    m_up->setEnabled(!m_category.isEmpty());
}

void ReportsPanel::showMessage(const QString& text, bool error)
{
    QPalette p = palette();
    if (error)
        p.setColor(QPalette::WindowText, QColor(0xa0, 0x1c, 0x1c));
    m_message->setPalette(p);
    m_message->setText(text);
    m_message->setAccessibleName(error ? tr("Problem") : tr("Result"));
    m_message->show();
}

QString ReportsPanel::lastFolder()
{
    const QString saved = QSettings().value(QStringLiteral("reports/lastFolder")).toString();
    if (!saved.isEmpty() && QFileInfo(saved).isDir())
        return saved;
    return QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
}

void ReportsPanel::rememberFolder(const QString& path)
{
    QSettings().setValue(QStringLiteral("reports/lastFolder"), path);
}

Result<int> ReportsPanel::exportCsv(const QString& folder)
{
    if (!m_report || m_building)
        return Error{tr("The report is still being built: export it once it is shown.")};
    const QDir dir(folder);
    if (!QDir().mkpath(dir.absolutePath()))
        return Error{tr("The folder %1 could not be made. Choose a folder you may write to.")
                         .arg(QDir::toNativeSeparators(dir.absolutePath()))};
    const QList<ReportTable> tables = ReportHtml::tables(*m_report, language());
    int written = 0;
    for (const ReportTable& t : tables) {
        const QString path = dir.filePath(t.name + QStringLiteral(".csv"));
        if (auto st = writeFile(path, ReportExport::csv(t)); !st)
            //: %1 is a file, %2 why it could not be written, %3 how many were written before it
            return Error{tr("%1 could not be written (%2); %3 files were written before it. Choose a folder you "
                            "may write to, with room on the disk.")
                             .arg(QDir::toNativeSeparators(path), st.error())
                             .arg(written)};
        ++written;
    }
    //: %1 is how many CSV files, %2 the folder
    showMessage(tr("%1 CSV files written to %2.").arg(written).arg(QDir::toNativeSeparators(dir.absolutePath())));
    return written;
}

Status ReportsPanel::saveAsPdf(const QString& path)
{
    if (!m_report || m_building)
        return Error{tr("The report is still being built: save it once it is shown.")};
    const QFileInfo target(path);
    const QFileInfo folder(target.absolutePath());
    if (!folder.isDir() || !folder.isWritable())
        return Error{tr("The PDF cannot be written in %1: the folder does not exist or you may not write there. "
                        "Choose another place.")
                         .arg(QDir::toNativeSeparators(folder.absoluteFilePath()))};
    const QPageLayout layout = ReportView::pageLayout(paperLocale());
    // The event loop runs while Chromium prints: nothing may change the page meanwhile.
    m_printing = true;
    setEnabled(false);
    const bool printed = m_view->printToPdf(target.absoluteFilePath(), layout);
    setEnabled(true);
    m_printing = false;
    if (!printed)
        return Error{tr("The PDF could not be written to %1. Check that there is room on the disk and that the file "
                        "is not open in another program, then try again.")
                         .arg(QDir::toNativeSeparators(target.absoluteFilePath()))};
    //: %1 is the paper size (Letter, A4), %2 the file
    showMessage(tr("The report was saved as a PDF on %1 paper: %2")
                    .arg(layout.pageSize().name(), QDir::toNativeSeparators(target.absoluteFilePath())));
    return {};
}

Result<OpenDataSummary> ReportsPanel::exportOpenData(const QString& path, int threshold, const QString& language)
{
    if (!m_report || m_building)
        return Error{tr("The report is still being built: export it once it is shown.")};
    threshold = std::clamp(threshold, 1, 1000);
    const ReportTable table = ReportExport::openData(*m_report, threshold, language);
    const QString hidden = QStringLiteral("<%1").arg(threshold);
    OpenDataSummary summary;
    summary.rows = int(table.rows.size());
    const qsizetype needs = table.headers.indexOf(QStringLiteral("needs"));
    const qsizetype met = table.headers.indexOf(QStringLiteral("met"));
    for (const QStringList& row : table.rows) {
        summary.needsSuppressed += row.value(needs) == hidden;
        summary.splitSuppressed += row.value(met) == hidden;
    }
    if (auto st = writeFile(path, ReportExport::csv(table)); !st)
        return Error{tr("The open data could not be written to %1 (%2). Choose a folder you may write to, with "
                        "room on the disk.")
                         .arg(QDir::toNativeSeparators(path), st.error())};
    //: %1 the file, %2 how many rows
    QString text = tr("Open data written to %1: %2 rows of needs by period, region and category. It has no names, "
                      "phone numbers or notes.")
                       .arg(QDir::toNativeSeparators(QFileInfo(path).absoluteFilePath()))
                       .arg(summary.rows);
    if (summary.needsSuppressed == 0 && summary.splitSuppressed == 0)
        text += u' ' + tr("No count was below %1, so none was hidden.").arg(threshold);
    else
        //: %1 the threshold ("<10" is written), %2 and %3 how many rows had counts hidden
        text += u' '
            + tr("Counts below %1 are written as \u201c<%1\u201d: the needs of %2 rows, and the met and unmet "
                 "counts of %3 rows (one would give away the other).")
                  .arg(threshold)
                  .arg(summary.needsSuppressed)
                  .arg(summary.splitSuppressed);
    showMessage(text);
    return summary;
}

void ReportsPanel::chooseCsvFolder()
{
    const QString folder
        = QFileDialog::getExistingDirectory(this, tr("Export the report's tables as CSV"), lastFolder());
    if (folder.isEmpty())
        return;
    rememberFolder(folder);
    if (auto written = exportCsv(folder); !written)
        showMessage(written.error(), true);
}

void ReportsPanel::choosePdfFile()
{
    if (!m_report)
        return;
    const QString name
        = QStringLiteral("community-needs-%1-%2.pdf")
              .arg(m_report->filter.from.toString(Qt::ISODate), m_report->filter.to.toString(Qt::ISODate));
    QString path = QFileDialog::getSaveFileName(
        this, tr("Save the report as PDF"), QDir(lastFolder()).filePath(name), tr("PDF files (*.pdf)"));
    if (path.isEmpty())
        return;
    if (!path.endsWith(QLatin1String(".pdf"), Qt::CaseInsensitive))
        path += QStringLiteral(".pdf");
    rememberFolder(QFileInfo(path).absolutePath());
    showMessage(tr("Saving the PDF…"));
    if (auto st = saveAsPdf(path); !st)
        showMessage(st.error(), true);
}

void ReportsPanel::chooseOpenData()
{
    if (!m_report)
        return;
    OpenDataDialog options(this);
    if (options.exec() != QDialog::Accepted)
        return;
    const QString name
        = QStringLiteral("open-data-needs-%1-%2.csv")
              .arg(m_report->filter.from.toString(Qt::ISODate), m_report->filter.to.toString(Qt::ISODate));
    QString path = QFileDialog::getSaveFileName(
        this, tr("Export open data"), QDir(lastFolder()).filePath(name), tr("CSV files (*.csv)"));
    if (path.isEmpty())
        return;
    if (!path.endsWith(QLatin1String(".csv"), Qt::CaseInsensitive))
        path += QStringLiteral(".csv");
    rememberFolder(QFileInfo(path).absolutePath());
    if (auto summary = exportOpenData(path, options.threshold(), options.language()); !summary)
        showMessage(summary.error(), true);
}

} // namespace open211
