// C++ handle on tests/sandbox/sandbox.sh: a private system bus, a real polkitd
// and (optionally) a real NetworkManager in throw-away namespaces.
#pragma once

#include <QByteArray>
#include <QMap>
#include <QProcess>
#include <QProcessEnvironment>
#include <QString>
#include <QStringList>
#include <QTemporaryDir>

#include <memory>

namespace mptcp::test {

// A long-running process inside a sandbox (net + mount namespace). It is
// stopped by PID (SIGTERM, then SIGKILL) when the handle goes away.
class SandboxProcess {
public:
    ~SandboxProcess();
    SandboxProcess(const SandboxProcess &) = delete;
    SandboxProcess &operator=(const SandboxProcess &) = delete;

    [[nodiscard]] qint64 pid() const { return m_process.processId(); }
    [[nodiscard]] bool isRunning() const { return m_process.state() == QProcess::Running; }
    // stdout and stderr, merged; read it or wait for a line with waitForOutput().
    QProcess &process() { return m_process; }
    // Waits until the accumulated output contains `needle`; returns all output so far.
    bool waitForOutput(const QByteArray &needle, int timeoutMs, QByteArray *output = nullptr);
    // Stops it now; returns the exit code (-1 when it had to be killed by a signal).
    int stop();

private:
    friend class Sandbox;
    SandboxProcess() = default;
    QProcess m_process;
    QByteArray m_output;
};

class Sandbox {
public:
    struct Options {
        bool networkManager = true;
        bool polkit = true;
        int mptcpSysctl = 1; // net.mptcp.enabled in the device netns at start
        // Uplinks "IFACE[:N]": device side IFACE in the device netns, router side
        // rtN with 10.0.N.1/24 and 2001:db8:N::1/64. Empty list = no links.
        QStringList links{QStringLiteral("veth0:0"), QStringLiteral("veth1:1")};
        // Files to install, by file name; and/or whole directories. With no
        // connections at all every link gets a default profile "sb-IFACE"
        // (10.0.N.2/24 gw .1, 2001:db8:N::2/64 gw ::1).
        QMap<QString, QByteArray> connections; // NAME.nmconnection
        QStringList connectionDirs;
        QMap<QString, QByteArray> nmConf; // conf.d/NAME.conf
        QStringList nmConfDirs;
        QMap<QString, QByteArray> polkitActions; // NAME.policy
        QStringList polkitActionDirs;
        QMap<QString, QByteArray> polkitRules; // NAME.rules
        QStringList polkitRuleDirs;
        QMap<QString, QByteArray> dbusPolicies; // NAME.conf (system.d)
        QStringList dbusPolicyDirs;
        QMap<QString, QByteArray> dbusServices; // NAME.service (activation; runs as root inside)
        QStringList dbusServiceDirs;
        QStringList daemonEnvironment; // KEY=VALUE for the daemons and activated services
        // Devices that must be "connected" before up() returns; empty = every
        // link named by an autoconnecting profile. {"none"} = do not wait.
        QStringList waitDevices;
        QString nmLogLevel; // default INFO
        int timeoutSeconds = 20;
    };

    Sandbox();
    ~Sandbox(); // down()
    Sandbox(const Sandbox &) = delete;
    Sandbox &operator=(const Sandbox &) = delete;

    // Empty when sandboxes can run here; otherwise why not (for a test SKIP).
    static QString unavailableReason();
    static QString scriptPath();
    // `sandbox.sh keyfile NAME IFACE OPTIONS...` (see sandbox.sh --help); empty on error.
    static QByteArray keyfile(const QString &name, const QString &iface, const QStringList &options = {});

    bool up(const Options &options, QString *error = nullptr);
    // Stops everything by PID, deletes the namespaces and the state dir. Returns
    // false (with what was left behind) if anything survived. Idempotent.
    bool down(QString *error = nullptr);
    [[nodiscard]] bool isUp() const { return !m_env.isEmpty(); }

    [[nodiscard]] QString id() const { return value("SANDBOX_ID"); }
    [[nodiscard]] QString busAddress() const { return value("DBUS_SYSTEM_BUS_ADDRESS"); }
    [[nodiscard]] QString deviceNetns() const { return value("SANDBOX_NETNS"); }
    [[nodiscard]] QString routerNetns() const { return value("SANDBOX_ROUTER_NETNS"); }
    [[nodiscard]] QString stateDir() const { return value("SANDBOX_STATE"); }
    // /etc/polkit-1/rules.d of the sandbox; polkitd reloads rules written here.
    [[nodiscard]] QString polkitRulesDir() const { return value("SANDBOX_POLKIT_RULES_DIR"); }
    [[nodiscard]] qint64 networkManagerPid() const { return value("SANDBOX_NM_PID").toLongLong(); }
    [[nodiscard]] qint64 polkitdPid() const { return value("SANDBOX_POLKITD_PID").toLongLong(); }
    [[nodiscard]] qint64 dbusPid() const { return value("SANDBOX_DBUS_PID").toLongLong(); }
    // All KEY=value lines printed by `sandbox.sh up`.
    [[nodiscard]] const QMap<QString, QString> &variables() const { return m_env; }

    // nmcli (LANG=C) against the sandbox's bus; stdout+stderr into *out.
    // Note: nmcli 1.42 exits 0 even when polkit refused the request.
    int nmcli(const QStringList &args, QString *out = nullptr) const;
    // `ip -n <device netns> ...` / `ip -n <router netns> ...`
    int ip(const QStringList &args, QString *out = nullptr) const;
    int routerIp(const QStringList &args, QString *out = nullptr) const;
    // Runs a program inside the sandbox (device netns + private mounts, so it
    // sees the sandbox's /etc/NetworkManager, /run and polkit dirs) and waits.
    int exec(const QString &program, const QStringList &args, QString *out = nullptr) const;
    // Starts a long-running program inside the sandbox; nullptr on failure.
    std::unique_ptr<SandboxProcess> start(const QString &program, const QStringList &args,
                                          QString *error = nullptr) const;
    // The caller's environment plus DBUS_SYSTEM_BUS_ADDRESS and SANDBOX_*, LANG=C:
    // for client processes outside the sandbox.
    [[nodiscard]] QProcessEnvironment clientEnvironment() const;

private:
    [[nodiscard]] QString value(const char *key) const { return m_env.value(QLatin1String(key)); }
    [[nodiscard]] QStringList enterArgs(const QString &program, const QStringList &args) const;

    QMap<QString, QString> m_env;
    std::unique_ptr<QTemporaryDir> m_inputs; // inline files handed to sandbox.sh
};

} // namespace mptcp::test
