#include "ServiceListModel.h"

#include <QLocale>

namespace open211 {

ServiceListModel::ServiceListModel(QObject* parent)
    : QAbstractTableModel(parent)
{ }

void ServiceListModel::setServices(QList<ServiceSummary> services)
{
    beginResetModel();
    m_services = std::move(services);
    endResetModel();
}

void ServiceListModel::setLanguage(const QString& language)
{
    m_language = language;
    if (!m_services.isEmpty())
        emit dataChanged(index(0, 0), index(rowCount() - 1, ColumnCount - 1));
    emit headerDataChanged(Qt::Horizontal, 0, ColumnCount - 1);
}

const ServiceSummary* ServiceListModel::serviceAt(int row) const
{
    return row >= 0 && row < m_services.size() ? &m_services[row] : nullptr;
}

int ServiceListModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_services.size());
}

int ServiceListModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant ServiceListModel::data(const QModelIndex& index, int role) const
{
    const ServiceSummary* s = serviceAt(index.row());
    if (!s || (role != Qt::DisplayRole && role != Qt::ToolTipRole))
        return {};
    switch (index.column()) {
    case Name:
        return m_language == QLatin1String("fr") && !s->nameFr.isEmpty() ? s->nameFr : s->name;
    case Organization:
        return m_language == QLatin1String("fr") && !s->organizationNameFr.isEmpty() ? s->organizationNameFr
                                                                                     : s->organizationName;
    case City:
        return s->city;
    case Status:
        return s->status == QLatin1String("active")  ? tr("Active")
            : s->status == QLatin1String("inactive") ? tr("Inactive")
            : s->status == QLatin1String("defunct")  ? tr("Defunct")
                                                     : tr("Temporarily closed");
    case Modified:
        return QLocale().toString(s->lastModified.toLocalTime().date(), QLocale::ShortFormat);
    }
    return {};
}

QVariant ServiceListModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case Name:
        return tr("Service");
    case Organization:
        return tr("Organization");
    case City:
        return tr("City");
    case Status:
        return tr("Status");
    case Modified:
        return tr("Last changed");
    }
    return {};
}

} // namespace open211
