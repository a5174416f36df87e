// The call store: a call saved whole and read back field by field, consent, ending a call with
// its outbox entry, the history filters, follow-ups, the autosave thread, a full disk, and a
// process killed mid-call (SIGKILL) whose call is found again.
#include "TestUtil.h"
#include "calls/CallAutosaver.h"
#include "security/CallerKeys.h"
#include "store/CallStore.h"
#include "store/SyncStore.h"

#include <QJsonDocument>
#include <QProcess>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QtTest>
#include <cstdio>

using namespace open211;
using namespace open211::test;

namespace {

Call sampleCall(const QString& specialist = QStringLiteral("Dana")) // a call as a specialist fills it in
{
    Call c = CallStore::newCall(specialist, QDateTime(QDate(2026, 11, 20), QTime(14, 5), Qt::UTC));
    c.contactType = QStringLiteral("referral");
    c.heardAbout = QStringLiteral("family_friend");
    c.municipality = QStringLiteral("Sudbury");
    c.postalCode = QStringLiteral("P3A 1B2");
    c.latitude = 46.49;
    c.longitude = -80.99;
    c.ageGroup = QStringLiteral("25-44");
    c.gender = QStringLiteral("woman");
    c.language = QStringLiteral("fr");
    c.interpreterUsed = false;
    c.thirdParty = true;
    c.consentRecorded = true;
    c.callerName = QStringLiteral("Marie Tremblay");
    c.callerPhone = QStringLiteral("705-555-0100");
    c.notes = QStringLiteral("Needs food this week; « urgent ».");
    c.disposition = QStringLiteral("completed");
    CallerNeed food{QStringLiteral("n1"),
                    QStringLiteral("BD-1800.2000"),
                    QStringLiteral("BD-1800.2000"),
                    QStringLiteral("Food Pantries"),
                    true,
                    QString(),
                    QString()};
    CallerNeed rent{QStringLiteral("n2"),
                    QStringLiteral("BH-3800.7000"),
                    QStringLiteral("BH-3800.7000"),
                    QStringLiteral("Rent Payment Assistance"),
                    false,
                    QStringLiteral("wait_list"),
                    QStringLiteral("Fund closed until January")};
    c.needs = {food, rent};
    Referral r;
    r.id = QStringLiteral("r1");
    r.needId = QStringLiteral("n1");
    r.serviceId = QStringLiteral("svc-1");
    r.locationId = QStringLiteral("loc-1");
    r.serviceAtLocationId = QStringLiteral("sal-1");
    r.serviceName = QStringLiteral("Sudbury Food Bank");
    r.organizationName = QStringLiteral("Food Bank of Sudbury");
    r.createdAt = c.startedAt.addSecs(120);
    c.referrals = {r};
    FollowUp f;
    f.id = QStringLiteral("f1");
    f.dueAt = c.startedAt.addDays(3);
    f.consent = true;
    c.followUp = f;
    c.updatedAt = c.startedAt.addSecs(180);
    return c;
}

qint64 outboxCount(Database& db, const QString& kind)
{
    Statement s(db, QStringLiteral("SELECT count(*) FROM outbox WHERE kind = ?"));
    s.bindText(1, kind);
    return s.next() ? s.integer(0) : -1;
}

// The child of killedMidCallIsFoundAgain: saves a call through the autosave thread, says so, and
// waits to be killed.
// The session's key ring, shared with the child (its calls are sealed with the parent's key, as two
// runs of one workstation share the keychain's).
const KeyRing& sessionRing()
{
    static const KeyRing ring = [] {
        if (auto given = KeyRing::fromBytes(QByteArray::fromHex(qgetenv("OPEN211_CALLSTORE_RING"))))
            return *given;
        return KeyRing::generate();
    }();
    return ring;
}

int runChild(const QString& path)
{
    CallerKeys::install(sessionRing());
    CallAutosaver saver(path);
    Call c = sampleCall(QStringLiteral("Killed"));
    c.id = QStringLiteral("call-killed");
    saver.save(c);
    c.notes += QStringLiteral(" Second thought.");
    c.needs[0].met.reset();
    saver.save(c);
    if (!saver.waitForIdle())
        return 2;
    std::fputs("saved\n", stdout);
    std::fflush(stdout);
    (void)std::getchar(); // until killed
    return 0;
}

} // namespace

class TestCallStore : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    int m_n = 0;

    std::unique_ptr<Database> freshDb()
    {
        auto db = Database::open(m_dir.filePath(QStringLiteral("calls-%1.sqlite").arg(++m_n)));
        if (!db)
            qFatal("%s", qPrintable(db.error()));
        return std::move(db).value();
    }

private slots:
    void initTestCase()
    {
        // Callers' details are sealed (CallerKeys): this test's session holds a key.
        CallerKeys::install(sessionRing());
    }

    void roundTripFieldByField()
    {
        auto db = freshDb();
        CallStore store(*db);
        const Call c = sampleCall();
        QVERIFY(store.save(c));
        auto back = store.load(c.id);
        QVERIFY2(back, qPrintable(back.error()));
        QCOMPARE(back->id, c.id);
        QCOMPARE(back->startedAt, c.startedAt);
        QCOMPARE(back->specialist, c.specialist);
        QCOMPARE(back->contactType, c.contactType);
        QCOMPARE(back->heardAbout, c.heardAbout);
        QCOMPARE(back->municipality, c.municipality);
        QCOMPARE(back->postalCode, c.postalCode);
        QCOMPARE(back->latitude, c.latitude);
        QCOMPARE(back->ageGroup, c.ageGroup);
        QCOMPARE(back->gender, c.gender);
        QCOMPARE(back->language, c.language);
        QCOMPARE(back->thirdParty, true);
        QCOMPARE(back->callerName, c.callerName);
        QCOMPARE(back->notes, c.notes);
        QCOMPARE(back->needs, c.needs);
        QCOMPARE(back->referrals, c.referrals);
        QCOMPARE(back->followUp, c.followUp);
        QCOMPARE(back->state, QStringLiteral("open"));
        QVERIFY(*back == c);

        // Saved again with a need removed and one added: the stored copy follows.
        Call edited = *back;
        edited.needs.removeFirst();
        edited.needs.append(CallerNeed{QStringLiteral("n3"), {}, {}, QStringLiteral("Dental care"), {}, {}, {}});
        edited.referrals.clear();
        edited.followUp.reset();
        QVERIFY(store.save(edited));
        QVERIFY(*store.load(c.id) == edited);
        QCOMPARE(count(*db, QStringLiteral("caller_need")), 2);
        QCOMPARE(count(*db, QStringLiteral("follow_up")), 0);
    }

    void identifyingFieldsNeedConsent()
    {
        auto db = freshDb();
        CallStore store(*db);
        Call c = sampleCall();
        c.consentRecorded = false;
        QVERIFY(store.save(c));
        auto back = store.load(c.id);
        QVERIFY(back->callerName.isEmpty());
        QVERIFY(back->callerPhone.isEmpty());
        const QJsonObject json = CallStore::toJson(c);
        QVERIFY(json.value(QStringLiteral("caller_name")).isNull());
        QVERIFY(json.value(QStringLiteral("caller_phone")).isNull());
    }

    void retentionPurgesWhatTheHubHas()
    {
        auto db = freshDb();
        CallStore store(*db);
        // Three ended calls with names, phones and notes: two old (one uploaded, one still
        // waiting), one recent and uploaded; and an old call still open.
        Call uploaded = sampleCall();
        uploaded.id = QStringLiteral("old-uploaded");
        Call waiting = sampleCall();
        waiting.id = QStringLiteral("old-waiting");
        Call recent = sampleCall();
        recent.id = QStringLiteral("recent");
        Call open = sampleCall();
        open.id = QStringLiteral("old-open");
        const QDateTime now = QDateTime::currentDateTimeUtc();
        for (Call* c : {&uploaded, &waiting, &recent, &open}) {
            c->startedAt = (c == &recent ? now.addDays(-2) : now.addDays(-40));
            for (CallerNeed& n : c->needs)
                n.id = c->id + u'-' + n.id;
            for (Referral& r : c->referrals) {
                r.id = c->id + u'-' + r.id;
                r.needId = c->id + u'-' + r.needId;
            }
            if (c->followUp)
                c->followUp->id = c->id + QStringLiteral("-follow-up");
            QVERIFY(store.save(*c));
        }
        QVERIFY(store.end(uploaded, uploaded.startedAt.addSecs(600)));
        QVERIFY(store.end(waiting, waiting.startedAt.addSecs(600)));
        QVERIFY(store.end(recent, recent.startedAt.addSecs(600)));
        SyncStore sync(*db);
        const auto entries = sync.entries(QStringLiteral("pending"), 10);
        QVERIFY(entries);
        QCOMPARE(entries->size(), 3);
        for (const OutboxEntry& e : *entries) {
            if (e.entityId != waiting.id)
                QVERIFY(sync.markSent(e.seq, "{\"id\": \"x\"}", now));
        }

        auto purged = store.purgeIdentifying(now.addDays(-30));
        QVERIFY2(purged, qPrintable(purged.error()));
        QCOMPARE(*purged, 1);
        const Call gone = *store.load(uploaded.id);
        QVERIFY(gone.callerName.isEmpty() && gone.callerPhone.isEmpty() && gone.notes.isEmpty());
        QVERIFY(
            std::all_of(gone.needs.begin(), gone.needs.end(), [](const CallerNeed& n) { return n.note.isEmpty(); }));
        // What the reports count stays.
        QCOMPARE(gone.needs.size(), uploaded.needs.size());
        QCOMPARE(gone.municipality, uploaded.municipality);
        QCOMPARE(gone.referrals.size(), uploaded.referrals.size());
        // Not yet on the hub, too recent, or still open: kept whole.
        for (const Call* kept : {&waiting, &recent, &open})
            QCOMPARE(store.load(kept->id)->callerName, uploaded.callerName);
        // Said in the audit log; a second pass has nothing to do.
        QCOMPARE(count(*db, QStringLiteral("audit_log WHERE action = 'purge_identifying'")), 1);
        QCOMPARE(*store.purgeIdentifying(now.addDays(-30)), 0);
        QCOMPARE(count(*db, QStringLiteral("audit_log WHERE action = 'purge_identifying'")), 1);
    }

    void endingWritesRecordAndOutboxTogether()
    {
        auto db = freshDb();
        CallStore store(*db);
        Call c = sampleCall();
        QVERIFY(store.save(c));
        QCOMPARE(*SyncStore(*db).waitingCount(), 0);
        const QDateTime end = c.startedAt.addSecs(600);
        QVERIFY(store.end(c, end));
        QCOMPARE(c.state, QStringLiteral("ended"));
        QCOMPARE(c.endedAt, end);
        QCOMPARE(store.load(c.id)->state, QStringLiteral("ended"));
        QCOMPARE(*SyncStore(*db).waitingCount(), 1);
        Statement s(*db, QStringLiteral("SELECT idempotency_key, payload FROM outbox"));
        QVERIFY(s.next());
        QCOMPARE(s.text(0), QStringLiteral("call:") + c.id);
        // It names the caller: sealed at rest, opened for the push.
        QVERIFY(CallerKeys::isSealed(s.text(1)));
        QVERIFY(!s.text(1).contains(c.callerName));
        const auto opened = CallerKeys::open(s.text(1), QStringLiteral("outbox:call:") + c.id);
        QVERIFY(opened);
        const QJsonObject payload = QJsonDocument::fromJson(opened->toUtf8()).object();
        QCOMPARE(payload.value(QStringLiteral("needs")).toArray().size(), 2);
        QCOMPARE(payload.value(QStringLiteral("referrals")).toArray().size(), 1);
        QCOMPARE(payload.value(QStringLiteral("ended_at")).toString(), end.toString(Qt::ISODateWithMs));
        s = Statement();
        QVERIFY(!store.openCall()->has_value());

        // Ending it again (a resumed call) leaves one entry, not two.
        QVERIFY(store.end(c, end.addSecs(5)));
        QCOMPARE(*SyncStore(*db).waitingCount(), 1);
    }

    void failedEndLeavesNothingHalfWritten()
    {
        auto db = freshDb();
        CallStore store(*db);
        Call c = sampleCall();
        QVERIFY(store.save(c));
        // A disk that is full: the database may not grow past its current size.
        Statement pages(*db, QStringLiteral("PRAGMA page_count"));
        QVERIFY(pages.next());
        const qint64 n = pages.integer(0);
        pages = Statement();
        QVERIFY(db->exec(QStringLiteral("PRAGMA max_page_count = %1").arg(n)));
        c.notes = QString(200000, u'x');
        auto st = store.end(c);
        QVERIFY(!st);
        QVERIFY2(st.error().contains(QStringLiteral("full"), Qt::CaseInsensitive), qPrintable(st.error()));
        QCOMPARE(c.state, QStringLiteral("open")); // the value is not marked ended
        QCOMPARE(*SyncStore(*db).waitingCount(), 0);
        QCOMPARE(store.load(c.id)->notes, sampleCall().notes);
        QCOMPARE(store.load(c.id)->state, QStringLiteral("open"));
        // A call with no id is refused with a message.
        Call broken;
        QVERIFY(!store.save(broken));
    }

    void historyFilters()
    {
        auto db = freshDb();
        CallStore store(*db);
        Call a = sampleCall(QStringLiteral("Dana"));
        Call b = sampleCall(QStringLiteral("Luc"));
        b.id = QStringLiteral("b");
        b.startedAt = QDateTime(QDate(2026, 11, 22), QTime(15, 0), Qt::UTC);
        b.needs = {CallerNeed{QStringLiteral("b1"),
                              {},
                              QStringLiteral("LH-2700"),
                              QStringLiteral("Dental Care"),
                              false,
                              QStringLiteral("cost"),
                              {}}};
        b.referrals.clear();
        b.followUp.reset();
        QVERIFY(store.end(a, a.startedAt.addSecs(300)));
        QVERIFY(store.end(b, b.startedAt.addSecs(300)));

        const auto ids = [&](const CallQuery& q) {
            QStringList out;
            const auto found = store.find(q);
            for (const auto& c : *found)
                out << c.id;
            return out;
        };
        QCOMPARE(ids({}), (QStringList{b.id, a.id})); // newest first
        CallQuery q;
        q.from = QDate(2026, 11, 21);
        QCOMPARE(ids(q), QStringList{b.id});
        q = {};
        q.to = QDate(2026, 11, 21);
        QCOMPARE(ids(q), QStringList{a.id});
        q = {};
        q.specialist = QStringLiteral("Dana");
        QCOMPARE(ids(q), QStringList{a.id});
        q = {};
        q.need = QStringLiteral("dental");
        QCOMPARE(ids(q), QStringList{b.id});
        q.need = QStringLiteral("BD-1800");
        QCOMPARE(ids(q), QStringList{a.id});
        q.need = QStringLiteral("100%_");
        QCOMPARE(ids(q), QStringList{});
        q = {};
        q.followUpDue = true;
        QCOMPARE(ids(q), QStringList{a.id});
        const auto all = store.find({});
        const CallSummary summary = all->at(1);
        QCOMPARE(summary.needs,
                 (QStringList{QStringLiteral("Food Pantries"), QStringLiteral("Rent Payment Assistance")}));
        QCOMPARE(summary.unmetNeeds, 1);
        QCOMPARE(summary.referrals, 1);
        QCOMPARE(*store.specialists(), (QStringList{QStringLiteral("Dana"), QStringLiteral("Luc")}));

        // Recording the follow-up takes it off the due list and queues it for the hub.
        QVERIFY(store.completeFollowUp(a.id, QStringLiteral("Got groceries"), QStringLiteral("Luc")));
        QCOMPARE(ids(q), QStringList{});
        QCOMPARE(store.load(a.id)->followUp->outcome, QStringLiteral("Got groceries"));
        QCOMPARE(outboxCount(*db, QStringLiteral("follow_up")), 1);
        QVERIFY(!store.completeFollowUp(a.id, QStringLiteral("again"), QStringLiteral("Luc")));
    }

    void autosaverKeepsTheNewestAndEnds()
    {
        auto db = freshDb();
        CallAutosaver saver(db->path());
        QSignalSpy ended(&saver, &CallAutosaver::ended);
        Call c = sampleCall();
        for (int i = 0; i < 50; ++i) {
            c.notes = QStringLiteral("note %1").arg(i);
            saver.save(c);
        }
        QVERIFY(saver.waitForIdle());
        CallStore store(*db);
        QCOMPARE(store.load(c.id)->notes, QStringLiteral("note 49"));
        QVERIFY(saver.savedCount() >= 1 && saver.savedCount() <= 50);
        saver.end(c);
        QVERIFY(ended.wait() || ended.count() == 1);
        QCOMPARE(ended.count(), 1);
        QCOMPARE(store.load(c.id)->state, QStringLiteral("ended"));
        QCOMPARE(*SyncStore(*db).waitingCount(), 1);
    }

    void killedMidCallIsFoundAgain()
    {
        const QString path = m_dir.filePath(QStringLiteral("killed.sqlite"));
        QProcess child;
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("OPEN211_CALLSTORE_CHILD"), path);
        env.insert(QStringLiteral("OPEN211_CALLSTORE_RING"), QString::fromLatin1(sessionRing().toBytes().toHex()));
        child.setProcessEnvironment(env);
        child.start(QCoreApplication::applicationFilePath(), {});
        QVERIFY(child.waitForStarted());
        QByteArray out;
        while (!out.contains("saved\n")) {
            QVERIFY2(child.waitForReadyRead(30000), "the child did not save its call");
            out += child.readAllStandardOutput();
        }
        child.kill(); // SIGKILL: no destructor, no flush, no goodbye
        QVERIFY(child.waitForFinished());
        QCOMPARE(child.exitStatus(), QProcess::CrashExit);

        auto db = Database::open(path);
        QVERIFY(db);
        CallStore store(**db);
        auto open = store.openCall();
        QVERIFY(open && open->has_value());
        Call expected = sampleCall(QStringLiteral("Killed"));
        expected.id = QStringLiteral("call-killed");
        expected.notes += QStringLiteral(" Second thought.");
        expected.needs[0].met.reset();
        QVERIFY(**open == expected);
    }
};

int main(int argc, char** argv)
{
    QCoreApplication app(argc, argv);
    if (const QString path = qEnvironmentVariable("OPEN211_CALLSTORE_CHILD"); !path.isEmpty())
        return runChild(path);
    TestCallStore t;
    return QTest::qExec(&t, argc, argv);
}

#include "TestCallStore.moc"
