// The operating system's keychain (QtKeychain: the Secret Service — GNOME Keyring, KWallet — on
// Linux, the Credential Manager on Windows, the Keychain on macOS) for the hub's token and the keys
// that seal callers' details. Never a plain file: where no keychain service runs, nothing is kept
// and available() says so; the workstation then asks for the password each session.
//
// The calls wait for the keychain (an event loop runs meanwhile); the keychain answers in
// milliseconds once unlocked.
#pragma once

#include "Result.h"

#include <QCoreApplication>
#include <QString>
#include <optional>

namespace open211 {

class Keychain
{
    Q_DECLARE_TR_FUNCTIONS(open211::Keychain)

public:
    // `service`: the name entries are filed under.
    explicit Keychain(QString service = QStringLiteral("ca.open211.Workstation"));

    // Whether a keychain service answers here (asked once, then remembered).
    bool available();
    // Why not, in plain words (empty while available).
    const QString& unavailableReason() const { return m_reason; }

    // nullopt: no such entry.
    Result<std::optional<QByteArray>> read(const QString& key);
    Status write(const QString& key, const QByteArray& secret);
    Status remove(const QString& key);

private:
    QString m_service;
    std::optional<bool> m_available;
    QString m_reason;
};

} // namespace open211
