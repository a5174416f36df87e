// Saves the call in progress on a thread of its own (its own connection, synchronous writes), so
// the screen never waits on the disk: every change is handed over, and only the newest waiting
// copy is written. Ending a call goes the same way, in order, after the last save.
#pragma once

#include "calls/Call.h"

#include <QMutex>
#include <QObject>
#include <QThread>
#include <QWaitCondition>
#include <memory>

namespace open211 {

class CallAutosaver : public QObject
{
    Q_OBJECT
public:
    explicit CallAutosaver(const QString& databasePath, QObject* parent = nullptr);
    ~CallAutosaver() override; // writes what is still waiting

    void save(const Call& call);
    void end(const Call& call);
    // Blocks until everything handed over is written (tests, and before the window closes).
    bool waitForIdle(int msecs = 30000);
    qint64 savedCount() const;

signals:
    void saved(const QString& callId);
    void ended(const open211::Call& call);
    void failed(const QString& message);

private:
    void run();

    struct Job
    {
        Call call;
        bool end = false;
    };
    QString m_path;
    std::unique_ptr<QThread> m_thread;
    mutable QMutex m_mutex;
    QWaitCondition m_wake;
    QWaitCondition m_idle;
    std::optional<Call> m_pendingSave; // newest copy only
    QList<Call> m_pendingEnds;
    bool m_busy = false;
    bool m_stop = false;
    qint64 m_saved = 0;
};

} // namespace open211
