#include "HubAuth.h"

#include "HubRows.h"
#include "security/Crypto.h"

#include <QCryptographicHash>
#include <QRegularExpression>
#include <QSqlError>
#include <QSqlQuery>

#include <sodium.h>

namespace open211 {

namespace {

QString tokenHash(const QString& token)
{
    return QString::fromLatin1(QCryptographicHash::hash(token.toUtf8(), QCryptographicHash::Sha256).toHex());
}

} // namespace

HubAuth::HubAuth(QSqlDatabase db)
    : m_db(std::move(db))
{ }

bool HubAuth::initialize()
{
    return crypto::initialize();
}

const QStringList& HubAuth::roles()
{
    static const QStringList all{QStringLiteral("specialist"),
                                 QStringLiteral("resource_specialist"),
                                 QStringLiteral("supervisor"),
                                 QStringLiteral("admin")};
    return all;
}

bool HubAuth::isUserName(const QString& name)
{
    static const QRegularExpression valid(QStringLiteral("^[A-Za-z0-9._@-]{1,100}$"));
    return valid.match(name).hasMatch();
}

QByteArray HubAuth::hashPassword(const QByteArray& password)
{
    return crypto::hashPassword(password);
}

bool HubAuth::verifyPassword(const QByteArray& hash, const QByteArray& password)
{
    return crypto::verifyPassword(hash, password);
}

Result<bool>
HubAuth::setUser(const QString& username, const QString& role, const QString& displayName, const QByteArray& password)
{
    if (!isUserName(username))
        return Error{tr("A user name is 1 to 100 letters, digits, dots, hyphens, underscores or @.")};
    if (!roles().contains(role))
        return Error{tr("\"%1\" is not a role; the roles are %2.").arg(role, roles().join(QStringLiteral(", ")))};
    if (password.size() < 8 || password.size() > 1024)
        return Error{tr("A password is 8 to 1024 characters long.")};
    const QByteArray hash = hashPassword(password);
    if (hash.isEmpty())
        return Error{tr("The password could not be hashed (not enough memory).")};
    if (!m_db.transaction())
        return Error{tr("The user could not be saved: %1").arg(m_db.lastError().text())};
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral("INSERT INTO hub_user (username, display_name, role, password_hash) VALUES (?, ?, ?, ?) "
                             "ON CONFLICT (username) DO UPDATE SET display_name = excluded.display_name, role = "
                             "excluded.role, password_hash = excluded.password_hash, updated_at = now() "
                             "RETURNING (xmax = 0)"));
    q.addBindValue(username);
    q.addBindValue(displayName.trimmed().isEmpty() ? username : displayName.trimmed().left(200));
    q.addBindValue(role);
    q.addBindValue(QString::fromLatin1(hash));
    if (!q.exec() || !q.next()) {
        const QString error = q.lastError().text();
        m_db.rollback();
        return Error{tr("The user could not be saved: %1").arg(error)};
    }
    const bool added = q.value(0).toBool();
    QSqlQuery revoke(m_db);
    revoke.prepare(QStringLiteral("DELETE FROM hub_token WHERE username = ?"));
    revoke.addBindValue(username);
    if (!revoke.exec() || !m_db.commit()) {
        const QString error = revoke.lastError().text() + m_db.lastError().text();
        m_db.rollback();
        return Error{tr("The user could not be saved: %1").arg(error)};
    }
    return added;
}

Result<std::optional<SignIn>> HubAuth::signIn(const QString& username, const QByteArray& password)
{
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral("SELECT password_hash, display_name, role FROM hub_user WHERE username = ?"));
    q.addBindValue(username);
    if (!q.exec())
        return Error{tr("Cannot sign in: %1").arg(q.lastError().text())};
    const bool known = q.next();
    // An unknown name costs the same hash as a known one: the time does not tell names apart.
    static const QByteArray dummy = hashPassword(QByteArrayLiteral("no user has this password"));
    const QByteArray hash = known ? q.value(0).toString().toLatin1() : dummy;
    const bool right = verifyPassword(hash, password);
    if (!known || !right)
        return std::optional<SignIn>();
    SignIn s;
    s.user = {username, q.value(1).toString(), q.value(2).toString()};
    unsigned char raw[32];
    randombytes_buf(raw, sizeof raw);
    s.token = QString::fromLatin1(QByteArray(reinterpret_cast<const char*>(raw), sizeof raw)
                                      .toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals));
    sodium_memzero(raw, sizeof raw);
    s.expiresAt = QDateTime::currentDateTimeUtc().addSecs(qint64(TokenHours) * 3600);
    s.expiresAt.setTime(QTime(s.expiresAt.time().hour(), s.expiresAt.time().minute(), s.expiresAt.time().second()));
    QSqlQuery purge(m_db);
    (void)purge.exec(QStringLiteral("DELETE FROM hub_token WHERE expires_at < now()"));
    QSqlQuery insert(m_db);
    insert.prepare(
        QStringLiteral("INSERT INTO hub_token (token_hash, username, expires_at) VALUES (?, ?, ?::timestamptz)"));
    insert.addBindValue(tokenHash(s.token));
    insert.addBindValue(username);
    insert.addBindValue(hub::isoUtc(s.expiresAt));
    if (!insert.exec())
        return Error{tr("Cannot sign in: %1").arg(insert.lastError().text())};
    return std::optional<SignIn>(std::move(s));
}

Result<std::optional<HubUser>> HubAuth::userForToken(const QString& token)
{
    if (token.isEmpty() || token.size() > 200)
        return std::optional<HubUser>();
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral("SELECT u.username, u.display_name, u.role FROM hub_token t JOIN hub_user u ON "
                             "u.username = t.username WHERE t.token_hash = ? AND t.expires_at > now()"));
    q.addBindValue(tokenHash(token));
    if (!q.exec())
        return Error{tr("Cannot check the sign-in: %1").arg(q.lastError().text())};
    if (!q.next())
        return std::optional<HubUser>();
    return std::optional<HubUser>(HubUser{q.value(0).toString(), q.value(1).toString(), q.value(2).toString()});
}

} // namespace open211
