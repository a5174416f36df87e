#include "reports/OpenDataDialog.h"

#include "Workstation.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QPushButton>
#include <QSettings>
#include <QSpinBox>
#include <QVBoxLayout>

namespace open211 {

OpenDataDialog::OpenDataDialog(QWidget* parent)
    : QDialog(parent)
    , m_threshold(new QSpinBox(this))
    , m_language(new QComboBox(this))
{
    //: Title of the dialog before writing the de-identified open-data file
    setWindowTitle(tr("Export open data"));
    auto* layout = new QVBoxLayout(this);
    auto* about = new QLabel(tr("The open-data file holds counts only: needs by period, Ontario region and "
                                "category, met and unmet. It has no names, phone numbers, notes or municipalities. "
                                "A count below the threshold is written as \u201c<N\u201d, and so are the met and "
                                "unmet counts beside it, so that no small group of callers can be singled out."),
                             this);
    about->setWordWrap(true);
    layout->addWidget(about);
    auto* form = new QFormLayout;
    m_threshold->setRange(1, 1000);
    m_threshold->setValue(savedThreshold());
    m_threshold->setAccessibleName(tr("Smallest count shown"));
    m_threshold->setToolTip(tr("Counts below this number are replaced by \u201c<N\u201d"));
    form->addRow(tr("&Smallest count shown:"), m_threshold);
    m_language->addItem(QStringLiteral("English"), QStringLiteral("en"));
    m_language->addItem(QStringLiteral("Français"), QStringLiteral("fr"));
    m_language->setCurrentIndex(Workstation::language() == QLatin1String("fr") ? 1 : 0);
    m_language->setAccessibleName(tr("Language of the category names"));
    form->addRow(tr("&Category names in:"), m_language);
    layout->addLayout(form);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Cancel, this);
    auto* save = buttons->addButton(tr("&Choose the file…"), QDialogButtonBox::AcceptRole);
    save->setDefault(true);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    layout->addWidget(buttons);
    resize(520, sizeHint().height());
    m_threshold->setFocus();
}

int OpenDataDialog::threshold() const
{
    return m_threshold->value();
}

QString OpenDataDialog::language() const
{
    return m_language->currentData().toString();
}

int OpenDataDialog::savedThreshold()
{
    return std::clamp(QSettings().value(QStringLiteral("reports/threshold"), DefaultThreshold).toInt(), 1, 1000);
}

void OpenDataDialog::accept()
{
    QSettings().setValue(QStringLiteral("reports/threshold"), m_threshold->value());
    QDialog::accept();
}

} // namespace open211
