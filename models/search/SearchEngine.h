// The search engine every screen uses, on the local replica only (as fast offline as online):
// keywords (FTS5, accents folded, prefix on the word being typed, bm25 weighted name > taxonomy >
// organization > description), a taxonomy term and everything narrower, distance from the caller
// (R*Tree) or a service area that covers them, and filters (language, age, open at a time, free,
// wheelchair accessible, active). Results are ranked deterministically and say why they matched.
// One engine per thread: it holds prepared statements on that thread's connection.
#pragma once

#include "Result.h"
#include "search/SearchTypes.h"

#include <QCoreApplication>
#include <memory>

namespace open211 {

class Database;
struct TaxonomyTerm;

class SearchEngine
{
    Q_DECLARE_TR_FUNCTIONS(open211::SearchEngine)

public:
    explicit SearchEngine(Database& db);
    ~SearchEngine();

    Result<SearchResponse> search(const SearchQuery& query);
    // Loads what place searches keep in memory (service points and areas), so the first search
    // near a caller does not pay for it. The search thread calls it when it starts.
    Status prepare();
    // Prints where each search spends its time (also on with OPEN211_SEARCH_TRACE).
    void setTrace(bool on) { m_trace = on; }

    // Reads what a caller said about where they are: a municipality (English or French name),
    // a postal code or its first three characters, or "latitude, longitude".
    Result<Place> resolvePlace(const QString& text);

    // Words of a user's text, folded and cut to a sane number; any input is safe.
    static QStringList tokens(const QString& text);
    // The FTS5 expression for those words: each quoted, the last one a prefix unless the text
    // ends with a space; `any` joins them with OR.
    static QString ftsExpression(const QStringList& tokens, bool lastIsPrefix, bool any);

    // The current time used for "open now" (tests set it).
    void setClock(std::function<QDateTime()> clock);

private:
    bool m_trace = qEnvironmentVariableIsSet("OPEN211_SEARCH_TRACE");
    struct Impl;
    std::unique_ptr<Impl> d;
};

// Taxonomy terms by name, code or use reference (English and French), best first, with the
// see-also terms of the best match offered as related.
struct TaxonomyMatch
{
    QString id;
    QString code;
    QString name;
    QString nameFr;
    double score = 0;
    QString matched; // what matched: "name", "code", or the use reference
};

struct TaxonomySearchResult
{
    QList<TaxonomyMatch> terms;
    QList<TaxonomyMatch> related; // see-also of the first term
};

Result<TaxonomySearchResult> searchTaxonomy(Database& db, const QString& text, int limit = 20);

} // namespace open211
