// Signing in to the hub: a user name and a password sent once to the hub, which answers with a
// token for the sync. The password is never stored; the token stays in the sync engine's memory
// only, so after a restart the specialist signs in again (issue 8 moves the token to the
// operating system's keychain).
#pragma once

#include <QDialog>

class QLabel;
class QLineEdit;
class QPushButton;

namespace open211 {

class SyncEngine;

class SignInDialog : public QDialog
{
    Q_OBJECT
public:
    SignInDialog(SyncEngine& engine, const QString& hubUrl, QWidget* parent = nullptr);

    QLineEdit* userEdit() const { return m_user; }
    QLineEdit* passwordEdit() const { return m_password; }
    QPushButton* signInButton() const { return m_signIn; }
    // What came of the last attempt, in plain words.
    QString message() const;
    bool signedIn() const { return m_signedIn; }

public slots:
    void signIn();

private:
    void signInFinished(bool ok, const QString& message);
    void setBusy(bool busy);

    SyncEngine& m_engine;
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
