#include "store/AccountStore.h"

#include "security/Crypto.h"
#include "store/Database.h"
#include "store/IsoTime.h"
#include "store/Statement.h"

namespace open211 {

namespace {

const char* const AccountColumns
    = "hub_url, username, display_name, role, online_at, offline_at, failed_attempts, password_hash, key_salt, "
      "wrapped_keys";

LocalAccount readAccount(const Statement& s)
{
    LocalAccount a;
    a.hubUrl = s.text(0);
    a.username = s.text(1);
    a.displayName = s.text(2);
    a.role = s.text(3);
    a.onlineAt = fromIsoUtc(s.text(4));
    a.offlineAt = fromIsoUtc(s.text(5));
    a.failedAttempts = int(s.integer(6));
    return a;
}

QByteArray wrapContext(const QString& hubUrl, const QString& username)
{
    return QStringLiteral("local_account:%1:%2").arg(hubUrl, username).toUtf8();
}

QByteArray wrap(const QString& hubUrl,
                const QString& username,
                const QString& password,
                const QByteArray& salt,
                const KeyRing& ring)
{
    if (ring.isEmpty())
        return {};
    QByteArray key = crypto::deriveKey(password.toUtf8(), salt);
    QByteArray bytes = ring.toBytes();
    const QByteArray sealed = crypto::seal(key, bytes, wrapContext(hubUrl, username));
    crypto::wipe(key);
    crypto::wipe(bytes);
    return sealed;
}

} // namespace

AccountStore::AccountStore(Database& db)
    : m_db(db)
{ }

Result<LocalAccount> AccountStore::rememberOnline(const QString& hubUrl,
                                                  const QString& username,
                                                  const QString& displayName,
                                                  const QString& role,
                                                  const QString& password,
                                                  const KeyRing& ring,
                                                  const QDateTime& now)
{
    const QByteArray hash = crypto::hashPassword(password.toUtf8());
    if (hash.isEmpty())
        return Error{tr("The sign-in could not be kept for offline use (the password could not be hashed).")};
    const QByteArray salt = crypto::randomBytes(crypto::SaltBytes);
    const QByteArray wrapped = wrap(hubUrl, username, password, salt, ring);
    Statement s(m_db,
                QStringLiteral(
                    "INSERT INTO local_account (hub_url, username, display_name, role, password_hash, key_salt, "
                    "wrapped_keys, online_at, failed_attempts) VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, 0) "
                    "ON CONFLICT (hub_url, username) DO UPDATE SET display_name = ?3, role = ?4, password_hash = ?5, "
                    "key_salt = ?6, wrapped_keys = ?7, online_at = ?8, failed_attempts = 0"));
    s.bindText(1, hubUrl);
    s.bindText(2, username);
    s.bindText(3, displayName);
    s.bindText(4, role);
    s.bindText(5, QString::fromLatin1(hash));
    s.bindText(6, QString::fromLatin1(salt.toBase64()));
    if (wrapped.isEmpty())
        s.bindNull(7);
    else
        s.bindText(7, QString::fromLatin1(wrapped.toBase64()));
    s.bindText(8, isoUtc(now));
    if (!s.exec())
        return Error{tr("The sign-in could not be kept for offline use: %1").arg(s.error())};
    LocalAccount a;
    a.hubUrl = hubUrl;
    a.username = username;
    a.displayName = displayName;
    a.role = role;
    a.onlineAt = now.toUTC();
    return a;
}

Result<LocalAccount> AccountStore::signInOffline(
    const QString& hubUrl, const QString& username, const QString& password, const QDateTime& now, bool unlocking)
{
    Statement s(m_db,
                QStringLiteral("SELECT %1 FROM local_account WHERE hub_url = ? AND username = ?")
                    .arg(QLatin1String(AccountColumns)));
    s.bindText(1, hubUrl);
    s.bindText(2, username);
    if (!s.next()) {
        if (!s.error().isEmpty())
            return Error{tr("Cannot sign in: %1").arg(s.error())};
        // The same cost as a known user's check: the time does not tell who has signed in here.
        static const QByteArray dummy = crypto::hashPassword("no one has this password");
        (void)crypto::verifyPassword(dummy, password.toUtf8());
        return Error{tr("The hub cannot be reached, and %1 has not signed in on this workstation before: the first "
                        "sign-in needs the hub.")
                         .arg(username)};
    }
    LocalAccount a = readAccount(s);
    const QByteArray hash = s.text(7).toLatin1();
    s = Statement();
    if (a.failedAttempts >= MaxFailures)
        return Error{unlocking
                         ? tr("Too many wrong passwords: choose Sign in as someone else, and sign in with the hub.")
                         : tr("Too many wrong passwords: sign in when the hub can be reached.")};
    if (!unlocking && a.onlineAt.daysTo(now) > OfflineDays)
        return Error{tr("Your last sign-in with the hub was more than %1 days ago: sign in when the hub can be "
                        "reached.")
                         .arg(OfflineDays)};
    const bool right = crypto::verifyPassword(hash, password.toUtf8());
    Statement u(m_db,
                right ? QStringLiteral("UPDATE local_account SET offline_at = ?3, failed_attempts = 0 WHERE hub_url = "
                                       "?1 AND username = ?2")
                      : QStringLiteral("UPDATE local_account SET failed_attempts = failed_attempts + 1 WHERE hub_url "
                                       "= ?1 AND username = ?2"));
    u.bindText(1, hubUrl);
    u.bindText(2, username);
    if (right)
        u.bindText(3, isoUtc(now));
    if (!u.exec())
        return Error{tr("Cannot sign in: %1").arg(u.error())};
    if (!right)
        return Error{
            unlocking
                ? tr("Wrong password for %1.").arg(username)
                : tr("Wrong password for %1 (checked on this workstation: the hub cannot be reached).").arg(username)};
    a.offlineAt = now.toUTC();
    a.failedAttempts = 0;
    return a;
}

Status AccountStore::closeOffline(const QString& hubUrl, const QString& username)
{
    Statement s(m_db,
                QStringLiteral("UPDATE local_account SET failed_attempts = ? WHERE hub_url = ? AND username = ?"));
    s.bindInt(1, MaxFailures);
    s.bindText(2, hubUrl);
    s.bindText(3, username);
    if (!s.exec())
        return Error{tr("Cannot sign in: %1").arg(s.error())};
    return {};
}

std::optional<KeyRing> AccountStore::keys(const QString& hubUrl, const QString& username, const QString& password) const
{
    Statement s(m_db,
                QStringLiteral("SELECT key_salt, wrapped_keys FROM local_account WHERE hub_url = ? AND username = ? "
                               "AND wrapped_keys IS NOT NULL"));
    s.bindText(1, hubUrl);
    s.bindText(2, username);
    if (!s.next())
        return std::nullopt;
    QByteArray key = crypto::deriveKey(password.toUtf8(), QByteArray::fromBase64(s.text(0).toLatin1()));
    auto bytes = crypto::open(key, QByteArray::fromBase64(s.text(1).toLatin1()), wrapContext(hubUrl, username));
    crypto::wipe(key);
    if (!bytes)
        return std::nullopt;
    auto ring = KeyRing::fromBytes(*bytes);
    crypto::wipe(*bytes);
    return ring;
}

Status
AccountStore::storeKeys(const QString& hubUrl, const QString& username, const QString& password, const KeyRing& ring)
{
    const QByteArray salt = crypto::randomBytes(crypto::SaltBytes);
    const QByteArray wrapped = wrap(hubUrl, username, password, salt, ring);
    if (wrapped.isEmpty())
        return Error{tr("The keys could not be sealed.")};
    Statement s(m_db,
                QStringLiteral("UPDATE local_account SET key_salt = ?, wrapped_keys = ? WHERE hub_url = ? AND "
                               "username = ?"));
    s.bindText(1, QString::fromLatin1(salt.toBase64()));
    s.bindText(2, QString::fromLatin1(wrapped.toBase64()));
    s.bindText(3, hubUrl);
    s.bindText(4, username);
    if (!s.exec())
        return Error{tr("The keys could not be kept: %1").arg(s.error())};
    return {};
}

Result<std::optional<LocalAccount>> AccountStore::account(const QString& hubUrl, const QString& username) const
{
    Statement s(m_db,
                QStringLiteral("SELECT %1 FROM local_account WHERE hub_url = ? AND username = ?")
                    .arg(QLatin1String(AccountColumns)));
    s.bindText(1, hubUrl);
    s.bindText(2, username);
    if (s.next())
        return std::optional<LocalAccount>(readAccount(s));
    if (!s.error().isEmpty())
        return Error{s.error()};
    return std::optional<LocalAccount>();
}

Result<std::optional<LocalAccount>> AccountStore::lastAccount(const QString& hubUrl) const
{
    Statement s(m_db,
                QStringLiteral("SELECT %1 FROM local_account WHERE hub_url = ? ORDER BY max(online_at, "
                               "coalesce(offline_at, '')) DESC LIMIT 1")
                    .arg(QLatin1String(AccountColumns)));
    s.bindText(1, hubUrl);
    if (s.next())
        return std::optional<LocalAccount>(readAccount(s));
    if (!s.error().isEmpty())
        return Error{s.error()};
    return std::optional<LocalAccount>();
}

Result<bool> AccountStore::anyKeys() const
{
    Statement s(m_db, QStringLiteral("SELECT EXISTS (SELECT 1 FROM local_account WHERE wrapped_keys IS NOT NULL)"));
    if (!s.next())
        return Error{s.error()};
    return s.integer(0) != 0;
}

} // namespace open211
