// The keys that seal what identifies a caller in the local database: names, phone numbers and the
// free-text notes of calls, needs and follow-ups. The key ring comes from the operating system's
// keychain (or, where no keychain runs, from the signed-in user's password) once someone signs in;
// without it those fields neither open nor can be written. Process-wide: every connection of the
// workstation (the screens, the autosaver, the sync) seals and opens with the same ring.
//
// A sealed value is text: "enc1:<key id>:<base64 of nonce, ciphertext and tag>", its context (table,
// column and row id) authenticated with it so a value copied to another row does not open.
#pragma once

#include <QByteArray>
#include <QList>
#include <QString>
#include <optional>

namespace open211 {

class KeyRing
{
public:
    struct Key
    {
        QByteArray id; // 16 hex digits
        QByteArray secret; // 32 bytes
    };

    // One fresh random key.
    static KeyRing generate();
    // From toBytes(); nullopt when the bytes are not a key ring.
    static std::optional<KeyRing> fromBytes(const QByteArray& bytes);
    QByteArray toBytes() const;

    bool isEmpty() const { return m_keys.isEmpty(); }
    const QList<Key>& keys() const { return m_keys; }
    const QByteArray& currentId() const { return m_current; }
    const QByteArray* secret(QByteArrayView id) const;
    // Adds the keys `other` has and this ring lacks; new values keep being sealed with this ring's
    // key (with `other`'s when this ring was empty).
    void merge(const KeyRing& other);

private:
    QList<Key> m_keys;
    QByteArray m_current;
};

class CallerKeys
{
public:
    static void install(const KeyRing& ring);
    static void uninstall();
    static bool installed();
    // The id of the key new values are sealed with (empty: none installed).
    static QByteArray currentId();

    static bool isSealed(QStringView stored);
    // Empty stays empty (nothing to hide); nullopt when no key is installed.
    static std::optional<QString> seal(const QString& plain, const QString& context);
    // Text never sealed (written before the workstation sealed it) comes back as it is; nullopt
    // when the value's key is not in the ring or it does not open (changed, or moved elsewhere).
    static std::optional<QString> open(const QString& stored, const QString& context);
};

} // namespace open211
