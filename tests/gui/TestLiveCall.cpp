// A whole call by keyboard alone, as a specialist takes it: new call → caller's place → a need →
// its search → a referral → met/unmet with the reason → notes → end; then the stored record is
// checked field by field, with its outbox entry. Also the call history and a follow-up.
#include "../TestUtil.h"
#include "GuiTestUtil.h"
#include "MainWindow.h"
#include "Workstation.h"
#include "call/CallHistoryDialog.h"
#include "call/CallPanel.h"
#include "call/ReferralSummaryDialog.h"
#include "call/SearchPanel.h"
#include "calls/CallAutosaver.h"
#include "demo/DemoGenerator.h"
#include "search/SearchResultModel.h"
#include "store/CallStore.h"

#include <QApplication>
#include <QComboBox>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLineEdit>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QProcess>
#include <QSettings>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTableView>
#include <QTemporaryDir>
#include <QTextBrowser>
#include <QTimer>
#include <cstdio>

using namespace open211;
using namespace open211::test;

class TestLiveCall : public QObject
{
    Q_OBJECT
    QTemporaryDir m_dir;
    std::unique_ptr<Database> m_db;

    static void key(int k, Qt::KeyboardModifiers mods = Qt::NoModifier)
    {
        QWidget* target = QApplication::focusWidget();
        QVERIFY(target);
        QTest::keyClick(target, Qt::Key(k), mods);
    }
    static void type(const QString& text)
    {
        QWidget* target = QApplication::focusWidget();
        QVERIFY(target);
        QTest::keyClicks(target, text);
    }

private slots:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        Workstation::setIdentity(QStringLiteral("en"));
        QSettings().clear();
        QSettings().setValue(QStringLiteral("specialist"), QStringLiteral("Dana Specialist"));
        auto db = Database::open(m_dir.filePath(QStringLiteral("call.sqlite")));
        QVERIFY(db);
        m_db = std::move(db).value();
        QVERIFY(DemoGenerator::generate(*m_db, DemoOptions{300, 11}));
    }

    void wholeCallByKeyboard()
    {
        MainWindow w(*m_db);
        beginTestSession(w);
        w.show();
        w.activateWindow();
        QVERIFY(QTest::qWaitForWindowActive(&w));
        CallPanel* call = w.callPanel();
        SearchPanel* search = w.searchPanel();

        key(Qt::Key_N, Qt::ControlModifier); // new call: the caller's place is asked first
        QVERIFY(call->hasCall());
        QCOMPARE(QApplication::focusWidget(), call->locationEdit());
        type(QStringLiteral("Sudbury"));
        key(Qt::Key_Tab); // on to the language: French, by its first letter
        type(QStringLiteral("F"));

        // The need: the term most services here are indexed with, typed by its name.
        Statement common(*m_db,
                         QStringLiteral("SELECT t.code, t.name FROM service_term st JOIN taxonomy_term t ON t.code = "
                                        "st.code GROUP BY t.code ORDER BY count(*) DESC, t.code LIMIT 1"));
        QVERIFY(common.next());
        const QString needCode = common.text(0), needName = common.text(1);
        common = Statement();
        key(Qt::Key_N, Qt::ControlModifier | Qt::ShiftModifier); // add a need
        QCOMPARE(QApplication::focusWidget(), call->needEdit());
        type(needName);
        key(Qt::Key_Return);
        QCOMPARE(call->call().needs.size(), 1);
        const CallerNeed food = call->call().needs.first();
        QCOMPARE(food.termCode, needCode);

        // The need started a search for its term, near the caller.
        QTRY_VERIFY(search->isIdle() && search->resultModel()->rowCount() > 0);
        key(Qt::Key_F, Qt::ControlModifier);
        QCOMPARE(QApplication::focusWidget(), search->queryEdit());
        key(Qt::Key_Down, Qt::ControlModifier); // next result
        const SearchResult* chosen = search->currentResult();
        QVERIFY(chosen);
        const QString serviceId = chosen->serviceId;
        key(Qt::Key_R, Qt::ControlModifier); // refer the caller to it
        QCOMPARE(call->call().referrals.size(), 1);
        QCOMPARE(call->call().referrals.first().serviceId, serviceId);
        QCOMPARE(call->call().referrals.first().needId, food.id);
        key(Qt::Key_M, Qt::ControlModifier); // the food need is met

        // A second need nobody can meet: unmet, because of cost.
        key(Qt::Key_N, Qt::ControlModifier | Qt::ShiftModifier);
        QCOMPARE(QApplication::focusWidget(), call->needEdit());
        type(QStringLiteral("dental"));
        key(Qt::Key_Return);
        QCOMPARE(call->call().needs.size(), 2);
        key(Qt::Key_M, Qt::ControlModifier | Qt::ShiftModifier);
        QCOMPARE(QApplication::focusWidget(), call->unmetReasonBox()); // the reason comes next
        const int costIndex = call->unmetReasonBox()->findData(QStringLiteral("cost"));
        for (int i = call->unmetReasonBox()->currentIndex(); i < costIndex; ++i)
            key(Qt::Key_Down);
        QCOMPARE(call->call().needs[1].unmetReason, QStringLiteral("cost"));

        key(Qt::Key_O, Qt::ControlModifier | Qt::ShiftModifier); // notes
        QCOMPARE(QApplication::focusWidget(), call->notesEdit());
        type(QStringLiteral("Two children; prefers afternoons."));

        const QString id = call->call().id;
        QSignalSpy ended(w.autosaver(), &CallAutosaver::ended);
        key(Qt::Key_E, Qt::ControlModifier | Qt::ShiftModifier); // end the call
        QVERIFY(ended.count() == 1 || ended.wait());
        QVERIFY(!call->hasCall());

        // The stored record, field by field.
        auto stored = CallStore(*m_db).load(id);
        QVERIFY2(stored, qPrintable(stored.error()));
        QCOMPARE(stored->state, QStringLiteral("ended"));
        QVERIFY(stored->endedAt.isValid() && stored->endedAt >= stored->startedAt);
        QCOMPARE(stored->specialist, QStringLiteral("dana")); // who signed in
        QCOMPARE(stored->municipality, QStringLiteral("Greater Sudbury")); // as the gazetteer names it
        QVERIFY(stored->latitude && std::abs(*stored->latitude - 46.49) < 0.1);
        QCOMPARE(stored->language, QStringLiteral("fr"));
        QCOMPARE(stored->disposition, QStringLiteral("completed"));
        QCOMPARE(stored->notes, QStringLiteral("Two children; prefers afternoons."));
        QCOMPARE(stored->needs.size(), 2);
        QCOMPARE(stored->needs[0].termCode, food.termCode);
        QCOMPARE(stored->needs[0].met, std::optional<bool>(true));
        QVERIFY(stored->needs[1].termCode.startsWith(QStringLiteral("LV")) || !stored->needs[1].termName.isEmpty());
        QCOMPARE(stored->needs[1].met, std::optional<bool>(false));
        QCOMPARE(stored->needs[1].unmetReason, QStringLiteral("cost"));
        QCOMPARE(stored->referrals.size(), 1);
        QCOMPARE(stored->referrals[0].serviceId, serviceId);
        QCOMPARE(stored->referrals[0].needId, food.id);
        QVERIFY(!stored->referrals[0].serviceName.isEmpty());
        QVERIFY(!stored->callerName.size()); // no consent, no name
        Statement outbox(*m_db, QStringLiteral("SELECT kind, payload FROM outbox WHERE entity_id = ?"));
        outbox.bindText(1, id);
        QVERIFY(outbox.next());
        QCOMPARE(outbox.text(0), QStringLiteral("call"));
        // The notes name no one, but may: what waits for the hub is sealed like the call.
        QVERIFY(CallerKeys::isSealed(outbox.text(1)));
        const auto opened = CallerKeys::open(outbox.text(1), QStringLiteral("outbox:call:") + id);
        QVERIFY(opened);
        const QJsonObject payload = QJsonDocument::fromJson(opened->toUtf8()).object();
        QCOMPARE(payload.value(QStringLiteral("needs")).toArray().size(), 2);
        QVERIFY(!outbox.next());
    }

    void referralSummaryInTheCallersLanguage()
    {
        // A call with one referral to a demo service, summarised in French and in English.
        auto found = CallStore(*m_db).find({});
        QVERIFY(found && !found->isEmpty());
        auto c = CallStore(*m_db).load(found->first().id);
        QVERIFY(c && !c->referrals.isEmpty());
        ReferralSummaryDialog d(*m_db, *c);
        const QString french = d.summaryText(); // the call was in French: so is the summary at first
        d.setSummaryLanguage(QStringLiteral("en"));
        const QString english = d.summaryText();
        QVERIFY2(english.contains(c->referrals.first().serviceName), qPrintable(english));
        QVERIFY(english.contains(QStringLiteral("211")));
        QVERIFY(french != english);
        QVERIFY2(french.contains(QStringLiteral("211")), qPrintable(french));
        QVERIFY(!d.browser()->toPlainText().isEmpty());
    }

    void killedMidCallResumes()
    {
        // A workstation process killed (SIGKILL) in the middle of a call...
        QProcess child;
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("OPEN211_LIVECALL_CHILD"), m_db->path());
        env.insert(QStringLiteral("OPEN211_TEST_RING"), QString::fromLatin1(testRing().toBytes().toHex()));
        child.setProcessEnvironment(env);
        child.start(QCoreApplication::applicationFilePath(), {});
        QVERIFY(child.waitForStarted());
        QByteArray out;
        while (!out.contains('\n')) {
            QVERIFY2(child.waitForReadyRead(60000), child.readAllStandardError().constData());
            out += child.readAllStandardOutput();
        }
        const QString id = QString::fromUtf8(out.left(out.indexOf('\n')).trimmed());
        child.kill();
        QVERIFY(child.waitForFinished());
        QCOMPARE(child.exitStatus(), QProcess::CrashExit);

        // ... and the next start offers the call back, with nothing lost.
        MainWindow w(*m_db);
        beginTestSession(w);
        w.show();
        QTimer::singleShot(0, [] {
            QTRY_VERIFY(QApplication::activeModalWidget());
            QTest::keyClick(QApplication::activeModalWidget(), Qt::Key_Return); // "Resume the call"
        });
        w.offerResume();
        QVERIFY(w.callPanel()->hasCall());
        const Call& c = w.callPanel()->call();
        QCOMPARE(c.id, id);
        QCOMPARE(c.postalCode, QStringLiteral("K1P 5K8"));
        QCOMPARE(c.municipality, QStringLiteral("Ottawa")); // from the postal code
        QCOMPARE(c.needs.size(), 1);
        QCOMPARE(c.notes, QStringLiteral("Lost power once already."));
        QCOMPARE(w.callPanel()->locationEdit()->text(), QStringLiteral("K1P 5K8"));
        // Ending it now writes it once.
        QSignalSpy ended(w.autosaver(), &CallAutosaver::ended);
        w.endCall();
        QVERIFY(ended.count() == 1 || ended.wait());
        QCOMPARE(CallStore(*m_db).load(id)->state, QStringLiteral("ended"));
    }

    void historyFindsTheCallAndRecordsAFollowUp()
    {
        // A call with a follow-up due.
        CallStore store(*m_db);
        Call c = CallStore::newCall(QStringLiteral("Luc"));
        c.needs.append(CallerNeed{QStringLiteral("h1"),
                                  {},
                                  QStringLiteral("BH-1800"),
                                  QStringLiteral("Emergency Shelter"),
                                  false,
                                  QStringLiteral("wait_list"),
                                  {}});
        c.followUp = FollowUp{QStringLiteral("fu"), c.startedAt.addDays(1), true, QStringLiteral("due"), {}, {}, {}};
        QVERIFY(store.end(c));

        CallHistoryDialog d(*m_db, QStringLiteral("Dana Specialist"));
        d.show();
        QVERIFY(d.table()->model()->rowCount() >= 2);
        d.needFilter()->setText(QStringLiteral("shelter"));
        QCOMPARE(d.table()->model()->rowCount(), 1);
        QVERIFY(d.detail()->toPlainText().contains(QStringLiteral("Emergency Shelter")));
        d.needFilter()->clear();
        d.setFollowUpDueOnly(true);
        QCOMPARE(d.table()->model()->rowCount(), 1);
        d.outcomeEdit()->setFocus();
        QTest::keyClicks(d.outcomeEdit(), QStringLiteral("Found a bed at the Salvation Army"));
        QTest::keyClick(d.outcomeEdit(), Qt::Key_Return);
        QCOMPARE(d.table()->model()->rowCount(), 0);
        const auto back = store.load(c.id);
        QCOMPARE(back->followUp->state, QStringLiteral("done"));
        QCOMPARE(back->followUp->doneBy, QStringLiteral("Dana Specialist"));
        QCOMPARE(back->followUp->outcome, QStringLiteral("Found a bed at the Salvation Army"));
    }
};

// The child of killedMidCallResumes: takes a call in the real window, by keyboard, waits until it
// is saved, says so, and waits to be killed.
int runChild(const QString& path)
{
    QStandardPaths::setTestModeEnabled(true);
    Workstation::setIdentity(QStringLiteral("en"));
    auto db = Database::open(path);
    if (!db)
        return 2;
    MainWindow w(**db);
    beginTestSession(w);
    w.show();
    w.activateWindow();
    if (!QTest::qWaitForWindowActive(&w))
        return 4;
    w.newCall();
    QTest::keyClicks(w.callPanel()->locationEdit(), QStringLiteral("K1P 5K8"));
    w.callPanel()->focusNeed();
    QTest::keyClicks(w.callPanel()->needEdit(), QStringLiteral("Dental care"));
    QTest::keyClick(w.callPanel()->needEdit(), Qt::Key_Return);
    w.callPanel()->focusNotes();
    QTest::keyClicks(w.callPanel()->notesEdit(), QStringLiteral("Lost power once already."));
    if (w.callPanel()->call().needs.size() != 1)
        return 5;
    if (!w.autosaver()->waitForIdle())
        return 3;
    std::fputs(qPrintable(w.callPanel()->call().id + u'\n'), stdout);
    std::fflush(stdout);
    (void)std::getchar(); // until killed
    return 0;
}

int main(int argc, char** argv)
{
    QApplication app(argc, argv);
    if (const QString path = qEnvironmentVariable("OPEN211_LIVECALL_CHILD"); !path.isEmpty())
        return runChild(path);
    TestLiveCall t;
    return QTest::qExec(&t, argc, argv);
}
#include "TestLiveCall.moc"
