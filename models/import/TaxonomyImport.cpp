#include "import/TaxonomyImport.h"

#include "import/CsvReader.h"
#include "store/Database.h"
#include "store/Statement.h"

#include <QFile>
#include <QFileInfo>
#include <QRegularExpression>

namespace open211 {

using namespace hsds;

namespace {

int findColumn(const CsvTable& csv, std::initializer_list<const char*> names)
{
    for (const char* n : names) {
        const int c = csv.column(QString::fromLatin1(n));
        if (c >= 0)
            return c;
    }
    return -1;
}

QStringList splitList(const QString& s)
{
    QStringList out;
    for (const QString& part : s.split(u';', Qt::SkipEmptyParts)) {
        const QString t = part.trimmed();
        if (!t.isEmpty() && !out.contains(t))
            out << t;
    }
    return out;
}

// The parent of a hierarchical code: BD-1800.2000-620 -> BD-1800.2000 -> BD-1800 -> BD -> B.
QString impliedParent(const QString& code)
{
    const qsizetype cut = std::max(code.lastIndexOf(u'.'), code.lastIndexOf(u'-'));
    if (cut > 0)
        return code.left(cut);
    if (code.size() == 2 && code.at(0).isLetter() && code.at(1).isLetter())
        return code.left(1);
    return {};
}

} // namespace

TaxonomyInfo demoTaxonomyInfo()
{
    return {QStringLiteral("open211-demo"),
            Import::tr("Open 211 demo taxonomy"),
            Import::tr("A small taxonomy in the shape of the I&R taxonomy, for demonstration and training."),
            QStringLiteral("2026-01-01T00:00:00Z")};
}

Result<int> importTaxonomyCsv(Database& db, const QString& path, const TaxonomyInfo& taxonomy)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        return Error{Import::tr("Cannot read %1: %2").arg(path, f.errorString())};
    return importTaxonomyCsvData(db, f.readAll(), QFileInfo(path).fileName(), taxonomy);
}

QByteArray demoTaxonomyCsv()
{
    QFile f(QStringLiteral(":/open211/demo-taxonomy.csv"));
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

Result<int> importDemoTaxonomy(Database& db)
{
    return importTaxonomyCsvData(db, demoTaxonomyCsv(), QStringLiteral("demo-taxonomy.csv"), demoTaxonomyInfo());
}

Status readTaxonomyCsv(const QByteArray& data,
                       const QString& label,
                       const TaxonomyInfo& taxonomy,
                       ImportBatch& batch,
                       QList<TaxonomyTermExtras>& extras)
{
    auto parsed = parseCsv(data, label);
    if (!parsed)
        return Error{parsed.error()};
    const CsvTable& csv = *parsed;
    const int cCode = findColumn(csv, {"code", "term_code"});
    const int cName = findColumn(csv, {"name", "term_name", "name_en"});
    const int cNameFr = findColumn(csv, {"name_fr", "french_name"});
    const int cDef = findColumn(csv, {"definition", "description", "definition_en"});
    const int cDefFr = findColumn(csv, {"definition_fr", "description_fr"});
    const int cParent = findColumn(csv, {"parent_code", "parent"});
    const int cUse = findColumn(csv, {"use_references", "use_references_en", "use_reference"});
    const int cUseFr = findColumn(csv, {"use_references_fr"});
    const int cSee = findColumn(csv, {"see_also", "see_also_codes"});
    if (cCode < 0)
        return Error{Import::tr("%1: the required column \"code\" is missing.").arg(label)};
    if (cName < 0)
        return Error{Import::tr("%1: the required column \"name\" is missing.").arg(label)};

    static const QRegularExpression codePattern(
        QStringLiteral("^[A-Z]{1,2}(-[0-9]{4}(\\.[0-9]{3,4}(-[0-9]{2,3}(\\.[0-9]{2,3})?)?)?)?$"));
    const QString now = taxonomy.lastModified.isEmpty() ? ImportBatch::nowIso() : taxonomy.lastModified;
    const auto cell = [&](const QStringList& row, int c) {
        return c >= 0 ? row[c].trimmed() : QString();
    };

    {
        ImportRow t;
        t.values = {taxonomy.id, taxonomy.name, taxonomy.description, QVariant(), QVariant()};
        t.lastModified = now;
        t.source = label;
        (void)batch.add(Table::Taxonomy, std::move(t));
    }
    const TableInfo& ti = info(Table::TaxonomyTerm);
    for (qsizetype r = 0; r < csv.rows.size(); ++r) {
        const QStringList& row = csv.rows[r];
        const QString code = cell(row, cCode);
        const QString source = Import::tr("%1, line %2, term \"%3\"").arg(label).arg(csv.lines[r]).arg(code);
        if (code.isEmpty())
            return Error{Import::tr("%1, line %2: the code is empty.").arg(label).arg(csv.lines[r])};
        if (!codePattern.match(code).hasMatch()) {
            return Error{
                Import::tr("%1, field \"code\": \"%2\" is not a taxonomy code (like BD-1800.2000).").arg(source, code)};
        }
        QString parent = cell(row, cParent);
        if (parent.isEmpty())
            parent = impliedParent(code);
        QVariantList values(ti.fields.size());
        const auto set = [&](const char* field, const QString& v) {
            values[ti.fieldIndex(QString::fromLatin1(field))] = v.isEmpty() ? QVariant() : QVariant(v);
        };
        set("id", code);
        set("code", code);
        set("name", cell(row, cName));
        set("description", cell(row, cDef));
        set("parent_id", parent);
        set("taxonomy", taxonomy.name);
        set("language", QStringLiteral("en"));
        set("taxonomy_id", taxonomy.id);
        set("name_fr", cell(row, cNameFr));
        set("description_fr", cell(row, cDefFr));
        if (values[ti.fieldIndex(QStringLiteral("name"))].isNull())
            return Error{Import::tr("%1: the required field \"name\" is empty.").arg(source)};
        for (int i = 0; i < ti.fields.size(); ++i) {
            auto v = convertField(ti.fields[i], values[i], source);
            if (!v)
                return Error{v.error()};
        }
        ImportRow term;
        term.values = values;
        term.lastModified = now;
        term.source = source;
        if (auto st = batch.add(Table::TaxonomyTerm, std::move(term), true); !st)
            return Error{st.error()};
        extras.append(
            {code, splitList(cell(row, cUse)), splitList(cell(row, cUseFr)), splitList(cell(row, cSee)), source});
    }
    for (const TaxonomyTermExtras& e : extras) {
        for (const QString& s : e.seeAlso) {
            if (s == e.code)
                return Error{Import::tr("%1, field \"see_also\": a term cannot refer to itself.").arg(e.source)};
        }
    }
    return {};
}

Result<int>
importTaxonomyCsvData(Database& db, const QByteArray& data, const QString& label, const TaxonomyInfo& taxonomy)
{
    ImportBatch batch;
    QList<TaxonomyTermExtras> extras;
    if (auto st = readTaxonomyCsv(data, label, taxonomy, batch, extras); !st)
        return Error{st.error()};
    const auto writeExtras = [&](Database& d) -> Status {
        Statement delAlias(d, QStringLiteral("DELETE FROM taxonomy_term_alias WHERE term_id = ?"));
        Statement delSee(d, QStringLiteral("DELETE FROM taxonomy_term_see_also WHERE term_id = ?"));
        Statement addAlias(
            d, QStringLiteral("INSERT OR IGNORE INTO taxonomy_term_alias (term_id, alias, language) VALUES (?, ?, ?)"));
        Statement addSee(
            d, QStringLiteral("INSERT OR IGNORE INTO taxonomy_term_see_also (term_id, see_also_id) VALUES (?, ?)"));
        Statement exists(d, QStringLiteral("SELECT 1 FROM taxonomy_term WHERE id = ?"));
        for (const TaxonomyTermExtras& e : extras) {
            delAlias.bindText(1, e.code);
            delSee.bindText(1, e.code);
            if (!delAlias.exec() || !delSee.exec())
                return Error{delAlias.error() + delSee.error()};
            for (const auto& [list, lang] : {std::pair{&e.use, "en"}, std::pair{&e.useFr, "fr"}}) {
                for (const QString& a : *list) {
                    addAlias.reset();
                    addAlias.bindText(1, e.code);
                    addAlias.bindText(2, a);
                    addAlias.bindText(3, QString::fromLatin1(lang));
                    if (!addAlias.exec())
                        return Error{Import::tr("%1: %2").arg(e.source, addAlias.error())};
                }
            }
            for (const QString& s : e.seeAlso) {
                exists.reset();
                exists.bindText(1, s);
                if (!exists.next()) {
                    return Error{
                        Import::tr("%1, field \"see_also\": the code \"%2\" is not in the taxonomy.").arg(e.source, s)};
                }
                exists.reset();
                addSee.reset();
                addSee.bindText(1, e.code);
                addSee.bindText(2, s);
                if (!addSee.exec())
                    return Error{Import::tr("%1: %2").arg(e.source, addSee.error())};
            }
        }
        return {};
    };
    auto written = batch.write(db, {}, writeExtras);
    if (!written)
        return Error{written.error()};
    return int(extras.size());
}

} // namespace open211
