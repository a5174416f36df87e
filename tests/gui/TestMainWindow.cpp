// The main window on a new profile's demo data: it lists the services, filters as you type, and
// switches to French without restarting.
#include "../TestUtil.h"
#include "MainWindow.h"
#include "Workstation.h"
#include "demo/DemoGenerator.h"

#include <QApplication>
#include <QLineEdit>
#include <QMenuBar>
#include <QSortFilterProxyModel>
#include <QTableView>
#include <QTemporaryDir>

using namespace open211;
using namespace open211::test;

class TestMainWindow : public QObject
{
    Q_OBJECT
    QTemporaryDir m_dir;
    std::unique_ptr<Database> m_db;

private slots:
    void initTestCase()
    {
        Workstation::setIdentity(QStringLiteral("en"));
        auto db = Database::open(m_dir.filePath(QStringLiteral("w.sqlite")));
        QVERIFY(db);
        m_db = std::move(db).value();
        QVERIFY(DemoGenerator::generate(*m_db, DemoOptions{200, 3}));
    }

    void listsAndFiltersServices()
    {
        MainWindow w(*m_db);
        w.show();
        QVERIFY(QTest::qWaitForWindowExposed(&w));
        QCOMPARE(w.serviceView()->model()->rowCount(), 200);
        auto* filter = w.findChild<QLineEdit*>();
        QVERIFY(filter);
        QVERIFY(filter->hasFocus());
        QTest::keyClicks(filter, QStringLiteral("zzzz-no-such-service"));
        QCOMPARE(w.serviceView()->model()->rowCount(), 0);
        filter->clear();
        const QString firstName = w.serviceView()->model()->index(0, 0).data().toString();
        QTest::keyClicks(filter, firstName);
        QVERIFY(w.serviceView()->model()->rowCount() >= 1);
        QVERIFY(w.serviceView()->model()->rowCount() < 200);
    }

    void switchesToFrenchWithoutRestart()
    {
        MainWindow w(*m_db);
        w.show();
        QCOMPARE(w.menuBar()->actions().first()->text(), QStringLiteral("&File"));
        QVERIFY(Workstation::setLanguage(QStringLiteral("fr")));
        QTRY_COMPARE(w.menuBar()->actions().first()->text(), QStringLiteral("&Fichier"));
        QCOMPARE(w.serviceView()->model()->headerData(1, Qt::Horizontal).toString(), QStringLiteral("Organisme"));
        QVERIFY(Workstation::setLanguage(QStringLiteral("en")));
        QTRY_COMPARE(w.menuBar()->actions().first()->text(), QStringLiteral("&File"));
    }
};

QTEST_MAIN(TestMainWindow)
#include "TestMainWindow.moc"
