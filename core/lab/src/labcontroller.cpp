#include "mptcp/lab/labcontroller.h"

#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>
#include <QLoggingCategory>
#include <QTimer>

#include <cerrno>
#include <cstring>
#include <fcntl.h>
#include <sched.h>
#include <unistd.h>

Q_LOGGING_CATEGORY(lcLab, "mptcp.lab")

namespace mptcp::lab {

namespace {

// lab.sh exits with 3 when no lab is up (status, env, traffic, cut, restore).
constexpr int ExitNotUp = 3;
// `up` waits for NetworkManager (30 s by default) and polkitd; `down` stops daemons by PID.
constexpr int UpTimeoutMs = 120000;
constexpr int DownTimeoutMs = 60000;
constexpr int ShortTimeoutMs = 45000;
constexpr int StderrTailLines = 6;

} // namespace

QProcessEnvironment LabEnvironment::processEnvironment(const QProcessEnvironment &base) const
{
    QProcessEnvironment env = base;
    for (auto it = variables.cbegin(); it != variables.cend(); ++it)
        env.insert(it.key(), it.value());
    return env;
}

bool LabEnvironment::enterNetworkNamespace(QString *error) const
{
    const auto fail = [error](const QString &message) {
        if (error)
            *error = message;
        return false;
    };
    if (netnsPath.isEmpty())
        return fail(QCoreApplication::translate("LabEnvironment", "The lab is not up."));
    const int fd = ::open(QFile::encodeName(netnsPath).constData(), O_RDONLY | O_CLOEXEC);
    if (fd < 0) {
        return fail(QCoreApplication::translate("LabEnvironment", "Cannot open %1: %2")
                        .arg(netnsPath, QString::fromLocal8Bit(std::strerror(errno))));
    }
    const int rc = ::setns(fd, CLONE_NEWNET);
    const int saved = errno;
    ::close(fd);
    if (rc != 0) {
        return fail(QCoreApplication::translate("LabEnvironment", "Cannot enter the lab's network namespace: %1")
                        .arg(QString::fromLocal8Bit(std::strerror(saved))));
    }
    return true;
}

LabEnvironment LabEnvironment::parse(const QByteArray &text)
{
    LabEnvironment env;
    for (const QByteArray &raw : text.split('\n')) {
        const QString line = QString::fromUtf8(raw).trimmed();
        const qsizetype eq = line.indexOf(QLatin1Char('='));
        if (eq <= 0)
            continue;
        const QString key = line.left(eq);
        if (key != QLatin1String("DBUS_SYSTEM_BUS_ADDRESS") && !key.startsWith(QLatin1String("MPTCP_LAB_")))
            continue;
        env.variables.insert(key, line.mid(eq + 1));
    }
    const auto &v = env.variables;
    env.busAddress = v.value(QStringLiteral("DBUS_SYSTEM_BUS_ADDRESS"));
    env.netns = v.value(QStringLiteral("MPTCP_LAB_NETNS"));
    env.netnsPath = v.value(QStringLiteral("MPTCP_LAB_NETNS_PATH"));
    env.routerNetns = v.value(QStringLiteral("MPTCP_LAB_ROUTER_NETNS"));
    env.server4 = v.value(QStringLiteral("MPTCP_LAB_SERVER4"));
    env.server6 = v.value(QStringLiteral("MPTCP_LAB_SERVER6"));
    env.port = static_cast<quint16>(v.value(QStringLiteral("MPTCP_LAB_PORT")).toUInt());
    env.links = v.value(QStringLiteral("MPTCP_LAB_LINKS")).split(QLatin1Char(','), Qt::SkipEmptyParts);
    const QString helper = v.value(QStringLiteral("MPTCP_LAB_HELPER"));
    env.helper = !helper.isEmpty() && helper != QLatin1String("none");
    return env;
}

LabController::LabController(QObject *parent)
    : QObject(parent)
    , m_script(defaultScriptPath())
    , m_watchdog(new QTimer(this))
{
    m_watchdog->setSingleShot(true);
    connect(m_watchdog, &QTimer::timeout, this, &LabController::onTimeout);
}

LabController::~LabController()
{
    // A running lab.sh is left to finish on its own (e.g. `down` completing its
    // cleanup); only our end of the pipes goes away.
    if (m_process) {
        m_process->disconnect(this);
        m_process->setParent(nullptr);
        QObject::connect(m_process, &QProcess::finished, m_process, &QObject::deleteLater);
    }
}

QString LabController::defaultScriptPath()
{
    const QString fromEnv = qEnvironmentVariable("MPTCP_LAB_SCRIPT");
    if (!fromEnv.isEmpty())
        return fromEnv;
    const QString installed = QStringLiteral(MPTCP_LAB_SCRIPT_INSTALLED);
    if (QFileInfo(installed).isExecutable())
        return installed;
    return QStringLiteral(MPTCP_LAB_SCRIPT_BUILD);
}

void LabController::refresh()
{
    enqueue(Operation::Refresh, {QStringLiteral("env")}, ShortTimeoutMs);
}

void LabController::up(const LabUpOptions &options)
{
    QStringList args{QStringLiteral("up")};
    if (options.wwanBackup)
        args << QStringLiteral("--wwan-backup");
    if (!options.wifiRate.isEmpty())
        args << QStringLiteral("--wifi-rate") << options.wifiRate;
    if (!options.lteRate.isEmpty())
        args << QStringLiteral("--lte-rate") << options.lteRate;
    if (options.port > 0)
        args << QStringLiteral("--port") << QString::number(options.port);
    enqueue(Operation::Up, args, UpTimeoutMs);
}

void LabController::down()
{
    enqueue(Operation::Down, {QStringLiteral("down")}, DownTimeoutMs);
}

void LabController::traffic(int seconds, const QString &rate)
{
    QStringList args{QStringLiteral("traffic"), QStringLiteral("--seconds"), QString::number(qMax(0, seconds))};
    if (!rate.isEmpty())
        args << QStringLiteral("--rate") << rate;
    enqueue(Operation::Traffic, args, ShortTimeoutMs);
}

void LabController::stopTraffic()
{
    enqueue(Operation::StopTraffic, {QStringLiteral("traffic"), QStringLiteral("--stop")}, ShortTimeoutMs);
}

void LabController::cut(const QString &iface)
{
    enqueue(Operation::Cut, {QStringLiteral("cut"), iface}, ShortTimeoutMs);
}

void LabController::restore(const QString &iface)
{
    enqueue(Operation::Restore, {QStringLiteral("restore"), iface}, ShortTimeoutMs);
}

void LabController::status()
{
    enqueue(Operation::Status, {QStringLiteral("status")}, ShortTimeoutMs);
}

void LabController::enqueue(Operation operation, const QStringList &arguments, int timeoutMs)
{
    const bool wasBusy = isBusy();
    m_queue.enqueue(Request{operation, arguments, timeoutMs});
    if (!wasBusy)
        Q_EMIT busyChanged(true);
    if (!m_process)
        startNext();
}

void LabController::startNext()
{
    if (m_queue.isEmpty()) {
        Q_EMIT busyChanged(false);
        return;
    }
    m_current = m_queue.dequeue();
    m_stderrPending.clear();
    m_stderrTail.clear();
    if (m_current.operation == Operation::Up)
        setState(State::Starting);
    else if (m_current.operation == Operation::Down)
        setState(State::Stopping);

    m_process = new QProcess(this);
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    const QStringList extraKeys = m_extraEnv.keys();
    for (const QString &key : extraKeys)
        env.insert(key, m_extraEnv.value(key));
    if (!m_labId.isEmpty())
        env.insert(QStringLiteral("MPTCP_LAB_ID"), m_labId);
    m_process->setProcessEnvironment(env);
    m_process->setStandardInputFile(QProcess::nullDevice());
    connect(m_process, &QProcess::readyReadStandardError, this, &LabController::readProgress);
    connect(m_process, &QProcess::finished, this, &LabController::onFinished);
    connect(m_process, &QProcess::errorOccurred, this, [this](QProcess::ProcessError error) {
        if (error == QProcess::FailedToStart)
            complete(false, tr("Cannot run %1: %2").arg(m_script, m_process->errorString()));
    });
    qCDebug(lcLab) << "running" << m_script << m_current.arguments;
    m_watchdog->start(m_current.timeoutMs);
    m_process->start(m_script, m_current.arguments);
}

void LabController::readProgress()
{
    m_stderrPending += m_process->readAllStandardError();
    qsizetype nl;
    while ((nl = m_stderrPending.indexOf('\n')) >= 0) {
        const QString line = QString::fromUtf8(m_stderrPending.left(nl)).trimmed();
        m_stderrPending.remove(0, nl + 1);
        if (line.isEmpty())
            continue;
        QStringList tail = m_stderrTail.split(QLatin1Char('\n'), Qt::SkipEmptyParts);
        tail << line;
        while (tail.size() > StderrTailLines)
            tail.removeFirst();
        m_stderrTail = tail.join(QLatin1Char('\n'));
        Q_EMIT progress(line);
    }
}

void LabController::onTimeout()
{
    if (!m_process)
        return;
    qCWarning(lcLab) << "lab.sh" << m_current.arguments << "timed out";
    m_process->disconnect(this);
    m_process->kill();
    m_process->waitForFinished(1000);
    complete(false, tr("The lab did not answer within %1 s (%2).")
                        .arg(m_current.timeoutMs / 1000)
                        .arg(m_current.arguments.join(QLatin1Char(' '))));
}

void LabController::onFinished(int exitCode, QProcess::ExitStatus status)
{
    m_watchdog->stop();
    readProgress();
    if (!m_stderrPending.isEmpty()) {
        m_stderrPending += '\n';
        readProgress();
    }
    const QByteArray out = m_process->readAllStandardOutput();
    const Operation op = m_current.operation;
    if (status != QProcess::NormalExit) {
        complete(false, tr("lab.sh crashed (%1).").arg(m_current.arguments.join(QLatin1Char(' '))));
        return;
    }
    if (exitCode == ExitNotUp && op != Operation::Up && op != Operation::Down) {
        m_environment = LabEnvironment();
        Q_EMIT environmentChanged();
        setState(State::Down);
        if (op == Operation::Refresh)
            complete(true, {});
        else if (op == Operation::Status) {
            Q_EMIT statusReady(QString::fromUtf8(out));
            complete(true, {});
        } else
            complete(false, tr("The lab is not up."));
        return;
    }
    if (exitCode != 0) {
        const QString why = m_stderrTail.isEmpty() ? tr("lab.sh exited with code %1.").arg(exitCode) : m_stderrTail;
        if (op == Operation::Up || op == Operation::Down) {
            // Where it stands after a failed up/down is for `env` to say.
            setState(State::Unknown);
            m_queue.prepend(Request{Operation::Refresh, {QStringLiteral("env")}, ShortTimeoutMs});
        }
        complete(false, why);
        return;
    }
    switch (op) {
    case Operation::Refresh:
    case Operation::Up: {
        const LabEnvironment env = LabEnvironment::parse(out);
        if (!env.isValid()) {
            setState(State::Unknown);
            complete(false, tr("lab.sh printed no bus address or network namespace."));
            return;
        }
        m_environment = env;
        Q_EMIT environmentChanged();
        setState(State::Up);
        break;
    }
    case Operation::Down:
        m_environment = LabEnvironment();
        Q_EMIT environmentChanged();
        setState(State::Down);
        break;
    case Operation::Status:
        Q_EMIT statusReady(QString::fromUtf8(out));
        break;
    case Operation::Traffic:
    case Operation::StopTraffic:
    case Operation::Cut:
    case Operation::Restore:
        break;
    }
    complete(true, {});
}

void LabController::complete(bool ok, const QString &error)
{
    m_watchdog->stop();
    if (m_process) {
        m_process->disconnect(this);
        m_process->deleteLater();
        m_process = nullptr;
    }
    const Operation op = m_current.operation;
    if (!ok) {
        m_error = error;
        Q_EMIT errorStringChanged();
        qCWarning(lcLab) << op << "failed:" << error;
        Q_EMIT errorOccurred(op, error);
    }
    Q_EMIT finished(op, ok);
    startNext();
}

void LabController::setState(State state)
{
    if (m_state == state)
        return;
    m_state = state;
    Q_EMIT stateChanged(state);
}

} // namespace mptcp::lab
