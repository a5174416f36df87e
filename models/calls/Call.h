// A call in progress or ended: the AIRS contact record of one inquiry, its needs (taxonomy
// terms, met or unmet), the referrals given and an optional follow-up. A value edited in memory
// by the call screen and persisted by CallStore; no widget holds call state of its own.
#pragma once

#include <QDateTime>
#include <QList>
#include <QMetaType>
#include <QString>
#include <QStringList>
#include <optional>

namespace open211 {

struct CallerNeed
{
    QString id;
    QString taxonomyTermId;
    QString termCode;
    QString termName; // in the language the specialist saw it, for history and reports
    std::optional<bool> met; // empty: not yet decided
    QString unmetReason; // a code of CallVocabulary::unmetReasons(), when unmet
    QString note;
    bool operator==(const CallerNeed&) const = default;
};

struct Referral
{
    QString id;
    QString needId; // the need it answers, when known
    QString serviceId;
    QString locationId;
    QString serviceAtLocationId;
    QString serviceName;
    QString organizationName;
    QDateTime createdAt;
    bool operator==(const Referral&) const = default;
};

struct FollowUp
{
    QString id;
    QDateTime dueAt;
    bool consent = false;
    QString state = QStringLiteral("due"); // due, done, cancelled
    QDateTime doneAt;
    QString doneBy;
    QString outcome;
    bool operator==(const FollowUp&) const = default;
};

struct Call
{
    QString id;
    QDateTime startedAt;
    QDateTime endedAt;
    QString specialist;
    QString contactType; // codes: see CallVocabulary
    QString heardAbout;
    QString municipality;
    QString postalCode;
    std::optional<double> latitude;
    std::optional<double> longitude;
    QString ageGroup;
    QString gender;
    QString language; // ISO 639 code of the conversation, e.g. "en", "fr", "es"
    bool interpreterUsed = false;
    bool thirdParty = false;
    bool consentRecorded = false; // the caller agreed to their name and phone being kept
    QString callerName;
    QString callerPhone;
    QString notes;
    QString disposition;
    // Name, phone or notes were sealed with a key this session does not hold: those fields hold
    // the sealed text, shown as locked and written back unchanged (CallerKeys).
    bool detailsLocked = false;
    QString state = QStringLiteral("open"); // open, ended
    QDateTime updatedAt;
    qint64 version = 1;
    QList<CallerNeed> needs;
    QList<Referral> referrals;
    std::optional<FollowUp> followUp;

    bool isOpen() const { return state == QLatin1String("open"); }
    bool operator==(const Call&) const = default;
};

// One line of the call history.
struct CallSummary
{
    QString id;
    QDateTime startedAt;
    QDateTime endedAt;
    QString specialist;
    QString municipality;
    QStringList needs; // term names
    int unmetNeeds = 0;
    int referrals = 0;
    QDateTime followUpDue; // invalid: none
    QString followUpState;
    QString disposition;
    QString state;
};

// What the call history is filtered by; empty fields do not filter.
struct CallQuery
{
    QDate from; // calls started on or after this day (local time)
    QDate to; // ... and on or before this day
    QString specialist;
    QString need; // words of a need's name, or a taxonomy code prefix
    bool followUpDue = false; // only calls with a follow-up still due
    int limit = 500;
};

} // namespace open211

Q_DECLARE_METATYPE(open211::Call)
