// Sign-in on this workstation without the hub. Each time the hub confirms a user's password, the
// workstation keeps an Argon2id hash of it (libsodium), the role the hub gave, and the caller-detail
// key ring sealed with a key derived from that password. When the hub cannot be reached, that user
// (and only a user who signed in here online before) signs in against the hash: for OfflineDays
// after the last online sign-in, and not after MaxFailures wrong passwords in a row (the hub then
// decides). The idle screen lock is opened the same way.
#pragma once

#include "Result.h"
#include "security/CallerKeys.h"

#include <QCoreApplication>
#include <QDateTime>
#include <optional>

namespace open211 {

class Database;

struct LocalAccount
{
    QString hubUrl;
    QString username;
    QString displayName;
    QString role; // specialist, resource_specialist, supervisor, admin
    QDateTime onlineAt;
    QDateTime offlineAt;
    int failedAttempts = 0;
};

class AccountStore
{
    Q_DECLARE_TR_FUNCTIONS(open211::AccountStore)

public:
    static constexpr int OfflineDays = 30;
    static constexpr int MaxFailures = 10;

    explicit AccountStore(Database& db);

    // The hub confirmed this password: keeps its hash, the role, and `ring` sealed with it.
    Result<LocalAccount> rememberOnline(const QString& hubUrl,
                                        const QString& username,
                                        const QString& displayName,
                                        const QString& role,
                                        const QString& password,
                                        const KeyRing& ring,
                                        const QDateTime& now = QDateTime::currentDateTimeUtc());
    // Checks the password here (no hub). Errors say why in plain words: never signed in here, the
    // last online sign-in too long ago, too many wrong passwords, or a wrong password (counted).
    // `unlocking`: the screen lock of a session already begun (no limit on the last online
    // sign-in; the messages say nothing of the hub).
    Result<LocalAccount> signInOffline(const QString& hubUrl,
                                       const QString& username,
                                       const QString& password,
                                       const QDateTime& now = QDateTime::currentDateTimeUtc(),
                                       bool unlocking = false);
    // The hub turned this user's password down: no offline sign-in nor unlock for them until the
    // hub takes their password again (rememberOnline).
    Status closeOffline(const QString& hubUrl, const QString& username);
    // The key ring this user's password opens (nullopt: none kept for them, or it does not open).
    std::optional<KeyRing> keys(const QString& hubUrl, const QString& username, const QString& password) const;
    // Seals `ring` again for this user (after it gained a key); the password must be theirs.
    Status storeKeys(const QString& hubUrl, const QString& username, const QString& password, const KeyRing& ring);

    Result<std::optional<LocalAccount>> account(const QString& hubUrl, const QString& username) const;
    // Who signed in here last (for a new session's user name), if anyone.
    Result<std::optional<LocalAccount>> lastAccount(const QString& hubUrl) const;
    // Whether any user's key ring is kept here (else a new ring may be made without losing any).
    Result<bool> anyKeys() const;

private:
    Database& m_db;
};

} // namespace open211
