#include "calls/CallAutosaver.h"

#include "store/CallStore.h"
#include "store/Database.h"

#include <QDeadlineTimer>

namespace open211 {

CallAutosaver::CallAutosaver(const QString& databasePath, QObject* parent)
    : QObject(parent)
    , m_path(databasePath)
{
    qRegisterMetaType<open211::Call>();
    m_thread.reset(QThread::create([this] { run(); }));
    m_thread->setObjectName(QStringLiteral("call autosave"));
    m_thread->start();
}

CallAutosaver::~CallAutosaver()
{
    {
        QMutexLocker lock(&m_mutex);
        m_stop = true;
        m_wake.wakeAll();
    }
    m_thread->wait();
}

void CallAutosaver::save(const Call& call)
{
    QMutexLocker lock(&m_mutex);
    m_pendingSave = call;
    m_wake.wakeAll();
}

void CallAutosaver::end(const Call& call)
{
    QMutexLocker lock(&m_mutex);
    // The end supersedes a waiting save of the same call.
    if (m_pendingSave && m_pendingSave->id == call.id)
        m_pendingSave.reset();
    m_pendingEnds.append(call);
    m_wake.wakeAll();
}

bool CallAutosaver::waitForIdle(int msecs)
{
    QDeadlineTimer deadline(msecs);
    QMutexLocker lock(&m_mutex);
    while (m_busy || m_pendingSave || !m_pendingEnds.isEmpty()) {
        if (!m_idle.wait(&m_mutex, deadline))
            return false;
    }
    return true;
}

qint64 CallAutosaver::savedCount() const
{
    QMutexLocker lock(&m_mutex);
    return m_saved;
}

void CallAutosaver::run()
{
    auto db = Database::open(m_path);
    if (!db) {
        emit failed(tr("Calls cannot be saved: %1").arg(db.error()));
        QMutexLocker lock(&m_mutex);
        m_pendingSave.reset();
        m_pendingEnds.clear();
        m_idle.wakeAll();
        return;
    }
    (*db)->setDurability(Database::Durability::Full);
    CallStore store(**db);
    for (;;) {
        Job job;
        {
            QMutexLocker lock(&m_mutex);
            while (!m_pendingSave && m_pendingEnds.isEmpty() && !m_stop) {
                m_busy = false;
                m_idle.wakeAll();
                m_wake.wait(&m_mutex);
            }
            if (m_pendingSave) {
                job.call = *std::exchange(m_pendingSave, std::nullopt);
            } else if (!m_pendingEnds.isEmpty()) {
                job.call = m_pendingEnds.takeFirst();
                job.end = true;
            } else {
                m_busy = false;
                m_idle.wakeAll();
                return; // stopping, nothing left
            }
            m_busy = true;
        }
        if (job.end) {
            if (auto st = store.end(job.call); !st)
                emit failed(st.error());
            else
                emit ended(job.call);
        } else if (auto st = store.save(job.call); !st) {
            emit failed(st.error());
        } else {
            {
                QMutexLocker lock(&m_mutex);
                ++m_saved;
            }
            emit saved(job.call.id);
        }
    }
}

} // namespace open211
