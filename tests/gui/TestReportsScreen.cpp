// The Reports screen (issue 7) on three hand-made calls in Ottawa (Eastern) and Greater Sudbury
// (Northeastern): the page has every section with the numbers the calls make, a category link
// drills into its sub-categories and Backspace or Alt+Up comes back, the CSV export writes every
// table with its headings, the PDF is written (and a folder that does not exist is said so), the
// open-data file holds no name, phone or note and hides small counts, a specialist's window keeps
// the Reports action closed, and every control a keyboard reaches has a name.
#include "../TestUtil.h"
#include "GuiTestUtil.h"
#include "MainWindow.h"
#include "Workstation.h"
#include "demo/DemoGenerator.h"
#include "reports/OpenDataDialog.h"
#include "reports/ReportExport.h"
#include "reports/ReportHtml.h"
#include "reports/ReportPage.h"
#include "reports/ReportView.h"
#include "reports/ReportsPanel.h"
#include "store/CallStore.h"
#include "store/ReportStore.h"

#include <QAbstractButton>
#include <QAbstractItemView>
#include <QAbstractSpinBox>
#include <QAction>
#include <QComboBox>
#include <QDateEdit>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QRegularExpression>
#include <QSettings>
#include <QSignalSpy>
#include <QSpinBox>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QWebEngineProfile>
#include <QWebEngineView>

using namespace open211;
using namespace open211::test;

namespace {

// What the calls hold that must never leave in a report.
const QStringList Personal{QStringLiteral("Marguerite Zyxwvut"),
                           QStringLiteral("705-555-0199"),
                           QStringLiteral("kitchen fire ZQX"),
                           QStringLiteral("Bartholomew Qwerty"),
                           QStringLiteral("613-555-0123"),
                           QStringLiteral("PLUGH")};

CallerNeed need(const QString& id, const QString& code, bool met, const QString& reason = {})
{
    CallerNeed n;
    n.id = id;
    n.termCode = code;
    n.termName = code;
    n.met = met;
    n.unmetReason = reason;
    n.note = QStringLiteral("Need note PLUGH ") + id;
    return n;
}

Referral referral(const QString& id, const QString& needId, const QString& service, const QString& organization)
{
    Referral r;
    r.id = id;
    r.needId = needId;
    r.serviceId = QStringLiteral("svc-") + id;
    r.serviceName = service;
    r.organizationName = organization;
    return r;
}

Call call(const QString& id, const QDateTime& startedAt, const QString& municipality, const QString& language)
{
    Call c;
    c.id = id;
    c.startedAt = startedAt.toUTC();
    c.endedAt = c.startedAt.addSecs(600);
    c.updatedAt = c.endedAt;
    c.specialist = QStringLiteral("sam");
    c.contactType = QStringLiteral("information");
    c.municipality = municipality;
    c.language = language;
    c.state = QStringLiteral("ended");
    c.disposition = QStringLiteral("completed");
    return c;
}

// The rows of one of the page's tables, each as its cells' text joined by '|'.
QStringList tableRows(const QString& html, const QString& name)
{
    const qsizetype start = html.indexOf(QStringLiteral("id=\"t-%1\"").arg(name));
    if (start < 0)
        return {QStringLiteral("(no table %1)").arg(name)};
    const qsizetype end = html.indexOf(QStringLiteral("</table>"), start);
    const QString table = html.mid(start, end - start);
    const qsizetype body = table.indexOf(QStringLiteral("<tbody>"));
    static const QRegularExpression row(QStringLiteral("<tr>(.*?)</tr>"));
    static const QRegularExpression cell(QStringLiteral("<td[^>]*>(.*?)</td>"));
    static const QRegularExpression tag(QStringLiteral("<[^>]+>"));
    QStringList out;
    for (auto r = row.globalMatch(table, body); r.hasNext();) {
        QStringList cells;
        for (auto c = cell.globalMatch(r.next().captured(1)); c.hasNext();) {
            QString text = c.next().captured(1).remove(tag);
            text.replace(QLatin1String("&lt;"), QLatin1String("<"))
                .replace(QLatin1String("&gt;"), QLatin1String(">"))
                .replace(QLatin1String("&quot;"), QLatin1String("\""))
                .replace(QLatin1String("&amp;"), QLatin1String("&"));
            cells << text;
        }
        out << cells.join(u'|');
    }
    return out;
}

} // namespace

class TestReportsScreen : public QObject
{
    Q_OBJECT
    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<Database> m_db;
    QDate m_day; // the calls' day

    // A panel showing the calls' period, idle.
    std::unique_ptr<ReportsPanel> panel()
    {
        auto p = std::make_unique<ReportsPanel>(*m_db);
        p->show();
        p->setPeriod(m_day.addDays(-10), QDate::currentDate());
        p->setGranularity(ReportGranularity::Month);
        return p;
    }

    static bool idle(ReportsPanel& p)
    {
        return QTest::qWaitFor([&p] { return p.isIdle(); }, 60000);
    }

    // The page the view shows has reached its renderer and holds `text` (keys sent before that
    // would go to the page before it).
    static bool showing(ReportsPanel& p, const QString& text)
    {
        bool found = false;
        return QTest::qWaitFor(
            [&] {
                bool answered = false;
                p.view()->page()->toHtml([&](const QString& html) {
                    found = html.contains(text);
                    answered = true;
                });
                return QTest::qWaitFor([&] { return answered; }, 5000) && found;
            },
            20000);
    }

private slots:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        Workstation::setIdentity(QStringLiteral("en"));
        CallerKeys::install(testRing());
    }

    void init()
    {
        QSettings settings;
        settings.remove(QStringLiteral("user"));
        settings.remove(QStringLiteral("reports"));
        settings.remove(QStringLiteral("hub"));
        m_dir = std::make_unique<QTemporaryDir>();
        auto db = Database::open(m_dir->filePath(QStringLiteral("w.sqlite")));
        QVERIFY2(db, qPrintable(db.error()));
        m_db = std::move(db).value();
        QVERIFY(DemoGenerator::generate(*m_db, DemoOptions{80, 11})); // the demo taxonomy and services

        // Three calls on one day, three days ago, so that they fall in one month's period.
        m_day = QDate::currentDate().addDays(-3);
        Call sudbury = call(QStringLiteral("c1"),
                            QDateTime(m_day, QTime(10, 0)),
                            QStringLiteral("Greater Sudbury"),
                            QStringLiteral("fr"));
        sudbury.consentRecorded = true;
        sudbury.callerName = Personal[0];
        sudbury.callerPhone = Personal[1];
        sudbury.notes = QStringLiteral("Caller mentioned a kitchen fire ZQX last week.");
        sudbury.needs
            = {need(QStringLiteral("n1"), QStringLiteral("BD-1800"), true),
               need(QStringLiteral("n2"), QStringLiteral("BH-1800.8500"), false, QStringLiteral("wait_list"))};
        sudbury.referrals = {referral(QStringLiteral("r1"),
                                      QStringLiteral("n1"),
                                      QStringLiteral("Food Hampers"),
                                      QStringLiteral("Sudbury Food Bank"))};
        sudbury.followUp
            = FollowUp{QStringLiteral("f1"), sudbury.startedAt.addDays(1), true, QStringLiteral("due"), {}, {}, {}};

        Call ottawa = call(
            QStringLiteral("c2"), QDateTime(m_day, QTime(14, 30)), QStringLiteral("Ottawa"), QStringLiteral("en"));
        ottawa.consentRecorded = true;
        ottawa.callerName = Personal[3];
        ottawa.callerPhone = Personal[4];
        ottawa.notes = QStringLiteral("Secret note about the caller, PLUGH.");
        ottawa.needs = {need(QStringLiteral("n3"), QStringLiteral("BD-5000"), true),
                        need(QStringLiteral("n4"), QStringLiteral("LD-1500"), false, QStringLiteral("cost")),
                        need(QStringLiteral("n5"), QStringLiteral("BD-1800"), true)};
        // A name with markup in it: the page must show it as text.
        ottawa.referrals = {referral(QStringLiteral("r2"),
                                     QStringLiteral("n3"),
                                     QStringLiteral("Hot Meals"),
                                     QStringLiteral("Ottawa Mission <Meals> & Co")),
                            referral(QStringLiteral("r3"),
                                     QStringLiteral("n5"),
                                     QStringLiteral("Emergency Food"),
                                     QStringLiteral("Ottawa Mission <Meals> & Co"))};

        Call ottawaAgain = call(
            QStringLiteral("c3"), QDateTime(m_day, QTime(15, 0)), QStringLiteral("Ottawa"), QStringLiteral("en"));
        ottawaAgain.needs = {need(QStringLiteral("n6"), QStringLiteral("RP-1500"), true)};
        ottawaAgain.followUp = FollowUp{QStringLiteral("f3"),
                                        ottawaAgain.startedAt.addDays(1),
                                        true,
                                        QStringLiteral("done"),
                                        ottawaAgain.startedAt.addDays(1),
                                        QStringLiteral("sam"),
                                        QStringLiteral("Reached the caller")};
        QVERIFY(CallStore(*m_db).saveMany({sudbury, ottawa, ottawaAgain}));
    }

    void cleanup()
    {
        m_db.reset();
        m_dir.reset();
    }

    void showsEverySectionWithItsNumbers()
    {
        auto p = std::make_unique<ReportsPanel>(*m_db);
        p->show();
        // The first build starts at once, off the GUI thread, and says so meanwhile.
        QVERIFY(p->isBuilding());
        QVERIFY(p->buildingLabel()->isVisibleTo(p.get()));
        QCOMPARE(p->buildingLabel()->text(), QStringLiteral("Building the report…"));
        p->setPeriod(m_day.addDays(-10), QDate::currentDate());
        p->setGranularity(ReportGranularity::Month);
        QVERIFY(idle(*p));
        QVERIFY(!p->buildingLabel()->isVisibleTo(p.get()));
        QVERIFY(p->report());
        const CommunityReport& r = *p->report();
        QCOMPARE(r.filter.from, m_day.addDays(-10));
        QCOMPARE(r.calls, 3);
        QCOMPARE(r.needs, 6);
        QCOMPARE(r.met, 4);
        QCOMPARE(r.unmet, 2);
        QCOMPARE(r.referrals, 3);

        const QString html = p->view()->html();
        for (const ReportTable& t : ReportHtml::tables(r, QStringLiteral("en"))) {
            QVERIFY2(html.contains(QStringLiteral("<h2 id=\"h-%1\">%2</h2>").arg(t.name, t.title.toHtmlEscaped())),
                     qPrintable(t.name));
            QVERIFY2(html.contains(QStringLiteral("id=\"t-%1\"").arg(t.name)), qPrintable(t.name));
        }
        for (const char* section : {"Needs by category",
                                    "Needs by region",
                                    "Needs by municipality",
                                    "Calls and needs by period",
                                    "Unmet needs by reason",
                                    "Referrals by organization",
                                    "Referrals by service",
                                    "Calls by hour of the day",
                                    "Calls by day of the week",
                                    "Calls by day of the week and hour",
                                    "Calls by language",
                                    "Follow-ups"})
            QVERIFY2(html.contains(QStringLiteral(">%1</h2>").arg(QLatin1String(section))), section);
        // The headline figures.
        QVERIFY(html.contains(QStringLiteral("<dt>Calls</dt><dd>3</dd>")));
        QVERIFY(html.contains(QStringLiteral("<dt>Needs</dt><dd>6</dd>")));
        QVERIFY(html.contains(QStringLiteral("<dt>Met</dt><dd>66.7%<span class=\"sub\">4 needs</span>")));
        QVERIFY(html.contains(QStringLiteral("<dt>Unmet</dt><dd>33.3%<span class=\"sub\">2 needs</span>")));
        QVERIFY(html.contains(QStringLiteral("<dt>Referrals</dt><dd>3</dd>")));

        QCOMPARE(tableRows(html, QStringLiteral("needs-by-category")),
                 QStringList({QStringLiteral("B|Basic Needs|4|3|1|25.0"),
                              QStringLiteral("L|Health Care|1|0|1|100.0"),
                              QStringLiteral("R|Mental Health and Substance Use Disorder Services|1|1|0|0.0")}));
        // The regions as the interface names them.
        QCOMPARE(tableRows(html, QStringLiteral("needs-by-region")),
                 QStringList({QStringLiteral("Eastern Ontario|4|3|1|25.0"),
                              QStringLiteral("Northeastern Ontario|2|1|1|50.0")}));
        QCOMPARE(tableRows(html, QStringLiteral("needs-by-municipality")),
                 QStringList({QStringLiteral("Ottawa|4|3|1|25.0"), QStringLiteral("Greater Sudbury|2|1|1|50.0")}));
        const QString month = ReportExport::periodLabel(
            ReportBuilder::periodStart(m_day, ReportGranularity::Month).toString(Qt::ISODate),
            ReportGranularity::Month);
        QVERIFY(tableRows(html, QStringLiteral("by-period")).contains(month + QStringLiteral("|3|6|4|2")));
        QCOMPARE(tableRows(html, QStringLiteral("unmet-reasons")),
                 QStringList({QStringLiteral("Cost|1|50.0"), QStringLiteral("Wait list or service full|1|50.0")}));
        QCOMPARE(tableRows(html, QStringLiteral("referrals-by-organization")),
                 QStringList({QStringLiteral("Ottawa Mission <Meals> & Co|2"), QStringLiteral("Sudbury Food Bank|1")}));
        // Markup in a name is text, in the table and the chart.
        QVERIFY(html.contains(QStringLiteral("Ottawa Mission &lt;Meals&gt; &amp; Co")));
        QVERIFY(!html.contains(QStringLiteral("<Meals>")));
        const QStringList hours = tableRows(html, QStringLiteral("calls-by-hour"));
        QCOMPARE(hours.size(), 24);
        QCOMPARE(hours[10], QStringLiteral("10:00|1"));
        QCOMPARE(hours[14], QStringLiteral("14:00|1"));
        QCOMPARE(hours[15], QStringLiteral("15:00|1"));
        QCOMPARE(hours[9], QStringLiteral("09:00|0"));
        const QString day = QLocale(QLocale::English, QLocale::Canada).dayName(m_day.dayOfWeek());
        QVERIFY(tableRows(html, QStringLiteral("calls-by-weekday")).contains(day + QStringLiteral("|3")));
        QVERIFY(tableRows(html, QStringLiteral("calls-by-weekday-hour"))
                    .contains(day + QStringLiteral("|0|0|0|0|0|0|0|0|0|0|1|0|0|0|1|1|0|0|0|0|0|0|0|0|3")));
        QCOMPARE(tableRows(html, QStringLiteral("caller-languages")),
                 QStringList({QStringLiteral("English|en|2|66.7"), QStringLiteral("French|fr|1|33.3")}));
        QCOMPARE(tableRows(html, QStringLiteral("follow-ups")),
                 QStringList({QStringLiteral("Due|1"),
                              QStringLiteral("Of which overdue|1"),
                              QStringLiteral("Done|1"),
                              QStringLiteral("Cancelled|0")}));

        // Charts that name themselves, and links only to our own scheme.
        QVERIFY(html.count(QStringLiteral("role=\"img\"")) >= 12);
        QVERIFY(html.contains(QStringLiteral("aria-label=\"Needs by category\"")));
        QVERIFY(html.contains(QStringLiteral("<title id=")));
        QVERIFY(html.contains(QStringLiteral("@media print")));
        static const QRegularExpression href(QStringLiteral("href=\"([^\"#]*)\""));
        for (auto m = href.globalMatch(html); m.hasNext();) {
            const QString link = m.next().captured(1);
            QVERIFY2(link.startsWith(QLatin1String("open211-report:drill?category=")), qPrintable(link));
        }
        QVERIFY(!html.contains(QLatin1String("<script")));
        QVERIFY(!QString(html)
                     .remove(QStringLiteral("xmlns=\"http://www.w3.org/2000/svg\""))
                     .remove(QStringLiteral("http-equiv"))
                     .contains(QLatin1String("http")));
        for (const QString& personal : Personal)
            QVERIFY2(!html.contains(personal), qPrintable(personal));

        // The page the view holds is this one, loaded without a request going out.
        QString shown;
        p->view()->page()->toHtml([&shown](const QString& h) { shown = h; });
        QTRY_VERIFY_WITH_TIMEOUT(!shown.isEmpty(), 20000);
        QVERIFY(shown.contains(QStringLiteral("Needs by municipality")));
        QVERIFY(shown.contains(QStringLiteral("Greater Sudbury")));
        QCOMPARE(p->view()->blockedRequestCount(), 0);
    }

    void filtersByRegion()
    {
        auto p = panel();
        QVERIFY(idle(*p));
        p->regionBox()->setCurrentIndex(p->regionBox()->findData(QStringLiteral("Eastern")));
        QVERIFY(idle(*p));
        QCOMPARE(p->report()->filter.region, QStringLiteral("Eastern"));
        QCOMPARE(p->report()->calls, 2);
        QVERIFY(p->view()->html().contains(QStringLiteral("Region: Eastern Ontario")));
        // A municipality typed in, as the completion offers it.
        p->regionBox()->setCurrentIndex(0);
        p->municipalityEdit()->setText(QStringLiteral("Grand Sudbury"));
        emit p->municipalityEdit()->editingFinished();
        QVERIFY(idle(*p));
        QCOMPARE(p->report()->calls, 1);
        QCOMPARE(p->report()->needs, 2);
    }

    void categoryLinkDrillsDownAndBackspaceComesBack()
    {
        auto p = panel();
        QVERIFY(QTest::qWaitForWindowExposed(p.get()));
        QVERIFY(idle(*p));
        QVERIFY(!p->upButton()->isEnabled());
        QVERIFY(p->view()->html().contains(
            QStringLiteral("<a href=\"%1\">Basic Needs</a>")
                .arg(ReportHtml::drillUrl(QStringLiteral("B")).toString(QUrl::FullyEncoded))));

        // From the keyboard: the first link of the page is the table's first category.
        p->activateWindow();
        QVERIFY(QTest::qWaitForWindowActive(p.get()));
        QWidget* web = p->view()->webView()->focusProxy();
        QVERIFY(web);
        QVERIFY(showing(*p, QStringLiteral("Basic Needs</a>")));
        web->setFocus();
        QTest::keyClick(web, Qt::Key_Tab);
        QTest::keyClick(web, Qt::Key_Return);
        QTRY_COMPARE_WITH_TIMEOUT(p->filter().category, QStringLiteral("B"), 20000);
        QVERIFY(idle(*p));
        QCOMPARE(p->report()->filter.category, QStringLiteral("B"));
        QCOMPARE(
            tableRows(p->view()->html(), QStringLiteral("needs-by-category")),
            QStringList({QStringLiteral("BD|Food|3|3|0|0.0"), QStringLiteral("BH|Housing and Shelter|1|0|1|100.0")}));
        QCOMPARE(p->report()->needs, 4);
        // The breadcrumb links back up; the view never left the page.
        QVERIFY(p->view()->html().contains(QStringLiteral("<a href=\"%1\">All categories</a>")
                                               .arg(ReportHtml::drillUrl(QString()).toString(QUrl::FullyEncoded))));
        QVERIFY(p->view()->html().contains(QStringLiteral("<span aria-current=\"page\">Basic Needs</span>")));
        QVERIFY(p->view()->page()->url().scheme() != QLatin1String(ReportHtml::Scheme));
        QVERIFY(p->upButton()->isEnabled());

        // Down again: past the breadcrumb's link, the first sub-category.
        QVERIFY(showing(*p, QStringLiteral("<span aria-current=\"page\">Basic Needs</span>")));
        QTest::keyClick(web, Qt::Key_Tab);
        QTest::keyClick(web, Qt::Key_Tab);
        QTest::keyClick(web, Qt::Key_Return);
        QTRY_COMPARE_WITH_TIMEOUT(p->filter().category, QStringLiteral("BD"), 20000);
        QVERIFY(idle(*p));
        QCOMPARE(p->trail().size(), 2);
        QVERIFY(tableRows(p->view()->html(), QStringLiteral("needs-by-category"))
                    .contains(QStringLiteral("BD-1800|Emergency Food|2|2|0|0.0")));

        // Backspace goes up a level, from the page; Alt+Up from anywhere.
        web->setFocus();
        QTest::keyClick(web, Qt::Key_Backspace);
        // The page hands back the keys it does not use when it gets to them: waited for.
        QTRY_COMPARE_WITH_TIMEOUT(p->filter().category, QStringLiteral("B"), 20000);
        QVERIFY(idle(*p));
        QCOMPARE(p->report()->filter.category, QStringLiteral("B"));
        QTest::keyClick(p->presetBox(), Qt::Key_Up, Qt::AltModifier);
        QTRY_COMPARE_WITH_TIMEOUT(p->filter().category, QString(), 20000);
        QVERIFY(idle(*p));
        QCOMPARE(p->report()->filter.category, QString());
        QCOMPARE(tableRows(p->view()->html(), QStringLiteral("needs-by-category")).size(), 3);
        QVERIFY(!p->upButton()->isEnabled());
        // In the municipality field Backspace deletes a letter and nothing else.
        p->drillInto(QStringLiteral("B"));
        QVERIFY(idle(*p));
        p->municipalityEdit()->setFocus();
        p->municipalityEdit()->setText(QStringLiteral("Ottawax"));
        QTest::keyClick(p->municipalityEdit(), Qt::Key_Backspace);
        QCOMPARE(p->municipalityEdit()->text(), QStringLiteral("Ottawa"));
        QCOMPARE(p->filter().category, QStringLiteral("B"));
        QCOMPARE(p->view()->page()->refusedCount(), 0);
    }

    void pageFollowsNoLink()
    {
        // The page's own decision, asked directly: report links become requests, the page the
        // screen sets is let through, and nothing else.
        struct Probe : ReportPage
        {
            using ReportPage::acceptNavigationRequest;
            using ReportPage::ReportPage;
        };
        QWebEngineProfile profile;
        Probe page(&profile);
        QSignalSpy drill(&page, &ReportPage::drillRequested);
        QVERIFY(!page.acceptNavigationRequest(
            ReportHtml::drillUrl(QStringLiteral("BD-1800")), QWebEnginePage::NavigationTypeLinkClicked, true));
        QVERIFY(drill.wait(5000));
        QCOMPARE(drill.first().first().toString(), QStringLiteral("BD-1800"));
        QCOMPARE(ReportHtml::drillTarget(ReportHtml::drillUrl(QString())), QString());
        QVERIFY(page.acceptNavigationRequest(
            QUrl(QStringLiteral("data:text/html;charset=UTF-8,%3Cp%3E")), QWebEnginePage::NavigationTypeTyped, true));
        for (const char* url : {"https://example.org/",
                                "http://211ontario.ca/",
                                "file:///etc/passwd",
                                "data:text/html,<p>elsewhere</p>",
                                "open211-report:other?category=B"}) {
            QVERIFY2(!page.acceptNavigationRequest(
                         QUrl(QString::fromLatin1(url)), QWebEnginePage::NavigationTypeLinkClicked, true),
                     url);
        }
        QCOMPARE(page.refusedCount(), 5);
        QCOMPARE(drill.size(), 1);
    }

    void csvExportWritesEveryTable()
    {
        auto p = panel();
        QVERIFY(idle(*p));
        QTemporaryDir out;
        const QString folder = out.filePath(QStringLiteral("report"));
        const auto written = p->exportCsv(folder);
        QVERIFY2(written, qPrintable(written.error()));
        const QList<ReportTable> tables = ReportExport::tables(*p->report(), QStringLiteral("en"));
        QCOMPARE(*written, int(tables.size()) + 1); // and the calls by weekday and hour
        for (const ReportTable& t : tables) {
            QFile f(QDir(folder).filePath(t.name + QStringLiteral(".csv")));
            QVERIFY2(f.open(QIODevice::ReadOnly), qPrintable(f.fileName()));
            const QByteArray first = f.readLine();
            QCOMPARE(first, QByteArray("\xEF\xBB\xBF") + t.headers.join(u',').toUtf8() + "\r\n");
            const QByteArray all = first + f.readAll();
            QCOMPARE(all, ReportExport::csv(t));
        }
        QFile byCategory(QDir(folder).filePath(QStringLiteral("needs-by-category.csv")));
        QVERIFY(byCategory.open(QIODevice::ReadOnly));
        QVERIFY(byCategory.readAll().contains("B,Basic Needs,4,3,1,25.0\r\n"));
        QFile heat(QDir(folder).filePath(QStringLiteral("calls-by-weekday-hour.csv")));
        QVERIFY(heat.open(QIODevice::ReadOnly));
        QVERIFY(heat.readLine().startsWith("\xEF\xBB\xBF"
                                           "Day,00,01,02"));
        QVERIFY(p->messageLabel()->isVisibleTo(p.get()));
        QVERIFY2(p->messageLabel()->text().contains(QStringLiteral("%1 CSV files").arg(*written)),
                 qPrintable(p->messageLabel()->text()));
        QVERIFY(p->messageLabel()->text().contains(QDir::toNativeSeparators(QDir(folder).absolutePath())));
    }

    void pdfIsWritten()
    {
        auto p = panel();
        QVERIFY(idle(*p));
        QTemporaryDir out;
        const QString path = out.filePath(QStringLiteral("report.pdf"));
        const auto st = p->saveAsPdf(path);
        QVERIFY2(st, qPrintable(st.error()));
        QFile f(path);
        QVERIFY(f.open(QIODevice::ReadOnly));
        const QByteArray pdf = f.readAll();
        QVERIFY(pdf.startsWith("%PDF"));
        QVERIFY2(pdf.size() > 1024, qPrintable(QString::number(pdf.size())));
        QVERIFY(p->messageLabel()->text().contains(path));
        // Each section starts a page of its own.
        static const QRegularExpression page(QStringLiteral("/Type\\s*/Page[^s]"));
        QVERIFY2(QString::fromLatin1(pdf).count(page) >= 12,
                 qPrintable(QString::number(QString::fromLatin1(pdf).count(page))));

        // A folder that is not there is said in plain words, and nothing is written.
        const QString nowhere = out.filePath(QStringLiteral("no/such/folder/report.pdf"));
        const auto failed = p->saveAsPdf(nowhere);
        QVERIFY(!failed);
        QVERIFY2(failed.error().contains(QStringLiteral("the folder does not exist")), qPrintable(failed.error()));
        QVERIFY(!QFile::exists(nowhere));
    }

    void openDataHasNoPersonalDataAndHidesSmallCounts()
    {
        auto p = panel();
        QVERIFY(idle(*p));
        QTemporaryDir out;
        const QString path = out.filePath(QStringLiteral("open.csv"));
        const auto summary = p->exportOpenData(path, 2, QStringLiteral("en"));
        QVERIFY2(summary, qPrintable(summary.error()));
        QFile f(path);
        QVERIFY(f.open(QIODevice::ReadOnly));
        const QByteArray bytes = f.readAll();
        QVERIFY(bytes.startsWith("\xEF\xBB\xBFperiod,period_start,region,category_code,category,needs,met,unmet\r\n"));
        const QString text = QString::fromUtf8(bytes);
        for (const QString& personal : Personal)
            QVERIFY2(!text.contains(personal), qPrintable(personal));
        QVERIFY(!text.contains(QStringLiteral("Ottawa")));
        QVERIFY(!text.contains(QStringLiteral("Sudbury")));
        // Health care's one need in the east is hidden; Sudbury's two Basic Needs are shown, but
        // not their split (one met, one unmet), which would single out each caller.
        QVERIFY2(text.contains(QStringLiteral(",Eastern,L,Health Care,<2,<2,<2\r\n")), qPrintable(text));
        QVERIFY2(text.contains(QStringLiteral(",Northeastern,B,Basic Needs,2,<2,<2\r\n")), qPrintable(text));
        QCOMPARE(summary->rows, 4);
        QCOMPARE(summary->needsSuppressed, 2); // health care and mental health in the east
        QCOMPARE(summary->splitSuppressed, 3);
        const QString message = p->messageLabel()->text();
        QVERIFY2(message.contains(QStringLiteral("no names, phone numbers or notes")), qPrintable(message));
        QVERIFY2(message.contains(QStringLiteral("\u201c<2\u201d")), qPrintable(message));

        // The default threshold comes from the settings; the dialog keeps what was chosen.
        QSettings().setValue(QStringLiteral("reports/threshold"), 25);
        OpenDataDialog dialog(p.get());
        QCOMPARE(dialog.threshold(), 25);
        QCOMPARE(dialog.thresholdBox()->minimum(), 1);
        QCOMPARE(dialog.thresholdBox()->maximum(), 1000);
        dialog.thresholdBox()->setValue(10);
        dialog.accept();
        QCOMPARE(OpenDataDialog::savedThreshold(), 10);
        dialog.show();
        QVERIFY2(unnamedControls(&dialog).isEmpty(), qPrintable(unnamedControls(&dialog).join(u',')));
    }

    void frenchPageUsesFrenchNames()
    {
        auto report = ReportStore(*m_db).build(
            ReportFilter{m_day.addDays(-10), QDate::currentDate(), ReportGranularity::Week, {}, {}, {}});
        QVERIFY(report);
        ReportPageContext context;
        context.language = QStringLiteral("fr");
        const QString html = ReportHtml::render(ReportHtml::localized(*report), context);
        QVERIFY(html.contains(QStringLiteral("<html lang=\"fr\">")));
        QVERIFY(html.contains(QStringLiteral("Besoins essentiels")));
        QVERIFY(html.contains(QStringLiteral("Grand Sudbury")));
        QVERIFY(tableRows(html, QStringLiteral("caller-languages")).contains(QStringLiteral("français|fr|1|33.3")));
    }

    void specialistsDoNotSeeReports()
    {
        MainWindow w(*m_db);
        beginTestSession(w);
        QAction* reports = w.reportsAction();
        QVERIFY(reports);
        QCOMPARE(reports->shortcut(), QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_R));
        QVERIFY(!reports->isEnabled());
        QVERIFY2(reports->toolTip().contains(QStringLiteral("supervisors and admins")), qPrintable(reports->toolTip()));
        QVERIFY(w.shortcutActions().contains(reports));
        // The key is no other action's.
        for (QAction* a : w.shortcutActions())
            QVERIFY2(a == reports || a->shortcut() != reports->shortcut(), qPrintable(a->text()));
        beginTestSession(w, QStringLiteral("resource_specialist"), QStringLiteral("rita"));
        QVERIFY(!reports->isEnabled());
        beginTestSession(w, QStringLiteral("supervisor"), QStringLiteral("sam"));
        QVERIFY(reports->isEnabled());
        beginTestSession(w, QStringLiteral("admin"), QStringLiteral("ada"));
        QVERIFY(reports->isEnabled());
    }

    void everyControlHasAnAccessibleName()
    {
        auto p = panel();
        QVERIFY(idle(*p));
        const auto webView = [](QWidget* w) {
            return qobject_cast<QWebEngineView*>(w) != nullptr;
        };
        QVERIFY2(unnamedControls(p.get(), webView).isEmpty(), qPrintable(unnamedControls(p.get(), webView).join(u',')));
        QVERIFY(!p->view()->webView()->accessibleName().isEmpty());
        QVERIFY(!p->view()->webView()->accessibleDescription().isEmpty());
        // Every field has a label whose mnemonic reaches it.
        for (QWidget* field : std::initializer_list<QWidget*>{p->presetBox(),
                                                              p->fromEdit(),
                                                              p->toEdit(),
                                                              p->granularityBox(),
                                                              p->regionBox(),
                                                              p->municipalityEdit()}) {
            bool labelled = false;
            for (QLabel* label : p->findChildren<QLabel*>())
                labelled = labelled || (label->buddy() == field && label->text().contains(u'&'));
            QVERIFY2(labelled, qPrintable(field->accessibleName()));
        }
    }
};

QTEST_MAIN(TestReportsScreen)
#include "TestReportsScreen.moc"
