// What the window shows while no one may use it: the sign-in at the start (user name and password;
// the hub checks them, or this workstation when the hub cannot be reached), and the lock after the
// idle time (the same user's password again, or someone else signs in). The work stays behind it,
// untouched: an open call waits for the unlock. Passwords leave the fields as soon as they are sent.
#pragma once

#include <QWidget>
#include <optional>
#include <utility>

class QLabel;
class QLineEdit;
class QPushButton;

namespace open211 {

// A user name and a password from their fields, for a sign-in: on a missing one, `message` says so
// and the cursor goes there (nullopt); else both, the password field emptied at once.
std::optional<std::pair<QString, QString>> takeCredentials(QLineEdit* user, QLineEdit* password, QLabel* message);

class LockScreen : public QWidget
{
    Q_OBJECT
public:
    enum class Mode { SignIn, Unlock };

    explicit LockScreen(QWidget* parent = nullptr);

    // Sign-in: `hubUrl` empty when none is set up; `user` offered (the last one here);
    // `notice` what the person should know (no keychain on this computer).
    void showSignIn(const QString& hubUrl, const QString& user, const QString& notice);
    // Locked for `who` (name and role); `needsPassword` false on a workstation with no hub, which
    // has no passwords: the lock only hides the screen.
    void showUnlock(const QString& who, bool needsPassword, const QString& notice);
    // A sign-in or an unlock is under way (the fields wait), or it ended with `message`.
    void setBusy(bool busy, const QString& message = {});
    void setMessage(const QString& message);

    Mode mode() const { return m_mode; }
    QLineEdit* userEdit() const { return m_user; }
    QLineEdit* passwordEdit() const { return m_password; }
    // "Sign in" or "Unlock".
    QPushButton* primaryButton() const { return m_primary; }
    // While locked: someone else signs in (the locked user is signed out).
    QPushButton* switchUserButton() const { return m_switch; }
    QLabel* messageLabel() const { return m_message; }
    QLabel* noticeLabel() const { return m_notice; }

signals:
    void signInRequested(const QString& username, const QString& password);
    void unlockRequested(const QString& password);
    void switchUserRequested();

protected:
    void changeEvent(QEvent* event) override;

private:
    void submit();
    void retranslate();

    Mode m_mode = Mode::SignIn;
    QString m_hubUrl;
    QString m_who;
    bool m_needsPassword = true;
    bool m_busy = false;
    QLabel* m_title;
    QLabel* m_subtitle;
    QLabel* m_userLabel;
    QLabel* m_passwordLabel;
    QLineEdit* m_user;
    QLineEdit* m_password;
    QPushButton* m_primary;
    QPushButton* m_switch;
    QLabel* m_message;
    QLabel* m_notice;
};

} // namespace open211
