// Writes a workstation may send again (its answer was lost, it retries) take effect once: the
// first successful answer is kept with the request's Idempotency-Key, in the same transaction as
// the write, and given again byte for byte to the same request; the same key with a different
// request is refused with 422. Unsuccessful answers are not kept: a retry is judged afresh.
#pragma once

#include <QByteArray>
#include <QJsonObject>
#include <QSqlDatabase>
#include <functional>

namespace open211 {

// An HTTP answer as the hub sends it: a status and a JSON body.
struct WriteAnswer
{
    int status = 200;
    QByteArray body;

    bool ok() const { return status >= 200 && status < 300; }
    static WriteAnswer json(int status, const QJsonObject& body);
    static WriteAnswer error(int status, const QString& message);
};

class Idempotency
{
public:
    explicit Idempotency(QSqlDatabase db);

    // What makes two requests "the same": method, path and body (its JSON, in a canonical form).
    static QByteArray requestHash(const QByteArray& method, const QString& path, const QJsonObject& body);
    // Runs `write` in a transaction holding the key; commits with the answer when it succeeds,
    // rolls everything back when it does not.
    WriteAnswer run(const QString& key,
                    const QByteArray& requestHash,
                    const QString& username,
                    const std::function<WriteAnswer()>& write);

private:
    QSqlDatabase m_db;
};

} // namespace open211
