// A table of services (name, organization, city, status, last change) for list screens.
#pragma once

#include "Resources.h"

#include <QAbstractTableModel>

namespace open211 {

class ServiceListModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column { Name, Organization, City, Status, Modified, ColumnCount };

    explicit ServiceListModel(QObject* parent = nullptr);

    void setServices(QList<ServiceSummary> services);
    void setLanguage(const QString& language); // "en" or "fr": which name to show
    const ServiceSummary* serviceAt(int row) const;

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    QList<ServiceSummary> m_services;
    QString m_language = QStringLiteral("en");
};

} // namespace open211
