#include "sandbox.h"

#include <QDeadlineTimer>
#include <QDir>
#include <QFile>
#include <QLoggingCategory>
#include <QStandardPaths>

#include <atomic>
#include <mutex>
#include <unistd.h>

Q_LOGGING_CATEGORY(lcSandbox, "mptcp.test.sandbox")

namespace mptcp::test {

namespace {

struct RunResult {
    int exitCode = -1; // -1: could not start, crashed or timed out
    QString output;
};

RunResult runProcess(const QString &program, const QStringList &args, const QProcessEnvironment &env,
                     int timeoutMs = 120000)
{
    QProcess p;
    p.setProcessEnvironment(env);
    p.setProcessChannelMode(QProcess::MergedChannels);
    p.start(program, args);
    RunResult r;
    if (!p.waitForStarted(10000)) {
        r.output = p.errorString();
        return r;
    }
    p.closeWriteChannel();
    if (!p.waitForFinished(timeoutMs)) {
        p.kill();
        p.waitForFinished();
        r.output = QString::fromLocal8Bit(p.readAll()) + QStringLiteral("\n(timed out)");
        return r;
    }
    r.output = QString::fromLocal8Bit(p.readAll());
    r.exitCode = p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1;
    return r;
}

QProcessEnvironment cEnvironment()
{
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("LANG"), QStringLiteral("C"));
    env.remove(QStringLiteral("LC_ALL"));
    env.remove(QStringLiteral("LANGUAGE"));
    return env;
}

// Writes inline files into dir/sub; returns the directory or an empty string.
QString writeFiles(const QString &dir, const QString &sub, const QMap<QString, QByteArray> &files, QString *error)
{
    const QString path = dir + QLatin1Char('/') + sub;
    if (!QDir().mkpath(path)) {
        *error = QStringLiteral("cannot create %1").arg(path);
        return {};
    }
    for (auto it = files.cbegin(); it != files.cend(); ++it) {
        QFile f(path + QLatin1Char('/') + it.key());
        if (!f.open(QIODevice::WriteOnly) || f.write(it.value()) != it.value().size()) {
            *error = QStringLiteral("cannot write %1: %2").arg(f.fileName(), f.errorString());
            return {};
        }
    }
    return path;
}

} // namespace

SandboxProcess::~SandboxProcess()
{
    stop();
}

bool SandboxProcess::waitForOutput(const QByteArray &needle, int timeoutMs, QByteArray *output)
{
    QDeadlineTimer deadline(timeoutMs);
    for (;;) {
        m_output += m_process.readAll();
        if (m_output.contains(needle))
            break;
        if (m_process.state() != QProcess::Running || deadline.hasExpired()) {
            if (output)
                *output = m_output;
            return false;
        }
        m_process.waitForReadyRead(int(qMax<qint64>(1, deadline.remainingTime())));
    }
    if (output)
        *output = m_output;
    return true;
}

int SandboxProcess::stop()
{
    if (m_process.state() == QProcess::NotRunning)
        return m_process.exitStatus() == QProcess::NormalExit ? m_process.exitCode() : -1;
    m_process.terminate(); // SIGTERM to our own child, by PID
    if (!m_process.waitForFinished(3000)) {
        qCWarning(lcSandbox) << "process" << m_process.processId() << "ignored SIGTERM; killing it";
        m_process.kill();
        m_process.waitForFinished(3000);
    }
    return m_process.exitStatus() == QProcess::NormalExit ? m_process.exitCode() : -1;
}

Sandbox::Sandbox() = default;

Sandbox::~Sandbox()
{
    QString error;
    if (!down(&error))
        qCWarning(lcSandbox).noquote() << error;
}

QString Sandbox::scriptPath()
{
    return QStringLiteral(MPTCP_SANDBOX_SCRIPT);
}

QString Sandbox::unavailableReason()
{
    if (::geteuid() != 0)
        return QStringLiteral("the NetworkManager/polkit sandbox needs root (network and mount namespaces)");
    if (!QFile::exists(QStringLiteral("/proc/sys/net/mptcp/enabled")))
        return QStringLiteral("kernel has no MPTCP (/proc/sys/net/mptcp missing)");
    const QStringList tools{QStringLiteral("NetworkManager"), QStringLiteral("nmcli"), QStringLiteral("dbus-daemon"),
                            QStringLiteral("gdbus"), QStringLiteral("ip"), QStringLiteral("nsenter"),
                            QStringLiteral("unshare"), QStringLiteral("setsid"), QStringLiteral("bash")};
    const QStringList path{QStringLiteral("/usr/local/sbin"), QStringLiteral("/usr/sbin"), QStringLiteral("/sbin")};
    for (const QString &tool : tools) {
        if (QStandardPaths::findExecutable(tool).isEmpty() && QStandardPaths::findExecutable(tool, path).isEmpty())
            return QStringLiteral("`%1` not found (needed by the sandbox)").arg(tool);
    }
    if (!QFile::exists(QStringLiteral("/usr/lib/polkit-1/polkitd")))
        return QStringLiteral("/usr/lib/polkit-1/polkitd not found (package polkitd)");
    if (!QFile::exists(scriptPath()))
        return QStringLiteral("%1 not found").arg(scriptPath());
    return {};
}

QByteArray Sandbox::keyfile(const QString &name, const QString &iface, const QStringList &options)
{
    const RunResult r = runProcess(QStringLiteral("bash"),
                                   QStringList{scriptPath(), QStringLiteral("keyfile"), name, iface} + options,
                                   cEnvironment());
    if (r.exitCode != 0) {
        qCWarning(lcSandbox).noquote() << "keyfile" << name << "failed:" << r.output;
        return {};
    }
    return r.output.toUtf8();
}

bool Sandbox::up(const Options &o, QString *error)
{
    QString localError;
    QString &err = error ? *error : localError;
    if (isUp()) {
        err = QStringLiteral("sandbox %1 is already up").arg(id());
        return false;
    }
    // Once per test process: instances and namespaces left by killed runs (their
    // processes are dead) go before they can get in the way of this one.
    static std::once_flag collected;
    std::call_once(collected, [] {
        const RunResult gc = runProcess(QStringLiteral("bash"), {scriptPath(), QStringLiteral("gc")}, cEnvironment());
        if (!gc.output.trimmed().isEmpty())
            qCInfo(lcSandbox).noquote() << gc.output.trimmed();
    });
    static std::atomic<int> counter{0};
    const QString sandboxId = QStringLiteral("q%1x%2").arg(::getpid()).arg(counter++);

    QStringList args{QStringLiteral("up"), QStringLiteral("--id"), sandboxId};
    if (!o.networkManager)
        args << QStringLiteral("--no-nm");
    if (!o.polkit)
        args << QStringLiteral("--no-polkit");
    args << QStringLiteral("--mptcp-sysctl") << QString::number(o.mptcpSysctl ? 1 : 0);
    args << QStringLiteral("--links") << (o.links.isEmpty() ? QStringLiteral("none") : o.links.join(QLatin1Char(',')));
    args << QStringLiteral("--timeout") << QString::number(o.timeoutSeconds);
    if (!o.nmLogLevel.isEmpty())
        args << QStringLiteral("--nm-log") << o.nmLogLevel;
    if (!o.waitDevices.isEmpty())
        args << QStringLiteral("--wait") << o.waitDevices.join(QLatin1Char(','));
    for (const QString &kv : o.daemonEnvironment)
        args << QStringLiteral("--daemon-env") << kv;

    m_inputs = std::make_unique<QTemporaryDir>(QDir::tempPath() + QStringLiteral("/mptcp-sandbox-in-XXXXXX"));
    if (!m_inputs->isValid()) {
        err = QStringLiteral("cannot create a temporary directory: %1").arg(m_inputs->errorString());
        return false;
    }
    struct Kind {
        const char *option;
        const char *sub;
        const QMap<QString, QByteArray> &files;
        const QStringList &dirs;
    };
    const Kind kinds[] = {
        {"--connections", "connections", o.connections, o.connectionDirs},
        {"--nm-conf-d", "nm-conf.d", o.nmConf, o.nmConfDirs},
        {"--polkit-actions", "polkit-actions", o.polkitActions, o.polkitActionDirs},
        {"--polkit-rules", "polkit-rules", o.polkitRules, o.polkitRuleDirs},
        {"--dbus-policy", "dbus-policy", o.dbusPolicies, o.dbusPolicyDirs},
        {"--dbus-services", "dbus-services", o.dbusServices, o.dbusServiceDirs},
    };
    for (const Kind &k : kinds) {
        const QString option = QLatin1String(k.option);
        for (const QString &dir : k.dirs)
            args << option << dir;
        if (k.files.isEmpty())
            continue;
        const QString dir = writeFiles(m_inputs->path(), QLatin1String(k.sub), k.files, &err);
        if (dir.isEmpty())
            return false;
        args << option << dir;
    }

    QProcessEnvironment env = cEnvironment();
    env.insert(QStringLiteral("SANDBOX_QUIET"), QStringLiteral("1"));
    QProcess p;
    p.setProcessEnvironment(env);
    p.start(QStringLiteral("bash"), QStringList{scriptPath()} + args);
    if (!p.waitForStarted(10000)) {
        err = QStringLiteral("cannot run %1: %2").arg(scriptPath(), p.errorString());
        return false;
    }
    p.closeWriteChannel();
    if (!p.waitForFinished((o.timeoutSeconds + 30) * 1000)) {
        // sandbox.sh cleans up after itself on failure; a hang is a bug there.
        p.kill();
        p.waitForFinished();
        runProcess(QStringLiteral("bash"), {scriptPath(), QStringLiteral("down"), QStringLiteral("--id"), sandboxId},
                   env);
        err = QStringLiteral("sandbox.sh up hung; stderr:\n%1").arg(QString::fromLocal8Bit(p.readAllStandardError()));
        return false;
    }
    const QString out = QString::fromLocal8Bit(p.readAllStandardOutput());
    if (p.exitStatus() != QProcess::NormalExit || p.exitCode() != 0) {
        err = QStringLiteral("sandbox.sh up failed:\n%1").arg(QString::fromLocal8Bit(p.readAllStandardError()));
        return false;
    }
    QMap<QString, QString> vars;
    for (const QString &line : out.split(QLatin1Char('\n'), Qt::SkipEmptyParts)) {
        const qsizetype eq = line.indexOf(QLatin1Char('='));
        if (eq > 0)
            vars.insert(line.left(eq), line.mid(eq + 1));
    }
    m_env = vars;
    if (busAddress().isEmpty() || stateDir().isEmpty()) {
        err = QStringLiteral("sandbox.sh up printed no environment:\n%1").arg(out);
        down();
        return false;
    }
    qCDebug(lcSandbox) << "sandbox" << id() << "up, bus" << busAddress();
    return true;
}

bool Sandbox::down(QString *error)
{
    if (!isUp())
        return true;
    const RunResult r = runProcess(QStringLiteral("bash"),
                                   {scriptPath(), QStringLiteral("down"), QStringLiteral("--state"), stateDir()},
                                   cEnvironment());
    m_env.clear();
    m_inputs.reset();
    if (r.exitCode != 0) {
        if (error)
            *error = QStringLiteral("sandbox.sh down: %1").arg(r.output.trimmed());
        return false;
    }
    return true;
}

QProcessEnvironment Sandbox::clientEnvironment() const
{
    QProcessEnvironment env = cEnvironment();
    for (auto it = m_env.cbegin(); it != m_env.cend(); ++it)
        env.insert(it.key(), it.value());
    return env;
}

int Sandbox::nmcli(const QStringList &args, QString *out) const
{
    const RunResult r = runProcess(QStringLiteral("nmcli"), args, clientEnvironment());
    if (out)
        *out = r.output;
    return r.exitCode;
}

int Sandbox::ip(const QStringList &args, QString *out) const
{
    const RunResult r = runProcess(QStringLiteral("ip"), QStringList{QStringLiteral("-n"), deviceNetns()} + args,
                                   cEnvironment());
    if (out)
        *out = r.output;
    return r.exitCode;
}

int Sandbox::routerIp(const QStringList &args, QString *out) const
{
    const RunResult r = runProcess(QStringLiteral("ip"), QStringList{QStringLiteral("-n"), routerNetns()} + args,
                                   cEnvironment());
    if (out)
        *out = r.output;
    return r.exitCode;
}

QStringList Sandbox::enterArgs(const QString &program, const QStringList &args) const
{
    // nsenter does not fork for net+mount, so the PID we see is the program's.
    return QStringList{QStringLiteral("--target"), value("SANDBOX_INNER_PID"), QStringLiteral("--net"),
                       QStringLiteral("--mount"), QStringLiteral("--"), program}
        + args;
}

int Sandbox::exec(const QString &program, const QStringList &args, QString *out) const
{
    if (!isUp()) {
        if (out)
            *out = QStringLiteral("sandbox is not up");
        return -1;
    }
    const RunResult r = runProcess(QStringLiteral("nsenter"), enterArgs(program, args), clientEnvironment());
    if (out)
        *out = r.output;
    return r.exitCode;
}

std::unique_ptr<SandboxProcess> Sandbox::start(const QString &program, const QStringList &args, QString *error) const
{
    if (!isUp()) {
        if (error)
            *error = QStringLiteral("sandbox is not up");
        return nullptr;
    }
    std::unique_ptr<SandboxProcess> proc(new SandboxProcess);
    proc->m_process.setProcessEnvironment(clientEnvironment());
    proc->m_process.setProcessChannelMode(QProcess::MergedChannels);
    proc->m_process.start(QStringLiteral("nsenter"), enterArgs(program, args));
    if (!proc->m_process.waitForStarted(10000)) {
        if (error)
            *error = QStringLiteral("cannot start %1: %2").arg(program, proc->m_process.errorString());
        return nullptr;
    }
    return proc;
}

} // namespace mptcp::test
