#include "demolab.h"

#include <QEventLoop>
#include <QLoggingCategory>
#include <QTimer>

#include <cerrno>
#include <cstring>
#include <fcntl.h>
#include <sched.h>
#include <unistd.h>

Q_LOGGING_CATEGORY(lcDemo, "mptcp.settings.demo", QtInfoMsg)

namespace mptcp::gui {

using lab::LabController;

namespace {

// lab.sh prefixes its stderr lines with "lab: " and reports failures on the last
// one; the window already says it is the lab talking.
QString lastLabLine(const QString &text)
{
    QString line = text.trimmed().section(QLatin1Char('\n'), -1).trimmed();
    if (line.startsWith(QLatin1String("lab: ")))
        line.remove(0, 5);
    while (line.endsWith(QLatin1Char('.')))
        line.chop(1);
    return line;
}

} // namespace

DemoLab::DemoLab(QObject *parent)
    : QObject(parent)
    , m_lab(new LabController(this))
{
    // Tests run their own instance next to a demo someone may have open.
    const QString id = qEnvironmentVariable("MPTCP_LAB_ID");
    if (!id.isEmpty())
        m_lab->setLabId(id);
    connect(m_lab, &LabController::stateChanged, this, &DemoLab::onStateChanged);
    connect(m_lab, &LabController::finished, this, &DemoLab::onFinished);
    connect(m_lab, &LabController::busyChanged, this, &DemoLab::changed);
    connect(m_lab, &LabController::progress, this, &DemoLab::onProgress);
    connect(m_lab, &LabController::errorOccurred, this,
            [](LabController::Operation op, const QString &message) { qCWarning(lcDemo) << op << message; });
}

DemoLab::~DemoLab()
{
    if (m_originalNetns >= 0)
        ::close(m_originalNetns);
}

void DemoLab::start()
{
    setStatus(tr("Looking for a running demo lab…"));
    m_lab->refresh();
}

void DemoLab::onStateChanged(LabController::State state)
{
    if (m_attached || !m_problem.isEmpty())
        return;
    if (state == LabController::State::Down && !m_started) {
        m_started = true;
        setStatus(tr("Starting the demo lab (NetworkManager, Wi-Fi and LTE links)…"));
        m_lab->up();
    } else if (state == LabController::State::Up) {
        // A lab someone started with `mptcpctl lab up` stays up after the app quits.
        const lab::LabEnvironment env = m_lab->environment();
        if (!env.isValid()) {
            Q_EMIT failed(tr("The demo lab did not report its bus and network namespace."));
            return;
        }
        //: Demo bar status once the lab runs; the bar shows it as "Demo lab: <this>"
        setStatus(tr("Wi-Fi and LTE are connected."));
        Q_EMIT ready(env);
    }
}

void DemoLab::onFinished(LabController::Operation operation, bool ok)
{
    const QString why = lastLabLine(m_lab->errorString());
    switch (operation) {
    case LabController::Operation::Refresh:
    case LabController::Operation::Up:
        // Success shows as a state change; only a failure before attaching matters here.
        if (!ok && !m_attached && m_problem.isEmpty() && m_lab->state() != LabController::State::Up)
            Q_EMIT failed(tr("The demo lab could not start: %1.").arg(why));
        break;
    case LabController::Operation::Traffic:
        setStatus(ok ? tr("Sending traffic to the server for 30 s.") : tr("Traffic failed: %1.").arg(why));
        break;
    case LabController::Operation::Cut:
        setStatus(ok ? tr("Wi-Fi is cut; the LTE path carries the traffic.") : tr("Cut failed: %1.").arg(why));
        break;
    case LabController::Operation::Restore:
        setStatus(ok ? tr("Wi-Fi restored.") : tr("Restore failed: %1.").arg(why));
        break;
    case LabController::Operation::Down:
    case LabController::Operation::StopTraffic:
    case LabController::Operation::Status:
        break;
    }
}

void DemoLab::onProgress(const QString &line)
{
    m_detail = lastLabLine(line);
    Q_EMIT changed();
}

void DemoLab::setFallback(const QString &reason)
{
    m_problem = reason;
    Q_EMIT changed();
}

bool DemoLab::attach(const lab::LabEnvironment &environment, QString *error)
{
    m_originalNetns = ::open("/proc/thread-self/ns/net", O_RDONLY | O_CLOEXEC);
    if (m_originalNetns < 0) {
        *error = QString::fromLocal8Bit(std::strerror(errno));
        return false;
    }
    if (!environment.enterNetworkNamespace(error)) {
        ::close(m_originalNetns);
        m_originalNetns = -1;
        return false;
    }
    m_attached = true;
    Q_EMIT changed();
    return true;
}

bool DemoLab::stopAndWait(int timeoutMs)
{
    // lab.sh runs in the namespace of the thread that starts it, and `down` stops
    // everything inside the lab's namespace: leave it first.
    if (m_originalNetns >= 0) {
        if (::setns(m_originalNetns, CLONE_NEWNET) != 0)
            qCWarning(lcDemo) << "cannot leave the demo lab's network namespace:" << std::strerror(errno);
        ::close(m_originalNetns);
        m_originalNetns = -1;
    }
    if (!m_started)
        return true;
    QEventLoop loop;
    bool ok = false;
    connect(m_lab, &LabController::finished, &loop, [&](LabController::Operation op, bool success) {
        if (op != LabController::Operation::Down)
            return;
        ok = success;
        loop.quit();
    });
    QTimer::singleShot(timeoutMs, &loop, &QEventLoop::quit);
    m_lab->down();
    loop.exec();
    if (!ok)
        qCWarning(lcDemo) << "the demo lab did not go down cleanly:" << m_lab->errorString();
    return ok;
}

void DemoLab::startTraffic()
{
    setStatus(tr("Starting traffic…"));
    m_lab->traffic(30);
}

void DemoLab::cutWifi()
{
    setStatus(tr("Cutting Wi-Fi…"));
    m_lab->cut(QStringLiteral("wlan0"));
}

void DemoLab::restoreWifi()
{
    setStatus(tr("Restoring Wi-Fi…"));
    m_lab->restore(QStringLiteral("wlan0"));
}

void DemoLab::setStatus(const QString &text)
{
    m_status = text;
    Q_EMIT changed();
}

} // namespace mptcp::gui
