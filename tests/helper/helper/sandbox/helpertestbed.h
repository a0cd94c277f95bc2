// Shared set-up for the helper's end-to-end tests: a sandbox (private system bus,
// real polkitd with the project's actions and a test rule) in which the bus
// activates the helper as root, and the test client run as root, daemon (uid 1,
// allowed by the rule) or nobody (uid 65534, denied).
#pragma once

#include "sandbox.h"

#include <QDBusConnection>
#include <QProcess>
#include <QString>
#include <QStringList>
#include <QTemporaryDir>

#include <memory>

namespace mptcp::test {

enum class Caller { Root, Allowed, Denied };

class HelperTestbed {
public:
    HelperTestbed();
    ~HelperTestbed();

    // Idle timeout of the activated helper, seconds.
    static constexpr int IdleSeconds = 3;

    // Brings the sandbox up (NetworkManager optional) with links veth0 (10.0.0.2) and veth1 (10.0.1.2).
    bool up(bool withNetworkManager, QString *error);
    void down();

    Sandbox &sandbox() { return m_sandbox; }
    [[nodiscard]] QString scratchRoot() const { return m_root.path(); }
    [[nodiscard]] QString deviceNetns() const { return m_sandbox.deviceNetns(); }

    // One helper-test-client command; returns its (trimmed) output.
    QString call(Caller who, const QStringList &command, int *exitCode = nullptr) const;
    // helper-test-client batch: one result line per input line.
    QStringList batch(Caller who, const QStringList &lines) const;
    // A client process left running (e.g. "monitor"), output merged.
    std::unique_ptr<QProcess> startClient(Caller who, const QStringList &command) const;

    // Endpoints + limits + the sysctls SetSysctl may change (and ip_forward, which it
    // must not) as `ip`/procfs show them, plus the
    // files under the scratch root: equal snapshots mean nothing changed.
    [[nodiscard]] QString snapshot() const;
    [[nodiscard]] QByteArray endpointsJson() const;
    [[nodiscard]] QByteArray limitsText() const;
    [[nodiscard]] QString enabledSysctl() const;
    // A sysctl of the helper's namespace ("net.ipv4.conf.veth0.rp_filter"), read or
    // set directly (not through the helper); "" when unreadable.
    [[nodiscard]] QString sysctl(const QString &name) const;
    bool setSysctl(const QString &name, const QString &value) const;

    // The test's own connection to the sandbox bus (as root).
    QDBusConnection &bus() { return m_bus; }
    // PID owning the helper's name, 0 if none.
    [[nodiscard]] qint64 helperPid() const;
    [[nodiscard]] bool helperRunning() const { return helperPid() > 0; }
    // Stops the activated helper by its PID (it is a child of the sandbox's bus).
    void stopHelper();

    // While set, polkit takes 0.7 s to answer set-limits checks.
    void setSlowPolkit(bool slow);

    // Paths of the binaries under test.
    static QString helperBinary();
    static QString clientBinary();

private:
    QStringList commandLine(Caller who, const QStringList &command) const;
    [[nodiscard]] QString slowPolkitMarker() const;

    Sandbox m_sandbox;
    QTemporaryDir m_root;
    QTemporaryDir m_markerDir;
    QDBusConnection m_bus{QString()};
    QString m_busName;
};

} // namespace mptcp::test
