// The Reports screen (Ctrl+Shift+R, supervisors and admins): the community needs report that
// planners and funders ask 211 for, over the calls ended on this workstation. The period (presets
// or two dates), how periods are grouped, a region and a municipality filter it; a category bar
// drills down into its sub-categories (Backspace or Alt+Up goes back up). The report is built on a
// worker thread with its own connection, so the screen never waits on it. Exports: every table
// as CSV, the page as PDF, and the de-identified open-data table.
#pragma once

#include "Result.h"
#include "reports/CommunityReport.h"

#include <QDate>
#include <QDialog>
#include <QSet>
#include <optional>

class QComboBox;
class QDateEdit;
class QLabel;
class QLineEdit;
class QPushButton;
class QStringListModel;
class QTimer;

namespace open211 {

class Database;
class ReportView;

// What was written to the open-data file.
struct OpenDataSummary
{
    int rows = 0;
    int needsSuppressed = 0; // rows whose needs count is below the threshold
    int splitSuppressed = 0; // rows whose met and unmet counts are hidden
};

class ReportsPanel : public QDialog
{
    Q_OBJECT
public:
    enum Preset { ThisMonth, LastMonth, LastThreeMonths, LastTwelveMonths, ThisYear, Custom };

    explicit ReportsPanel(Database& db, QWidget* parent = nullptr);
    ~ReportsPanel() override;

    // The filter the controls and the drill-down make.
    ReportFilter filter() const;
    // The day presets count from (today unless a test says otherwise).
    void setToday(const QDate& today);
    void setPreset(Preset preset);
    // A custom period.
    void setPeriod(const QDate& from, const QDate& to);
    void setGranularity(ReportGranularity granularity);

    // The report shown (places named as the screen names them); nothing before the first one
    // is built or when the last build failed.
    const std::optional<CommunityReport>& report() const { return m_report; }
    bool isBuilding() const { return m_building; }
    // Nothing waits: no build running or about to start, and the page has loaded.
    bool isIdle() const;
    // The categories from the top down to the one drilled into.
    const QList<ReportTerm>& trail() const { return m_trail; }

    // Writes one CSV per table into `folder` (made if needed); returns how many.
    Result<int> exportCsv(const QString& folder);
    // Writes the page as a PDF at `path`.
    Status saveAsPdf(const QString& path);
    // Writes the de-identified open-data table at `path`.
    Result<OpenDataSummary> exportOpenData(const QString& path, int threshold, const QString& language);

    ReportView* view() const { return m_view; }
    QComboBox* presetBox() const { return m_preset; }
    QDateEdit* fromEdit() const { return m_from; }
    QDateEdit* toEdit() const { return m_to; }
    QComboBox* granularityBox() const { return m_granularity; }
    QComboBox* regionBox() const { return m_region; }
    QLineEdit* municipalityEdit() const { return m_municipality; }
    QLabel* buildingLabel() const { return m_buildingLabel; }
    QLabel* messageLabel() const { return m_message; }
    QPushButton* upButton() const { return m_up; }
    QPushButton* csvButton() const { return m_csv; }
    QPushButton* pdfButton() const { return m_pdf; }
    QPushButton* openDataButton() const { return m_openData; }

public slots:
    // Builds the report for what the controls say now.
    void refresh();
    void drillInto(const QString& category);
    // Back to the category above the one shown.
    void drillUp();
    void chooseCsvFolder();
    void choosePdfFile();
    void chooseOpenData();

signals:
    // A report, or what kept it from being built, was put on the page.
    void reportShown();

private:
    struct Outcome;
    static Outcome build(const QString& databasePath, const ReportFilter& filter);
    void showOutcome(const Outcome& outcome);
    void render();
    void applyPreset();
    void fillMunicipalities();
    void updateActions();
    void showMessage(const QString& text, bool error = false);
    QString language() const;
    // The folder the last export went to.
    static QString lastFolder();
    static void rememberFolder(const QString& path);

    Database& m_db;
    QDate m_today;
    QString m_category; // the drill-down: empty at the top
    QComboBox* m_preset;
    QDateEdit* m_from;
    QDateEdit* m_to;
    QComboBox* m_granularity;
    QComboBox* m_region;
    QLineEdit* m_municipality;
    QStringListModel* m_places;
    QPushButton* m_up;
    QLabel* m_buildingLabel;
    ReportView* m_view;
    QLabel* m_message;
    QPushButton* m_csv;
    QPushButton* m_pdf;
    QPushButton* m_openData;
    QTimer* m_refreshTimer; // filters typed or picked in a row make one build
    bool m_settingControls = false;
    bool m_building = false;
    bool m_printing = false;
    int m_generation = 0;
    std::optional<CommunityReport> m_report;
    QList<ReportTerm> m_trail;
    QSet<QString> m_drillable;
};

} // namespace open211
