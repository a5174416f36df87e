#include "calls/CallListModel.h"

#include "calls/CallVocabulary.h"

#include <QLocale>

namespace open211 {

CallListModel::CallListModel(QObject* parent)
    : QAbstractTableModel(parent)
{ }

void CallListModel::setCalls(const QList<CallSummary>& calls)
{
    beginResetModel();
    m_calls = calls;
    endResetModel();
}

const CallSummary* CallListModel::callAt(int row) const
{
    return row >= 0 && row < m_calls.size() ? &m_calls[row] : nullptr;
}

int CallListModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_calls.size());
}

int CallListModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant CallListModel::data(const QModelIndex& index, int role) const
{
    const CallSummary* c = callAt(index.row());
    if (!c)
        return {};
    if (role == CallIdRole)
        return c->id;
    if (role == Qt::ToolTipRole && index.column() == Needs)
        return c->needs.join(u'\n');
    if (role != Qt::DisplayRole)
        return {};
    const QLocale locale;
    switch (index.column()) {
    case Started:
        return locale.toString(c->startedAt.toLocalTime(), QLocale::ShortFormat);
    case Duration: {
        if (!c->endedAt.isValid())
            return tr("open");
        const qint64 s = c->startedAt.secsTo(c->endedAt);
        return tr("%1 min %2 s").arg(s / 60).arg(s % 60, 2, 10, QLatin1Char('0'));
    }
    case Specialist:
        return c->specialist;
    case Needs:
        return c->needs.join(QStringLiteral("; "));
    case Unmet:
        return c->unmetNeeds;
    case Referrals:
        return c->referrals;
    case FollowUp:
        if (!c->followUpDue.isValid())
            return QString();
        if (c->followUpState == QLatin1String("done"))
            return tr("done");
        return tr("due %1").arg(locale.toString(c->followUpDue.toLocalTime().date(), QLocale::ShortFormat));
    case Disposition:
        return CallVocabulary::label(CallVocabulary::dispositions(), c->disposition);
    }
    return {};
}

QVariant CallListModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case Started:
        return tr("Started");
    case Duration:
        return tr("Length");
    case Specialist:
        return tr("Specialist");
    case Needs:
        return tr("Needs");
    case Unmet:
        return tr("Unmet");
    case Referrals:
        return tr("Referrals");
    case FollowUp:
        return tr("Follow-up");
    case Disposition:
        return tr("Disposition");
    }
    return {};
}

} // namespace open211
