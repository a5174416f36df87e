#include "calls/CallVocabulary.h"

#include <QLocale>

namespace open211 {

QList<VocabularyItem> CallVocabulary::contactTypes()
{
    return {
        {QStringLiteral("information"), tr("Information")},
        {QStringLiteral("referral"), tr("Referral")},
        {QStringLiteral("advocacy"), tr("Advocacy")},
        {QStringLiteral("crisis"), tr("Crisis")},
        {QStringLiteral("follow_up"), tr("Follow-up")},
        {QStringLiteral("complaint"), tr("Complaint or feedback")},
        {QStringLiteral("other"), tr("Other")},
    };
}

QList<VocabularyItem> CallVocabulary::heardAbout()
{
    return {
        {QStringLiteral("previous_call"), tr("Called before")},
        {QStringLiteral("family_friend"), tr("Family or friend")},
        {QStringLiteral("agency"), tr("An agency or professional")},
        {QStringLiteral("internet"), tr("Internet search or website")},
        {QStringLiteral("social_media"), tr("Social media")},
        {QStringLiteral("advertising"), tr("Advertising or poster")},
        {QStringLiteral("government"), tr("Government office")},
        {QStringLiteral("other"), tr("Other")},
        {QStringLiteral("unknown"), tr("Did not say")},
    };
}

QList<VocabularyItem> CallVocabulary::ageGroups()
{
    return {
        {QStringLiteral("0-17"), tr("Under 18")},
        {QStringLiteral("18-24"), tr("18 to 24")},
        {QStringLiteral("25-44"), tr("25 to 44")},
        {QStringLiteral("45-64"), tr("45 to 64")},
        {QStringLiteral("65+"), tr("65 and over")},
        {QStringLiteral("unknown"), tr("Did not say")},
    };
}

QList<VocabularyItem> CallVocabulary::genders()
{
    return {
        {QStringLiteral("woman"), tr("Woman")},
        {QStringLiteral("man"), tr("Man")},
        {QStringLiteral("non_binary"), tr("Non-binary")},
        {QStringLiteral("other"), tr("Another gender")},
        {QStringLiteral("unknown"), tr("Did not say")},
    };
}

QList<VocabularyItem> CallVocabulary::unmetReasons()
{
    return {
        {QStringLiteral("no_service"), tr("No service exists")},
        {QStringLiteral("not_eligible"), tr("Not eligible")},
        {QStringLiteral("wait_list"), tr("Wait list or service full")},
        {QStringLiteral("cost"), tr("Cost")},
        {QStringLiteral("language"), tr("Language")},
        {QStringLiteral("transportation"), tr("Transportation")},
        {QStringLiteral("hours"), tr("Hours do not suit")},
        {QStringLiteral("declined"), tr("Caller declined")},
        {QStringLiteral("other"), tr("Other")},
    };
}

QList<VocabularyItem> CallVocabulary::dispositions()
{
    return {
        {QStringLiteral("completed"), tr("Completed")},
        {QStringLiteral("transferred"), tr("Transferred")},
        {QStringLiteral("emergency"), tr("Connected to emergency services")},
        {QStringLiteral("disconnected"), tr("Disconnected")},
        {QStringLiteral("hung_up"), tr("Caller hung up")},
        {QStringLiteral("wrong_number"), tr("Wrong number")},
    };
}

QList<VocabularyItem> CallVocabulary::languages()
{
    // Ontario's most asked languages at 211; the name of each in its own language helps when
    // the caller says it.
    static const char* const codes[] = {"en", "fr", "zh", "ar", "es", "pa", "ur", "tl", "pt", "ta",
                                        "fa", "it", "ru", "so", "ti", "uk", "vi", "ko", "hi", "oj"};
    QList<VocabularyItem> items;
    for (const char* code : codes) {
        const QLocale locale{QString::fromLatin1(code)};
        const QString ownName = locale.language() != QLocale::C ? locale.nativeLanguageName() : QString();
        QString label;
        if (qstrcmp(code, "en") == 0)
            label = tr("English");
        else if (qstrcmp(code, "fr") == 0)
            label = tr("French");
        else if (qstrcmp(code, "oj") == 0)
            label = tr("Ojibwe");
        else
            label = ownName.isEmpty() ? QString::fromLatin1(code) : ownName;
        items.append({QString::fromLatin1(code), label});
    }
    items.append({QStringLiteral("other"), tr("Another language")});
    return items;
}

QString CallVocabulary::label(const QList<VocabularyItem>& items, const QString& code)
{
    for (const auto& item : items) {
        if (item.code == code)
            return item.label;
    }
    return code;
}

} // namespace open211
