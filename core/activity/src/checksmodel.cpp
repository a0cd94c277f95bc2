#include "mptcp/activity/checksmodel.h"

#include <algorithm>

namespace mptcp::activity {

ChecksModel::ChecksModel(QObject *parent)
    : QAbstractListModel(parent)
{
}

int ChecksModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : count();
}

QVariant ChecksModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const auto &r = m_rows[index.row()];
    switch (role) {
    case IdRole:
        return r.id;
    case VerdictRole:
        return diagnostics::verdictName(r.verdict);
    case Qt::DisplayRole:
    case TitleRole:
        return r.title;
    case ExplanationRole:
        return r.explanation;
    case HasFixRole:
        return r.fix.has_value();
    case FixIdRole:
        return r.fix ? r.fix->id : QString();
    case FixParametersRole:
        return r.fix ? r.fix->parameters : QVariantMap();
    default:
        return {};
    }
}

QHash<int, QByteArray> ChecksModel::roleNames() const
{
    return {
        {IdRole, "checkId"},
        {VerdictRole, "verdict"},
        {TitleRole, "title"},
        {ExplanationRole, "explanation"},
        {HasFixRole, "hasFix"},
        {FixIdRole, "fixId"},
        {FixParametersRole, "fixParameters"},
    };
}

int ChecksModel::failCount() const
{
    return static_cast<int>(std::count_if(m_all.begin(), m_all.end(), [](const auto &r) { return r.verdict == diagnostics::CheckVerdict::Fail; }));
}

int ChecksModel::warningCount() const
{
    return static_cast<int>(std::count_if(m_all.begin(), m_all.end(), [](const auto &r) { return r.verdict == diagnostics::CheckVerdict::Warning; }));
}

void ChecksModel::setHideNotApplicable(bool hide)
{
    if (m_hideNotApplicable == hide)
        return;
    m_hideNotApplicable = hide;
    Q_EMIT hideNotApplicableChanged();
    setResults(m_all);
}

QList<diagnostics::CheckResult> ChecksModel::visibleResults() const
{
    QList<diagnostics::CheckResult> out;
    for (const auto &r : m_all) {
        if (!m_hideNotApplicable || r.verdict != diagnostics::CheckVerdict::NotApplicable)
            out.append(r);
    }
    return out;
}

void ChecksModel::setResults(const QList<diagnostics::CheckResult> &results)
{
    m_all = results;
    const auto fresh = visibleResults();
    const bool sameChecks = fresh.size() == m_rows.size()
        && std::equal(fresh.begin(), fresh.end(), m_rows.begin(), [](const auto &a, const auto &b) { return a.id == b.id; });
    if (sameChecks) {
        m_rows = fresh;
        if (!m_rows.isEmpty())
            Q_EMIT dataChanged(index(0), index(count() - 1));
    } else {
        beginResetModel();
        m_rows = fresh;
        endResetModel();
    }
    Q_EMIT resultsChanged();
}

QVariantMap ChecksModel::fixFor(const QString &checkId) const
{
    for (const auto &r : m_all) {
        if (r.id == checkId && r.fix)
            return {{QStringLiteral("id"), r.fix->id}, {QStringLiteral("parameters"), r.fix->parameters}};
    }
    return {};
}

} // namespace mptcp::activity
