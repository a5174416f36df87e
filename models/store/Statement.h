// A prepared SQLite statement for hot paths (bulk import, search): prepared once, reset and
// re-bound for each use. Thin RAII over the sqlite3 C API of the connection a Database holds.
#pragma once

#include <QByteArrayView>
#include <QString>
#include <QVariant>

struct sqlite3;
struct sqlite3_stmt;

namespace open211 {

class Database;

class Statement
{
public:
    Statement() = default;
    Statement(Database& db, const QString& sql);
    ~Statement();
    Statement(Statement&& other) noexcept;
    Statement& operator=(Statement&& other) noexcept;
    Statement(const Statement&) = delete;
    Statement& operator=(const Statement&) = delete;

    bool isValid() const { return m_stmt != nullptr; }
    const QString& error() const { return m_error; }

    void reset(); // clears bindings, ready to run again
    // 1-based. A QByteArray is bound as UTF-8 text (the import keeps text as it was read).
    void bind(int index, const QVariant& value);
    void bindText(int index, const QString& value);
    void bindUtf8(int index, const QByteArray& value);
    void bindInt(int index, qint64 value);
    void bindDouble(int index, double value);
    void bindNull(int index);

    // Steps once: true when a row is available; false when done or on error (see error()).
    bool next();
    // Runs to completion (for writes); false on error.
    bool exec();

    int columnCount() const;
    QVariant value(int column) const;
    QString text(int column) const;
    // The column's UTF-8 bytes as SQLite holds them, valid until the next step or reset.
    QByteArrayView utf8(int column) const;
    qint64 integer(int column) const;
    double real(int column) const;
    bool isNull(int column) const;

private:
    void setError();

    sqlite3* m_db = nullptr;
    sqlite3_stmt* m_stmt = nullptr;
    QString m_error;
};

} // namespace open211
