#include "geo/Gazetteer.h"

#include "import/CsvReader.h"

#include <QFile>
#include <QRegularExpression>
#include <cmath>

namespace open211 {

QString Gazetteer::fold(const QString& name)
{
    const QString decomposed = name.normalized(QString::NormalizationForm_D);
    QString out;
    out.reserve(decomposed.size());
    for (const QChar c : decomposed) {
        if (c.category() == QChar::Mark_NonSpacing)
            continue;
        out.append(c.isLetterOrNumber() ? c.toLower() : QChar(u' '));
    }
    out = out.simplified();
    static const QRegularExpression saint(QStringLiteral("\\b(st|ste|saint|sainte)\\b"));
    out.replace(saint, QStringLiteral("st"));
    return out;
}

QStringList Gazetteer::foldWords(QStringView text)
{
    QStringList words;
    QString current;
    const auto flush = [&] {
        if (!current.isEmpty())
            words.append(current);
        current.clear();
    };
    for (const QChar c : text) {
        const char16_t u = c.unicode();
        if (u < 128) {
            if ((u >= 'a' && u <= 'z') || (u >= '0' && u <= '9'))
                current.append(c);
            else if (u >= 'A' && u <= 'Z')
                current.append(QChar(u + 32));
            else
                flush();
        } else if (c.isLetterOrNumber()) {
            // The base letter of an accented one: é -> e, Ç -> c.
            const QString decomposed = c.decomposition();
            current.append((decomposed.isEmpty() ? c : decomposed.at(0)).toLower());
        } else if (c.category() != QChar::Mark_NonSpacing) {
            flush();
        }
    }
    flush();
    return words;
}

Gazetteer Gazetteer::fromCsv(const QByteArray& data)
{
    Gazetteer g;
    auto csv = parseCsv(data, QStringLiteral("gazetteer"));
    if (!csv)
        return g;
    const int cName = csv->column(QStringLiteral("name")), cFr = csv->column(QStringLiteral("name_fr")),
              cDiv = csv->column(QStringLiteral("census_division")),
              cDivFr = csv->column(QStringLiteral("census_division_fr")), cReg = csv->column(QStringLiteral("region")),
              cLat = csv->column(QStringLiteral("latitude")), cLon = csv->column(QStringLiteral("longitude")),
              cPop = csv->column(QStringLiteral("population")), cFsa = csv->column(QStringLiteral("fsas"));
    for (const QStringList& r : csv->rows) {
        Municipality m;
        m.name = r.value(cName);
        m.nameFr = cFr >= 0 && !r.value(cFr).isEmpty() ? r.value(cFr) : m.name;
        m.division = r.value(cDiv);
        m.divisionFr = cDivFr >= 0 && !r.value(cDivFr).isEmpty() ? r.value(cDivFr) : m.division;
        m.region = r.value(cReg);
        m.latitude = r.value(cLat).toDouble();
        m.longitude = r.value(cLon).toDouble();
        m.population = r.value(cPop).toInt();
        m.fsas = r.value(cFsa).split(u' ', Qt::SkipEmptyParts);
        const qsizetype index = g.m_items.size();
        g.m_items.append(m);
        for (const QString& n : {m.name, m.nameFr}) {
            // The larger place wins a shared name.
            const QString key = fold(n);
            const auto it = g.m_byName.constFind(key);
            if (it == g.m_byName.constEnd() || g.m_items[*it].population < m.population)
                g.m_byName.insert(key, index);
        }
        for (const QString& f : m.fsas) {
            if (!g.m_byFsa.contains(f) || f.at(1) != u'0')
                g.m_byFsa.insert(f, index);
        }
    }
    // What people say for "Greater Sudbury / Grand Sudbury" is "Sudbury": the short form, when no
    // place of its own has that name.
    for (qsizetype index = 0; index < g.m_items.size(); ++index) {
        for (const QString& n : {g.m_items[index].name, g.m_items[index].nameFr}) {
            for (const QString& prefix : {QStringLiteral("greater "), QStringLiteral("grand ")}) {
                const QString key = fold(n);
                if (key.startsWith(prefix) && !g.m_byName.contains(key.mid(prefix.size())))
                    g.m_byName.insert(key.mid(prefix.size()), index);
            }
        }
    }
    return g;
}

const Gazetteer& Gazetteer::ontario()
{
    static const Gazetteer g = [] {
        QFile f(QStringLiteral(":/open211/ontario-municipalities.csv"));
        return f.open(QIODevice::ReadOnly) ? fromCsv(f.readAll()) : Gazetteer();
    }();
    return g;
}

const Municipality* Gazetteer::find(const QString& name) const
{
    const auto it = m_byName.constFind(fold(name));
    return it == m_byName.constEnd() ? nullptr : &m_items[*it];
}

const Municipality* Gazetteer::byFsa(const QString& postalCode) const
{
    const QString fsa = postalCode.trimmed().toUpper().left(3);
    const auto it = m_byFsa.constFind(fsa);
    return it == m_byFsa.constEnd() ? nullptr : &m_items[*it];
}

double distanceKm(double lat1, double lon1, double lat2, double lon2)
{
    constexpr double R = 6371.0088;
    constexpr double rad = M_PI / 180.0;
    const double dLat = (lat2 - lat1) * rad, dLon = (lon2 - lon1) * rad;
    const double a = std::sin(dLat / 2) * std::sin(dLat / 2)
        + std::cos(lat1 * rad) * std::cos(lat2 * rad) * std::sin(dLon / 2) * std::sin(dLon / 2);
    return 2 * R * std::asin(std::min(1.0, std::sqrt(a)));
}

} // namespace open211
