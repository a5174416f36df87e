#include "security/Crypto.h"

#include <sodium.h>

namespace open211::crypto {

bool initialize()
{
    static const bool ok = sodium_init() >= 0;
    return ok;
}

QByteArray hashPassword(QByteArrayView password)
{
    if (!initialize())
        return {};
    char out[crypto_pwhash_STRBYTES];
    if (crypto_pwhash_str(out,
                          password.data(),
                          quint64(password.size()),
                          crypto_pwhash_OPSLIMIT_INTERACTIVE,
                          crypto_pwhash_MEMLIMIT_INTERACTIVE)
        != 0)
        return {};
    return QByteArray(out);
}

bool verifyPassword(QByteArrayView hash, QByteArrayView password)
{
    if (!initialize() || hash.isEmpty() || hash.size() >= crypto_pwhash_STRBYTES)
        return false;
    // crypto_pwhash_str_verify wants a terminated string.
    const QByteArray terminated = hash.toByteArray();
    return crypto_pwhash_str_verify(terminated.constData(), password.data(), quint64(password.size())) == 0;
}

QByteArray randomBytes(int count)
{
    QByteArray out(count, Qt::Uninitialized);
    if (initialize())
        randombytes_buf(out.data(), size_t(out.size()));
    return out;
}

QByteArray deriveKey(QByteArrayView password, QByteArrayView salt)
{
    if (!initialize() || salt.size() != crypto_pwhash_SALTBYTES)
        return {};
    QByteArray key(KeyBytes, Qt::Uninitialized);
    if (crypto_pwhash(reinterpret_cast<unsigned char*>(key.data()),
                      quint64(key.size()),
                      password.data(),
                      quint64(password.size()),
                      reinterpret_cast<const unsigned char*>(salt.data()),
                      crypto_pwhash_OPSLIMIT_INTERACTIVE,
                      crypto_pwhash_MEMLIMIT_INTERACTIVE,
                      crypto_pwhash_ALG_ARGON2ID13)
        != 0)
        return {};
    return key;
}

QByteArray seal(QByteArrayView key, QByteArrayView plain, QByteArrayView context)
{
    if (!initialize() || key.size() != crypto_aead_xchacha20poly1305_ietf_KEYBYTES)
        return {};
    constexpr int nonceBytes = crypto_aead_xchacha20poly1305_ietf_NPUBBYTES;
    QByteArray out(nonceBytes + plain.size() + crypto_aead_xchacha20poly1305_ietf_ABYTES, Qt::Uninitialized);
    auto* nonce = reinterpret_cast<unsigned char*>(out.data());
    randombytes_buf(nonce, nonceBytes);
    unsigned long long written = 0;
    crypto_aead_xchacha20poly1305_ietf_encrypt(nonce + nonceBytes,
                                               &written,
                                               reinterpret_cast<const unsigned char*>(plain.data()),
                                               quint64(plain.size()),
                                               reinterpret_cast<const unsigned char*>(context.data()),
                                               quint64(context.size()),
                                               nullptr,
                                               nonce,
                                               reinterpret_cast<const unsigned char*>(key.data()));
    out.truncate(nonceBytes + int(written));
    return out;
}

std::optional<QByteArray> open(QByteArrayView key, QByteArrayView sealed, QByteArrayView context)
{
    constexpr int nonceBytes = crypto_aead_xchacha20poly1305_ietf_NPUBBYTES;
    constexpr int tagBytes = crypto_aead_xchacha20poly1305_ietf_ABYTES;
    if (!initialize() || key.size() != crypto_aead_xchacha20poly1305_ietf_KEYBYTES
        || sealed.size() < nonceBytes + tagBytes)
        return std::nullopt;
    const auto* nonce = reinterpret_cast<const unsigned char*>(sealed.data());
    QByteArray plain(sealed.size() - nonceBytes - tagBytes, Qt::Uninitialized);
    unsigned long long written = 0;
    if (crypto_aead_xchacha20poly1305_ietf_decrypt(reinterpret_cast<unsigned char*>(plain.data()),
                                                   &written,
                                                   nullptr,
                                                   nonce + nonceBytes,
                                                   quint64(sealed.size() - nonceBytes),
                                                   reinterpret_cast<const unsigned char*>(context.data()),
                                                   quint64(context.size()),
                                                   nonce,
                                                   reinterpret_cast<const unsigned char*>(key.data()))
        != 0)
        return std::nullopt;
    plain.truncate(int(written));
    return plain;
}

void wipe(QByteArray& secret)
{
    if (!secret.isEmpty() && initialize()) {
        secret.detach();
        sodium_memzero(secret.data(), size_t(secret.size()));
    }
    secret.clear();
}

void wipe(QString& secret)
{
    if (!secret.isEmpty() && initialize()) {
        secret.detach();
        sodium_memzero(secret.data(), size_t(secret.size()) * sizeof(QChar));
    }
    secret.clear();
}

} // namespace open211::crypto
