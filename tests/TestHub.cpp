// The hub on a real PostgreSQL: a throwaway cluster on loopback, resources loaded with the
// workstation's HSDS reader, and the HSDS API's service endpoints answered over HTTP by the
// open211-hub program, read with the workstation's libcurl transport. Bad requests get a 4xx
// with a JSON error; a bad file loads nothing.
#include "CurlTransport.h"
#include "HubStore.h"
#include "PgCluster.h"
#include "TestUtil.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QtTest>

using namespace open211;
using namespace open211::test;

class TestHub : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    std::unique_ptr<PgCluster> m_pg;
    QString m_hub = qEnvironmentVariable("OPEN211_HUB");

    QJsonObject get(const QString& url, int expectedStatus)
    {
        CurlTransport http;
        HttpRequest request;
        request.url = url;
        const HttpResponse r = http.send(request);
        if (r.status != expectedStatus)
            qWarning("%s -> %d %s %s", qPrintable(url), r.status, qPrintable(r.error), r.body.constData());
        [&] {
            QCOMPARE(r.status, expectedStatus);
        }();
        return QJsonDocument::fromJson(r.body).object();
    }

    int runHub(const QStringList& args, QByteArray* output = nullptr)
    {
        QProcess p;
        p.setProcessChannelMode(QProcess::MergedChannels);
        p.start(m_hub, args + QStringList{QStringLiteral("--pg"), m_pg->connectionString()});
        p.waitForFinished(60000);
        if (output)
            *output = p.readAll();
        return p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1;
    }

private slots:
    void initTestCase()
    {
        QVERIFY2(!m_hub.isEmpty(), "OPEN211_HUB names the hub program");
        // The postgres user (as which the server runs when the tests run as root) must reach it.
        QFile::setPermissions(m_dir.path(),
                              QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner | QFile::ReadOther
                                  | QFile::ExeOther | QFile::ReadGroup | QFile::ExeGroup);
        m_pg = std::make_unique<PgCluster>(m_dir.filePath(QStringLiteral("pg")));
        auto st = m_pg->start();
        QVERIFY2(st, qPrintable(st.error()));
    }

    void cleanupTestCase()
    {
        m_pg.reset(); // stops the server; the folder goes with the temporary directory
    }

    void loadsWithTheWorkstationsReader()
    {
        QByteArray out;
        QCOMPARE(runHub({QStringLiteral("load"), dataPath(QStringLiteral("service-full.json"))}, &out), 0);
        QVERIFY2(out.contains("Loaded"), out.constData());
        auto store = HubStore::open(m_pg->connectionString());
        QVERIFY2(store, qPrintable(store.error()));
        QCOMPARE((*store)->services(1, 10)->total, 1);

        // A truncated file and a file with a wrong type load nothing, and say why.
        const QString truncated = m_dir.filePath(QStringLiteral("truncated.json"));
        QByteArray json = QJsonDocument(jsonObject(QStringLiteral("service-full.json"))).toJson();
        writeFile(truncated, json.left(json.size() / 2));
        QCOMPARE(runHub({QStringLiteral("load"), truncated}, &out), 1);
        QVERIFY2(out.contains("malformed"), out.constData());
        QJsonObject wrong = jsonObject(QStringLiteral("service-full.json"));
        wrong[QStringLiteral("id")] = QStringLiteral("svc-2");
        wrong[QStringLiteral("minimum_age")] = QStringLiteral("eighteen");
        const QString wrongPath = m_dir.filePath(QStringLiteral("wrong.json"));
        writeFile(wrongPath, QJsonDocument(wrong).toJson());
        QCOMPARE(runHub({QStringLiteral("load"), wrongPath}, &out), 1);
        QVERIFY2(out.contains("minimum_age"), out.constData());
        QCOMPARE((*store)->services(1, 10)->total, 1);

        // Loading the same file again changes nothing but what changed.
        QCOMPARE(runHub({QStringLiteral("load"), dataPath(QStringLiteral("service-full.json"))}), 0);
        QCOMPARE((*store)->services(1, 10)->total, 1);
    }

    void loadsATaxonomy()
    {
        QByteArray out;
        QCOMPARE(runHub({QStringLiteral("load-taxonomy")}, &out), 0); // the embedded demo taxonomy
        QVERIFY2(out.contains("Loaded"), out.constData());
        const QString bad = m_dir.filePath(QStringLiteral("bad-taxonomy.csv"));
        writeFile(bad, "code,name\nB-12,Odd\n");
        QCOMPARE(runHub({QStringLiteral("load-taxonomy"), bad}, &out), 1);
        QVERIFY2(out.contains("B-12"), out.constData());
    }

    void servesTheHsdsApi()
    {
        QProcess hub;
        hub.start(m_hub,
                  {QStringLiteral("serve"),
                   QStringLiteral("--pg"),
                   m_pg->connectionString(),
                   QStringLiteral("--port"),
                   QStringLiteral("0")});
        QVERIFY(hub.waitForStarted());
        QByteArray out;
        static const QRegularExpression listening(QStringLiteral("listening on (http://127\\.0\\.0\\.1:\\d+)"));
        QRegularExpressionMatch m;
        while (!(m = listening.match(QString::fromUtf8(out))).hasMatch()) {
            QVERIFY2(hub.waitForReadyRead(30000), hub.readAllStandardError().constData());
            out += hub.readAllStandardOutput();
        }
        const QString base = m.captured(1);

        const QJsonObject info = get(base + QStringLiteral("/"), 200);
        QCOMPARE(info.value(QStringLiteral("version")).toString(), QStringLiteral("3.0"));

        const QJsonObject page = get(base + QStringLiteral("/services?page=1&per_page=10"), 200);
        QCOMPARE(page.value(QStringLiteral("total_items")).toInt(), 1);
        QCOMPARE(page.value(QStringLiteral("total_pages")).toInt(), 1);
        QCOMPARE(page.value(QStringLiteral("page_number")).toInt(), 1);
        QCOMPARE(page.value(QStringLiteral("size")).toInt(), 1);
        QCOMPARE(page.value(QStringLiteral("first_page")).toBool(), true);
        QCOMPARE(page.value(QStringLiteral("last_page")).toBool(), true);
        QCOMPARE(page.value(QStringLiteral("empty")).toBool(), false);
        const QJsonObject first = page.value(QStringLiteral("contents")).toArray().first().toObject();
        QCOMPARE(first.value(QStringLiteral("id")).toString(), QStringLiteral("svc-1"));

        const QJsonObject past = get(base + QStringLiteral("/services?page=2&per_page=10"), 200);
        QCOMPARE(past.value(QStringLiteral("empty")).toBool(), true);

        const QJsonObject one = get(base + QStringLiteral("/services/svc-1"), 200);
        QCOMPARE(one.value(QStringLiteral("name")).toString(), first.value(QStringLiteral("name")).toString());
        QCOMPARE(one.value(QStringLiteral("organization")).toObject().value(QStringLiteral("id")).toString(),
                 one.value(QStringLiteral("organization_id")).toString());

        // What changed since a time, and by organization: how a workstation pulls.
        QCOMPARE(get(base + QStringLiteral("/services?modified_after=2000-01-01T00:00:00Z"), 200)
                     .value(QStringLiteral("total_items"))
                     .toInt(),
                 1);
        const QJsonObject later = get(base + QStringLiteral("/services?modified_after=2999-01-01T00:00:00Z"), 200);
        QCOMPARE(later.value(QStringLiteral("total_items")).toInt(), 0);
        QCOMPARE(later.value(QStringLiteral("empty")).toBool(), true);
        const QString orgId = one.value(QStringLiteral("organization_id")).toString();
        QCOMPARE(get(base + QStringLiteral("/services?organization_id=") + orgId, 200)
                     .value(QStringLiteral("total_items"))
                     .toInt(),
                 1);
        QCOMPARE(get(base + QStringLiteral("/services?organization_id=nobody"), 200)
                     .value(QStringLiteral("total_items"))
                     .toInt(),
                 0);
        const QJsonObject orgs = get(base + QStringLiteral("/organizations"), 200);
        QCOMPARE(orgs.value(QStringLiteral("total_items")).toInt(), 1);
        QCOMPARE(get(base + QStringLiteral("/organizations/") + orgId, 200).value(QStringLiteral("id")).toString(),
                 orgId);

        // The taxonomy: its top-level categories, and a term's narrower terms.
        QCOMPARE(get(base + QStringLiteral("/taxonomies"), 200).value(QStringLiteral("total_items")).toInt(), 1);
        const QJsonObject top = get(base + QStringLiteral("/taxonomy_terms?top_only=true&per_page=50"), 200);
        QStringList codes;
        for (const auto& t : top.value(QStringLiteral("contents")).toArray())
            codes << t.toObject().value(QStringLiteral("code")).toString();
        codes.sort();
        QCOMPARE(codes.join(u','), QStringLiteral("B,D,F,H,J,L,N,P,R,T,Y"));
        const QJsonObject food = get(base + QStringLiteral("/taxonomy_terms?parent_id=BD-1800"), 200);
        QVERIFY(food.value(QStringLiteral("total_items")).toInt() >= 3);
        for (const auto& t : food.value(QStringLiteral("contents")).toArray())
            QCOMPARE(t.toObject().value(QStringLiteral("parent_id")).toString(), QStringLiteral("BD-1800"));
        QVERIFY(get(base + QStringLiteral("/taxonomy_terms?top_only=maybe"), 400).contains(QStringLiteral("error")));

        QVERIFY(get(base + QStringLiteral("/services/no-such-id"), 404).contains(QStringLiteral("error")));
        QVERIFY(
            get(base + QStringLiteral("/services?modified_after=yesterday"), 400).contains(QStringLiteral("error")));
        QVERIFY(get(base + QStringLiteral("/services?organization_id=%27%3B%20DROP%20TABLE%20service%3B--"), 200)
                    .value(QStringLiteral("empty"))
                    .toBool());
        QVERIFY(get(base + QStringLiteral("/services?page=abc"), 400).contains(QStringLiteral("error")));
        QVERIFY(get(base + QStringLiteral("/services?per_page=100000"), 400).contains(QStringLiteral("error")));

        hub.terminate(); // SIGTERM: the hub ends its event loop and closes cleanly
        QVERIFY(hub.waitForFinished(30000));
        QCOMPARE(hub.exitStatus(), QProcess::NormalExit);
    }
};

QTEST_GUILESS_MAIN(TestHub)
#include "TestHub.moc"
