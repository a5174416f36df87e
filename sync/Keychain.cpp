#include "Keychain.h"

#include <QEventLoop>
#include <QTimer>
#include <qt6keychain/keychain.h>

namespace open211 {

namespace {

// Runs a job to its end. A keychain that does not answer in 20 s (a locked wallet waiting for a
// password no one types) counts as no keychain.
bool runJob(QKeychain::Job& job)
{
    job.setAutoDelete(false);
    // Never the library's plain-text fallback: a secret goes to the keychain or nowhere.
    job.setInsecureFallback(false);
    QEventLoop loop;
    bool done = false;
    QObject::connect(&job, &QKeychain::Job::finished, &loop, [&] {
        done = true;
        loop.quit();
    });
    QTimer::singleShot(20000, &loop, &QEventLoop::quit);
    job.start();
    if (!done)
        loop.exec(QEventLoop::ExcludeUserInputEvents);
    return done;
}

bool serviceMissing(QKeychain::Error e)
{
    return e == QKeychain::NoBackendAvailable || e == QKeychain::NotImplemented || e == QKeychain::OtherError
        || e == QKeychain::AccessDenied || e == QKeychain::AccessDeniedByUser;
}

} // namespace

Keychain::Keychain(QString service)
    : m_service(std::move(service))
{ }

bool Keychain::available()
{
    if (!m_available) {
        QKeychain::ReadPasswordJob job(m_service);
        job.setKey(QStringLiteral("probe"));
        if (!runJob(job)) {
            m_available = false;
            m_reason = tr("The keychain did not answer.");
        } else if (job.error() == QKeychain::NoError || job.error() == QKeychain::EntryNotFound) {
            m_available = true;
        } else {
            m_available = false;
            m_reason = tr("No keychain service runs on this computer (%1).").arg(job.errorString());
        }
    }
    return *m_available;
}

Result<std::optional<QByteArray>> Keychain::read(const QString& key)
{
    if (!available())
        return Error{m_reason};
    QKeychain::ReadPasswordJob job(m_service);
    job.setKey(key);
    if (!runJob(job))
        return Error{tr("The keychain did not answer.")};
    if (job.error() == QKeychain::EntryNotFound)
        return std::optional<QByteArray>();
    if (job.error() != QKeychain::NoError) {
        if (serviceMissing(job.error())) {
            m_available = false;
            m_reason = job.errorString();
        }
        return Error{tr("The keychain could not be read: %1").arg(job.errorString())};
    }
    return std::optional<QByteArray>(job.binaryData());
}

Status Keychain::write(const QString& key, const QByteArray& secret)
{
    if (!available())
        return Error{m_reason};
    QKeychain::WritePasswordJob job(m_service);
    job.setKey(key);
    job.setBinaryData(secret);
    if (!runJob(job))
        return Error{tr("The keychain did not answer.")};
    if (job.error() != QKeychain::NoError)
        return Error{tr("The keychain could not keep it: %1").arg(job.errorString())};
    return {};
}

Status Keychain::remove(const QString& key)
{
    if (!available())
        return {};
    QKeychain::DeletePasswordJob job(m_service);
    job.setKey(key);
    if (!runJob(job))
        return Error{tr("The keychain did not answer.")};
    if (job.error() != QKeychain::NoError && job.error() != QKeychain::EntryNotFound)
        return Error{tr("The keychain could not remove it: %1").arg(job.errorString())};
    return {};
}

} // namespace open211
