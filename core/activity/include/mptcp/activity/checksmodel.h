// Results of diagnostics::runChecks() for the Diagnostics page. The checks run
// elsewhere (they need a full system snapshot); the results are pushed in.
#pragma once

#include "mptcp/diagnostics/checks.h"

#include <QAbstractListModel>
#include <QList>

namespace mptcp::activity {

class ChecksModel : public QAbstractListModel {
    Q_OBJECT
    Q_PROPERTY(int count READ count NOTIFY resultsChanged)
    Q_PROPERTY(int failCount READ failCount NOTIFY resultsChanged)
    Q_PROPERTY(int warningCount READ warningCount NOTIFY resultsChanged)
    // Hide checks that do not apply to this system.
    Q_PROPERTY(bool hideNotApplicable READ hideNotApplicable WRITE setHideNotApplicable NOTIFY hideNotApplicableChanged)

public:
    enum Role {
        IdRole = Qt::UserRole + 1,
        VerdictRole, // "ok", "warning", "fail", "not-applicable"
        TitleRole,
        ExplanationRole,
        HasFixRole,
        FixIdRole,         // "set-sysctl", ... ("" without a fix)
        FixParametersRole, // QVariantMap
    };
    Q_ENUM(Role)

    explicit ChecksModel(QObject *parent = nullptr);

    int rowCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role) const override;
    QHash<int, QByteArray> roleNames() const override;

    int count() const { return static_cast<int>(m_rows.size()); }
    int failCount() const;
    int warningCount() const;
    bool hideNotApplicable() const { return m_hideNotApplicable; }
    void setHideNotApplicable(bool hide);

    // Replaces the results. The same checks in the same order (a re-run) update in
    // place with dataChanged; a different list resets the model.
    void setResults(const QList<diagnostics::CheckResult> &results);
    const QList<diagnostics::CheckResult> &results() const { return m_all; }
    // The fix of the check with this id, as {id, parameters} ({} when none).
    Q_INVOKABLE QVariantMap fixFor(const QString &checkId) const;

Q_SIGNALS:
    void resultsChanged();
    void hideNotApplicableChanged();

private:
    QList<diagnostics::CheckResult> visibleResults() const;

    QList<diagnostics::CheckResult> m_all;
    QList<diagnostics::CheckResult> m_rows;
    bool m_hideNotApplicable = false;
};

} // namespace mptcp::activity
