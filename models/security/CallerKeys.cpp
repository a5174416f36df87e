#include "security/CallerKeys.h"

#include "security/Crypto.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QMutex>
#include <memory>

namespace open211 {

namespace {

const QLatin1StringView Prefix("enc1:");

QMutex ringMutex;
std::shared_ptr<const KeyRing> ring; // guarded by ringMutex; the ring itself is never changed

std::shared_ptr<const KeyRing> currentRing()
{
    QMutexLocker lock(&ringMutex);
    return ring;
}

} // namespace

KeyRing KeyRing::generate()
{
    KeyRing r;
    r.m_current = crypto::randomBytes(8).toHex();
    r.m_keys.append({r.m_current, crypto::randomBytes(crypto::KeyBytes)});
    return r;
}

std::optional<KeyRing> KeyRing::fromBytes(const QByteArray& bytes)
{
    QJsonParseError error;
    const QJsonDocument doc = QJsonDocument::fromJson(bytes, &error);
    if (error.error != QJsonParseError::NoError || !doc.isObject())
        return std::nullopt;
    const QJsonObject o = doc.object();
    KeyRing r;
    r.m_current = o.value(QLatin1String("current")).toString().toLatin1();
    for (const QJsonValue& v : o.value(QLatin1String("keys")).toArray()) {
        Key k{v[QLatin1String("id")].toString().toLatin1(),
              QByteArray::fromBase64(v[QLatin1String("key")].toString().toLatin1())};
        if (k.id.isEmpty() || k.secret.size() != crypto::KeyBytes)
            return std::nullopt;
        r.m_keys.append(k);
    }
    if (r.m_keys.isEmpty() || !r.secret(r.m_current))
        return std::nullopt;
    return r;
}

QByteArray KeyRing::toBytes() const
{
    QJsonArray keys;
    for (const Key& k : m_keys)
        keys.append(QJsonObject{{QStringLiteral("id"), QString::fromLatin1(k.id)},
                                {QStringLiteral("key"), QString::fromLatin1(k.secret.toBase64())}});
    return QJsonDocument(
               QJsonObject{{QStringLiteral("current"), QString::fromLatin1(m_current)}, {QStringLiteral("keys"), keys}})
        .toJson(QJsonDocument::Compact);
}

const QByteArray* KeyRing::secret(QByteArrayView id) const
{
    for (const Key& k : m_keys) {
        if (k.id == id)
            return &k.secret;
    }
    return nullptr;
}

void KeyRing::merge(const KeyRing& other)
{
    for (const Key& k : other.m_keys) {
        if (!secret(k.id))
            m_keys.append(k);
    }
    if (m_current.isEmpty())
        m_current = other.m_current;
}

void CallerKeys::install(const KeyRing& r)
{
    auto copy = std::make_shared<const KeyRing>(r);
    QMutexLocker lock(&ringMutex);
    ring = r.isEmpty() ? nullptr : std::move(copy);
}

void CallerKeys::uninstall()
{
    QMutexLocker lock(&ringMutex);
    ring.reset();
}

bool CallerKeys::installed()
{
    return currentRing() != nullptr;
}

QByteArray CallerKeys::currentId()
{
    const auto r = currentRing();
    return r ? r->currentId() : QByteArray();
}

bool CallerKeys::isSealed(QStringView stored)
{
    return stored.startsWith(Prefix);
}

std::optional<QString> CallerKeys::seal(const QString& plain, const QString& context)
{
    if (plain.isEmpty())
        return QString();
    const auto r = currentRing();
    if (!r)
        return std::nullopt;
    const QByteArray sealed = crypto::seal(*r->secret(r->currentId()), plain.toUtf8(), context.toUtf8());
    if (sealed.isEmpty())
        return std::nullopt;
    return Prefix + QString::fromLatin1(r->currentId()) + u':'
        + QString::fromLatin1(sealed.toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals));
}

std::optional<QString> CallerKeys::open(const QString& stored, const QString& context)
{
    if (!isSealed(stored))
        return stored;
    const qsizetype colon = stored.indexOf(u':', Prefix.size());
    if (colon < 0)
        return std::nullopt;
    const auto r = currentRing();
    if (!r)
        return std::nullopt;
    const QByteArray* key = r->secret(QStringView(stored).mid(Prefix.size(), colon - Prefix.size()).toLatin1());
    if (!key)
        return std::nullopt;
    const auto plain = crypto::open(
        *key,
        QByteArray::fromBase64(QStringView(stored).mid(colon + 1).toLatin1(), QByteArray::Base64UrlEncoding),
        context.toUtf8());
    if (!plain)
        return std::nullopt;
    return QString::fromUtf8(*plain);
}

} // namespace open211
