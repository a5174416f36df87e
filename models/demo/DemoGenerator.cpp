#include "demo/DemoGenerator.h"
#include "demo/DemoRng.h"

#include "geo/Gazetteer.h"
#include "import/TaxonomyImport.h"
#include "store/Database.h"
#include "store/ResourceStore.h"

#include <QUuid>
#include <cmath>

namespace open211 {

using namespace hsds;

namespace {

struct Bilingual
{
    QString en;
    QString fr;
};

// French elision before a vowel or mute h: "de Ottawa" -> "d'Ottawa".
QString de(const QString& place)
{
    static const QString vowels = QStringLiteral("AEIOUYHÉÈÊÎÔaeiouyhéèêîô");
    return (!place.isEmpty() && vowels.contains(place.at(0)) ? QStringLiteral("d’") : QStringLiteral("de ")) + place;
}

struct OrgTemplate
{
    const char* focus; // taxonomy branches its services come from, separated by spaces
    const char* en; // %1 = place
    const char* fr; // %1 = "de Place" / "d'Place"
    bool divisionWide;
};

const OrgTemplate OrgTemplates[] = {
    {"BD", "%1 Community Food Bank", "Banque alimentaire communautaire %1", false},
    {"BH BM", "%1 Emergency Shelter Network", "Réseau d’hébergement d’urgence %1", false},
    {"BH BV", "%1 Housing Help Centre", "Centre d’aide au logement %1", true},
    {"BD-5000 BT LE", "%1 Meals on Wheels", "Popote roulante %1", false},
    {"DD DM DT", "%1 Credit Counselling Service", "Service de conseil en crédit %1", true},
    {"FT FN FJ", "%1 Community Legal Clinic", "Clinique juridique communautaire %1", true},
    {"FF", "%1 Victim Services", "Services aux victimes %1", true},
    {"HH HL", "%1 Literacy Council", "Conseil d’alphabétisation %1", false},
    {"HD HH", "%1 Adult Learning Centre", "Centre d’apprentissage pour adultes %1", false},
    {"JP JR JD", "%1 Public Health Unit", "Bureau de santé publique %1", true},
    {"LD LN LH LJ LT", "%1 Community Health Centre", "Centre de santé communautaire %1", false},
    {"LE LT", "%1 Home and Community Care", "Soins à domicile et en milieu communautaire %1", true},
    {"ND", "%1 Employment Resource Centre", "Centre de ressources en emploi %1", false},
    {"NL NS NT", "%1 Social Services", "Services sociaux %1", true},
    {"PH PL", "Family Services %1", "Services à la famille %1", true},
    {"PH PL PX", "%1 Seniors’ Centre", "Centre pour aînés %1", false},
    {"FF BH PH", "%1 Women’s Shelter", "Maison d’hébergement pour femmes %1", false},
    {"PL PH RP", "%1 Youth Services", "Services à la jeunesse %1", false},
    {"RR RP", "%1 Mental Health Association", "Association de santé mentale %1", true},
    {"RX", "%1 Addiction Services", "Services en toxicomanie %1", false},
    {"RP", "%1 Distress Centre", "Centre de détresse %1", true},
    {"PX TC TD", "%1 Volunteer Centre", "Centre de bénévolat %1", false},
    {"TC TE PN", "%1 Multicultural Council", "Conseil multiculturel %1", false},
    {"TJ PN HH", "%1 Newcomer Settlement Services", "Services d’établissement des nouveaux arrivants %1", true},
};

const Bilingual Populations[] = {
    {QStringLiteral("Youth"), QStringLiteral("jeunes")},
    {QStringLiteral("Seniors"), QStringLiteral("aînés")},
    {QStringLiteral("Newcomers"), QStringLiteral("nouveaux arrivants")},
    {QStringLiteral("Families"), QStringLiteral("familles")},
    {QStringLiteral("Women"), QStringLiteral("femmes")},
    {QStringLiteral("Indigenous Peoples"), QStringLiteral("peuples autochtones")},
    {QStringLiteral("Francophones"), QStringLiteral("francophones")},
};

const char* const Streets[]
    = {"King Street",    "Queen Street",   "Main Street",       "Church Street",  "Victoria Avenue",
       "Dundas Street",  "Elgin Street",   "Wellington Street", "Albert Street",  "Bay Street",
       "Simcoe Street",  "Brock Street",   "Water Street",      "Ontario Street", "College Avenue",
       "Park Road",      "Lakeshore Road", "Riverside Drive",   "Front Street",   "George Street",
       "Rue Principale", "Rue Champlain",  "Maple Avenue",      "Oak Street",     "Pine Street"};

struct LanguageInfo
{
    const char* code;
    const char* name;
};
const LanguageInfo OtherLanguages[] = {{"ar", "Arabic"},
                                       {"zh", "Chinese"},
                                       {"pa", "Punjabi"},
                                       {"es", "Spanish"},
                                       {"tl", "Tagalog"},
                                       {"pt", "Portuguese"},
                                       {"it", "Italian"},
                                       {"so", "Somali"},
                                       {"ta", "Tamil"},
                                       {"ur", "Urdu"},
                                       {"oj", "Ojibwe"},
                                       {"cr", "Cree"},
                                       {"fa", "Persian"},
                                       {"uk", "Ukrainian"},
                                       {"vi", "Vietnamese"},
                                       {"ko", "Korean"}};

struct Hours
{
    const char* byday;
    const char* opens;
    const char* closes;
    const char* en;
    const char* fr;
};
// Weekly patterns, several per schedule set; overnight spans close the next morning.
const QList<QList<Hours>> HourSets = {
    {{"MO,TU,WE,TH,FR", "09:00", "17:00", "Weekdays 9 am to 5 pm", "En semaine de 9 h à 17 h"}},
    {{"MO,TU,WE,TH,FR", "08:30", "16:30", "Weekdays 8:30 am to 4:30 pm", "En semaine de 8 h 30 à 16 h 30"}},
    {{"MO,TU,WE,TH", "09:00", "20:00", "Monday to Thursday 9 am to 8 pm", "Du lundi au jeudi de 9 h à 20 h"},
     {"FR", "09:00", "16:00", "Friday 9 am to 4 pm", "Le vendredi de 9 h à 16 h"}},
    {{"MO,TU,WE,TH,FR", "10:00", "16:00", "Weekdays 10 am to 4 pm", "En semaine de 10 h à 16 h"},
     {"SA", "10:00", "14:00", "Saturday 10 am to 2 pm", "Le samedi de 10 h à 14 h"}},
    {{"SA,SU", "10:00", "16:00", "Weekends 10 am to 4 pm", "Les fins de semaine de 10 h à 16 h"}},
    {{"TU,TH", "13:00", "16:00", "Tuesday and Thursday 1 pm to 4 pm", "Le mardi et le jeudi de 13 h à 16 h"}},
    {{"MO,WE,FR", "11:30", "13:30", "Lunch Monday, Wednesday, Friday", "Dîner les lundis, mercredis et vendredis"}},
    {{"MO,TU,WE,TH,FR,SA,SU", "00:00", "24:00", "Open 24 hours, every day", "Ouvert 24 heures sur 24, tous les jours"}},
    {{"MO,TU,WE,TH,FR,SA,SU", "19:00", "07:00", "Overnight, 7 pm to 7 am", "La nuit, de 19 h à 7 h"}},
    {{"FR,SA",
      "22:00",
      "03:00",
      "Friday and Saturday nights 10 pm to 3 am",
      "Les vendredis et samedis soir de 22 h à 3 h"}},
    {{"MO,TU,WE,TH,FR", "17:00", "21:00", "Weekday evenings 5 pm to 9 pm", "En semaine le soir de 17 h à 21 h"}},
};

const Bilingual Documents[] = {
    {QStringLiteral("Ontario health card"), QStringLiteral("Carte Santé de l’Ontario")},
    {QStringLiteral("Photo identification"), QStringLiteral("Pièce d’identité avec photo")},
    {QStringLiteral("Proof of income"), QStringLiteral("Preuve de revenu")},
    {QStringLiteral("Proof of address"), QStringLiteral("Preuve d’adresse")},
    {QStringLiteral("Social Insurance Number"), QStringLiteral("Numéro d’assurance sociale")},
};

QStringList areaCodes(const QString& region)
{
    if (region == QLatin1String("Toronto"))
        return {QStringLiteral("416"), QStringLiteral("647"), QStringLiteral("437")};
    if (region == QLatin1String("Eastern"))
        return {QStringLiteral("613"), QStringLiteral("343")};
    if (region == QLatin1String("Southwestern"))
        return {QStringLiteral("519"), QStringLiteral("226"), QStringLiteral("548")};
    if (region == QLatin1String("Northeastern"))
        return {QStringLiteral("705"), QStringLiteral("249")};
    if (region == QLatin1String("Northwestern"))
        return {QStringLiteral("807")};
    return {QStringLiteral("905"), QStringLiteral("289"), QStringLiteral("365")};
}

QString slug(const QString& s)
{
    QString out;
    for (const QChar c : Gazetteer::fold(s)) {
        if (c.isLetterOrNumber())
            out.append(c);
        else if (!out.endsWith(u'-'))
            out.append(u'-');
    }
    return out.left(40);
}

class Generator
{
public:
    Generator(const DemoOptions& o, ImportBatch& batch, QList<TaxonomyTerm> terms)
        : m_opt(o)
        , m_rng(o.seed)
        , m_batch(batch)
        , m_gaz(Gazetteer::ontario())
    {
        for (const auto& t : terms) {
            if (t.depth() >= 3 && !t.code.startsWith(u'Y'))
                m_serviceTerms.append(t);
            if (t.code.startsWith(QLatin1String("Y")) && t.depth() >= 3)
                m_populations.append(t);
            m_byBranch[t.code.left(2)].append(t);
        }
        // Larger places get more organizations (square root keeps small towns in the picture).
        double total = 0;
        for (const auto& m : m_gaz.municipalities()) {
            total += std::sqrt(double(std::max(m.population, 500)));
            m_cumulative.append(total);
        }
        m_base = QDateTime(QDate(2026, 11, 1), QTime(12, 0), Qt::UTC);
    }

    Status run()
    {
        if (m_gaz.municipalities().isEmpty())
            return Error{Import::tr("The embedded gazetteer is missing from this build.")};
        if (m_serviceTerms.isEmpty())
            return Error{Import::tr("The taxonomy has no terms to index demo services with.")};
        const int orgCount = std::max(1, m_opt.services / 4);
        int made = 0;
        for (int o = 0; o < orgCount; ++o) {
            // Spread the services: every organization gets at least one, the rest at random.
            const int remainingOrgs = orgCount - o;
            const int remaining = m_opt.services - made;
            int n = remainingOrgs == 1 ? remaining : std::min(remaining - (remainingOrgs - 1), m_rng.between(1, 7));
            if (auto st = organization(o, n); !st)
                return st;
            made += n;
        }
        return {};
    }

private:
    QString uuid(const char* kind, qint64 n) const
    {
        static const QUuid ns(QStringLiteral("{6f0a2b1e-2110-4c1e-9a11-0211d3e0a211}"));
        return QUuid::createUuidV5(ns, QStringLiteral("%1:%2:%3").arg(m_opt.seed).arg(QLatin1String(kind)).arg(n))
            .toString(QUuid::WithoutBraces);
    }

    const Municipality& pickMunicipality()
    {
        const double x = m_rng.unit() * m_cumulative.last();
        const auto it = std::lower_bound(m_cumulative.begin(), m_cumulative.end(), x);
        return m_gaz
            .municipalities()[std::min<qsizetype>(it - m_cumulative.begin(), m_gaz.municipalities().size() - 1)];
    }

    QString timestamp(int maxDaysBack)
    {
        return m_base.addSecs(-qint64(m_rng.below(maxDaysBack * 24)) * 3600).toString(Qt::ISODate);
    }

    QString phoneNumber(const Municipality& m)
    {
        // 555-01xx numbers are reserved for fiction: realistic, never someone's line.
        return QStringLiteral("%1-555-01%2")
            .arg(m_rng.pick(areaCodes(m.region)))
            .arg(m_rng.below(100), 2, 10, QChar(u'0'));
    }

    QString postalCode(const Municipality& m)
    {
        const QString fsa = m.fsas.isEmpty() ? QStringLiteral("K0A") : m_rng.pick(m.fsas);
        static const QString letters = QStringLiteral("ABCEGHJKLMNPRSTVWXYZ");
        return QStringLiteral("%1 %2%3%4")
            .arg(fsa)
            .arg(m_rng.below(10))
            .arg(letters.at(m_rng.below(int(letters.size()))))
            .arg(m_rng.below(10));
    }

    template <typename... Pairs>
    ImportRow row(Table t, const QString& source, const QString& modified, Pairs&&... pairs)
    {
        const TableInfo& ti = info(t);
        ImportRow r;
        r.values = QVariantList(ti.fields.size());
        (setField(ti, r, pairs.first, pairs.second), ...);
        r.lastModified = modified;
        r.source = source;
        return r;
    }
    static void setField(const TableInfo& ti, ImportRow& r, const char* field, const QVariant& v)
    {
        const int i = ti.fieldIndex(QString::fromLatin1(field));
        Q_ASSERT(i >= 0);
        r.values[i] = (v.typeId() == QMetaType::QString && v.toString().isEmpty()) ? QVariant() : v;
    }
    using P = std::pair<const char*, QVariant>;

    Status add(Table t, ImportRow r) { return m_batch.add(t, std::move(r)); }

    Status organization(int index, int serviceCount)
    {
        const Municipality& home = pickMunicipality();
        const OrgTemplate& tpl = OrgTemplates[m_rng.below(int(std::size(OrgTemplates)))];
        const QString place = tpl.divisionWide && home.division != home.name ? home.division : home.name;
        const QString placeFr = tpl.divisionWide && home.division != home.name ? home.divisionFr : home.nameFr;
        const QString orgId = uuid("org", index);
        const QString modified = timestamp(400);
        const QString nameEn = QString::fromUtf8(tpl.en).arg(place);
        const QString nameFr = QString::fromUtf8(tpl.fr).arg(de(placeFr));
        const QString site = QStringLiteral("https://www.%1.example.org").arg(slug(nameEn));
        const QString source = QStringLiteral("demo organization %1").arg(index);

        if (auto st
            = add(Table::Organization,
                  row(Table::Organization,
                      source,
                      modified,
                      P{"id", orgId},
                      P{"name", nameEn},
                      P{"name_fr", nameFr},
                      P{"description",
                        QStringLiteral("%1 is a non-profit organization serving %2 and the surrounding area.")
                            .arg(nameEn, place)},
                      P{"description_fr",
                        QStringLiteral(
                            "%1 est un organisme sans but lucratif au service de la population de %2 et des environs.")
                            .arg(nameFr, placeFr)},
                      P{"email", QStringLiteral("info@%1.example.org").arg(slug(nameEn))},
                      P{"website", site},
                      P{"legal_status", QStringLiteral("Non-profit")},
                      P{"year_incorporated", qint64(m_rng.between(1950, 2020))}));
            !st)
            return st;

        // One to three sites: the main office and branches in nearby places of the same region.
        QList<QPair<QString, const Municipality*>> locations;
        // Never more sites than services: every site listed delivers something.
        const int locationCount
            = std::min(serviceCount, 1 + (m_rng.chance(0.35) ? 1 : 0) + (m_rng.chance(0.1) ? 1 : 0));
        for (int l = 0; l < locationCount; ++l) {
            const Municipality* m = &home;
            if (l > 0) {
                for (int tries = 0; tries < 20; ++tries) {
                    const Municipality& c = pickMunicipality();
                    if (c.region == home.region
                        && distanceKm(c.latitude, c.longitude, home.latitude, home.longitude) < 150) {
                        m = &c;
                        break;
                    }
                }
            }
            const QString locId = uuid("loc", qint64(index) * 4 + l);
            if (auto st = location(
                    locId, orgId, l == 0 ? nameEn : QStringLiteral("%1 – %2").arg(nameEn, m->name), *m, modified);
                !st)
                return st;
            locations.append({locId, m});
        }
        if (m_rng.chance(0.5)) {
            if (auto st = add(Table::Phone,
                              row(Table::Phone,
                                  source,
                                  modified,
                                  P{"id", uuid("orgphone", index)},
                                  P{"organization_id", orgId},
                                  P{"number", phoneNumber(home)},
                                  P{"type", QStringLiteral("voice")},
                                  P{"description", QStringLiteral("Main office")}));
                !st)
                return st;
        }
        for (int s = 0; s < serviceCount; ++s) {
            if (auto st = service(orgId, nameEn, nameFr, pool(tpl.focus), home, locations, s, modified); !st)
                return st;
        }
        return {};
    }

    Status location(
        const QString& id, const QString& orgId, const QString& name, const Municipality& m, const QString& modified)
    {
        // Scatter sites around the town centre: wider for bigger places.
        const double spreadKm = std::clamp(std::sqrt(double(m.population)) / 60.0, 0.5, 12.0);
        const double r = spreadKm * std::sqrt(m_rng.unit()), a = m_rng.unit() * 2 * M_PI;
        const double lat = m.latitude + (r * std::cos(a)) / 111.0;
        const double lon = m.longitude + (r * std::sin(a)) / (111.0 * std::cos(m.latitude * M_PI / 180));
        const QString source = QStringLiteral("demo location %1").arg(id);
        if (auto st = add(Table::Location,
                          row(Table::Location,
                              source,
                              modified,
                              P{"id", id},
                              P{"location_type", QStringLiteral("physical")},
                              P{"organization_id", orgId},
                              P{"name", name},
                              P{"latitude", std::round(lat * 1e6) / 1e6},
                              P{"longitude", std::round(lon * 1e6) / 1e6},
                              P{"transportation",
                                m.population > 50000 ? QStringLiteral("On a public transit route") : QString()}));
            !st)
            return st;
        const QString street = QStringLiteral("%1 %2")
                                   .arg(m_rng.between(1, 2400))
                                   .arg(QLatin1String(Streets[m_rng.below(int(std::size(Streets)))]));
        if (auto st
            = add(Table::Address,
                  row(Table::Address,
                      source,
                      modified,
                      P{"id", id + QStringLiteral("-a")},
                      P{"location_id", id},
                      P{"address_1", street},
                      P{"address_2",
                        m_rng.chance(0.2) ? QStringLiteral("Suite %1").arg(m_rng.between(100, 450)) : QString()},
                      P{"city", m.name},
                      P{"region", m.division},
                      P{"state_province", QStringLiteral("ON")},
                      P{"postal_code", postalCode(m)},
                      P{"country", QStringLiteral("CA")},
                      P{"address_type", QStringLiteral("physical")}));
            !st)
            return st;
        if (auto st = add(Table::Phone,
                          row(Table::Phone,
                              source,
                              modified,
                              P{"id", id + QStringLiteral("-p")},
                              P{"location_id", id},
                              P{"number", phoneNumber(m)},
                              P{"type", QStringLiteral("voice")},
                              P{"description", QStringLiteral("Reception")}));
            !st)
            return st;
        if (m_rng.chance(0.65)) {
            if (auto st
                = add(Table::Accessibility,
                      row(Table::Accessibility,
                          source,
                          modified,
                          P{"id", id + QStringLiteral("-x")},
                          P{"location_id", id},
                          P{"description", QStringLiteral("Wheelchair accessible")},
                          P{"details",
                            m_rng.chance(0.5) ? QStringLiteral("Ramp at the main entrance; accessible washroom.")
                                              : QStringLiteral("Automatic doors and elevator to all floors.")}));
                !st)
                return st;
        }
        return {};
    }

    // The terms an organization's services are indexed with: its focus branches, or any term.
    const QList<TaxonomyTerm>& pool(const char* focus)
    {
        const QString key = QString::fromLatin1(focus);
        auto it = m_byFocus.find(key);
        if (it == m_byFocus.end()) {
            QList<TaxonomyTerm> terms;
            for (const auto& t : m_serviceTerms) {
                for (const QString& prefix : key.split(u' ')) {
                    if (t.code.startsWith(prefix) && t.code != prefix) {
                        terms.append(t);
                        break;
                    }
                }
            }
            it = m_byFocus.insert(key, terms.isEmpty() ? m_serviceTerms : terms);
        }
        return *it;
    }

    Status service(const QString& orgId,
                   const QString& orgName,
                   const QString& orgNameFr,
                   const QList<TaxonomyTerm>& pool,
                   const Municipality& home,
                   const QList<QPair<QString, const Municipality*>>& locations,
                   int ordinal,
                   const QString& orgModified)
    {
        const qint64 n = m_serviceIndex++;
        const QString id = uuid("svc", n);
        const QString source = QStringLiteral("demo service %1").arg(n);
        const TaxonomyTerm& term = m_rng.pick(pool);
        const QString modified = std::max(orgModified, timestamp(500));
        const QString assured
            = QDateTime::fromString(modified, Qt::ISODate).addDays(-m_rng.below(300)).date().toString(Qt::ISODate);

        // Who it is for, and the name that says so.
        const int style = m_rng.below(10);
        const Bilingual* population = style >= 7 ? &Populations[m_rng.below(int(std::size(Populations)))] : nullptr;
        QString nameEn = term.name, nameFr = term.nameFr.isEmpty() ? term.name : term.nameFr;
        if (population) {
            nameEn = QStringLiteral("%1 for %2").arg(term.name, population->en);
            nameFr = QStringLiteral("%1 pour %2").arg(nameFr, population->fr);
        } else if (style >= 4) {
            nameEn = QStringLiteral("%1 – %2").arg(term.name, home.name);
            nameFr = QStringLiteral("%1 – %2").arg(nameFr, home.nameFr);
        }
        QVariant minAge, maxAge;
        QString eligibility = QStringLiteral("Open to anyone in the service area.");
        if (population && population->en == QLatin1String("Youth")) {
            minAge = 12.0, maxAge = 24.0;
            eligibility = QStringLiteral("Young people aged 12 to 24.");
        } else if (population && population->en == QLatin1String("Seniors")) {
            minAge = 55.0;
            eligibility = QStringLiteral("Adults aged 55 and over.");
        } else if (m_rng.chance(0.15)) {
            minAge = 18.0;
            eligibility = QStringLiteral("Adults 18 and over.");
        } else if (m_rng.chance(0.08)) {
            minAge = 0.0, maxAge = 12.0;
            eligibility = QStringLiteral("Children up to 12 years old with a parent or caregiver.");
        }
        const int fee = m_rng.below(10);
        const QString feesEn = fee < 7 ? QStringLiteral("Free")
            : fee < 9                  ? QStringLiteral("Sliding scale based on income")
                                       : QStringLiteral("Fee for service");
        const QString definition = term.description.isEmpty() ? QString() : u' ' + term.description;
        const QString definitionFr = term.descriptionFr.isEmpty() ? QString() : u' ' + term.descriptionFr;
        const QString status = m_rng.chance(0.96) ? QStringLiteral("active")
            : m_rng.chance(0.5)                   ? QStringLiteral("inactive")
                                                  : QStringLiteral("temporarily closed");

        if (auto st = add(
                Table::Service,
                row(Table::Service,
                    source,
                    modified,
                    P{"id", id},
                    P{"organization_id", orgId},
                    P{"name", nameEn},
                    P{"name_fr", nameFr},
                    P{"description",
                      QStringLiteral("%1 offers %2 in %3.%4").arg(orgName, term.name.toLower(), home.name, definition)},
                    P{"description_fr",
                      QStringLiteral("%1 offre le service suivant à %2 : %3.%4")
                          .arg(orgNameFr,
                               home.nameFr,
                               (term.nameFr.isEmpty() ? term.name : term.nameFr).toLower(),
                               definitionFr)},
                    P{"status", status},
                    P{"eligibility_description", eligibility},
                    P{"minimum_age", minAge},
                    P{"maximum_age", maxAge},
                    P{"fees_description", feesEn},
                    P{"application_process",
                      m_rng.chance(0.5) ? QStringLiteral("Call to make an appointment.")
                                        : QStringLiteral("Walk in during opening hours.")},
                    P{"interpretation_services",
                      m_rng.chance(0.3) ? QStringLiteral("Interpreters can be arranged on request.") : QString()},
                    P{"assured_date", assured},
                    P{"url", QStringLiteral("https://www.%1.example.org/%2").arg(slug(orgName), slug(term.name))}));
            !st)
            return st;

        // Where it is delivered.
        const int sites = std::min<int>(int(locations.size()), m_rng.chance(0.3) ? 2 : 1);
        for (int i = 0; i < sites; ++i) {
            const auto& locId = locations[(i + ordinal) % locations.size()].first;
            if (auto st = add(Table::ServiceAtLocation,
                              row(Table::ServiceAtLocation,
                                  source,
                                  modified,
                                  P{"id", QStringLiteral("%1-%2").arg(id).arg(i)},
                                  P{"service_id", id},
                                  P{"location_id", locId}));
                !st)
                return st;
        }
        // When it is open.
        const auto& hours = m_rng.pick(HourSets);
        for (int h = 0; h < hours.size(); ++h) {
            if (auto st = add(Table::Schedule,
                              row(Table::Schedule,
                                  source,
                                  modified,
                                  P{"id", QStringLiteral("%1-h%2").arg(id).arg(h)},
                                  P{"service_id", id},
                                  P{"freq", QStringLiteral("WEEKLY")},
                                  P{"wkst", QStringLiteral("MO")},
                                  P{"byday", QString::fromLatin1(hours[h].byday)},
                                  P{"opens_at", QString::fromLatin1(hours[h].opens)},
                                  P{"closes_at", QString::fromLatin1(hours[h].closes)},
                                  P{"description", QString::fromUtf8(hours[h].en)},
                                  P{"notes", QString::fromUtf8(hours[h].fr)}));
                !st)
                return st;
        }
        // Languages: English everywhere, French often (more in the east and north), others sometimes.
        QList<QPair<QString, QString>> langs{{QStringLiteral("en"), QStringLiteral("English")}};
        const bool frenchRegion
            = home.region == QLatin1String("Eastern") || home.region == QLatin1String("Northeastern");
        if (m_rng.chance(frenchRegion ? 0.7 : 0.25) || (population && population->en == QLatin1String("Francophones")))
            langs.append({QStringLiteral("fr"), QStringLiteral("French")});
        const int others = m_rng.chance(0.35) ? m_rng.between(1, 3) : 0;
        for (int i = 0; i < others; ++i) {
            const auto& l = OtherLanguages[m_rng.below(int(std::size(OtherLanguages)))];
            const QPair<QString, QString> p{QString::fromLatin1(l.code), QString::fromLatin1(l.name)};
            if (!langs.contains(p))
                langs.append(p);
        }
        for (int i = 0; i < langs.size(); ++i) {
            if (auto st = add(Table::Language,
                              row(Table::Language,
                                  source,
                                  modified,
                                  P{"id", QStringLiteral("%1-l%2").arg(id).arg(i)},
                                  P{"service_id", id},
                                  P{"code", langs[i].first},
                                  P{"name", langs[i].second}));
                !st)
                return st;
        }
        // Where callers may come from.
        const int areaKind = m_rng.below(20);
        QString areaName = home.name, areaType = QStringLiteral("municipality");
        if (areaKind >= 19) {
            areaName = QStringLiteral("Ontario"), areaType = QStringLiteral("province");
        } else if (areaKind >= 16) {
            areaName = home.region, areaType = QStringLiteral("region");
        } else if (areaKind >= 11) {
            areaName = home.division, areaType = QStringLiteral("census_division");
        }
        if (auto st = add(Table::ServiceArea,
                          row(Table::ServiceArea,
                              source,
                              modified,
                              P{"id", id + QStringLiteral("-area")},
                              P{"service_id", id},
                              P{"name", areaName},
                              P{"extent_type", areaType},
                              P{"description", QStringLiteral("Serves %1").arg(areaName)}));
            !st)
            return st;
        // What it costs.
        if (auto st = add(Table::CostOption,
                          row(Table::CostOption,
                              source,
                              modified,
                              P{"id", id + QStringLiteral("-cost")},
                              P{"service_id", id},
                              P{"option", feesEn},
                              P{"currency", QStringLiteral("CAD")},
                              P{"amount",
                                fee < 7       ? 0.0
                                    : fee < 9 ? 10.0
                                              : double(m_rng.between(2, 12) * 5)},
                              P{"amount_description", fee < 7 ? QStringLiteral("No cost") : QString()}));
            !st)
            return st;
        if (m_rng.chance(0.3)) {
            const auto& d = Documents[m_rng.below(int(std::size(Documents)))];
            if (auto st = add(Table::RequiredDocument,
                              row(Table::RequiredDocument,
                                  source,
                                  modified,
                                  P{"id", id + QStringLiteral("-doc")},
                                  P{"service_id", id},
                                  P{"document", d.en}));
                !st)
                return st;
        }
        if (m_rng.chance(0.6)) {
            if (auto st
                = add(Table::Phone,
                      row(Table::Phone,
                          source,
                          modified,
                          P{"id", id + QStringLiteral("-ph")},
                          P{"service_id", id},
                          P{"number", phoneNumber(home)},
                          P{"extension", m_rng.chance(0.3) ? QVariant(qint64(m_rng.between(100, 399))) : QVariant()},
                          P{"type", QStringLiteral("voice")},
                          P{"description", QStringLiteral("Intake")}));
                !st)
                return st;
        }
        // Taxonomy: the primary term, sometimes a sibling term and a target population.
        QList<QString> termIds{term.id};
        const auto& branch = m_byBranch[term.code.left(2)];
        if (m_rng.chance(0.5) && branch.size() > 1) {
            const auto& other = m_rng.pick(branch);
            if (other.depth() >= 3 && !termIds.contains(other.id))
                termIds.append(other.id);
        }
        if (m_rng.chance(0.25) && m_populations.size() > 0) {
            const auto& p = m_rng.pick(m_populations);
            if (!termIds.contains(p.id))
                termIds.append(p.id);
        }
        if (m_rng.chance(0.15)) {
            const auto& extra = m_rng.pick(pool);
            if (!termIds.contains(extra.id))
                termIds.append(extra.id);
        }
        for (int i = 0; i < termIds.size(); ++i) {
            if (auto st = add(Table::Attribute,
                              row(Table::Attribute,
                                  source,
                                  modified,
                                  P{"id", QStringLiteral("%1-t%2").arg(id).arg(i)},
                                  P{"link_id", id},
                                  P{"link_entity", QStringLiteral("service")},
                                  P{"link_type", QStringLiteral("taxonomy")},
                                  P{"taxonomy_term_id", termIds[i]}));
                !st)
                return st;
        }
        return {};
    }

    DemoOptions m_opt;
    DemoRng m_rng;
    ImportBatch& m_batch;
    const Gazetteer& m_gaz;
    QList<TaxonomyTerm> m_serviceTerms;
    QHash<QString, QList<TaxonomyTerm>> m_byFocus;
    QHash<QString, QList<TaxonomyTerm>> m_byBranch;
    QList<TaxonomyTerm> m_populations;
    QList<double> m_cumulative;
    QDateTime m_base;
    qint64 m_serviceIndex = 0;
};

} // namespace

Status DemoGenerator::fill(Database& db, const DemoOptions& options, ImportBatch& batch)
{
    if (options.services < 1 || options.services > 1000000)
        return Error{Import::tr("The number of demo services must be between 1 and 1,000,000.")};
    auto terms = ResourceStore(db).taxonomyTerms();
    if (!terms)
        return Error{terms.error()};
    // Keep the order of terms stable whatever else is stored: demo terms only.
    QList<TaxonomyTerm> demo;
    for (const auto& t : *terms) {
        if (t.taxonomyId == demoTaxonomyInfo().id)
            demo.append(t);
    }
    Generator g(options, batch, demo.isEmpty() ? *terms : demo);
    return g.run();
}

Result<ImportSummary> DemoGenerator::generate(Database& db, const DemoOptions& options, const ProgressFn& progress)
{
    auto counts = ResourceStore(db).counts();
    if (!counts)
        return Error{counts.error()};
    {
        // (Re)load the demo taxonomy so the terms the generator uses exist.
        auto loaded = importDemoTaxonomy(db);
        if (!loaded)
            return Error{loaded.error()};
    }
    ImportBatch batch;
    if (auto st = fill(db, options, batch); !st)
        return Error{st.error()};
    return std::move(batch).writeAndRelease(db, progress);
}

} // namespace open211
