#include "call/ReferralSummaryDialog.h"

#include "Resources.h"
#include "calls/CallerSummary.h"
#include "store/ResourceStore.h"

#include <QApplication>
#include <QClipboard>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLocale>
#include <QPrintDialog>
#include <QPrinter>
#include <QPushButton>
#include <QTextBrowser>
#include <QTranslator>
#include <QVBoxLayout>

namespace open211 {

ReferralSummaryDialog::ReferralSummaryDialog(Database& db, const Call& call, QWidget* parent)
    : QDialog(parent)
    , m_call(call)
    , m_language(new QComboBox(this))
    , m_view(new QTextBrowser(this))
    , m_french(new QTranslator(this))
{
    setWindowTitle(tr("Referral summary for the caller"));
    (void)m_french->load(QStringLiteral(":/i18n/open211_fr.qm"));
    ResourceStore store(db);
    for (const Referral& r : call.referrals) {
        if (auto d = store.serviceDetail(r.serviceId); d)
            m_details.append(*d);
    }
    auto* layout = new QVBoxLayout(this);
    auto* row = new QHBoxLayout;
    auto* label = new QLabel(tr("Caller's &language:"), this);
    label->setBuddy(m_language);
    m_language->addItem(QStringLiteral("English"), QStringLiteral("en"));
    m_language->addItem(QStringLiteral("Français"), QStringLiteral("fr"));
    m_language->setAccessibleName(tr("Language of the summary"));
    row->addWidget(label);
    row->addWidget(m_language);
    row->addStretch();
    layout->addLayout(row);
    m_view->setAccessibleName(tr("Referral summary"));
    m_view->setOpenLinks(false);
    layout->addWidget(m_view, 1);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    auto* copyButton = buttons->addButton(tr("&Copy"), QDialogButtonBox::ActionRole);
    auto* printButton = buttons->addButton(tr("&Print…"), QDialogButtonBox::ActionRole);
    copyButton->setToolTip(tr("Copy as text, to paste into an e-mail or a message"));
    connect(copyButton, &QPushButton::clicked, this, &ReferralSummaryDialog::copy);
    connect(printButton, &QPushButton::clicked, this, &ReferralSummaryDialog::print);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    layout->addWidget(buttons);
    // The caller's language first: the call's, when it is English or French.
    setSummaryLanguage(call.language == QLatin1String("fr") ? QStringLiteral("fr") : QStringLiteral("en"));
    connect(m_language, &QComboBox::currentIndexChanged, this, &ReferralSummaryDialog::render);
    resize(680, 620);
    m_language->setFocus();
}

ReferralSummaryDialog::~ReferralSummaryDialog() = default;

void ReferralSummaryDialog::setSummaryLanguage(const QString& language)
{
    m_language->setCurrentIndex(std::max(0, m_language->findData(language)));
    render();
}

void ReferralSummaryDialog::render()
{
    if (m_call.referrals.isEmpty()) {
        m_view->setPlainText(
            tr("No referrals were given in this call yet. Select a result and press Ctrl+R to add one."));
        return;
    }
    m_view->setHtml(CallerSummary::html(m_call.referrals, m_details, m_language->currentData().toString(), m_french));
}

QString ReferralSummaryDialog::summaryText() const
{
    return CallerSummary::text(m_call.referrals, m_details, m_language->currentData().toString(), m_french);
}

void ReferralSummaryDialog::copy()
{
    QApplication::clipboard()->setText(summaryText());
}

void ReferralSummaryDialog::print()
{
    QPrinter printer(QPrinter::HighResolution);
    QPrintDialog dialog(&printer, this);
    if (dialog.exec() == QDialog::Accepted)
        m_view->document()->print(&printer);
}

} // namespace open211
