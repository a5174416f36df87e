// Who is at the workstation, and the keys they unlock. One place for every way in:
// - online: the hub took the password (SyncClient::signIn); it is kept here as an Argon2id hash
//   with the role, so the same user can sign in when the hub is away;
// - offline: the password checked here (AccountStore), for users who signed in online before;
// - resume: no password, the hub's token found in the keychain from an earlier session;
// - unlock: the idle screen lock opened with the same user's password.
// Each way finds the key ring that seals callers' details (the keychain's, else the one sealed with
// the user's password, else a new one), installs it (CallerKeys), keeps it in both places, and
// writes the audit log. The token is kept in the keychain only, never in a file.
#pragma once

#include "Keychain.h"
#include "Result.h"
#include "SyncClient.h"

#include <QCoreApplication>
#include <QDateTime>

namespace open211 {

class Database;
class KeyRing;

struct SessionUser
{
    QString username;
    QString displayName;
    QString role; // specialist, resource_specialist, supervisor, admin
    QString hubUrl; // empty: no hub set up (a standalone or demo workstation)
    QString token; // for the sync; empty when signed in offline
    bool offline = false; // checked here, not by the hub
    QDateTime tokenExpiresAt; // when the hub's token ends

    // How the person is named on screen: the hub's display name, else the user name.
    QString shownName() const { return displayName.isEmpty() ? username : displayName; }
};

class WorkstationSignIn
{
    Q_DECLARE_TR_FUNCTIONS(open211::WorkstationSignIn)

public:
    // `keychain` may be null (none on this computer).
    WorkstationSignIn(Database& db, Keychain* keychain);

    // `keepToken`: the token goes to the keychain for the next start (not for a one-off command).
    Result<SessionUser>
    online(const QString& hubUrl, const HubSession& hub, const QString& password, bool keepToken = true);
    // The hub turned this user's password down: this workstation no longer lets them in without
    // the hub (nor unlocks for them) until the hub takes their password again.
    void hubRefused(const QString& hubUrl, const QString& username, const QString& why);
    Result<SessionUser> offline(const QString& hubUrl, const QString& username, const QString& password);
    // The token an earlier session kept in the keychain, still valid, for a user known here.
    Result<std::optional<SessionUser>> resume(const QString& hubUrl);
    // No hub set up: the computer's user, as a specialist; callers' details sealed with the
    // keychain's ring, or, where there is no keychain, with one kept in the database for the
    // computer's user (no password to seal it with: keychainNotice(true) says so).
    Result<SessionUser> standalone(const QString& osUser);
    Status unlock(const SessionUser& user, const QString& password);
    // Signing out: the kept token is forgotten and the keys leave memory.
    void signOut(const SessionUser& user);
    // The hub refused the token (expired), or the screen locked (a restart must not open the
    // session without the password): the kept token is forgotten.
    void forgetToken();
    // The token kept again for the next start (after an unlock).
    void keepToken(const SessionUser& user);

    // What the person should know about this workstation's keychain (empty when all is well);
    // `standalone`: for a session with no hub.
    QString keychainNotice(bool standalone = false);

private:
    Result<KeyRing> keys(const QString& hubUrl, const QString& username, const QString& password);
    QString entry(const char* what) const;

    Database& m_db;
    Keychain* m_keychain;
};

} // namespace open211
