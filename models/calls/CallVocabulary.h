// The coded answers of the call record (AIRS minimum data for inquirers): contact types, how
// the caller heard of 211, age groups, genders, reasons a need went unmet, dispositions and
// conversation languages. Codes are stored; labels are translated when shown.
#pragma once

#include <QCoreApplication>
#include <QList>
#include <QString>

namespace open211 {

struct VocabularyItem
{
    QString code;
    QString label;
};

class CallVocabulary
{
    Q_DECLARE_TR_FUNCTIONS(open211::CallVocabulary)
public:
    static QList<VocabularyItem> contactTypes();
    static QList<VocabularyItem> heardAbout();
    static QList<VocabularyItem> ageGroups();
    static QList<VocabularyItem> genders();
    static QList<VocabularyItem> unmetReasons();
    static QList<VocabularyItem> dispositions();
    static QList<VocabularyItem> languages(); // the conversation's language, most asked first

    // The label of a code in a list, or the code itself when unknown.
    static QString label(const QList<VocabularyItem>& items, const QString& code);
};

} // namespace open211
