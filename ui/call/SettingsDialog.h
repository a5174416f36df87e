// Settings: the interface language (switched at once, no restart), the specialist's name on
// calls, and the hub: its address, the CA bundle that vouches for its certificate (empty: the
// system's) and how often to sync; how long callers' details are kept after upload, and after how
// long without use the screen locks. Signing in is a separate step (SignInDialog), offered from here.
#pragma once

#include <QDialog>

class QComboBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QSpinBox;

namespace open211 {

class SettingsDialog : public QDialog
{
    Q_OBJECT
public:
    explicit SettingsDialog(QWidget* parent = nullptr);
    QComboBox* languageBox() const { return m_language; }
    QLineEdit* hubEdit() const { return m_hub; }
    QLineEdit* caBundleEdit() const { return m_caBundle; }
    QSpinBox* intervalBox() const { return m_interval; }
    QSpinBox* retentionBox() const { return m_retention; }
    // Days callers' names, phones and notes are kept after the hub has the call.
    static int retentionDays();
    QSpinBox* lockBox() const { return m_lock; }
    // Minutes without a key or a click before the screen locks (0: never).
    static int lockMinutes();
    static constexpr int DefaultLockMinutes = 15;
    QPushButton* signInButton() const { return m_signIn; }
    QLabel* messageLabel() const { return m_message; }
    // The dialog was closed with "Sign in to the hub…": the settings are saved; sign in next.
    bool signInRequested() const { return m_signInRequested; }

    // The sync interval when none is set, in minutes.
    static constexpr int DefaultIntervalMinutes = 5;

    void accept() override;

private:
    void browseCaBundle();
    // Checks the hub fields; on a problem, says what to fix and puts the cursor there.
    bool validate();

    QComboBox* m_language;
    QLineEdit* m_specialist;
    QLineEdit* m_hub;
    QLineEdit* m_caBundle;
    QPushButton* m_browse;
    QSpinBox* m_interval;
    QSpinBox* m_retention;
    QSpinBox* m_lock;
    QPushButton* m_signIn;
    QLabel* m_message;
    bool m_signInRequested = false;
};

} // namespace open211
