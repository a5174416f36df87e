#include "session/LockScreen.h"

#include <QEvent>
#include <QFrame>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace open211 {

std::optional<std::pair<QString, QString>> takeCredentials(QLineEdit* user, QLineEdit* password, QLabel* message)
{
    const QString name = user->text().trimmed();
    if (name.isEmpty()) {
        message->setText(LockScreen::tr("Enter your user name."));
        user->setFocus();
        return std::nullopt;
    }
    if (password->text().isEmpty()) {
        message->setText(LockScreen::tr("Enter your password."));
        password->setFocus();
        return std::nullopt;
    }
    std::pair<QString, QString> given{name, password->text()};
    password->clear();
    return given;
}

LockScreen::LockScreen(QWidget* parent)
    : QWidget(parent)
    , m_title(new QLabel(this))
    , m_subtitle(new QLabel(this))
    , m_userLabel(new QLabel(this))
    , m_passwordLabel(new QLabel(this))
    , m_user(new QLineEdit(this))
    , m_password(new QLineEdit(this))
    , m_primary(new QPushButton(this))
    , m_switch(new QPushButton(this))
    , m_message(new QLabel(this))
    , m_notice(new QLabel(this))
{
    setObjectName(QStringLiteral("lockScreen"));
    setAutoFillBackground(true);
    QPalette back = palette();
    back.setColor(QPalette::Window, QColor(0x27, 0x3a, 0x4f));
    setPalette(back);

    // One card in the middle of the window, in the usual colours.
    auto* card = new QFrame(this);
    card->setObjectName(QStringLiteral("lockCard"));
    card->setFrameShape(QFrame::StyledPanel);
    card->setAutoFillBackground(true);
    QPalette cardPalette = QWidget::palette();
    cardPalette.setColor(QPalette::Window, QColor(0xfa, 0xfa, 0xfa));
    cardPalette.setColor(QPalette::WindowText, QColor(0x1d, 0x1d, 0x1d));
    card->setPalette(cardPalette);
    card->setMinimumWidth(440);
    card->setMaximumWidth(520);

    QFont titleFont = m_title->font();
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.6);
    titleFont.setBold(true);
    m_title->setFont(titleFont);
    m_subtitle->setWordWrap(true);
    m_user->setParent(card);
    m_password->setParent(card);
    m_password->setEchoMode(QLineEdit::Password);
    m_userLabel->setBuddy(m_user);
    m_passwordLabel->setBuddy(m_password);
    m_message->setWordWrap(true);
    m_message->setTextInteractionFlags(Qt::TextSelectableByMouse);
    QPalette messagePalette = cardPalette;
    messagePalette.setColor(QPalette::WindowText, QColor(0xa0, 0x1c, 0x1c));
    m_message->setPalette(messagePalette);
    m_notice->setWordWrap(true);
    QPalette noticePalette = cardPalette;
    noticePalette.setColor(QPalette::WindowText, QColor(0x55, 0x55, 0x55));
    m_notice->setPalette(noticePalette);
    m_primary->setDefault(true);
    m_primary->setAutoDefault(true);

    auto* form = new QGridLayout;
    form->addWidget(m_userLabel, 0, 0);
    form->addWidget(m_user, 0, 1);
    form->addWidget(m_passwordLabel, 1, 0);
    form->addWidget(m_password, 1, 1);
    auto* buttons = new QHBoxLayout;
    buttons->addWidget(m_switch);
    buttons->addStretch(1);
    buttons->addWidget(m_primary);
    auto* inner = new QVBoxLayout(card);
    inner->setContentsMargins(28, 24, 28, 24);
    inner->setSpacing(12);
    for (QLabel* l : {m_title, m_subtitle})
        l->setParent(card);
    inner->addWidget(m_title);
    inner->addWidget(m_subtitle);
    inner->addLayout(form);
    inner->addWidget(m_message);
    inner->addLayout(buttons);
    inner->addWidget(m_notice);

    auto* outer = new QGridLayout(this);
    outer->addWidget(card, 1, 1);
    outer->setRowStretch(0, 1);
    outer->setRowStretch(2, 2);
    outer->setColumnStretch(0, 1);
    outer->setColumnStretch(2, 1);

    connect(m_primary, &QPushButton::clicked, this, &LockScreen::submit);
    connect(m_user, &QLineEdit::returnPressed, this, [this] {
        if (m_user->text().trimmed().isEmpty())
            return;
        m_password->setFocus();
    });
    connect(m_password, &QLineEdit::returnPressed, this, &LockScreen::submit);
    connect(m_switch, &QPushButton::clicked, this, &LockScreen::switchUserRequested);
    retranslate();
}

void LockScreen::showSignIn(const QString& hubUrl, const QString& user, const QString& notice)
{
    m_mode = Mode::SignIn;
    m_hubUrl = hubUrl;
    m_busy = false;
    m_user->setText(user);
    m_user->setReadOnly(false);
    m_password->clear();
    m_message->clear();
    m_notice->setText(notice);
    retranslate();
    setBusy(false);
    if (user.isEmpty())
        m_user->setFocus();
    else
        m_password->setFocus();
}

void LockScreen::showUnlock(const QString& who, bool needsPassword, const QString& notice)
{
    m_mode = Mode::Unlock;
    m_who = who;
    m_needsPassword = needsPassword;
    m_busy = false;
    m_password->clear();
    m_message->clear();
    m_notice->setText(notice);
    retranslate();
    setBusy(false);
    if (needsPassword)
        m_password->setFocus();
    else
        m_primary->setFocus();
}

void LockScreen::setBusy(bool busy, const QString& message)
{
    m_busy = busy;
    const bool unlock = m_mode == Mode::Unlock;
    m_user->setEnabled(!busy && !unlock);
    m_password->setEnabled(!busy);
    m_primary->setEnabled(!busy);
    m_switch->setEnabled(!busy);
    if (!message.isEmpty() || !busy)
        m_message->setText(message);
    if (!busy && m_password->isVisible())
        m_password->setFocus();
}

void LockScreen::setMessage(const QString& message)
{
    m_message->setText(message);
}

void LockScreen::submit()
{
    if (m_busy)
        return;
    if (m_mode == Mode::SignIn) {
        if (const auto given = takeCredentials(m_user, m_password, m_message))
            emit signInRequested(given->first, given->second);
        return;
    }
    if (m_needsPassword && m_password->text().isEmpty()) {
        m_message->setText(tr("Enter your password."));
        m_password->setFocus();
        return;
    }
    const QString password = m_password->text();
    m_password->clear();
    emit unlockRequested(password);
}

void LockScreen::retranslate()
{
    m_title->setText(tr("Open 211 Workstation"));
    m_userLabel->setText(tr("&User name:"));
    m_passwordLabel->setText(tr("&Password:"));
    m_user->setAccessibleName(tr("User name"));
    m_password->setAccessibleName(tr("Password"));
    m_message->setAccessibleName(tr("Sign-in message"));
    m_notice->setAccessibleName(tr("Keychain notice"));
    m_switch->setText(tr("Sign in as &someone else"));
    const bool unlock = m_mode == Mode::Unlock;
    if (unlock) {
        //: The lock screen: %1 is who is signed in (name and role)
        m_subtitle->setText(m_needsPassword ? tr("Locked. %1 is signed in: enter the password to go on.").arg(m_who)
                                            : tr("Locked. %1 is signed in. This workstation has no hub, so it has no "
                                                 "passwords: the lock only hides the screen.")
                                                  .arg(m_who));
        m_primary->setText(tr("&Unlock"));
    } else {
        m_subtitle->setText(m_hubUrl.isEmpty()
                                ? tr("Sign in.")
                                //: %1 is the hub's address
                                : tr("Sign in with your account on the hub %1. When the hub cannot be reached, "
                                     "the password you last used on this workstation lets you in.")
                                      .arg(m_hubUrl));
        m_primary->setText(tr("&Sign in"));
    }
    m_userLabel->setVisible(!unlock);
    m_user->setVisible(!unlock);
    m_password->setVisible(!unlock || m_needsPassword);
    m_passwordLabel->setVisible(!unlock || m_needsPassword);
    m_switch->setVisible(unlock && m_needsPassword);
    m_notice->setVisible(!m_notice->text().isEmpty());
}

void LockScreen::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWidget::changeEvent(event);
}

} // namespace open211
