// Differential harness for the explain engine: a real NetworkManager (test sandbox)
// acts on profiles the test sets, the Snapshot is built in-process from the same readers
// the programs use (core/nm over the sandbox's bus, core/kernel inside its device netns),
// and the engine's expectation is compared with what NetworkManager put in the kernel.
#pragma once

#include "mptcp/explain/explanation.h"
#include "mptcp/nm/networkstate.h"
#include "sandbox.h"

#include <QDeadlineTimer>
#include <QMap>
#include <QSet>
#include <QString>
#include <QStringList>

#include <functional>
#include <memory>

namespace mptcp::test {

// One keyfile profile "x-IFACE", pinned to IFACE, as the test wants it to be.
struct ProfileSpec {
    QString iface;
    QString flags = QStringLiteral("0"); // connection.mptcp-flags as nmcli takes it (number)
    QStringList ipv4;                    // ADDR/PREFIX; none = method disabled
    QStringList ipv6;
    QString gw4;
    QString gw6;
    bool neverDefault4 = false;
    bool neverDefault6 = false;
    int routeTable = 0; // 0 = main
    // IPv6 by SLAAC (method auto, ipv6 list ignored) with ip6-privacy=2: NM makes the address
    // from the router's advertisement (sendRouterAdvertisement) and the kernel adds a
    // temporary (privacy) address next to it.
    bool ipv6SlaacWithPrivacy = false;
    int subnet = 0; // the link's N: router side rtN

    // 10.0.N.2/24 gw 10.0.N.1 and 2001:db8:N::2/64 gw 2001:db8:N::1 (the sandbox's router side).
    static ProfileSpec standard(const QString &iface, int subnet, const QString &flags = QStringLiteral("0"));
    [[nodiscard]] QString name() const { return QStringLiteral("x-") + iface; }
    [[nodiscard]] quint32 flagsValue() const;
    bool operator==(const ProfileSpec &) const = default;
};

// Extra assertions for one scenario; returns problems (empty = fine).
using ScenarioCheck = std::function<QStringList(const explain::Snapshot &, const explain::Explanation &)>;

class NmDifferential {
public:
    NmDifferential() = default;
    ~NmDifferential();
    NmDifferential(const NmDifferential &) = delete;
    NmDifferential &operator=(const NmDifferential &) = delete;

    // Brings up the sandbox with one profile per spec and the reader on its bus. Call once
    // per process: libnm keeps the first system bus it connects to.
    bool start(const QList<ProfileSpec> &profiles, int mptcpSysctl, QString *error);
    QString stop();

    Sandbox &sandbox() { return m_sb; }

    // `nmcli connection modify` to the spec, then `nmcli connection up` (skipped when the
    // profile already is like that and was activated since the last sysctl/conf change).
    QString apply(const ProfileSpec &spec, bool force = false);
    QString applyAll(const QList<ProfileSpec> &specs, bool force = false);
    // Saves the spec's flags in the profile only (no reapply, no up).
    QString modifyOnly(const QString &iface, const QString &flags);
    QString deviceReapply(const QString &iface);
    // The applied value the reader must report for iface (after modifyOnly/reapply).
    void expectApplied(const QString &iface, quint32 flags) { m_applied[iface] = flags; }

    // One router advertisement for 2001:db8:SUBNET::/64 (on-link, autonomous, default
    // router) from rtSUBNET in the router netns; "" when sent.
    QString sendRouterAdvertisement(int subnet);

    // net.mptcp.enabled in the device netns.
    QString setSysctl(int value);
    // Writes (empty text: removes) conf.d/NAME of the sandbox and has NM reload it.
    QString writeConf(const QString &name, const QByteArray &text);

    // Kernel state (inside the device netns) + NetworkManager state (reader).
    explain::Snapshot snapshot();
    // "ADDRESS FLAGS dev IFNAME", sorted; FLAGS = ip-mptcp words joined by ',' or "-".
    QStringList kernelTable(const explain::Snapshot &snapshot) const;

    // Waits until the kernel holds exactly `expectedTable` and the reader reflects the
    // profiles, then checks the engine: with no `check`, every row must be ok/none and no
    // kernel endpoint may be unexplained; a `check` replaces that. Returns "" or a report.
    QString awaitAgreement(const QStringList &expectedTable, const ScenarioCheck &check = {},
                           int timeoutMs = 8000);
    // The same for a kernel table the test does not predict (NM's history decides it): waits
    // for the reader, lets NM settle for `settleMs`, then checks once.
    QString checkAgreementAfter(int settleMs, const ScenarioCheck &check = {});

    // The default check: no missing/unexpected/mismatch/pending/unknown rows, no extras.
    static QStringList strictAgreement(const explain::Snapshot &snapshot, const explain::Explanation &explanation);
    static QString describe(const explain::Snapshot &snapshot, const explain::Explanation &explanation);

private:
    QString readerLag(const explain::Snapshot &snapshot) const;
    QString nmcli(const QStringList &args);

    Sandbox m_sb;
    std::unique_ptr<nm::NetworkStateReader> m_reader;
    QMap<QString, ProfileSpec> m_profiles; // as last applied, by iface
    QMap<QString, quint32> m_applied;      // applied flags the reader must show, by iface
    QSet<QString> m_fresh;                 // ifaces activated since the last sysctl/conf change
};

// Scenario check helpers.
const explain::Row *rowFor(const explain::Explanation &explanation, const QString &address);

} // namespace mptcp::test
