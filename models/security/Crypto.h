// The workstation's cryptography, all of it libsodium's: Argon2id password hashes (the offline
// sign-in and the hub's users), keys derived from a password, random keys, and authenticated
// encryption (XChaCha20-Poly1305) with data bound to where it belongs.
#pragma once

#include <QByteArray>
#include <QByteArrayView>
#include <QString>
#include <optional>

namespace open211::crypto {

// Starts libsodium (once; safe from any thread). False when it cannot: nothing here works then.
bool initialize();

// An Argon2id hash in libsodium's self-describing string form (salt and costs inside); empty when
// memory ran out.
QByteArray hashPassword(QByteArrayView password);
bool verifyPassword(QByteArrayView hash, QByteArrayView password);

constexpr int KeyBytes = 32;
constexpr int SaltBytes = 16;

QByteArray randomBytes(int count);
// A key for seal()/open() from a password and a salt (Argon2id, interactive costs: ~0.1 s).
QByteArray deriveKey(QByteArrayView password, QByteArrayView salt);

// XChaCha20-Poly1305: a fresh random nonce followed by the ciphertext and its tag. `context` is
// authenticated, not encrypted: a value sealed for one place does not open in another.
QByteArray seal(QByteArrayView key, QByteArrayView plain, QByteArrayView context);
// Empty optional when the key is wrong, the context differs or a byte was changed.
std::optional<QByteArray> open(QByteArrayView key, QByteArrayView sealed, QByteArrayView context);

// Overwrites a secret in memory before it is freed.
void wipe(QByteArray& secret);
void wipe(QString& secret);

} // namespace open211::crypto
