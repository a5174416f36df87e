// Settings: the interface language (switched at once, no restart), the specialist's name on
// calls, and the hub's address.
#pragma once

#include <QDialog>

class QComboBox;
class QLineEdit;

namespace open211 {

class SettingsDialog : public QDialog
{
    Q_OBJECT
public:
    explicit SettingsDialog(QWidget* parent = nullptr);
    QComboBox* languageBox() const { return m_language; }

    void accept() override;

private:
    QComboBox* m_language;
    QLineEdit* m_specialist;
    QLineEdit* m_hub;
};

} // namespace open211
