// Search off the UI thread: a worker thread with its own connection runs the queries; the newest
// query wins and stale ones are dropped, so a specialist typing fast only ever sees the results
// of what is in the box now.
#pragma once

#include "search/SearchTypes.h"

#include <QObject>
#include <QThread>
#include <atomic>

Q_DECLARE_METATYPE(open211::SearchQuery)
Q_DECLARE_METATYPE(open211::SearchResponse)

namespace open211 {

class SearchWorker;

class SearchService : public QObject
{
    Q_OBJECT
public:
    explicit SearchService(const QString& databasePath, QObject* parent = nullptr);
    ~SearchService() override;

    // Queues a search and returns its id; any older search still waiting is dropped.
    int search(const SearchQuery& query);
    int latestRequest() const { return m_latest.load(); }

signals:
    void finished(int requestId, const open211::SearchResponse& response);
    void failed(int requestId, const QString& error);

private:
    QThread m_thread;
    SearchWorker* m_worker;
    std::atomic<int> m_latest{0};
};

} // namespace open211
