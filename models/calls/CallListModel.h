// The call history as a table the history screen binds to: when, who took it, the needs, how
// many went unmet, referrals given and any follow-up due.
#pragma once

#include "calls/Call.h"

#include <QAbstractTableModel>

namespace open211 {

class CallListModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column { Started, Duration, Specialist, Needs, Unmet, Referrals, FollowUp, Disposition, ColumnCount };
    enum Role { CallIdRole = Qt::UserRole + 1 };

    explicit CallListModel(QObject* parent = nullptr);

    void setCalls(const QList<CallSummary>& calls);
    const CallSummary* callAt(int row) const;

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    QList<CallSummary> m_calls;
};

} // namespace open211
