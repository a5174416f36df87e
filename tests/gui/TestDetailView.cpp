// The detail view in a real WebEngine: the page shows the service, its address, whether it is
// open and how far it is; hostile text in a record stays text and nothing is fetched; requests a
// page tries anyway are blocked; the view prints a PDF and speaks English or French.
#include "../TestUtil.h"
#include "Workstation.h"
#include "resources/DetailHtml.h"
#include "resources/ResourceDetailView.h"
#include "search/OpeningHours.h"

#include <QApplication>
#include <QClipboard>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QWebEnginePage>
#include <QWebEngineView>

using namespace open211;
using namespace open211::test;

namespace {

ServiceDetail pantry()
{
    ServiceDetail d;
    d.id = QStringLiteral("svc-1");
    d.name = QStringLiteral("Downtown Food Pantry");
    d.nameFr = QStringLiteral("Banque alimentaire du centre-ville");
    d.description = QStringLiteral("Groceries for families in need.");
    d.status = QStringLiteral("active");
    d.minimumAge = 18;
    d.feesDescription = QStringLiteral("No charge");
    d.organization.name = QStringLiteral("Hope Community Services");
    d.lastModified = QDateTime(QDate(2026, 3, 1), QTime(12, 0), Qt::UTC);
    d.requiredDocuments << RequiredDocument{QStringLiteral("Photo identification"), {}};
    d.languages << ResourceLanguage{QStringLiteral("fr"), QStringLiteral("French"), {}};
    TaxonomyTerm t;
    t.code = QStringLiteral("BD-1800.2000");
    t.name = QStringLiteral("Food Pantries");
    t.nameFr = QStringLiteral("Banques alimentaires");
    d.taxonomyTerms << t;

    ServiceLocation open;
    open.id = QStringLiteral("loc-1");
    open.name = QStringLiteral("Main office");
    open.latitude = 45.4215;
    open.longitude = -75.6972;
    open.addresses << ResourceAddress{QStringLiteral("100 Elgin Street"),
                                      {},
                                      QStringLiteral("Ottawa"),
                                      QStringLiteral("ON"),
                                      QStringLiteral("K1P 5K8"),
                                      QStringLiteral("CA"),
                                      QStringLiteral("physical")};
    open.phones << ResourcePhone{QStringLiteral("p1"),
                                 QStringLiteral("613-555-0101"),
                                 QStringLiteral("22"),
                                 QStringLiteral("voice"),
                                 {},
                                 {},
                                 {},
                                 ResourcePhone::Source::Location};
    open.hours.addSchedule(
        QStringLiteral("WEEKLY"), QStringLiteral("MO,TU,WE,TH,FR"), QStringLiteral("09:00"), QStringLiteral("17:00"));
    open.accessibility << QStringLiteral("Wheelchair accessible");

    ServiceLocation closed;
    closed.id = QStringLiteral("loc-2");
    closed.name = QStringLiteral("Saturday depot");
    closed.latitude = 46.4917; // Sudbury: about 380 km from Ottawa
    closed.longitude = -80.9930;
    closed.addresses << ResourceAddress{QStringLiteral("5 Elm Street"),
                                        {},
                                        QStringLiteral("Sudbury"),
                                        QStringLiteral("ON"),
                                        QStringLiteral("P3C 1S8"),
                                        QStringLiteral("CA"),
                                        QStringLiteral("physical")};
    closed.hours.addSchedule(
        QStringLiteral("WEEKLY"), QStringLiteral("SA"), QStringLiteral("10:00"), QStringLiteral("14:00"));
    d.locations << open << closed;
    return d;
}

DetailContext context(const QString& language = QStringLiteral("en"))
{
    DetailContext c;
    c.language = language;
    // Wednesday 4 March 2026, 10:30 in Toronto: the office is open, the depot closed.
    c.now = QDateTime(QDate(2026, 3, 4), QTime(10, 30), OpeningHours::timeZone());
    c.caller = CallerPoint{45.4236, -75.7009, QStringLiteral("K1P 1J1")};
    return c;
}

QString pageText(ResourceDetailView& view)
{
    QString text;
    bool done = false;
    view.webView()->page()->toPlainText([&](const QString& t) {
        text = t;
        done = true;
    });
    if (!QTest::qWaitFor([&] { return done; }, 10000))
        return {};
    return text;
}

bool waitLoadedOk(QSignalSpy& spy)
{
    return QTest::qWaitFor([&] { return !spy.isEmpty() && spy.last().value(0).toBool(); }, 30000);
}

} // namespace

class TestDetailView : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase() { Workstation::setIdentity(QStringLiteral("en")); }

    void showsTheService()
    {
        ResourceDetailView view;
        view.resize(900, 700);
        view.show();
        QSignalSpy spy(&view, &ResourceDetailView::loaded);
        view.showService(pantry(), context());
        QVERIFY(waitLoadedOk(spy));
        QTRY_VERIFY_WITH_TIMEOUT(pageText(view).contains(QStringLiteral("Downtown Food Pantry")), 10000);
        const QString text = pageText(view);
        QVERIFY(text.contains(QStringLiteral("Hope Community Services")));
        QVERIFY(text.contains(QStringLiteral("100 Elgin Street, Ottawa, ON K1P 5K8")));
        QVERIFY(text.contains(QStringLiteral("613-555-0101 ext. 22 (voice)")));
        QVERIFY(text.contains(QStringLiteral("Open now")));
        QVERIFY(text.contains(QStringLiteral("Closed now")));
        QVERIFY(text.indexOf(QStringLiteral("Open now")) < text.indexOf(QStringLiteral("Closed now")));
        QVERIFY2(text.contains(QStringLiteral("0.4 km from K1P 1J1")), qPrintable(text));
        QVERIFY(text.contains(QStringLiteral("km from K1P 1J1")));
        QVERIFY(text.contains(QStringLiteral("Ages 18 and over")));
        QVERIFY(text.contains(QStringLiteral("Photo identification")));
        QVERIFY(text.contains(QStringLiteral("Wheelchair accessible")));
        QVERIFY(text.contains(QStringLiteral("BD-1800.2000")));
        QVERIFY(text.contains(QStringLiteral("Wednesday")));
        QVERIFY(text.contains(QStringLiteral("Last updated Sunday, March 1, 2026")));
        QCOMPARE(view.blockedRequestCount(), 0);
        QCOMPARE(view.accessibleName(), QStringLiteral("Service details"));

        // The text for copying comes from the detail itself.
        const QString plain = view.plainText();
        QVERIFY(plain.startsWith(QStringLiteral("Downtown Food Pantry\n")));
        QVERIFY(plain.contains(QStringLiteral("100 Elgin Street, Ottawa, ON K1P 5K8")));
        QVERIFY(plain.contains(QStringLiteral("Hours: Mon–Fri 9:00–17:00")));
        view.copyToClipboard();
        QCOMPARE(QApplication::clipboard()->text(), plain);

        view.clear();
        QVERIFY(view.plainText().isEmpty());
        QTRY_VERIFY_WITH_TIMEOUT(pageText(view).contains(QStringLiteral("Select a result")), 10000);
    }

    void frenchPage()
    {
        ResourceDetailView view;
        view.show();
        QSignalSpy spy(&view, &ResourceDetailView::loaded);
        view.showService(pantry(), context(QStringLiteral("fr")));
        QVERIFY(waitLoadedOk(spy));
        QTRY_VERIFY_WITH_TIMEOUT(pageText(view).contains(QStringLiteral("Banque alimentaire du centre-ville")), 10000);
        const QString text = pageText(view);
        QVERIFY(text.contains(QStringLiteral("Mercredi")));
        QVERIFY(text.contains(QStringLiteral("9 h 00–17 h 00")));
        QVERIFY(text.contains(QStringLiteral("Banques alimentaires")));
        QVERIFY(text.contains(QStringLiteral("0,4 km")));
        QVERIFY(text.contains(QStringLiteral("dimanche 1 mars 2026")));
    }

    void hostileTextStaysText()
    {
        ServiceDetail d = pantry();
        d.description
            = QStringLiteral("Call us <img src=\"http://example.com/x.png\"> <script>document.title='x'</script>");
        d.name = QStringLiteral("Pantry <b>bold</b>");
        ResourceDetailView view;
        view.show();
        QSignalSpy spy(&view, &ResourceDetailView::loaded);
        view.showService(d, context());
        QVERIFY(waitLoadedOk(spy));
        QTRY_VERIFY_WITH_TIMEOUT(pageText(view).contains(QStringLiteral("Pantry <b>bold</b>")), 10000);
        const QString text = pageText(view);
        QVERIFY(text.contains(QStringLiteral("<img src=\"http://example.com/x.png\">")));
        QVERIFY(text.contains(QStringLiteral("<script>document.title='x'</script>")));
        QVERIFY(view.webView()->page()->title() != QStringLiteral("x"));
        QCOMPARE(view.blockedRequestCount(), 0); // nothing even tried

        // A page that does ask for remote things (not one DetailHtml makes) gets nothing.
        spy.clear();
        view.webView()->setHtml(QStringLiteral("<html><body><img src=\"http://example.com/x.png\">"
                                               "<link rel=\"stylesheet\" href=\"https://example.com/s.css\">"
                                               "<img src=\"file:///etc/hostname\">x</body></html>"),
                                QUrl(QStringLiteral("about:blank")));
        QTRY_VERIFY_WITH_TIMEOUT(view.blockedRequestCount() >= 2, 10000);
    }

    void printsPdf()
    {
        QTemporaryDir dir;
        ResourceDetailView view;
        view.show();
        QSignalSpy spy(&view, &ResourceDetailView::loaded);
        view.showService(pantry(), context());
        // printToPdf waits for the page itself.
        const QString path = dir.filePath(QStringLiteral("detail.pdf"));
        QVERIFY(view.printToPdf(path));
        QFile f(path);
        QVERIFY(f.open(QIODevice::ReadOnly));
        const QByteArray pdf = f.readAll();
        QVERIFY(pdf.size() > 1000);
        QVERIFY(pdf.startsWith("%PDF"));
    }

    void followsTheLanguage()
    {
        ResourceDetailView view;
        view.show();
        QSignalSpy spy(&view, &ResourceDetailView::loaded);
        view.showService(pantry(), context());
        QVERIFY(waitLoadedOk(spy));
        QTRY_VERIFY_WITH_TIMEOUT(pageText(view).contains(QStringLiteral("Downtown Food Pantry")), 10000);
        QVERIFY(Workstation::setLanguage(QStringLiteral("fr")));
        QTRY_VERIFY_WITH_TIMEOUT(pageText(view).contains(QStringLiteral("Banque alimentaire du centre-ville")), 10000);
        QVERIFY(Workstation::setLanguage(QStringLiteral("en")));
        QTRY_VERIFY_WITH_TIMEOUT(pageText(view).contains(QStringLiteral("Downtown Food Pantry")), 10000);
    }

    void htmlIsSelfContained()
    {
        const QString html = DetailHtml::render(pantry(), context());
        QVERIFY(!html.contains(QStringLiteral("http:")));
        QVERIFY(!html.contains(QStringLiteral("https:")));
        QVERIFY(!html.contains(QStringLiteral("<script")));
        QVERIFY(html.contains(QStringLiteral("default-src 'none'")));
        // The badge says it in words, not only in colour.
        QVERIFY(html.contains(QStringLiteral("badge open")));
        QVERIFY(html.contains(QStringLiteral("Open now")));
    }
};

QTEST_MAIN(TestDetailView)
#include "TestDetailView.moc"
