#include "call/SettingsDialog.h"

#include "Workstation.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFileDialog>
#include <QFileInfo>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QPushButton>
#include <QSettings>
#include <QSpinBox>
#include <QUrl>
#include <algorithm>

namespace open211 {

SettingsDialog::SettingsDialog(QWidget* parent)
    : QDialog(parent)
    , m_language(new QComboBox(this))
    , m_specialist(new QLineEdit(this))
    , m_hub(new QLineEdit(this))
    , m_caBundle(new QLineEdit(this))
    , m_browse(new QPushButton(tr("&Browse…"), this))
    , m_interval(new QSpinBox(this))
    , m_retention(new QSpinBox(this))
    , m_lock(new QSpinBox(this))
    , m_signIn(new QPushButton(tr("Save and s&ign in to the hub…"), this))
    , m_message(new QLabel(this))
{
    setWindowTitle(tr("Settings"));
    const QSettings settings;
    // Each language named in itself, so anyone can find theirs.
    m_language->addItem(QStringLiteral("English"), QStringLiteral("en"));
    m_language->addItem(QStringLiteral("Français"), QStringLiteral("fr"));
    m_language->setCurrentIndex(std::max(0, m_language->findData(Workstation::language())));
    m_language->setAccessibleName(tr("Interface language"));
    m_specialist->setText(settings.value(QStringLiteral("specialist")).toString());
    m_specialist->setAccessibleName(tr("Specialist's name"));
    m_hub->setText(settings.value(QStringLiteral("hub/url")).toString());
    m_hub->setPlaceholderText(QStringLiteral("https://hub.example.org"));
    m_hub->setAccessibleName(tr("Hub address"));
    m_caBundle->setText(settings.value(QStringLiteral("hub/caBundle")).toString());
    m_caBundle->setPlaceholderText(tr("the system's certificates"));
    m_caBundle->setAccessibleName(tr("CA bundle file"));
    m_caBundle->setToolTip(tr("A PEM file of the certificate authorities that vouch for the hub, when your centre "
                              "uses its own. Leave empty to trust the system's."));
    m_browse->setAccessibleName(tr("Choose the CA bundle file"));
    m_interval->setRange(1, 24 * 60);
    //: The unit after the sync interval's number.
    m_interval->setSuffix(tr(" min"));
    m_interval->setValue(settings.value(QStringLiteral("hub/intervalMinutes"), DefaultIntervalMinutes).toInt());
    m_interval->setAccessibleName(tr("Sync interval in minutes"));
    m_retention->setRange(1, 3650);
    //: The unit after the number of days callers' details are kept.
    m_retention->setSuffix(tr(" days"));
    m_retention->setValue(retentionDays());
    m_retention->setAccessibleName(tr("Days callers' names, phones and notes are kept after upload"));
    m_retention->setToolTip(tr("After the hub has a call, its caller's name, phone number and notes are removed "
                               "from this workstation once it is this many days old. What reports count stays."));
    m_lock->setRange(0, 24 * 60);
    m_lock->setSuffix(tr(" min"));
    //: The screen lock's minutes set to 0
    m_lock->setSpecialValueText(tr("never"));
    m_lock->setValue(lockMinutes());
    m_lock->setAccessibleName(tr("Minutes without use before the screen locks"));
    m_lock->setToolTip(tr("After this many minutes without a key pressed or a click, the screen locks and asks for "
                          "the password again. 0: never (only on a workstation no one else can reach)."));
    m_signIn->setAccessibleName(tr("Save and sign in to the hub"));
    m_message->setWordWrap(true);
    m_message->setAccessibleName(tr("Settings message"));
    m_message->hide();

    auto* form = new QFormLayout(this);
    form->addRow(tr("Interface &language:"), m_language);
    form->addRow(tr("&Your name on calls:"), m_specialist);
    form->addRow(tr("&Hub address:"), m_hub);
    auto* caRow = new QHBoxLayout;
    caRow->addWidget(m_caBundle, 1);
    caRow->addWidget(m_browse);
    auto* caLabel = new QLabel(tr("C&A bundle:"), this);
    caLabel->setBuddy(m_caBundle);
    form->addRow(caLabel, caRow);
    form->addRow(tr("Sync &every:"), m_interval);
    form->addRow(tr("&Keep callers' details for:"), m_retention);
    form->addRow(tr("Lock the &screen after:"), m_lock);
    auto* signInRow = new QHBoxLayout;
    signInRow->addWidget(m_signIn);
    signInRow->addStretch(1);
    form->addRow(QString(), signInRow);
    form->addRow(m_message);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_browse, &QPushButton::clicked, this, &SettingsDialog::browseCaBundle);
    connect(m_signIn, &QPushButton::clicked, this, [this] {
        m_signInRequested = true;
        accept();
    });
    m_signIn->setAutoDefault(false);
    m_browse->setAutoDefault(false);
    form->addRow(buttons);
    setMinimumWidth(560);
}

void SettingsDialog::browseCaBundle()
{
    const QString current = m_caBundle->text().trimmed();
    const QString file = QFileDialog::getOpenFileName(this,
                                                      tr("CA bundle"),
                                                      current.isEmpty() ? QString() : QFileInfo(current).absolutePath(),
                                                      tr("Certificates (*.pem *.crt *.cer);;All files (*)"));
    if (!file.isEmpty())
        m_caBundle->setText(file);
    m_caBundle->setFocus();
}

bool SettingsDialog::validate()
{
    const auto problem = [this](QLineEdit* field, const QString& message) {
        m_message->setText(message);
        m_message->show();
        field->setFocus();
        field->selectAll();
        return false;
    };
    const QString hub = m_hub->text().trimmed();
    if (!hub.isEmpty()) {
        const QUrl url(hub, QUrl::StrictMode);
        const QString scheme = url.scheme().toLower();
        if (!url.isValid() || url.host().isEmpty()
            || (scheme != QLatin1String("https") && scheme != QLatin1String("http")))
            return problem(m_hub, tr("The hub address should look like https://hub.example.org."));
    } else if (m_signInRequested) {
        return problem(m_hub, tr("Enter the hub's address first."));
    }
    const QString ca = m_caBundle->text().trimmed();
    if (!ca.isEmpty() && !QFileInfo(ca).isFile())
        return problem(m_caBundle,
                       tr("The CA bundle file %1 does not exist. Choose another, or leave it empty.").arg(ca));
    return true;
}

int SettingsDialog::retentionDays()
{
    return std::clamp(QSettings().value(QStringLiteral("privacy/retentionDays"), 30).toInt(), 1, 3650);
}

int SettingsDialog::lockMinutes()
{
    return std::clamp(QSettings().value(QStringLiteral("privacy/lockMinutes"), DefaultLockMinutes).toInt(), 0, 24 * 60);
}

void SettingsDialog::accept()
{
    if (!validate()) {
        m_signInRequested = false;
        return;
    }
    QSettings settings;
    const QString language = m_language->currentData().toString();
    settings.setValue(QStringLiteral("language"), language);
    settings.setValue(QStringLiteral("specialist"), m_specialist->text().trimmed());
    QString hub = m_hub->text().trimmed();
    while (hub.endsWith(u'/'))
        hub.chop(1);
    settings.setValue(QStringLiteral("hub/url"), hub);
    settings.setValue(QStringLiteral("hub/caBundle"), m_caBundle->text().trimmed());
    settings.setValue(QStringLiteral("hub/intervalMinutes"), m_interval->value());
    settings.setValue(QStringLiteral("privacy/retentionDays"), m_retention->value());
    settings.setValue(QStringLiteral("privacy/lockMinutes"), m_lock->value());
    Workstation::setLanguage(language); // every window retranslates itself
    QDialog::accept();
}

} // namespace open211
