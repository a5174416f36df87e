// The asynchronous search: runs off the calling thread on its own connection, the newest query
// wins, and the results model shows what came back.
#include "TestUtil.h"
#include "demo/DemoGenerator.h"
#include "search/SearchResultModel.h"
#include "search/SearchService.h"

#include <QSignalSpy>
#include <QTemporaryDir>

using namespace open211;
using namespace open211::test;

class TestSearchService : public QObject
{
    Q_OBJECT
    QTemporaryDir m_dir;
    QString m_path;

private slots:
    void initTestCase()
    {
        m_path = m_dir.filePath(QStringLiteral("a.sqlite"));
        auto db = Database::open(m_path);
        QVERIFY(db);
        QVERIFY(DemoGenerator::generate(**db, DemoOptions{300, 9}));
    }

    void newestQueryWins()
    {
        SearchService service(m_path);
        QSignalSpy done(&service, &SearchService::finished);
        QSignalSpy failed(&service, &SearchService::failed);
        // As typed, letter by letter: only the last one's results are delivered.
        int last = 0;
        for (const QString& typed :
             {QStringLiteral("f"), QStringLiteral("fo"), QStringLiteral("foo"), QStringLiteral("food")}) {
            SearchQuery q;
            q.text = typed;
            last = service.search(q);
        }
        QVERIFY(done.wait(10000));
        QTRY_COMPARE(service.latestRequest(), last);
        QCOMPARE(failed.count(), 0);
        const auto args = done.takeLast();
        QCOMPARE(args.at(0).toInt(), last);
        for (const auto& earlier : std::as_const(done))
            QCOMPARE(earlier.at(0).toInt(), last); // no stale result ever arrives
        const auto response = args.at(1).value<SearchResponse>();
        QVERIFY(response.total > 0);

        SearchResultModel model;
        model.setResponse(response);
        QCOMPARE(model.rowCount(), int(response.results.size()));
        QCOMPARE(model.data(model.index(0, SearchResultModel::Service)).toString(),
                 response.results.first().serviceName);
        QVERIFY(!model.data(model.index(0, SearchResultModel::Why)).toString().isEmpty());
        QCOMPARE(model.data(model.index(0, 0), SearchResultModel::ServiceIdRole).toString(),
                 response.results.first().serviceId);
    }

    void reportsAnUnreadableDatabase()
    {
        QTemporaryDir dir;
        const QString junk = dir.filePath(QStringLiteral("junk.sqlite"));
        writeFile(junk, QByteArray(4096, 'x'));
        SearchService service(junk);
        QSignalSpy failed(&service, &SearchService::failed);
        SearchQuery q;
        q.text = QStringLiteral("food");
        service.search(q);
        QVERIFY(failed.wait(10000));
        QVERIFY(!failed.first().at(1).toString().isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestSearchService)
#include "TestSearchService.moc"
