#include "search/SearchService.h"

#include "search/SearchEngine.h"
#include "store/Database.h"

namespace open211 {

class SearchWorker : public QObject
{
    Q_OBJECT
public:
    SearchWorker(QString path, const std::atomic<int>& latest)
        : m_path(std::move(path))
        , m_latest(latest)
    { }

public slots:
    void run(int id, const open211::SearchQuery& query)
    {
        if (id != m_latest.load())
            return; // a newer query is already waiting
        if (!m_engine) {
            auto db = Database::open(m_path);
            if (!db) {
                emit failed(id, db.error());
                return;
            }
            m_db = std::move(db).value();
            m_engine = std::make_unique<SearchEngine>(*m_db);
            (void)m_engine->prepare(); // a failure shows again, with its message, in the search
        }
        auto r = m_engine->search(query);
        if (id != m_latest.load())
            return; // overtaken while it ran
        if (r)
            emit finished(id, *r);
        else
            emit failed(id, r.error());
    }

    void close()
    {
        m_engine.reset();
        m_db.reset();
    }

signals:
    void finished(int id, const open211::SearchResponse& response);
    void failed(int id, const QString& error);

private:
    QString m_path;
    const std::atomic<int>& m_latest;
    std::unique_ptr<Database> m_db;
    std::unique_ptr<SearchEngine> m_engine;
};

SearchService::SearchService(const QString& databasePath, QObject* parent)
    : QObject(parent)
    , m_worker(new SearchWorker(databasePath, m_latest))
{
    qRegisterMetaType<open211::SearchQuery>();
    qRegisterMetaType<open211::SearchResponse>();
    m_thread.setObjectName(QStringLiteral("search"));
    m_worker->moveToThread(&m_thread);
    connect(&m_thread, &QThread::finished, m_worker, &QObject::deleteLater);
    connect(m_worker, &SearchWorker::finished, this, [this](int id, const SearchResponse& r) {
        if (id == m_latest.load())
            emit finished(id, r);
    });
    connect(m_worker, &SearchWorker::failed, this, [this](int id, const QString& e) {
        if (id == m_latest.load())
            emit failed(id, e);
    });
    m_thread.start();
}

SearchService::~SearchService()
{
    QMetaObject::invokeMethod(m_worker, &SearchWorker::close, Qt::BlockingQueuedConnection);
    m_thread.quit();
    m_thread.wait();
}

int SearchService::search(const SearchQuery& query)
{
    const int id = ++m_latest;
    QMetaObject::invokeMethod(
        m_worker, [worker = m_worker, id, query] { worker->run(id, query); }, Qt::QueuedConnection);
    return id;
}

} // namespace open211

#include "SearchService.moc"
