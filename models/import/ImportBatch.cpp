#include "import/ImportBatch.h"

#include "store/Database.h"
#include "store/ResourceStore.h"
#include "store/SearchIndex.h"
#include "store/Statement.h"

#include <QJsonArray>
#include <QJsonDocument>

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QScopeGuard>
#include <cmath>
#include <numeric>
#include <thread>

namespace open211 {

using namespace hsds;

namespace {

constexpr qsizetype MaxTextLength = 100000;
// From this many rows into an empty table, its indexes are built after the rows are written.
constexpr qsizetype BulkRows = 2000;

struct Range
{
    const char* field;
    double min;
    double max;
};
constexpr Range Ranges[] = {
    {"latitude", -90, 90},
    {"longitude", -180, 180},
    {"minimum_age", 0, 130},
    {"maximum_age", 0, 130},
    {"amount", 0, 1e9},
    {"year_incorporated", 1000, 2200},
    {"extension", 0, 1e9},
    {"timezone", -14, 14},
    {"interval", 1, 1000},
    {"bymonthday", -31, 31},
    {"byyearday", -366, 366},
};

Status checkRange(const Field& field, double v, const QString& source)
{
    if (!std::isfinite(v))
        return Error{Import::tr("%1, field \"%2\": the number is not finite.").arg(source, field.name)};
    for (const auto& r : Ranges) {
        if (field.name == QLatin1String(r.field) && (v < r.min || v > r.max)) {
            return Error{Import::tr("%1, field \"%2\": %3 is out of range (%4 to %5).")
                             .arg(source, field.name)
                             .arg(v)
                             .arg(r.min)
                             .arg(r.max)};
        }
    }
    return {};
}

} // namespace

QString upsertSql(const TableInfo& t, SqlDialect dialect, UnchangedRow unchanged)
{
    const QString differs
        = dialect == SqlDialect::PostgreSQL ? QStringLiteral("IS DISTINCT FROM") : QStringLiteral("IS NOT");
    QStringList cols, marks, sets, diffs;
    for (const auto& f : t.fields) {
        cols << f.name;
        marks << QStringLiteral("?");
        if (f.name == QLatin1String("id"))
            continue;
        sets << QStringLiteral("%1=excluded.%1").arg(f.name);
        diffs << QStringLiteral("%2.%1 %3 excluded.%1").arg(f.name, t.name, differs);
    }
    const QString changed = diffs.join(QLatin1String(" OR "));
    QString sql = QStringLiteral("INSERT INTO %1 (%2, version, last_modified) VALUES (%3, ?, ?) "
                                 "ON CONFLICT(id) DO UPDATE SET %4, "
                                 "version = CASE WHEN excluded.version > %1.version THEN excluded.version "
                                 "WHEN %5 THEN %1.version + 1 ELSE %1.version END, "
                                 "last_modified = excluded.last_modified")
                      .arg(t.name,
                           cols.join(QLatin1String(", ")),
                           marks.join(QLatin1String(", ")),
                           sets.join(QLatin1String(", ")),
                           changed);
    if (unchanged == UnchangedRow::Keep)
        sql += QStringLiteral(" WHERE %2 OR excluded.version > %1.version").arg(t.name, changed);
    return sql;
}

int ImportSummary::total() const
{
    int n = 0;
    for (int r : rows)
        n += r;
    return n;
}

namespace {

// Text as read: a QString, or UTF-8 in a QByteArray (the JSON reader keeps text as it was read,
// and it is written to SQLite so, with no conversion either way).
struct TextValue
{
    const QString* utf16 = nullptr;
    const QByteArray* utf8 = nullptr;
    bool isText() const { return utf16 || utf8; }
    QString toString() const { return utf16 ? *utf16 : QString::fromUtf8(*utf8); }
    bool isBlank() const
    {
        const auto blank = [](const QString& s) {
            return std::all_of(s.begin(), s.end(), [](QChar c) { return c.isSpace(); });
        };
        if (utf16)
            return blank(*utf16);
        for (const char c : *utf8) {
            if (uchar(c) >= 0x80)
                return blank(QString::fromUtf8(*utf8)); // other kinds of space: ask Unicode
            if (c != ' ' && c != '\t' && c != '\n' && c != '\r' && c != '\f' && c != '\v')
                return false;
        }
        return true;
    }
    qsizetype length() const
    {
        // UTF-8 never has fewer bytes than characters: count only when it might be too long.
        if (utf16)
            return utf16->size();
        return utf8->size() <= MaxTextLength ? utf8->size() : QString::fromUtf8(*utf8).size();
    }
    bool isOneOf(const QStringList& allowed) const
    {
        if (utf16)
            return allowed.contains(*utf16);
        // The allowed values are plain ASCII: text with any other byte is none of them.
        return std::any_of(
            allowed.begin(), allowed.end(), [this](const QString& a) { return a == QLatin1StringView(*utf8); });
    }
};

// A text value as UTF-8, shared when it is kept so.
QByteArray utf8Of(const QVariant& v)
{
    if (v.typeId() == QMetaType::QByteArray)
        return *static_cast<const QByteArray*>(v.constData());
    return v.toString().toUtf8();
}

TextValue textOf(const QVariant& v)
{
    if (v.typeId() == QMetaType::QString)
        return {static_cast<const QString*>(v.constData()), nullptr};
    if (v.typeId() == QMetaType::QByteArray)
        return {nullptr, static_cast<const QByteArray*>(v.constData())};
    return {};
}

} // namespace

Result<QVariant> convertField(const Field& field, const QVariant& raw, const QString& source)
{
    const bool isNull = !raw.isValid() || raw.isNull() || raw.typeId() == QMetaType::Nullptr;
    const TextValue text = isNull ? TextValue() : textOf(raw);
    if (isNull || (text.isText() && text.isBlank())) {
        if (field.required)
            return Error{Import::tr("%1: the required field \"%2\" is missing or empty.").arg(source, field.name)};
        return QVariant();
    }
    switch (field.type) {
    case Type::Text: {
        if (!text.isText()) {
            return Error{
                Import::tr("%1, field \"%2\": expected text, found %3.").arg(source, field.name, raw.toString())};
        }
        if (const qsizetype length = text.length(); length > MaxTextLength) {
            return Error{Import::tr("%1, field \"%2\": the text is %3 characters long; at most %4 are accepted.")
                             .arg(source, field.name)
                             .arg(length)
                             .arg(MaxTextLength)};
        }
        if (!field.allowed.isEmpty() && !text.isOneOf(field.allowed)) {
            return Error{
                Import::tr("%1, field \"%2\": \"%3\" is not one of: %4.")
                    .arg(source, field.name, text.toString().left(80), field.allowed.join(QLatin1String(", ")))};
        }
        return raw;
    }
    case Type::Integer:
    case Type::Number: {
        double v = 0;
        bool ok = false;
        if (text.isText()) {
            v = text.toString().trimmed().toDouble(&ok);
        } else if (raw.typeId() == QMetaType::Double || raw.typeId() == QMetaType::LongLong
                   || raw.typeId() == QMetaType::Int) {
            v = raw.toDouble();
            ok = true;
        }
        if (!ok) {
            return Error{Import::tr("%1, field \"%2\": expected a number, found \"%3\".")
                             .arg(source, field.name, raw.toString().left(80))};
        }
        if (auto st = checkRange(field, v, source); !st)
            return Error{st.error()};
        if (field.type == Type::Integer) {
            if (v != std::floor(v)) {
                return Error{
                    Import::tr("%1, field \"%2\": expected a whole number, found %3.").arg(source, field.name).arg(v)};
            }
            return QVariant(qint64(v));
        }
        return QVariant(v);
    }
    }
    return QVariant();
}

ImportBatch::ImportBatch() = default;

QString ImportBatch::nowIso()
{
    return QDateTime::currentDateTimeUtc().toString(Qt::ISODate);
}

bool ImportBatch::isEmpty() const
{
    for (const auto& t : m_tables) {
        if (!t.rows.isEmpty())
            return false;
    }
    return true;
}

QByteArray ImportBatch::idOf(const ImportRow& row)
{
    return utf8Of(row.values.constFirst());
}

Status ImportBatch::add(Table table, ImportRow row, bool strict)
{
    auto& t = m_tables[int(table)];
    const QByteArray key = idOf(row);
    const auto it = t.index.constFind(key);
    if (it != t.index.constEnd()) {
        const ImportRow& existing = t.rows[*it];
        const QString id = QString::fromUtf8(key);
        if (strict) {
            return Error{
                Import::tr("%1: the %2 id \"%3\" is used twice (first at %4). Each id must be unique.")
                    .arg(row.describe(info(table).name), info(table).name, id, existing.describe(info(table).name))};
        }
        if (existing.values == row.values)
            return {};
        // Name the first field where the two copies differ.
        const auto& fields = info(table).fields;
        QString field;
        for (int i = 0; i < fields.size(); ++i) {
            if (existing.values.value(i) != row.values.value(i)) {
                field = fields[i].name;
                break;
            }
        }
        return Error{
            Import::tr("%1: the %2 \"%3\" appears twice with different values (field \"%4\"; first seen at "
                       "%5). Each id must be unique.")
                .arg(row.describe(info(table).name), info(table).name, id, field, existing.describe(info(table).name))};
    }
    t.index.insert(key, t.rows.size());
    t.rows.append(std::move(row));
    return {};
}

Status ImportBatch::validateReferences(Database& db) const
{
    std::array<Statement, TableCount> exists;
    // Many rows refer to the same stored record (a taxonomy term): ask the database once.
    std::array<QHash<QByteArray, bool>, TableCount> asked;
    const auto storedHas = [&](Table t, const QByteArray& id) {
        if (const auto it = asked[int(t)].constFind(id); it != asked[int(t)].constEnd())
            return *it;
        Statement& s = exists[int(t)];
        if (!s.isValid())
            s = Statement(db, QStringLiteral("SELECT 1 FROM %1 WHERE id = ?").arg(info(t).name));
        s.reset();
        s.bindUtf8(1, id);
        const bool found = s.next();
        s.reset();
        asked[int(t)].insert(id, found);
        return found;
    };
    const auto known = [&](Table t, const QByteArray& id) {
        return contains(t, id) || storedHas(t, id);
    };

    QByteArray lastEntity;
    const TableInfo* lastTarget = nullptr;
    for (Table table : allTables()) {
        const TableInfo& ti = info(table);
        QList<QPair<int, const TableInfo*>> refs;
        for (int i = 0; i < ti.fields.size(); ++i) {
            if (const TableInfo* r = referencedTable(table, ti.fields[i].name))
                refs.append({i, r});
        }
        const int linkId = ti.fieldIndex(QStringLiteral("link_id"));
        const int linkEntity = ti.fieldIndex(QStringLiteral("link_entity"));
        for (const ImportRow& row : m_tables[int(table)].rows) {
            for (const auto& [index, target] : refs) {
                const QVariant& v = row.values.at(index);
                if (v.isNull() || !v.isValid())
                    continue;
                if (!known(target->table, utf8Of(v))) {
                    if (target->table == Table::TaxonomyTerm) {
                        return Error{Import::tr("%1, field \"%2\": the taxonomy term \"%3\" is not known. Import the "
                                                "taxonomy first (import-taxonomy).")
                                         .arg(row.describe(ti.name), ti.fields[index].name, v.toString())};
                    }
                    return Error{Import::tr("%1, field \"%2\": it refers to the %4 \"%3\", which is neither in this "
                                            "import nor already stored.")
                                     .arg(row.describe(ti.name), ti.fields[index].name, v.toString(), target->name)};
                }
            }
            if (linkId >= 0 && linkEntity >= 0) {
                const QByteArray entity = utf8Of(row.values.at(linkEntity));
                if (entity != lastEntity) { // rows mostly link to one kind: look it up once
                    lastEntity = entity;
                    lastTarget = byName(QString::fromUtf8(entity));
                }
                if (!lastTarget) {
                    return Error{Import::tr("%1, field \"link_entity\": \"%2\" is not an HSDS table.")
                                     .arg(row.describe(ti.name), QString::fromUtf8(entity))};
                }
                const QByteArray id = utf8Of(row.values.at(linkId));
                if (!known(lastTarget->table, id)) {
                    return Error{Import::tr("%1, field \"link_id\": the %2 \"%3\" is neither in this import nor "
                                            "already stored.")
                                     .arg(row.describe(ti.name), QString::fromUtf8(entity), QString::fromUtf8(id))};
                }
            }
        }
    }
    return {};
}

ImportBatch::SearchRefresh ImportBatch::searchRefresh() const
{
    const auto ids = [&](Table t) {
        QStringList out;
        out.reserve(m_tables[int(t)].rows.size());
        for (const ImportRow& r : m_tables[int(t)].rows)
            out << r.values.constFirst().toString();
        return out;
    };
    SearchRefresh r;
    r.services = ids(Table::Service);
    r.organizations = ids(Table::Organization);
    r.terms = ids(Table::TaxonomyTerm);
    const TableInfo& attribute = info(Table::Attribute);
    const int linkEntity = attribute.fieldIndex(QStringLiteral("link_entity"));
    const int linkId = attribute.fieldIndex(QStringLiteral("link_id"));
    for (const ImportRow& row : m_tables[int(Table::Attribute)].rows) {
        if (utf8Of(row.values.at(linkEntity)) == "service")
            r.services << row.values.at(linkId).toString();
    }
    return r;
}

Result<ImportSummary> ImportBatch::writeAndRelease(Database& db, const ProgressFn& progress) &&
{
    auto written = write(db, progress);
    if (written) {
        // Freeing a million rows takes seconds, which nobody should wait for once the import is
        // saved: a detached thread lets them go (or the process ends first, which frees them too).
        std::thread([tables = std::move(m_tables)]() mutable {
            for (auto& t : tables)
                t = TableRows();
        }).detach();
        m_tables = {};
    }
    return written;
}

Result<ImportSummary>
ImportBatch::write(Database& db, const ProgressFn& progress, const std::function<Status(Database&)>& alsoWrite) const
{
    const ImportTrace trace;
    const auto mark = [&trace](const char* what) {
        trace.mark(what);
    };
    if (auto st = validateReferences(db); !st)
        return Error{st.error()};
    mark("references checked");

    // A large import gets a larger page cache while it runs.
    const bool large = [&] {
        qsizetype n = 0;
        for (const auto& t : m_tables)
            n += t.rows.size();
        return n > 50000;
    }();
    if (large)
        (void)db.exec(QStringLiteral("PRAGMA cache_size=-262144"));
    const auto restoreCache = qScopeGuard([&] {
        if (large)
            (void)db.exec(QStringLiteral("PRAGMA cache_size=-32768"));
    });

    // A large load into an empty store is written once, straight to the database file, under a
    // rollback journal (which then holds next to nothing); in WAL mode every page would be written
    // twice, to the log and again at the checkpoint. Only when this is the store's one connection
    // (SQLite refuses the switch otherwise, and WAL stays); WAL is back once the load is done.
    const bool rollbackJournal = [&] {
        if (!large)
            return false;
        Statement empty(db, QStringLiteral("SELECT NOT EXISTS (SELECT 1 FROM service)"));
        if (!empty.next() || empty.integer(0) == 0)
            return false;
        empty = Statement();
        Statement mode(db, QStringLiteral("PRAGMA journal_mode=DELETE"));
        return mode.next() && mode.text(0) == QLatin1String("delete");
    }();
    const auto restoreJournal = qScopeGuard([&] {
        if (rollbackJournal)
            (void)db.exec(QStringLiteral("PRAGMA journal_mode=WAL"));
    });

    // Every reference was checked above. When nothing is removed (no cascades are needed), SQLite
    // need not check them again row by row: a bulk import into an empty store is much faster.
    const bool skipForeignKeyChecks = m_owners.isEmpty() && !alsoWrite;
    if (skipForeignKeyChecks)
        (void)db.exec(QStringLiteral("PRAGMA foreign_keys=OFF"));
    const auto restoreForeignKeys = qScopeGuard([&] {
        if (skipForeignKeyChecks)
            (void)db.exec(QStringLiteral("PRAGMA foreign_keys=ON"));
    });

    Transaction tx(db);
    if (!tx.active())
        return Error{Import::tr("Cannot start writing to the database: %1").arg(tx.error())};

    ImportSummary summary;
    summary.warnings = m_warnings;
    qint64 total = 0, done = 0;
    for (const auto& t : m_tables)
        total += t.rows.size();

    // Children that a re-imported record no longer lists are removed below. A child table that
    // was empty before the import has nothing to remove, which keeps a first import fast.
    std::array<qint64, TableCount> childCount;
    childCount.fill(-1);
    for (const Ownership& o : m_owners) {
        qint64& count = childCount[int(o.child)];
        if (count < 0) {
            Statement c(db, QStringLiteral("SELECT count(*) FROM %1").arg(info(o.child).name));
            count = c.next() ? c.integer(0) : 0;
        }
    }

    // A table that is empty before a large import is loaded without its secondary indexes and
    // triggers, which are made again afterwards from their own definitions: one sorted index
    // build instead of a random insert per row, and the tables the triggers keep for search
    // filled in one statement each. All in this transaction: a failed import restores them.
    struct Deferred
    {
        QStringList recreate; // CREATE INDEX / CREATE TRIGGER statements, as stored
        QList<SearchIndex::Derived> derived;
    } deferred;
    for (Table table : allTables()) {
        if (m_tables[int(table)].rows.size() < BulkRows)
            continue;
        const QString name = info(table).name;
        Statement empty(db, QStringLiteral("SELECT NOT EXISTS (SELECT 1 FROM %1)").arg(name));
        if (!empty.next() || empty.integer(0) == 0)
            continue;
        empty = Statement();
        QStringList drops;
        Statement objects(db,
                          QStringLiteral("SELECT type, name, sql FROM sqlite_schema WHERE tbl_name = ? AND type IN "
                                         "('index', 'trigger') AND sql IS NOT NULL"));
        objects.bindText(1, name);
        while (objects.next()) {
            drops << QStringLiteral("DROP %1 %2;").arg(objects.text(0).toUpper(), objects.text(1));
            deferred.recreate << objects.text(2) + u';';
        }
        objects = Statement();
        if (auto st = db.execScript(drops.join(QString())); !st)
            return Error{Import::tr("Cannot prepare the write to %1: %2").arg(name, st.error())};
        if (table == Table::ServiceAtLocation)
            deferred.derived << SearchIndex::Derived::Points;
        else if (table == Table::ServiceArea)
            deferred.derived << SearchIndex::Derived::Coverage;
        else if (table == Table::Attribute)
            deferred.derived << SearchIndex::Derived::Terms;
    }

    for (Table table : allTables()) {
        const TableInfo& ti = info(table);
        const auto& rows = m_tables[int(table)].rows;
        if (rows.isEmpty())
            continue;
        Statement upsert(db, upsertSql(ti));
        if (!upsert.isValid())
            return Error{Import::tr("Cannot prepare the write to %1: %2").arg(ti.name, upsert.error())};
        const int n = int(ti.fields.size());
        // Writing in key order turns random B-tree inserts (ids are UUIDs) into appends.
        QList<std::pair<QByteArray, qsizetype>> order;
        order.reserve(rows.size());
        for (qsizetype i = 0; i < rows.size(); ++i)
            order.append({idOf(rows[i]), i});
        std::sort(order.begin(), order.end());
        for (const auto& [id, index] : order) {
            const ImportRow& row = rows[index];
            for (int i = 0; i < n; ++i)
                upsert.bind(i + 1, row.values.at(i));
            upsert.bindInt(n + 1, row.version);
            upsert.bindText(n + 2, row.lastModified);
            if (!upsert.exec())
                return Error{
                    Import::tr("%1: the database refused the record: %2").arg(row.describe(ti.name), upsert.error())};
            if (progress && (++done % 2000 == 0))
                progress(done, total);
        }
        summary.rows[int(table)] = int(rows.size());
        trace.mark(qPrintable(ti.name + QStringLiteral(" written")));
    }

    const SearchRefresh refresh = searchRefresh();

    if (!deferred.recreate.isEmpty()) {
        if (auto st = db.execScript(deferred.recreate.join(QString())); !st)
            return Error{Import::tr("The import could not be saved; nothing was changed. Reason: %1").arg(st.error())};
        for (const auto which : std::as_const(deferred.derived)) {
            if (auto st = SearchIndex::rebuildDerived(db, which); !st)
                return Error{
                    Import::tr("The import could not be saved; nothing was changed. Reason: %1").arg(st.error())};
        }
        trace.mark("indexes made");
    }

    QHash<QString, std::shared_ptr<Statement>> selects;
    for (const Ownership& o : m_owners) {
        if (childCount[int(o.child)] == 0)
            continue;
        const bool attribute = o.child == Table::Attribute;
        const QString key = info(o.child).name + u':' + o.parentColumn;
        auto& sel = selects[key];
        if (!sel) {
            sel = std::make_shared<Statement>(
                db,
                attribute ? QStringLiteral("SELECT id FROM attribute WHERE link_id = ? AND link_entity = ?")
                          : QStringLiteral("SELECT id FROM %1 WHERE %2 = ?").arg(info(o.child).name, o.parentColumn));
        }
        sel->reset();
        sel->bindText(1, o.parentId);
        if (attribute)
            sel->bindText(2, info(o.parent).name);
        QStringList stale;
        while (sel->next()) {
            const QString id = sel->text(0);
            if (!contains(o.child, id))
                stale << id;
        }
        sel->reset();
        for (const QString& id : stale) {
            Statement del(db, QStringLiteral("DELETE FROM %1 WHERE id = ?").arg(info(o.child).name));
            del.bindText(1, id);
            if (!del.exec())
                return Error{
                    Import::tr("Cannot remove the old %1 \"%2\": %3").arg(info(o.child).name, id, del.error())};
        }
    }

    if (alsoWrite) {
        if (auto st = alsoWrite(db); !st)
            return Error{st.error()};
    }
    mark("old children removed");
    if (auto st = SearchIndex::refreshChanged(db, refresh.services, refresh.organizations, refresh.terms); !st)
        return Error{
            Import::tr("The search index could not be updated; nothing was changed. Reason: %1").arg(st.error())};
    mark("search index refreshed");
    if (auto st = ResourceStore(db).markChanged(); !st)
        return Error{Import::tr("The import could not be saved; nothing was changed. Reason: %1").arg(st.error())};
    if (auto st = tx.commit(); !st)
        return Error{Import::tr("The import could not be saved; nothing was changed. Reason: %1").arg(st.error())};
    mark("committed");
    if (progress)
        progress(total, total);
    return summary;
}

} // namespace open211
