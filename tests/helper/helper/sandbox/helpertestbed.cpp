#include "helpertestbed.h"

#include "testsupport.h"

#include <QDBusConnectionInterface>
#include <QDirIterator>
#include <QElapsedTimer>
#include <QFile>
#include <QThread>

#include <csignal>
#include <sys/types.h>

namespace mptcp::test {

namespace {

QByteArray readSourceFile(const QString &relative)
{
    QFile f(qEnvironmentVariable("MPTCP_SOURCE_DIR") + QLatin1Char('/') + relative);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

// YES for the user "daemon" (uid 1), NO for everyone else; root is always allowed by
// polkitd. While the marker file exists, set-limits checks take 0.7 s, to hold
// requests in the "waiting for polkit" state.
QByteArray testRule(const QString &slowMarker)
{
    return QStringLiteral(R"(polkit.addRule(function(action, subject) {
    if (action.id.indexOf("org.mptcp.settings.") != 0)
        return;
    if (action.id == "org.mptcp.settings.set-limits") {
        try { polkit.spawn(["/bin/sh", "-c", "test -e '%1' && sleep 0.7; true"]); } catch (e) {}
    }
    return subject.user == "daemon" ? polkit.Result.YES : polkit.Result.NO;
});
)").arg(slowMarker).toUtf8();
}

bool alive(qint64 pid)
{
    QFile stat(QStringLiteral("/proc/%1/stat").arg(pid));
    if (!stat.open(QIODevice::ReadOnly))
        return false;
    const QByteArray text = stat.readAll();
    const qsizetype close = text.lastIndexOf(')');
    return close > 0 && text.size() > close + 2 && text.at(close + 2) != 'Z';
}

} // namespace

QString HelperTestbed::helperBinary()
{
    return QStringLiteral(MPTCP_HELPER_BINARY);
}

QString HelperTestbed::clientBinary()
{
    return QStringLiteral(MPTCP_HELPER_TEST_CLIENT);
}

HelperTestbed::HelperTestbed() = default;

HelperTestbed::~HelperTestbed()
{
    down();
}

bool HelperTestbed::up(bool withNetworkManager, QString *error)
{
    if (!m_root.isValid() || !m_markerDir.isValid()) {
        *error = QStringLiteral("no scratch directory");
        return false;
    }
    // polkitd (user polkitd) looks for the marker.
    QFile::setPermissions(m_markerDir.path(), QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ExeOwner
                                                  | QFileDevice::ReadOther | QFileDevice::ExeOther);
    const QByteArray polkitPolicy = readSourceFile(QStringLiteral("dbus/org.mptcp.settings.policy"));
    const QByteArray busPolicy = readSourceFile(QStringLiteral("dbus/org.mptcp.Settings.Helper1.conf"));
    if (polkitPolicy.isEmpty() || busPolicy.isEmpty()) {
        *error = QStringLiteral("cannot read the policy files under MPTCP_SOURCE_DIR (run the test through ctest)");
        return false;
    }
    Sandbox::Options o;
    o.networkManager = withNetworkManager;
    o.links = {QStringLiteral("veth0:0"), QStringLiteral("veth1:1")};
    o.polkitActions.insert(QStringLiteral("org.mptcp.settings.policy"), polkitPolicy);
    o.polkitRules.insert(QStringLiteral("50-mptcp-settings-test.rules"), testRule(slowPolkitMarker()));
    o.dbusPolicies.insert(QStringLiteral("org.mptcp.Settings.Helper1.conf"), busPolicy);
    // The installed activation file minus SystemdService (no systemd here), with
    // the build's binary writing under the scratch root.
    o.dbusServices.insert(QStringLiteral("org.mptcp.Settings.Helper1.service"),
                          QStringLiteral("[D-BUS Service]\nName=org.mptcp.Settings.Helper1\nExec=%1 --root %2 --idle-timeout %3\nUser=root\n")
                              .arg(helperBinary(), m_root.path())
                              .arg(IdleSeconds)
                              .toUtf8());
    if (!m_sandbox.up(o, error))
        return false;
    if (!withNetworkManager) {
        // Without NetworkManager nobody configures the device side of the links.
        for (const auto &[dev, n] : {std::pair{"veth0", 0}, std::pair{"veth1", 1}}) {
            m_sandbox.ip({QStringLiteral("link"), QStringLiteral("set"), QLatin1String(dev), QStringLiteral("up")});
            m_sandbox.ip({QStringLiteral("addr"), QStringLiteral("add"), QStringLiteral("10.0.%1.2/24").arg(n), QStringLiteral("dev"),
                          QLatin1String(dev)});
        }
    }
    m_busName = QStringLiteral("helpertest-%1").arg(m_sandbox.id());
    m_bus = QDBusConnection::connectToBus(m_sandbox.busAddress(), m_busName);
    if (!m_bus.isConnected()) {
        *error = QStringLiteral("cannot connect to the sandbox bus: %1").arg(m_bus.lastError().message());
        return false;
    }
    return true;
}

void HelperTestbed::down()
{
    if (!m_sandbox.isUp())
        return;
    stopHelper();
    m_bus = QDBusConnection(QString());
    QDBusConnection::disconnectFromBus(m_busName);
    m_sandbox.down();
}

QString HelperTestbed::slowPolkitMarker() const
{
    return m_markerDir.path() + QStringLiteral("/slow-polkit");
}

void HelperTestbed::setSlowPolkit(bool slow)
{
    QFile marker(slowPolkitMarker());
    if (slow)
        marker.open(QIODevice::WriteOnly);
    else
        marker.remove();
}

qint64 HelperTestbed::helperPid() const
{
    if (!m_bus.isConnected())
        return 0;
    const auto reply = m_bus.interface()->servicePid(QStringLiteral("org.mptcp.Settings.Helper1"));
    return reply.isValid() ? qint64(reply.value()) : 0;
}

void HelperTestbed::stopHelper()
{
    const qint64 pid = helperPid();
    if (pid <= 0)
        return;
    ::kill(static_cast<pid_t>(pid), SIGTERM);
    QElapsedTimer t;
    t.start();
    while (alive(pid) && t.elapsed() < 5000)
        QThread::msleep(20);
    if (alive(pid))
        ::kill(static_cast<pid_t>(pid), SIGKILL);
}

QStringList HelperTestbed::commandLine(Caller who, const QStringList &command) const
{
    switch (who) {
    case Caller::Root:
        return QStringList{clientBinary()} + command;
    case Caller::Allowed:
        return QStringList{QStringLiteral("setpriv"), QStringLiteral("--reuid=1"), QStringLiteral("--regid=1"),
                           QStringLiteral("--clear-groups"), clientBinary()} + command;
    case Caller::Denied:
        break;
    }
    return QStringList{QStringLiteral("setpriv"), QStringLiteral("--reuid=65534"), QStringLiteral("--regid=65534"),
                       QStringLiteral("--clear-groups"), clientBinary()} + command;
}

QString HelperTestbed::call(Caller who, const QStringList &command, int *exitCode) const
{
    const QStringList line = commandLine(who, command);
    QProcess p;
    p.setProcessEnvironment(m_sandbox.clientEnvironment());
    p.setProcessChannelMode(QProcess::MergedChannels);
    p.start(line.first(), line.mid(1));
    p.closeWriteChannel();
    p.waitForFinished(60000);
    if (exitCode)
        *exitCode = p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1;
    return QString::fromLocal8Bit(p.readAll()).trimmed();
}

QStringList HelperTestbed::batch(Caller who, const QStringList &lines) const
{
    const QStringList line = commandLine(who, {QStringLiteral("batch")});
    QProcess p;
    p.setProcessEnvironment(m_sandbox.clientEnvironment());
    p.start(line.first(), line.mid(1));
    p.write((lines.join(QLatin1Char('\n')) + QLatin1Char('\n')).toUtf8());
    p.closeWriteChannel();
    p.waitForFinished(120000);
    return QString::fromUtf8(p.readAllStandardOutput()).split(QLatin1Char('\n'), Qt::SkipEmptyParts);
}

std::unique_ptr<QProcess> HelperTestbed::startClient(Caller who, const QStringList &command) const
{
    const QStringList line = commandLine(who, command);
    auto p = std::make_unique<QProcess>();
    p->setProcessEnvironment(m_sandbox.clientEnvironment());
    p->setProcessChannelMode(QProcess::MergedChannels);
    p->start(line.first(), line.mid(1));
    p->waitForStarted(10000);
    return p;
}

QByteArray HelperTestbed::endpointsJson() const
{
    QString out;
    m_sandbox.ip({QStringLiteral("-j"), QStringLiteral("mptcp"), QStringLiteral("endpoint"), QStringLiteral("show")}, &out);
    return out.trimmed().toUtf8();
}

QByteArray HelperTestbed::limitsText() const
{
    QString out;
    m_sandbox.ip({QStringLiteral("mptcp"), QStringLiteral("limits"), QStringLiteral("show")}, &out);
    return out.trimmed().toUtf8();
}

QString HelperTestbed::enabledSysctl() const
{
    QString out;
    run(QStringLiteral("ip"), {QStringLiteral("netns"), QStringLiteral("exec"), m_sandbox.deviceNetns(), QStringLiteral("cat"),
                               QStringLiteral("/proc/sys/net/mptcp/enabled")},
        &out);
    return out.trimmed();
}

QString HelperTestbed::sysctl(const QString &name) const
{
    QString out;
    if (run(QStringLiteral("ip"), {QStringLiteral("netns"), QStringLiteral("exec"), m_sandbox.deviceNetns(), QStringLiteral("sysctl"),
                                   QStringLiteral("-n"), name},
            &out)
        != 0)
        return {};
    return out.trimmed();
}

bool HelperTestbed::setSysctl(const QString &name, const QString &value) const
{
    return run(QStringLiteral("ip"), {QStringLiteral("netns"), QStringLiteral("exec"), m_sandbox.deviceNetns(), QStringLiteral("sysctl"),
                                      QStringLiteral("-qw"), QStringLiteral("%1=%2").arg(name, value)})
        == 0;
}

QString HelperTestbed::snapshot() const
{
    QStringList paths;
    QDirIterator it(m_root.path(), QDir::Files | QDir::Hidden, QDirIterator::Subdirectories);
    while (it.hasNext())
        paths << it.next();
    paths.sort();
    QString files;
    for (const QString &path : paths) {
        QFile f(path);
        files += path + QLatin1Char('=') + QString::fromUtf8(f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray()) + QLatin1Char(';');
    }
    // One process for all of them: `sysctl -a`-like "name = value" lines, in this order.
    QString sysctls;
    run(QStringLiteral("ip"), {QStringLiteral("netns"), QStringLiteral("exec"), m_sandbox.deviceNetns(), QStringLiteral("sysctl"),
                               QStringLiteral("net.mptcp.pm_type"), QStringLiteral("net.mptcp.path_manager"), QStringLiteral("net.ipv4.ip_forward"),
                               QStringLiteral("net.ipv4.conf.all.rp_filter"), QStringLiteral("net.ipv4.conf.default.rp_filter"),
                               QStringLiteral("net.ipv4.conf.veth0.rp_filter"), QStringLiteral("net.ipv4.conf.veth1.rp_filter")},
        &sysctls);
    return QStringLiteral("endpoints=%1 limits=%2 enabled=%3 sysctls=%4 files=%5")
        .arg(QString::fromUtf8(endpointsJson()), QString::fromUtf8(limitsText()), enabledSysctl(), sysctls.simplified(), files);
}

} // namespace mptcp::test
