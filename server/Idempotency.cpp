#include "Idempotency.h"

#include <QCryptographicHash>
#include <QJsonDocument>
#include <QSqlError>
#include <QSqlQuery>

namespace open211 {

WriteAnswer WriteAnswer::json(int status, const QJsonObject& body)
{
    return {status, QJsonDocument(body).toJson(QJsonDocument::Compact)};
}

WriteAnswer WriteAnswer::error(int status, const QString& message)
{
    return json(status, QJsonObject{{QStringLiteral("error"), message}});
}

Idempotency::Idempotency(QSqlDatabase db)
    : m_db(std::move(db))
{ }

QByteArray Idempotency::requestHash(const QByteArray& method, const QString& path, const QJsonObject& body)
{
    // QJsonObject keeps its keys sorted: the same object hashes alike however it was spelled.
    QCryptographicHash h(QCryptographicHash::Sha256);
    h.addData(method);
    h.addData(" ");
    h.addData(path.toUtf8());
    h.addData("\n");
    h.addData(QJsonDocument(body).toJson(QJsonDocument::Compact));
    return h.result().toHex();
}

WriteAnswer Idempotency::run(const QString& key,
                             const QByteArray& requestHash,
                             const QString& username,
                             const std::function<WriteAnswer()>& write)
{
    const auto failed = [this](const QString& what) {
        m_db.rollback();
        return WriteAnswer::error(500, QStringLiteral("The hub's database failed: %1").arg(what));
    };
    if (!m_db.transaction())
        return WriteAnswer::error(500, QStringLiteral("The hub's database failed: %1").arg(m_db.lastError().text()));
    QSqlQuery claim(m_db);
    // A concurrent request with the same key waits here until the first one ends.
    claim.prepare(QStringLiteral("INSERT INTO hub_idempotency (key, request_hash, status, response, username) VALUES "
                                 "(?, ?, 0, ''::bytea, ?) ON CONFLICT (key) DO NOTHING"));
    claim.addBindValue(key);
    claim.addBindValue(QString::fromLatin1(requestHash));
    claim.addBindValue(username);
    if (!claim.exec())
        return failed(claim.lastError().text());
    if (claim.numRowsAffected() == 0) {
        QSqlQuery earlier(m_db);
        earlier.prepare(QStringLiteral("SELECT request_hash, status, response FROM hub_idempotency WHERE key = ?"));
        earlier.addBindValue(key);
        if (!earlier.exec() || !earlier.next())
            return failed(earlier.lastError().text());
        const bool same = earlier.value(0).toString().toLatin1() == requestHash;
        WriteAnswer first{earlier.value(1).toInt(), earlier.value(2).toByteArray()};
        earlier.finish();
        m_db.rollback();
        if (!same) {
            return WriteAnswer::error(422,
                                      QStringLiteral("The Idempotency-Key \"%1\" was used before for a different "
                                                     "request; nothing was changed.")
                                          .arg(key.left(100)));
        }
        return first;
    }
    WriteAnswer answer = write();
    if (!answer.ok()) {
        m_db.rollback();
        return answer;
    }
    QSqlQuery keep(m_db);
    keep.prepare(QStringLiteral("UPDATE hub_idempotency SET status = ?, response = ? WHERE key = ?"));
    keep.addBindValue(answer.status);
    keep.addBindValue(answer.body);
    keep.addBindValue(key);
    if (!keep.exec())
        return failed(keep.lastError().text());
    if (!m_db.commit())
        return failed(m_db.lastError().text());
    return answer;
}

} // namespace open211
