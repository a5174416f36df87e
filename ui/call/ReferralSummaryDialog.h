// The referrals of the call as a summary for the caller, in English or French whatever the
// screens are in: to read aloud, copy, print or paste into an e-mail.
#pragma once

#include "calls/Call.h"

#include <QDialog>

class QComboBox;
class QTextBrowser;
class QTranslator;

namespace open211 {

class Database;

class ReferralSummaryDialog : public QDialog
{
    Q_OBJECT
public:
    ReferralSummaryDialog(Database& db, const Call& call, QWidget* parent = nullptr);
    ~ReferralSummaryDialog() override;

    void setSummaryLanguage(const QString& language);
    QString summaryText() const;
    QTextBrowser* browser() const { return m_view; }

public slots:
    void copy();
    void print();

private:
    void render();

    Call m_call;
    QList<struct ServiceDetail> m_details;
    QComboBox* m_language;
    QTextBrowser* m_view;
    QTranslator* m_french;
};

} // namespace open211
