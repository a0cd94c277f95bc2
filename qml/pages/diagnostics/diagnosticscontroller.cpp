#include "diagnosticscontroller.h"

#include "exampledata.h"

#include "mptcp/diagnostics/collect.h"
#include "mptcp/diagnostics/debugreport.h"
#include "mptcp/models/fakebackend.h"
#include "mptcp/nm/networkmanagerreader.h"
#include "mptcp/nm/networkstate.h"

#include <QClipboard>
#include <QGuiApplication>
#include <QLocale>
#include <QLoggingCategory>
#include <QSaveFile>
#include <QThread>
#include <QTime>

#include <atomic>
#include <cerrno>
#include <cstring>
#include <fcntl.h>
#include <sched.h>
#include <unistd.h>

Q_LOGGING_CATEGORY(lcDiagnosticsPage, "mptcp.settings.diagnostics", QtInfoMsg)

namespace mptcp::gui {

// Lives on the worker thread; jobs arrive as queued functors.
class DiagnosticsController::Worker : public QObject {
};

namespace {

// How long a state change may wait for more before the checks run (NetworkManager
// changes come in bursts while a device activates).
constexpr int CoalesceMs = 250;
// NetworkManager's first read; without an answer by then the checks run without it.
constexpr int NetworkWaitMs = 3000;

} // namespace

DiagnosticsController::DiagnosticsController(QObject *parent)
    : QObject(parent)
    , m_checks(new activity::ChecksModel(this))
    , m_counters(new activity::CountersModel(this))
{
    m_checks->setHideNotApplicable(true);
    m_coalesce.setSingleShot(true);
    m_coalesce.setInterval(CoalesceMs);
    connect(&m_coalesce, &QTimer::timeout, this, &DiagnosticsController::startChecks);
    m_networkWait.setSingleShot(true);
    m_networkWait.setInterval(NetworkWaitMs);
    connect(&m_networkWait, &QTimer::timeout, this, &DiagnosticsController::scheduleChecks);
}

DiagnosticsController::~DiagnosticsController()
{
    // Jobs post their results to this object: none may still run once it is gone.
    if (m_thread) {
        m_thread->quit();
        m_thread->wait();
        delete m_worker;
        delete m_thread;
    }
    if (m_netnsFd >= 0)
        ::close(m_netnsFd);
}

void DiagnosticsController::setSession(models::Session *session)
{
    if (m_session == session)
        return;
    if (m_session)
        disconnect(m_session, nullptr, this, nullptr);
    m_session = session;
    if (m_session)
        connect(m_session, &models::Session::stateChanged, this, &DiagnosticsController::scheduleChecks);
    if (exampleData()) {
        auto reading = std::make_shared<std::atomic<int>>(0);
        m_counters->setReader([reading]() -> nl::Result<diagnostics::CounterSample> {
            return exampleCounters(reading->fetch_add(1));
        });
    } else {
        m_counters->setReader({});
    }
    m_checksStale = true;
    m_baseline.reset();
    Q_EMIT sessionChanged();
    scheduleChecks();
}

bool DiagnosticsController::exampleData() const
{
    return m_session && qobject_cast<models::FakeBackend *>(m_session->backend()) != nullptr;
}

void DiagnosticsController::setActive(bool active)
{
    if (m_active == active)
        return;
    m_active = active;
    m_counters->setActive(active);
    Q_EMIT activeChanged();
    if (active && m_checksStale)
        scheduleChecks();
}

void DiagnosticsController::runChecks()
{
    m_checksStale = true;
    if (!m_checking)
        startChecks();
    else
        m_checksWanted = true;
}

void DiagnosticsController::scheduleChecks()
{
    m_checksStale = true;
    // Hidden: the next showing runs them; running: once more when this run is done.
    if (!m_active || !m_session)
        return;
    if (m_checking) {
        m_checksWanted = true;
        return;
    }
    m_coalesce.start();
}

bool DiagnosticsController::networkViewReady() const
{
    return exampleData() || (m_networkState && m_networkState->networkManager().isReady())
        || (m_networkState && !m_networkWait.isActive());
}

void DiagnosticsController::ensureSystemSources()
{
    if (!m_thread) {
        // The worker's netlink and /proc reads must see what the GUI thread sees; a thread
        // does not move when another one calls setns(), so it enters the namespace itself.
        m_netnsFd = ::open("/proc/thread-self/ns/net", O_RDONLY | O_CLOEXEC);
        if (m_netnsFd < 0)
            qCWarning(lcDiagnosticsPage) << "cannot open the network namespace:" << std::strerror(errno);
        m_thread = new QThread;
        m_thread->setObjectName(QStringLiteral("diagnostics"));
        m_worker = new Worker;
        m_worker->moveToThread(m_thread);
        m_thread->start();
        if (m_netnsFd >= 0) {
            const int fd = m_netnsFd;
            QMetaObject::invokeMethod(m_worker, [fd] {
                if (::setns(fd, CLONE_NEWNET) != 0)
                    qCWarning(lcDiagnosticsPage) << "worker cannot enter the network namespace:" << std::strerror(errno);
            });
        }
    }
    if (!m_networkState && !exampleData()) {
        m_networkState = new nm::NetworkStateReader({}, this);
        connect(m_networkState, &nm::NetworkStateReader::changed, this, &DiagnosticsController::scheduleChecks);
        connect(&m_networkState->networkManager(), &nm::NetworkManagerReader::changed, this,
                &DiagnosticsController::scheduleChecks);
        m_networkWait.start();
    }
}

template<typename Result>
void DiagnosticsController::onWorker(std::function<Result()> job, std::function<void(Result)> done)
{
    ensureSystemSources();
    // `this` outlives the job: the destructor waits for the worker thread.
    QMetaObject::invokeMethod(m_worker, [this, job = std::move(job), done = std::move(done)] {
        Result result = job();
        QMetaObject::invokeMethod(this, [done, result = std::move(result)] { done(result); }, Qt::QueuedConnection);
    });
}

void DiagnosticsController::startChecks()
{
    if (!m_session || m_checking)
        return;
    ensureSystemSources();
    if (!networkViewReady())
        return; // the reader's changed() or m_networkWait starts them
    m_checking = true;
    m_checksStale = false;
    m_checksWanted = false;
    Q_EMIT checkingChanged();

    struct Outcome {
        QList<diagnostics::CheckResult> results;
        std::optional<diagnostics::CounterSample> counters;
    };
    std::function<Outcome()> job;
    if (exampleData()) {
        diagnostics::DiagnosticsInput input = exampleDiagnosticsInput(m_session->backend()->state());
        input.counters = diagnostics::compareSamples(exampleCounters(0), exampleCounters(m_exampleReading++));
        job = [input] { return Outcome{diagnostics::runChecks(input), std::nullopt}; };
    } else {
        diagnostics::CollectOptions options;
        options.networkView = diagnostics::captureNetworkView(*m_networkState);
        options.baseline = m_baseline;
        job = [options] {
            const diagnostics::Collected c = diagnostics::collectDiagnostics(options);
            return Outcome{diagnostics::runChecks(c.input), c.counters};
        };
    }
    onWorker<Outcome>(std::move(job), [this](const Outcome &outcome) {
        if (!m_baseline)
            m_baseline = outcome.counters;
        m_checks->setResults(outcome.results);
        m_checking = false;
        m_checkedAt = QLocale().toString(QTime::currentTime(), QStringLiteral("HH:mm:ss"));
        Q_EMIT checkingChanged();
        if (m_checksWanted)
            scheduleChecks();
    });
}

models::PendingAction *DiagnosticsController::applyFix(const QString &checkId)
{
    const QVariantMap fix = m_checks->fixFor(checkId);
    if (!m_session)
        return nullptr;
    models::PendingAction *action = m_session->applyCheckFix(fix.value(QStringLiteral("id")).toString(),
                                                             fix.value(QStringLiteral("parameters")).toMap());
    connect(action, &models::PendingAction::finished, this, &DiagnosticsController::runChecks);
    return action;
}

void DiagnosticsController::generateReport(bool redact)
{
    if (m_reportRunning || !m_session)
        return;
    m_reportRunning = true;
    Q_EMIT reportChanged();
    std::function<QString()> job;
    const diagnostics::DebugReportOptions options{redact};
    if (exampleData()) {
        const diagnostics::DiagnosticsInput input = exampleDiagnosticsInput(m_session->backend()->state());
        const diagnostics::CounterSample counters = exampleCounters(m_exampleReading);
        job = [input, counters, options] {
            return diagnostics::renderDebugReport(exampleDebugReport(input, counters), options);
        };
    } else {
        ensureSystemSources();
        diagnostics::CollectOptions collect;
        collect.networkView = diagnostics::captureNetworkView(*m_networkState);
        collect.baseline = m_baseline;
        job = [collect, options] {
            return diagnostics::renderDebugReport(diagnostics::collectDebugReport(collect), options);
        };
    }
    onWorker<QString>(std::move(job), [this, redact](const QString &text) {
        m_report = text;
        m_reportRedacted = redact;
        m_reportRunning = false;
        Q_EMIT reportChanged();
    });
}

QString DiagnosticsController::saveReport(const QUrl &file) const
{
    if (!file.isLocalFile())
        return tr("Choose a file on this computer.");
    QSaveFile out(file.toLocalFile());
    if (!out.open(QIODevice::WriteOnly) || out.write(m_report.toUtf8()) < 0 || !out.commit())
        return tr("Cannot save the report: %1").arg(out.errorString());
    return {};
}

void DiagnosticsController::copyReport() const
{
    if (QClipboard *clipboard = QGuiApplication::clipboard())
        clipboard->setText(m_report);
}

} // namespace mptcp::gui
