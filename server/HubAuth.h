// Sign-in on the hub: users with one of four roles and an Argon2id password hash (libsodium's
// crypto_pwhash_str at its interactive limits), and bearer tokens that are random, valid 12 hours
// and kept only as their SHA-256.
#pragma once

#include "Result.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QSqlDatabase>

namespace open211 {

struct HubUser
{
    QString username;
    QString displayName;
    QString role; // specialist, resource_specialist, supervisor, admin
};

struct SignIn
{
    QString token;
    QDateTime expiresAt;
    HubUser user;
};

class HubAuth
{
    Q_DECLARE_TR_FUNCTIONS(open211::HubAuth)
public:
    explicit HubAuth(QSqlDatabase db);

    // Starts libsodium; false when it cannot (the hub must not run then).
    static bool initialize();
    static const QStringList& roles();
    // 1 to 100 letters, digits, dots, hyphens, underscores or @.
    static bool isUserName(const QString& name);
    static constexpr int TokenHours = 12;

    // Adds a user, or gives an existing one this role, name and password, which signs them out
    // everywhere. True when the user is new.
    Result<bool>
    setUser(const QString& username, const QString& role, const QString& displayName, const QByteArray& password);
    // A new token for a right name and password; empty when either is wrong (the answer takes as
    // long either way).
    Result<std::optional<SignIn>> signIn(const QString& username, const QByteArray& password);
    // The user a token belongs to, while it is valid.
    Result<std::optional<HubUser>> userForToken(const QString& token);

    // For tests and the add-user command: an Argon2id hash and its check.
    static QByteArray hashPassword(const QByteArray& password);
    static bool verifyPassword(const QByteArray& hash, const QByteArray& password);

private:
    QSqlDatabase m_db;
};

} // namespace open211
