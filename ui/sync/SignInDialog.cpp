#include "sync/SignInDialog.h"

#include "session/LockScreen.h"

#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSettings>

namespace open211 {

SignInDialog::SignInDialog(const QString& hubUrl, const QString& user, QWidget* parent)
    : QDialog(parent)
    , m_hubUrl(hubUrl)
    , m_user(new QLineEdit(this))
    , m_password(new QLineEdit(this))
    , m_message(new QLabel(this))
{
    setWindowTitle(tr("Sign in to the hub"));
    auto* hub = new QLabel(hubUrl.isEmpty() ? tr("No hub is set up: enter its address in Settings (Ctrl+,).")
                                            : tr("Hub: %1").arg(hubUrl),
                           this);
    hub->setTextInteractionFlags(Qt::TextSelectableByMouse);
    // The user name is no secret: it is offered again next time. The password is never kept.
    m_user->setText(user.isEmpty() ? QSettings().value(QStringLiteral("hub/user")).toString() : user);
    m_user->setAccessibleName(tr("Hub user name"));
    m_password->setEchoMode(QLineEdit::Password);
    m_password->setAccessibleName(tr("Hub password"));
    m_message->setWordWrap(true);
    m_message->setAccessibleName(tr("Sign-in result"));
    m_message->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_message->setMinimumWidth(380);

    auto* form = new QFormLayout(this);
    form->addRow(hub);
    form->addRow(tr("&User name:"), m_user);
    form->addRow(tr("&Password:"), m_password);
    form->addRow(m_message);
    auto* buttons = new QDialogButtonBox(this);
    m_signIn = buttons->addButton(tr("&Sign in"), QDialogButtonBox::AcceptRole);
    m_close = buttons->addButton(QDialogButtonBox::Close);
    m_signIn->setDefault(true);
    form->addRow(buttons);
    // Sign in does not close the dialog: the result shows here first.
    connect(m_signIn, &QPushButton::clicked, this, &SignInDialog::signIn);
    connect(m_close, &QPushButton::clicked, this, &QDialog::reject);

    m_signIn->setEnabled(!hubUrl.isEmpty());
    if (m_user->text().isEmpty())
        m_user->setFocus();
    else
        m_password->setFocus();
}

QString SignInDialog::message() const
{
    return m_message->text();
}

void SignInDialog::setBusy(bool busy)
{
    m_busy = busy;
    m_user->setEnabled(!busy);
    m_password->setEnabled(!busy);
    m_signIn->setEnabled(!busy && !m_hubUrl.isEmpty());
}

void SignInDialog::signIn()
{
    if (m_busy || m_hubUrl.isEmpty())
        return;
    const auto given = takeCredentials(m_user, m_password, m_message);
    if (!given)
        return;
    const QString user = given->first;
    m_signedIn = false;
    m_message->setText(tr("Signing in to %1…").arg(m_hubUrl));
    setBusy(true);
    // The password goes to the hub once; it left the field at once.
    emit signInRequested(user, given->second);
}

void SignInDialog::signInFinished(bool ok, const QString& message, const QString& who)
{
    if (!m_busy)
        return; // someone else's sign-in
    setBusy(false);
    m_signedIn = ok;
    if (ok) {
        m_message->setText(
            tr("Signed in as %1. The sync starts now.").arg(who.isEmpty() ? m_user->text().trimmed() : who));
        m_close->setDefault(true);
        m_close->setFocus();
    } else {
        m_message->setText(tr("Not signed in: %1").arg(message));
        m_password->setFocus();
    }
}

} // namespace open211
