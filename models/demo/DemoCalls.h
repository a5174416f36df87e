// Calls as a busy 211 centre logs them, made up for the demo, the report screens and the report
// benchmark: spread over a period with the day's rhythm (busy late mornings, quiet nights), from
// municipalities by population, mostly in English and French, with one to three needs drawn from
// the taxonomy, most met, unmet ones with a reason, referrals to the stored services and some
// follow-ups. Ended, and not queued for the hub. The same seed makes the same calls.
#pragma once

#include "Result.h"

#include <QCoreApplication>
#include <QDate>
#include <functional>

namespace open211 {

class Database;

struct DemoCallOptions
{
    int calls = 1000;
    quint64 seed = 211;
    QDate from = QDate::currentDate().addYears(-1);
    QDate to = QDate::currentDate();
};

class DemoCalls
{
    Q_DECLARE_TR_FUNCTIONS(open211::DemoCalls)
public:
    // Needs a taxonomy and some services in the store. `progress` gets the calls written so far.
    static Result<int>
    generate(Database& db, const DemoCallOptions& options, const std::function<void(int)>& progress = {});
};

} // namespace open211
