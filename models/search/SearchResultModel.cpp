#include "search/SearchResultModel.h"

#include <QLocale>

namespace open211 {

SearchResultModel::SearchResultModel(QObject* parent)
    : QAbstractTableModel(parent)
{ }

void SearchResultModel::setResponse(const SearchResponse& response)
{
    beginResetModel();
    m_response = response;
    endResetModel();
}

void SearchResultModel::setLanguage(const QString& language)
{
    m_language = language;
    if (rowCount() > 0)
        emit dataChanged(index(0, 0), index(rowCount() - 1, ColumnCount - 1));
    emit headerDataChanged(Qt::Horizontal, 0, ColumnCount - 1);
}

const SearchResult* SearchResultModel::resultAt(int row) const
{
    return row >= 0 && row < m_response.results.size() ? &m_response.results[row] : nullptr;
}

int SearchResultModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_response.results.size());
}

int SearchResultModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant SearchResultModel::data(const QModelIndex& index, int role) const
{
    const SearchResult* r = resultAt(index.row());
    if (!r)
        return {};
    if (role == ServiceIdRole)
        return r->serviceId;
    if (role == ScoreRole)
        return r->score;
    if (role == Qt::TextAlignmentRole && index.column() == Distance)
        return int(Qt::AlignRight | Qt::AlignVCenter);
    if (role != Qt::DisplayRole && role != Qt::ToolTipRole)
        return {};
    switch (index.column()) {
    case Service:
        return m_language == QLatin1String("fr") && !r->serviceNameFr.isEmpty() ? r->serviceNameFr : r->serviceName;
    case Organization:
        return r->organizationName;
    case City:
        return r->city;
    case Distance:
        if (!r->distanceKm)
            return {};
        //: A distance in kilometres, e.g. "3.2 km"
        return tr("%1 km").arg(QLocale().toString(*r->distanceKm, 'f', *r->distanceKm < 10 ? 1 : 0));
    case Open:
        if (!r->openNow)
            return tr("No hours");
        return *r->openNow ? tr("Open") : tr("Closed");
    case Why:
        return r->matched.join(QStringLiteral(" · "));
    }
    return {};
}

QVariant SearchResultModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case Service:
        return tr("Service");
    case Organization:
        return tr("Organization");
    case City:
        return tr("City");
    case Distance:
        return tr("Distance");
    case Open:
        return tr("Now");
    case Why:
        return tr("Why it matched");
    }
    return {};
}

} // namespace open211
