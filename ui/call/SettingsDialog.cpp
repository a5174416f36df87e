#include "call/SettingsDialog.h"

#include "Workstation.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLineEdit>
#include <QLocale>
#include <QSettings>

namespace open211 {

SettingsDialog::SettingsDialog(QWidget* parent)
    : QDialog(parent)
    , m_language(new QComboBox(this))
    , m_specialist(new QLineEdit(this))
    , m_hub(new QLineEdit(this))
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
    auto* form = new QFormLayout(this);
    form->addRow(tr("Interface &language:"), m_language);
    form->addRow(tr("&Your name on calls:"), m_specialist);
    form->addRow(tr("&Hub address:"), m_hub);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    form->addRow(buttons);
}

void SettingsDialog::accept()
{
    QSettings settings;
    const QString language = m_language->currentData().toString();
    settings.setValue(QStringLiteral("language"), language);
    settings.setValue(QStringLiteral("specialist"), m_specialist->text().trimmed());
    settings.setValue(QStringLiteral("hub/url"), m_hub->text().trimmed());
    Workstation::setLanguage(language); // every window retranslates itself
    QDialog::accept();
}

} // namespace open211
