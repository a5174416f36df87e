// The main window on demo data: search as you type with the detail of the selected result, the
// switch to French without a restart, the layout kept between sessions, the shortcut list, and
// the offer to resume a call left open.
#include "../TestUtil.h"
#include "GuiTestUtil.h"
#include "MainWindow.h"
#include "Workstation.h"
#include "call/CallPanel.h"
#include "call/SearchPanel.h"
#include "call/SettingsDialog.h"
#include "call/ShortcutsDialog.h"
#include "calls/CallAutosaver.h"
#include "demo/DemoGenerator.h"
#include "resources/ResourceDetailView.h"
#include "search/SearchResultModel.h"
#include "store/CallStore.h"

#include <QAbstractButton>
#include <QAbstractSpinBox>
#include <QAction>
#include <QApplication>
#include <QComboBox>
#include <QLineEdit>
#include <QListWidget>
#include <QMenuBar>
#include <QPlainTextEdit>
#include <QSettings>
#include <QSplitter>
#include <QStandardPaths>
#include <QTableView>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTimer>

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
        QStandardPaths::setTestModeEnabled(true);
        Workstation::setIdentity(QStringLiteral("en"));
        QSettings().clear();
        auto db = Database::open(m_dir.filePath(QStringLiteral("w.sqlite")));
        QVERIFY(db);
        m_db = std::move(db).value();
        QVERIFY(DemoGenerator::generate(*m_db, DemoOptions{200, 3}));
    }

    void searchesAsYouTypeAndShowsTheDetail()
    {
        MainWindow w(*m_db);
        beginTestSession(w);
        w.show();
        w.activateWindow();
        QVERIFY(QTest::qWaitForWindowActive(&w));
        SearchPanel* search = w.searchPanel();
        QVERIFY(search->queryEdit()->hasFocus());
        QTRY_VERIFY(search->isIdle());
        QTest::keyClicks(search->queryEdit(), QStringLiteral("zzzzqq"));
        QTRY_VERIFY(search->isIdle());
        QCOMPARE(search->resultModel()->rowCount(), 0);
        search->queryEdit()->clear();
        QTest::keyClicks(search->queryEdit(), QStringLiteral("food"));
        QTRY_VERIFY(search->isIdle() && search->resultModel()->rowCount() > 0);
        QVERIFY(search->resultModel()->rowCount() < 200);
        QTRY_VERIFY(search->detailView()->hasService());
        const QString first = search->currentResult()->serviceId;
        QTest::keyClick(search->queryEdit(), Qt::Key_Down);
        QVERIFY(search->currentResult()->serviceId != first || search->resultModel()->rowCount() == 1);
        QVERIFY(search->detailView()->plainText().contains(search->currentResult()->serviceName));
    }

    void switchesToFrenchWithoutRestart()
    {
        MainWindow w(*m_db);
        beginTestSession(w);
        w.show();
        QCOMPARE(w.menuBar()->actions().first()->text(), QStringLiteral("&Call"));
        QVERIFY(Workstation::setLanguage(QStringLiteral("fr")));
        QTRY_COMPARE(w.menuBar()->actions().first()->text(), QStringLiteral("&Appel"));
        QCOMPARE(w.searchPanel()->resultModel()->headerData(1, Qt::Horizontal).toString(), QStringLiteral("Organisme"));
        QVERIFY(w.callPanel()->needEdit()->placeholderText().contains(QStringLiteral("besoin")));
        QVERIFY(Workstation::setLanguage(QStringLiteral("en")));
        QTRY_COMPARE(w.menuBar()->actions().first()->text(), QStringLiteral("&Call"));
    }

    void keepsItsLayout()
    {
        QList<int> sizes;
        {
            MainWindow w(*m_db);
            beginTestSession(w);
            w.resize(1300, 800);
            w.show();
            auto* split = w.findChild<QSplitter*>();
            split->setSizes({500, 800});
            sizes = split->sizes();
            w.close();
        }
        MainWindow again(*m_db);
        beginTestSession(again);
        again.show();
        QCOMPARE(again.size(), QSize(1300, 800));
        QCOMPARE(again.findChild<QSplitter*>()->sizes(), sizes);
    }

    void listsEveryShortcut()
    {
        MainWindow w(*m_db);
        beginTestSession(w);
        ShortcutsDialog d(w.shortcutActions());
        QStringList keys;
        for (int r = 0; r < d.table()->rowCount(); ++r)
            keys << d.table()->item(r, 1)->text();
        for (QAction* a : w.shortcutActions()) {
            if (!a->shortcut().isEmpty())
                QVERIFY2(keys.contains(a->shortcut().toString(QKeySequence::NativeText)), qPrintable(a->text()));
        }
        for (const char* k : {"Ctrl+N",
                              "Ctrl+F",
                              "Ctrl+R",
                              "Ctrl+Shift+N",
                              "Ctrl+M",
                              "Ctrl+Shift+M",
                              "Ctrl+Shift+E",
                              "Ctrl+Shift+H",
                              "Ctrl+I",
                              "F1",
                              "F5",
                              "Ctrl+Shift+Y",
                              "Ctrl+Shift+I"})
            QVERIFY2(keys.contains(QString::fromLatin1(k)), qPrintable(keys.join(u'|')));
    }

    void everyControlHasAnAccessibleName()
    {
        MainWindow w(*m_db);
        beginTestSession(w);
        w.show();
        w.newCall(); // the call's fields are enabled
        QStringList missing;
        for (QWidget* widget : w.findChildren<QWidget*>()) {
            const bool input = qobject_cast<QLineEdit*>(widget) || qobject_cast<QComboBox*>(widget)
                || qobject_cast<QAbstractSpinBox*>(widget) || qobject_cast<QAbstractItemView*>(widget)
                || qobject_cast<QPlainTextEdit*>(widget) || qobject_cast<QAbstractButton*>(widget);
            if (!input || widget->focusPolicy() == Qt::NoFocus || !widget->isVisibleTo(&w))
                continue;
            if (qobject_cast<QLineEdit*>(widget) && qobject_cast<QAbstractSpinBox*>(widget->parentWidget()))
                continue; // the spin box's own editor: the spin box is named
            if (qobject_cast<QLineEdit*>(widget) && qobject_cast<QComboBox*>(widget->parentWidget()))
                continue;
            const auto* button = qobject_cast<QAbstractButton*>(widget);
            const QString name = !widget->accessibleName().isEmpty() ? widget->accessibleName()
                : button                                             ? button->text()
                                                                     : QString();
            if (name.trimmed().isEmpty())
                missing << QString::fromLatin1(widget->metaObject()->className()) + u' ' + widget->objectName();
        }
        QVERIFY2(missing.isEmpty(), qPrintable(missing.join(QStringLiteral(", "))));
        QVERIFY(w.callPanel()->call().id.size() > 0);
        w.autosaver()->waitForIdle();
        QVERIFY(CallStore(*m_db).discard(w.callPanel()->call().id));
    }

    void settingsSwitchTheLanguageAtOnce()
    {
        MainWindow w(*m_db);
        beginTestSession(w);
        w.show();
        SettingsDialog d(&w);
        d.languageBox()->setCurrentIndex(d.languageBox()->findData(QStringLiteral("fr")));
        d.accept();
        QTRY_COMPARE(w.menuBar()->actions().first()->text(), QStringLiteral("&Appel"));
        QCOMPARE(QSettings().value(QStringLiteral("language")).toString(), QStringLiteral("fr"));
        QCOMPARE(QLocale().toString(1234.5, 'f', 1), QStringLiteral("1\u00a0234,5"));
        SettingsDialog back(&w);
        back.languageBox()->setCurrentIndex(back.languageBox()->findData(QStringLiteral("en")));
        back.accept();
        QTRY_COMPARE(w.menuBar()->actions().first()->text(), QStringLiteral("&Call"));
    }

    void offersToResumeAnOpenCall()
    {
        CallStore store(*m_db);
        Call left = CallStore::newCall(QStringLiteral("Dana"));
        left.notes = QStringLiteral("Caller in Timmins, needs a shelter tonight");
        left.needs.append(CallerNeed{QStringLiteral("n1"), {}, {}, QStringLiteral("Shelter"), {}, {}, {}});
        QVERIFY(store.save(left));
        MainWindow w(*m_db);
        beginTestSession(w);
        w.show();
        QVERIFY(w.unfinishedCall().has_value());
        // The question is answered by keyboard: Enter takes the default, "Resume".
        QTimer::singleShot(0, [] {
            QTRY_VERIFY(QApplication::activeModalWidget());
            QTest::keyClick(QApplication::activeModalWidget(), Qt::Key_Return);
        });
        w.offerResume();
        QVERIFY(w.callPanel()->hasCall());
        QCOMPARE(w.callPanel()->call().id, left.id);
        QCOMPARE(w.callPanel()->call().notes, left.notes);
        QCOMPARE(w.callPanel()->needList()->count(), 1);
        QVERIFY(store.discard(left.id));
    }
};

QTEST_MAIN(TestMainWindow)
#include "TestMainWindow.moc"
