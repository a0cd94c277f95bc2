// What the Diagnostics page works with: the checks (re-run on state changes, never on a
// timer), the MPTcpExt counters (read while the page is visible) and the debug report.
// On the real system everything that does I/O (netlink, /proc, ss, ip) runs on one
// worker thread that lives in the GUI thread's network namespace (the demo lab's when
// attached); NetworkManager's view is copied from a reader on the GUI thread first. With
// the fake backend the facts are derived from the Session's state (exampledata.h).
#pragma once

#include "mptcp/activity/checksmodel.h"
#include "mptcp/activity/countersmodel.h"
#include "mptcp/models/pendingaction.h"
#include "mptcp/models/session.h"

#include <QObject>
#include <QPointer>
#include <QString>
#include <QTimer>
#include <QUrl>
#include <QtQml/qqml.h>

#include <functional>
#include <memory>
#include <optional>

class QThread;

namespace mptcp::nm {
class NetworkStateReader;
}

namespace mptcp::gui {

class DiagnosticsController : public QObject {
    Q_OBJECT
    QML_ELEMENT
    Q_PROPERTY(mptcp::models::Session *session READ session WRITE setSession NOTIFY sessionChanged)
    // The page is shown: counters are polled and state changes re-run the checks.
    Q_PROPERTY(bool active READ active WRITE setActive NOTIFY activeChanged)
    Q_PROPERTY(mptcp::activity::ChecksModel *checks READ checks CONSTANT)
    Q_PROPERTY(mptcp::activity::CountersModel *counters READ counters CONSTANT)
    // The facts are example data (fake backend), not this machine's.
    Q_PROPERTY(bool exampleData READ exampleData NOTIFY sessionChanged)
    Q_PROPERTY(bool checking READ checking NOTIFY checkingChanged)
    // Local time of the last completed run, "" before the first.
    Q_PROPERTY(QString checkedAt READ checkedAt NOTIFY checkingChanged)
    Q_PROPERTY(bool reportRunning READ reportRunning NOTIFY reportChanged)
    Q_PROPERTY(QString report READ report NOTIFY reportChanged)
    Q_PROPERTY(bool reportRedacted READ reportRedacted NOTIFY reportChanged)
public:
    explicit DiagnosticsController(QObject *parent = nullptr);
    ~DiagnosticsController() override;

    [[nodiscard]] models::Session *session() const { return m_session; }
    void setSession(models::Session *session);
    [[nodiscard]] bool active() const { return m_active; }
    void setActive(bool active);
    [[nodiscard]] activity::ChecksModel *checks() const { return m_checks; }
    [[nodiscard]] activity::CountersModel *counters() const { return m_counters; }
    [[nodiscard]] bool exampleData() const;
    [[nodiscard]] bool checking() const { return m_checking; }
    [[nodiscard]] QString checkedAt() const { return m_checkedAt; }
    [[nodiscard]] bool reportRunning() const { return m_reportRunning; }
    [[nodiscard]] QString report() const { return m_report; }
    [[nodiscard]] bool reportRedacted() const { return m_reportRedacted; }

    // Runs every check again (coalesced with a run already asked for).
    Q_INVOKABLE void runChecks();
    // Applies the fix of the check `checkId` through the Session; the checks run again
    // once it has finished, whatever the outcome.
    Q_INVOKABLE mptcp::models::PendingAction *applyFix(const QString &checkId);
    // Builds the debug report off the GUI thread; `report` holds it when done.
    Q_INVOKABLE void generateReport(bool redact);
    // Writes the report to a local file; "" when saved, else the reason.
    Q_INVOKABLE QString saveReport(const QUrl &file) const;
    Q_INVOKABLE void copyReport() const;

Q_SIGNALS:
    void sessionChanged();
    void activeChanged();
    void checkingChanged();
    void reportChanged();

private:
    class Worker;
    void scheduleChecks();
    void startChecks();
    bool networkViewReady() const;
    void ensureSystemSources();
    // Runs `job` on the worker thread, then `done` with its result on this thread
    // (dropped when this object is gone by then).
    template<typename Result>
    void onWorker(std::function<Result()> job, std::function<void(Result)> done);

    QPointer<models::Session> m_session;
    activity::ChecksModel *m_checks;
    activity::CountersModel *m_counters;
    bool m_active = false;
    bool m_checking = false;
    bool m_checksWanted = false; // a state change arrived while a run was going or the page hidden
    bool m_checksStale = true;
    QString m_checkedAt;
    bool m_reportRunning = false;
    bool m_reportRedacted = false;
    QString m_report;
    QTimer m_coalesce;
    int m_exampleReading = 0;

    // System mode only, created when the page is first shown.
    QThread *m_thread = nullptr;
    Worker *m_worker = nullptr;
    nm::NetworkStateReader *m_networkState = nullptr;
    QTimer m_networkWait; // NetworkManager's first read takes a moment; never wait for ever
    int m_netnsFd = -1;   // the GUI thread's network namespace, entered by the worker
    std::optional<diagnostics::CounterSample> m_baseline; // for the "recent fallbacks" check
};

struct ChecksModelForeign {
    Q_GADGET
    QML_FOREIGN(mptcp::activity::ChecksModel)
    QML_NAMED_ELEMENT(ChecksModel)
    QML_UNCREATABLE("Use DiagnosticsController.checks")
};

struct CountersModelForeign {
    Q_GADGET
    QML_FOREIGN(mptcp::activity::CountersModel)
    QML_NAMED_ELEMENT(CountersModel)
    QML_UNCREATABLE("Use DiagnosticsController.counters")
};

} // namespace mptcp::gui
