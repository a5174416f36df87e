// Asks how the open-data file is made before it is written: the smallest count it shows (a count
// below it is replaced by "<N", so no small group of callers can be singled out) and the language
// of the category names. Says what the file holds and what it never holds.
#pragma once

#include <QDialog>

class QComboBox;
class QSpinBox;

namespace open211 {

class OpenDataDialog : public QDialog
{
    Q_OBJECT
public:
    static constexpr int DefaultThreshold = 10;

    explicit OpenDataDialog(QWidget* parent = nullptr);

    int threshold() const;
    QString language() const; // "en" or "fr"
    QSpinBox* thresholdBox() const { return m_threshold; }
    QComboBox* languageBox() const { return m_language; }

    // The threshold kept in the settings ("reports/threshold").
    static int savedThreshold();

    void accept() override;

private:
    QSpinBox* m_threshold;
    QComboBox* m_language;
};

} // namespace open211
