#include "WorkstationSignIn.h"

#include "security/CallerKeys.h"
#include "store/AccountStore.h"
#include "store/AuditStore.h"
#include "store/CallStore.h"
#include "store/Database.h"

#include <QCryptographicHash>
#include <QJsonDocument>
#include <QJsonObject>

namespace open211 {

WorkstationSignIn::WorkstationSignIn(Database& db, Keychain* keychain)
    : m_db(db)
    , m_keychain(keychain)
{ }

QString WorkstationSignIn::entry(const char* what) const
{
    // One workstation profile's entries apart from another's on the same computer.
    const QByteArray profile = QCryptographicHash::hash(m_db.path().toUtf8(), QCryptographicHash::Sha256).toHex();
    return QStringLiteral("%1/%2").arg(QLatin1String(what), QString::fromLatin1(profile.left(16)));
}

QString WorkstationSignIn::keychainNotice(bool standalone)
{
    if (m_keychain && m_keychain->available())
        return {};
    const QString why = m_keychain ? m_keychain->unavailableReason() : QString();
    if (standalone)
        return tr("No keychain service runs on this computer%1: callers' details are sealed with a key kept in this "
                  "workstation's database, which protects them no more than the database itself. Signing in to a "
                  "hub seals them with your password.")
            .arg(why.isEmpty() ? QString() : QStringLiteral(" (%1)").arg(why));
    return tr("No keychain service runs on this computer%1: the hub's token is not kept, so you sign in each time "
              "the workstation opens.")
        .arg(why.isEmpty() ? QString() : QStringLiteral(" (%1)").arg(why));
}

Result<KeyRing> WorkstationSignIn::keys(const QString& hubUrl, const QString& username, const QString& password)
{
    KeyRing ring;
    const bool keychain = m_keychain && m_keychain->available();
    if (keychain) {
        auto kept = m_keychain->read(entry("caller-keys"));
        if (!kept)
            return Error{kept.error()};
        if (kept->has_value()) {
            if (auto parsed = KeyRing::fromBytes(**kept))
                ring = *parsed;
        }
    }
    // The ring sealed with this user's password holds keys the keychain may lack (it was written
    // on a day without a keychain, or the keychain was reset): both are kept.
    if (!password.isEmpty()) {
        if (auto mine = AccountStore(m_db).keys(hubUrl, username, password))
            ring.merge(*mine);
    }
    if (ring.isEmpty())
        ring = KeyRing::generate();
    // A keychain that will not take it is no reason to refuse the sign-in: the ring is also kept
    // sealed with the password (or, with no hub, in the database).
    if (keychain)
        (void)m_keychain->write(entry("caller-keys"), ring.toBytes());
    return ring;
}

namespace {

// The keys in place, and what an earlier version left unsealed sealed with them.
Status install(Database& db, const KeyRing& ring)
{
    CallerKeys::install(ring);
    if (auto sealed = CallStore(db).sealUnsealed(); !sealed)
        return Error{sealed.error()};
    return {};
}

} // namespace

Result<SessionUser>
WorkstationSignIn::online(const QString& hubUrl, const HubSession& hub, const QString& password, bool keepToken)
{
    auto ring = keys(hubUrl, hub.username, password);
    if (!ring)
        return Error{ring.error()};
    const QString role = hub.role.isEmpty() ? QStringLiteral("specialist") : hub.role;
    if (auto kept = AccountStore(m_db).rememberOnline(hubUrl, hub.username, hub.displayName, role, password, *ring);
        !kept)
        return Error{kept.error()};
    SessionUser user{hub.username, hub.displayName, role, hubUrl, hub.token, false, hub.expiresAt};
    if (keepToken)
        this->keepToken(user);
    if (auto st = install(m_db, *ring); !st)
        return Error{st.error()};
    (void)AuditStore(m_db).record(hub.username,
                                  QStringLiteral("sign_in"),
                                  QStringLiteral("account"),
                                  hub.username,
                                  QStringLiteral("hub %1").arg(hubUrl));
    return user;
}

void WorkstationSignIn::keepToken(const SessionUser& user)
{
    if (user.token.isEmpty() || user.hubUrl.isEmpty() || !user.tokenExpiresAt.isValid() || !m_keychain
        || !m_keychain->available())
        return;
    const QJsonObject token{{QStringLiteral("hub"), user.hubUrl},
                            {QStringLiteral("username"), user.username},
                            {QStringLiteral("token"), user.token},
                            {QStringLiteral("expires_at"), user.tokenExpiresAt.toUTC().toString(Qt::ISODate)}};
    (void)m_keychain->write(entry("hub-token"), QJsonDocument(token).toJson(QJsonDocument::Compact));
}

void WorkstationSignIn::hubRefused(const QString& hubUrl, const QString& username, const QString& why)
{
    AccountStore accounts(m_db);
    const auto known = accounts.account(hubUrl, username);
    if (!known || !known->has_value())
        return; // nothing kept here to close (and a name no one has is not written down)
    (void)accounts.closeOffline(hubUrl, username);
    (void)AuditStore(m_db).record(username, QStringLiteral("sign_in_failed"), QStringLiteral("account"), username, why);
}

Result<SessionUser> WorkstationSignIn::offline(const QString& hubUrl, const QString& username, const QString& password)
{
    AccountStore accounts(m_db);
    const auto known = accounts.account(hubUrl, username);
    auto account = accounts.signInOffline(hubUrl, username, password);
    if (!account) {
        // A name this workstation does not know may be a password typed in the wrong field: it is
        // not written down.
        if (known && known->has_value())
            (void)AuditStore(m_db).record(
                username, QStringLiteral("sign_in_failed"), QStringLiteral("account"), username, account.error());
        else
            (void)AuditStore(m_db).record(QStringLiteral("?"),
                                          QStringLiteral("sign_in_failed"),
                                          QStringLiteral("account"),
                                          QString(),
                                          QStringLiteral("a user name this workstation does not know"));
        return Error{account.error()};
    }
    auto ring = keys(hubUrl, username, password);
    if (!ring)
        return Error{ring.error()};
    if (auto st = accounts.storeKeys(hubUrl, username, password, *ring); !st)
        return Error{st.error()};
    if (auto st = install(m_db, *ring); !st)
        return Error{st.error()};
    (void)AuditStore(m_db).record(username,
                                  QStringLiteral("sign_in_offline"),
                                  QStringLiteral("account"),
                                  username,
                                  QStringLiteral("hub %1 not reached").arg(hubUrl));
    return SessionUser{username, account->displayName, account->role, hubUrl, QString(), true, QDateTime()};
}

Result<std::optional<SessionUser>> WorkstationSignIn::resume(const QString& hubUrl)
{
    if (hubUrl.isEmpty() || !m_keychain || !m_keychain->available())
        return std::optional<SessionUser>();
    auto kept = m_keychain->read(entry("hub-token"));
    if (!kept || !kept->has_value())
        return std::optional<SessionUser>();
    const QJsonObject o = QJsonDocument::fromJson(**kept).object();
    const QString username = o.value(QLatin1String("username")).toString();
    const QString token = o.value(QLatin1String("token")).toString();
    const QDateTime expires = QDateTime::fromString(o.value(QLatin1String("expires_at")).toString(), Qt::ISODate);
    // A token for another hub, or one about to end, is no session.
    if (o.value(QLatin1String("hub")).toString() != hubUrl || token.isEmpty() || !expires.isValid()
        || expires < QDateTime::currentDateTimeUtc().addSecs(300))
        return std::optional<SessionUser>();
    auto account = AccountStore(m_db).account(hubUrl, username);
    if (!account)
        return Error{account.error()};
    if (!account->has_value())
        return std::optional<SessionUser>();
    auto ring = keys(hubUrl, username, QString());
    if (!ring)
        return Error{ring.error()};
    if (auto st = install(m_db, *ring); !st)
        return Error{st.error()};
    (void)AuditStore(m_db).record(username,
                                  QStringLiteral("sign_in"),
                                  QStringLiteral("account"),
                                  username,
                                  QStringLiteral("hub %1, token from the keychain").arg(hubUrl));
    const LocalAccount& a = **account;
    return std::optional<SessionUser>(SessionUser{username, a.displayName, a.role, hubUrl, token, false, expires});
}

Result<SessionUser> WorkstationSignIn::standalone(const QString& osUser)
{
    KeyRing ring;
    if (m_keychain && m_keychain->available()) {
        auto kept = keys(QString(), osUser, QString());
        if (!kept)
            return Error{kept.error()};
        ring = *kept;
    } else {
        // No keychain and no password: the ring is kept for the computer's user in the database,
        // so what was sealed yesterday opens today (keychainNotice(true) says what that is worth).
        AccountStore accounts(m_db);
        if (auto mine = accounts.keys(QString(), osUser, QString())) {
            ring = *mine;
        } else {
            ring = KeyRing::generate();
            if (auto kept
                = accounts.rememberOnline(QString(), osUser, osUser, QStringLiteral("specialist"), QString(), ring);
                !kept)
                return Error{kept.error()};
        }
    }
    if (auto st = install(m_db, ring); !st)
        return Error{st.error()};
    (void)AuditStore(m_db).record(
        osUser, QStringLiteral("sign_in"), QStringLiteral("account"), osUser, QStringLiteral("no hub set up"));
    return SessionUser{osUser, osUser, QStringLiteral("specialist"), QString(), QString(), false, QDateTime()};
}

Status WorkstationSignIn::unlock(const SessionUser& user, const QString& password)
{
    AuditStore audit(m_db);
    if (user.hubUrl.isEmpty()) {
        (void)audit.record(user.username, QStringLiteral("unlock"), QStringLiteral("account"), user.username);
        return {};
    }
    auto checked = AccountStore(m_db).signInOffline(
        user.hubUrl, user.username, password, QDateTime::currentDateTimeUtc(), /*unlocking=*/true);
    if (!checked) {
        (void)audit.record(
            user.username, QStringLiteral("unlock_failed"), QStringLiteral("account"), user.username, checked.error());
        return Error{checked.error()};
    }
    (void)audit.record(user.username, QStringLiteral("unlock"), QStringLiteral("account"), user.username);
    return {};
}

void WorkstationSignIn::signOut(const SessionUser& user)
{
    forgetToken();
    CallerKeys::uninstall();
    (void)AuditStore(m_db).record(user.username, QStringLiteral("sign_out"), QStringLiteral("account"), user.username);
}

void WorkstationSignIn::forgetToken()
{
    if (m_keychain && m_keychain->available())
        (void)m_keychain->remove(entry("hub-token"));
}

} // namespace open211
