// The results of a search as a table the screens bind to: service, organization, where, how
// far, open now, and why it matched.
#pragma once

#include "search/SearchTypes.h"

#include <QAbstractTableModel>

namespace open211 {

class SearchResultModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column { Service, Organization, City, Distance, Open, Why, ColumnCount };
    enum Role { ServiceIdRole = Qt::UserRole + 1, ScoreRole };

    explicit SearchResultModel(QObject* parent = nullptr);

    void setResponse(const SearchResponse& response);
    void setLanguage(const QString& language);
    const SearchResponse& response() const { return m_response; }
    const SearchResult* resultAt(int row) const;

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    SearchResponse m_response;
    QString m_language = QStringLiteral("en");
};

} // namespace open211
