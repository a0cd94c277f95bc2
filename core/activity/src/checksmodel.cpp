#include "mptcp/activity/checksmodel.h"

#include <QSet>

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
    QSet<QString> freshIds;
    for (const auto &r : fresh)
        freshIds.insert(r.id);
    // Checks that stay keep their rows (and the delegates showing them, with a fix's
    // progress or error); checks that come or go are inserted or removed around them.
    // That needs the staying checks in the same order in both lists, which the checks'
    // fixed order gives; anything else is a reset.
    QStringList staying;
    for (const auto &r : std::as_const(m_rows)) {
        if (freshIds.contains(r.id))
            staying << r.id;
    }
    qsizetype next = 0;
    for (const auto &r : fresh) {
        if (next < staying.size() && staying[next] == r.id)
            ++next;
    }
    if (next != staying.size()) {
        beginResetModel();
        m_rows = fresh;
        endResetModel();
        Q_EMIT resultsChanged();
        return;
    }
    for (int i = int(m_rows.size()) - 1; i >= 0; --i) {
        if (!freshIds.contains(m_rows[i].id)) {
            beginRemoveRows({}, i, i);
            m_rows.removeAt(i);
            endRemoveRows();
        }
    }
    for (int i = 0; i < int(fresh.size()); ++i) {
        if (i < m_rows.size() && m_rows[i].id == fresh[i].id) {
            m_rows[i] = fresh[i];
        } else {
            beginInsertRows({}, i, i);
            m_rows.insert(i, fresh[i]);
            endInsertRows();
        }
    }
    if (!m_rows.isEmpty())
        Q_EMIT dataChanged(index(0), index(count() - 1));
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
