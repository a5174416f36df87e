// Signing in to the hub during a session (after an offline sign-in, or when the hub turned an old
// token down): a user name and a password handed to the window's one sign-in path
// (MainWindow::signIn), which sends the password to the hub once and keeps the token in the
// operating system's keychain. The password is never stored; the result shows here.
#pragma once

#include <QDialog>

class QLabel;
class QLineEdit;
class QPushButton;

namespace open211 {

class SignInDialog : public QDialog
{
    Q_OBJECT
public:
    // `user`: offered (who is signed in now, or the last one here).
    SignInDialog(const QString& hubUrl, const QString& user, QWidget* parent = nullptr);

    QLineEdit* userEdit() const { return m_user; }
    QLineEdit* passwordEdit() const { return m_password; }
    QPushButton* signInButton() const { return m_signIn; }
    // What came of the last attempt, in plain words.
    QString message() const;
    bool signedIn() const { return m_signedIn; }

public slots:
    void signIn();
    // How the sign-in asked for went; `who` the name the hub gave.
    void signInFinished(bool ok, const QString& message, const QString& who);

signals:
    void signInRequested(const QString& username, const QString& password);

private:
    void setBusy(bool busy);

    QString m_hubUrl;
    QLineEdit* m_user;
    QLineEdit* m_password;
    QLabel* m_message;
    QPushButton* m_signIn;
    QPushButton* m_close;
    bool m_busy = false;
    bool m_signedIn = false;
};

} // namespace open211
