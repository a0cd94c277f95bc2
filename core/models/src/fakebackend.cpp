#include "mptcp/models/fakebackend.h"

#include "mptcp/explain/snapshot.h"
#include "mptcp/models/listmodels.h"
#include "mptcp/models/mptcpflags.h"

#include <QCoreApplication>
#include <QTimer>

#include <algorithm>

namespace mptcp::models {

namespace nmflag = mptcp::explain::nmflag;

namespace {

// NetworkManager 1.40-1.54 built-in default: enabled,subflow (nm-libnm-core-utils.h).
constexpr quint32 BuiltinDefault = nmflag::Enabled | nmflag::Subflow;
constexpr quint32 KernelEndpointMax = 8; // MPTCP_PM_ADDR_MAX

bool sameWords(QStringList a, QStringList b)
{
    a.sort();
    b.sort();
    return a == b;
}

using Machine = FakeBackend::Machine;
using Device = FakeBackend::Device;
using Address = FakeBackend::Address;

Address v4(const QString &address, int prefix = 24) { return {address, prefix, false, {}}; }
Address v6(const QString &address, int prefix = 64) { return {address, prefix, true, {}}; }

Address linkLocal6(const QString &address)
{
    return {address, 64, true, QCoreApplication::translate("mptcp::models::FakeBackend", "Link-local addresses are never used for MPTCP.")};
}

Address ula6(const QString &address)
{
    return {address, 64, true, QCoreApplication::translate("mptcp::models::FakeBackend", "Unique local IPv6 addresses (fc00::/7) are left out by NetworkManager.")};
}

Device device(const QString &ifname, DeviceKind kind, const QString &connection, const QString &uuid,
              QList<Address> addresses)
{
    Device d;
    d.ifname = ifname;
    d.kind = kind;
    d.connectionName = connection;
    d.uuid = uuid;
    d.addresses = std::move(addresses);
    return d;
}

// A laptop on a home network: wired + Wi-Fi + LTE backup + a VPN without default route.
Machine typicalMachine()
{
    Machine m;
    m.subflows = 3;
    m.addAddrAccepted = 2;
    m.devices = {
        device(QStringLiteral("enp3s0"), DeviceKind::Ethernet, QStringLiteral("Wired connection 1"),
               QStringLiteral("5f0c6a3e-6d4b-4b8e-9a57-0d3c5e7a1b01"),
               {v4(QStringLiteral("192.168.1.23")), v6(QStringLiteral("2001:db8:1::23")),
                linkLocal6(QStringLiteral("fe80::8a3:1cff:fe4e:2a11"))}),
        device(QStringLiteral("wlp2s0"), DeviceKind::Wifi, QStringLiteral("Home Wi-Fi"),
               QStringLiteral("0b5d3f1c-2a7e-4e0f-8c1d-6a9b2e4f7c02"),
               {v4(QStringLiteral("192.168.1.57")), ula6(QStringLiteral("fd12:3456:789a::57"))}),
        device(QStringLiteral("wwan0"), DeviceKind::Mobile, QStringLiteral("Carrier LTE"),
               QStringLiteral("9c2e7b4a-1f3d-4c6e-b8a0-3d5f7e9a1c03"), {v4(QStringLiteral("10.64.12.7"), 30)}),
        device(QStringLiteral("tun0"), DeviceKind::Vpn, QStringLiteral("Office VPN"),
               QStringLiteral("2d4f6a8c-3e5b-4d7f-9a1c-5e7b9d1f3a04"), {v4(QStringLiteral("10.8.0.6"))}),
    };
    m.devices[2].flags = nmflag::Enabled | nmflag::Subflow | nmflag::Backup;
    // A VPN that only routes the office network: NetworkManager adds no default route.
    m.devices[3].defaultRoute4 = false;
    m.devices[3].defaultRoute6 = false;
    return m;
}

} // namespace

FakeBackend::FakeBackend(QObject *parent)
    : Backend(parent)
{
    loadScenario(QStringLiteral("typical"));
}

QStringList FakeBackend::scenarioNames()
{
    return {QStringLiteral("typical"),          QStringLiteral("nm-absent"), QStringLiteral("sysctl-off"),
            QStringLiteral("no-default-route"), QStringLiteral("conflicts"), QStringLiteral("helper-denied"),
            QStringLiteral("no-mptcp")};
}

QString FakeBackend::label() const { return tr("demo"); }

bool FakeBackend::loadScenario(const QString &name)
{
    if (!scenarioNames().contains(name))
        return false;
    Machine m = typicalMachine();
    bool deny = false;
    m_machine = m;
    // Every device activated once, the way NetworkManager would have done it.
    for (Device &d : m_machine.devices)
        reapply(d);
    if (name == QLatin1String("nm-absent")) {
        m_machine.nmRunning = false;
        m_machine.nmVersion.clear();
        // Without NetworkManager only what someone added by hand remains.
        m_machine.endpoints = {
            {1, QStringLiteral("192.168.1.23"), 0, {QStringLiteral("subflow")}, QStringLiteral("enp3s0"),
             EndpointOrigin::Manual},
        };
    } else if (name == QLatin1String("sysctl-off")) {
        // Switched off after the connections came up: NetworkManager only looks again on reconnect.
        m_machine.enabled = false;
    } else if (name == QLatin1String("no-default-route")) {
        for (Device &d : m_machine.devices) {
            d.defaultRoute4 = d.ifname == QLatin1String("wwan0");
            d.defaultRoute6 = false;
            reapply(d);
        }
    } else if (name == QLatin1String("conflicts")) {
        m_machine.subflows = 1;
        m_machine.addAddrAccepted = 0;
        m_machine.mptcpdRunning = true;
        m_machine.endpoints.append({20, QStringLiteral("192.168.1.99"), 0, {QStringLiteral("signal")},
                                    QString(), EndpointOrigin::Manual});
        // Someone changed the LTE endpoint by hand: the kernel no longer matches the profile.
        for (EndpointInfo &e : m_machine.endpoints) {
            if (e.address == QLatin1String("10.64.12.7")) {
                e.flags = {QStringLiteral("subflow"), QStringLiteral("fullmesh")};
                e.origin = EndpointOrigin::Manual;
            }
        }
    } else if (name == QLatin1String("helper-denied")) {
        deny = true;
    } else if (name == QLatin1String("no-mptcp")) {
        m_machine.mptcpAvailable = false;
        m_machine.enabled = false;
        m_machine.endpoints.clear();
        for (Device &d : m_machine.devices)
            d.appliedSysctl = false;
    }
    m_scenario = name;
    m_deny = deny;
    recompute();
    Q_EMIT scenarioChanged();
    Q_EMIT stateChanged();
    return true;
}

void FakeBackend::setActionDelay(int ms)
{
    if (m_delayMs == ms)
        return;
    m_delayMs = std::max(0, ms);
    Q_EMIT scenarioChanged();
}

void FakeBackend::setDenyActions(bool deny)
{
    if (m_deny == deny)
        return;
    m_deny = deny;
    Q_EMIT scenarioChanged();
}

void FakeBackend::simulateManualEndpoint(const QString &address, const QStringList &flags,
                                         const QString &interfaceName)
{
    m_machine.endpoints.append({nextEndpointId(), address, 0, flags, interfaceName, EndpointOrigin::Manual});
    recompute();
    Q_EMIT stateChanged();
}

void FakeBackend::simulateNetworkManagerRunning(bool running)
{
    m_machine.nmRunning = running;
    m_machine.nmVersion = running ? QStringLiteral("1.42.4") : QString();
    if (running) {
        for (Device &d : m_machine.devices)
            reapply(d);
    }
    recompute();
    Q_EMIT stateChanged();
}

void FakeBackend::simulatePathManagerEvent(const QString &type, const QVariantMap &details)
{
    Q_EMIT pathManagerEvent(type, details);
}

quint32 FakeBackend::resolvedFlags(const Device &device) const
{
    quint32 flags = device.flags;
    if (flags == nmflag::None)
        flags = m_machine.globalDefault;
    if (flags == nmflag::None)
        flags = BuiltinDefault;
    if (flags & nmflag::Disabled)
        return nmflag::Disabled;
    return flags | nmflag::Enabled;
}

std::optional<QStringList> FakeBackend::expectedFor(const Device &d, const Address &a, QString *reason) const
{
    const quint32 flags = resolvedFlags(d);
    if (!m_machine.nmRunning)
        *reason = tr("NetworkManager is not running, so nothing adds endpoints automatically.");
    else if (!d.managed)
        *reason = tr("%1 is not managed by NetworkManager.").arg(d.ifname);
    else if (!d.connected)
        *reason = tr("%1 has no active connection.").arg(d.ifname);
    else if (flags & nmflag::Disabled)
        *reason = tr("MPTCP is turned off for the connection \"%1\".").arg(d.connectionName);
    else if (!m_machine.enabled && !(flags & nmflag::AlsoWithoutSysctl))
        *reason = tr("MPTCP is disabled system-wide (net.mptcp.enabled = 0).");
    else if (!(flags & nmflag::AlsoWithoutDefaultRoute) && !(a.ipv6 ? d.defaultRoute6 : d.defaultRoute4))
        *reason = a.ipv6 ? tr("No IPv6 default route on %1: NetworkManager only adds endpoints where it "
                              "configured a default route.")
                               .arg(d.ifname)
                         : tr("No IPv4 default route on %1: NetworkManager only adds endpoints where it "
                              "configured a default route.")
                               .arg(d.ifname);
    else if (!a.exclusion.isEmpty())
        *reason = a.exclusion;
    else
        return endpointWordsOf(flags);
    return std::nullopt;
}

int FakeBackend::nextEndpointId() const
{
    int id = 1;
    while (std::any_of(m_machine.endpoints.cbegin(), m_machine.endpoints.cend(),
                       [id](const EndpointInfo &e) { return e.id == id; }))
        ++id;
    return id;
}

void FakeBackend::reapply(Device &d)
{
    d.appliedFlags = resolvedFlags(d);
    d.appliedSysctl = m_machine.enabled;
    if (!m_machine.nmRunning || !d.managed)
        return;
    // NM 1.40+: a reapply removes every port-0 endpoint on the device it does not want.
    m_machine.endpoints.removeIf([&d](const EndpointInfo &e) {
        return e.port == 0 && e.interfaceName == d.ifname;
    });
    for (const Address &a : std::as_const(d.addresses)) {
        QString reason;
        const auto flags = expectedFor(d, a, &reason);
        if (!flags || quint32(m_machine.endpoints.size()) >= KernelEndpointMax)
            continue;
        m_machine.endpoints.append({nextEndpointId(), a.address, 0, *flags, d.ifname, EndpointOrigin::NetworkManager});
    }
    std::sort(m_machine.endpoints.begin(), m_machine.endpoints.end(),
              [](const EndpointInfo &x, const EndpointInfo &y) { return x.id < y.id; });
}

void FakeBackend::recompute()
{
    const Machine &m = m_machine;
    SystemState s;
    s.loaded = true;
    s.mptcpAvailable = m.mptcpAvailable;
    if (m.mptcpAvailable)
        s.enabled = m.enabled;
    s.pathManager = m.userspacePm ? tr("Userspace") : tr("In-kernel");
    s.nmRunning = m.nmRunning;
    s.nmVersion = m.nmVersion;
    s.nmSupportsMptcp = m.nmRunning;
    if (m.mptcpAvailable) {
        s.subflowsLimit = m.subflows;
        s.addAddrAcceptedLimit = m.addAddrAccepted;
    }
    s.limitsMaximum = KernelEndpointMax;
    s.limitsPersistent = m.limitsPersistent;
    s.globalDefault = m.globalDefault;
    s.globalDefaultSource = m.globalDefault != 0
        ? tr("Set in /etc/NetworkManager/conf.d/90-mptcp-settings.conf")
        : tr("Not set: NetworkManager %1 uses enabled, subflow").arg(m.nmVersion.isEmpty() ? QStringLiteral("1.42") : m.nmVersion);
    s.helperAvailable = true;
    s.endpoints = m.endpoints;

    int connected = 0;
    int active = 0;
    QString firstInactiveReason;
    bool anyPending = false;
    for (const Device &d : m.devices) {
        DeviceInfo info;
        info.ifname = d.ifname;
        info.kind = d.kind;
        info.connected = d.connected;
        if (!m.nmRunning)
            info.stateText = d.connected ? tr("Up") : tr("Down");
        else if (!d.managed)
            info.stateText = tr("Not managed by NetworkManager");
        else
            info.stateText = d.connected ? tr("Connected") : tr("Disconnected");
        if (m.nmRunning && d.connected) {
            info.connectionName = d.connectionName;
            info.connectionUuid = d.uuid;
            info.connectionFlags = d.flags;
        }
        const quint32 def = m.globalDefault != 0 ? m.globalDefault : BuiltinDefault;
        info.defaultFlags = (def & nmflag::Disabled) ? QStringList{QStringLiteral("disabled")}
                                                      : QStringList{QStringLiteral("enabled")} + endpointWordsOf(def);
        info.defaultSource = m.globalDefault != 0 ? tr("from NetworkManager.conf") : tr("NetworkManager's built-in default");

        const bool lagging = d.appliedFlags != resolvedFlags(d) || d.appliedSysctl != m.enabled;
        int endpointsHere = 0;
        for (const Address &a : d.addresses) {
            AddressInfo row;
            row.address = a.address;
            row.prefixLength = a.prefixLength;
            row.ipv6 = a.ipv6;
            row.expected = expectedFor(d, a, &row.reason);
            const auto kernel = std::find_if(m.endpoints.cbegin(), m.endpoints.cend(),
                                             [&a](const EndpointInfo &e) { return e.address == a.address; });
            if (kernel != m.endpoints.cend()) {
                row.kernel = kernel->flags;
                row.kernelEndpointId = kernel->id;
                ++endpointsHere;
            }
            if (row.expected && row.kernel)
                row.verdict = sameWords(*row.expected, *row.kernel) ? Verdict::Ok
                                                                     : (lagging ? Verdict::Pending : Verdict::Mismatch);
            else if (row.expected)
                row.verdict = lagging ? Verdict::Pending : Verdict::Missing;
            else if (row.kernel)
                row.verdict = lagging && kernel->origin == EndpointOrigin::NetworkManager ? Verdict::Pending
                                                                                         : Verdict::Unexpected;
            else
                row.verdict = Verdict::None;
            row.verdictText = verdictSentence(row);
            anyPending |= row.verdict == Verdict::Pending;
            info.addresses.append(row);
        }
        info.mptcpActive = endpointsHere > 0 && m.mptcpAvailable;
        if (d.connected) {
            ++connected;
            if (info.mptcpActive && m.enabled)
                ++active;
        }
        if (!d.connected)
            info.summary = info.stateText;
        else if (info.mptcpActive)
            info.summary = tr("MPTCP in use: %n endpoint(s)", nullptr, endpointsHere);
        else {
            info.summary = info.addresses.isEmpty() ? tr("No addresses.") : info.addresses.constFirst().reason;
            if (firstInactiveReason.isEmpty())
                firstInactiveReason = info.summary;
        }
        s.devices.append(info);
    }

    if (!m.mptcpAvailable) {
        s.verdict = tr("MPTCP is not available: this kernel was built without it");
    } else if (!m.enabled) {
        s.verdict = tr("MPTCP is disabled system-wide");
        s.verdictDetail = tr("net.mptcp.enabled is 0, so applications cannot open MPTCP connections.");
    } else if (connected == 0) {
        s.verdict = tr("No interface is connected");
    } else {
        //: %1 = interfaces using MPTCP, %n = connected interfaces
        s.verdict = tr("MPTCP is active on %1 of %n interface(s)", nullptr, connected).arg(active);
        s.verdictDetail = firstInactiveReason;
    }

    // Warnings, most severe first.
    if (!m.mptcpAvailable) {
        s.warnings.append({Severity::Error, tr("This kernel has no MPTCP support (no /proc/sys/net/mptcp)."),
                           FixAction::None, 0, {}});
    } else if (!m.enabled) {
        s.warnings.append({Severity::Error,
                           tr("MPTCP is disabled system-wide (net.mptcp.enabled = 0). NetworkManager never "
                              "changes this setting."),
                           FixAction::EnableMptcp, 0, tr("Enable MPTCP")});
    }
    int subflowEndpoints = 0;
    for (const EndpointInfo &e : m.endpoints) {
        if (e.flags.contains(QLatin1String("subflow")) || e.flags.contains(QLatin1String("fullmesh")))
            ++subflowEndpoints;
    }
    if (m.mptcpAvailable && quint32(subflowEndpoints) > m.subflows) {
        const int wanted = std::min<int>(subflowEndpoints, int(KernelEndpointMax));
        s.warnings.append({Severity::Warning,
                           tr("%n subflow endpoint(s), but the limit allows only %1 extra subflows: some paths "
                              "stay unused.",
                              nullptr, subflowEndpoints)
                               .arg(m.subflows),
                           FixAction::SetSubflowsLimit, wanted, tr("Allow %1 subflows").arg(wanted)});
    }
    for (const EndpointInfo &e : m.endpoints) {
        if (e.origin != EndpointOrigin::Manual || !m.nmRunning)
            continue;
        const auto owner = std::find_if(m.devices.cbegin(), m.devices.cend(), [&e](const Device &d) {
            return std::any_of(d.addresses.cbegin(), d.addresses.cend(),
                               [&e](const Address &a) { return a.address == e.address; });
        });
        if (owner == m.devices.cend()) {
            s.warnings.append({Severity::Warning,
                               tr("Endpoint %1 (%2) is for an address no interface has.").arg(e.id).arg(e.address),
                               FixAction::DeleteEndpoint, e.id, tr("Remove endpoint %1").arg(e.id)});
        } else if (owner->managed && owner->connected) {
            s.warnings.append({Severity::Warning,
                               tr("Endpoint %1 (%2) on %3 was added by hand: NetworkManager replaces it the next "
                                  "time it reapplies %3.")
                                   .arg(e.id)
                                   .arg(e.address, owner->ifname),
                               FixAction::DeleteEndpoint, e.id, tr("Remove endpoint %1").arg(e.id)});
        }
    }
    if (m.mptcpdRunning) {
        s.warnings.append({Severity::Warning,
                           tr("mptcpd is running as well and manages endpoints too; the two can undo each "
                              "other's changes."),
                           FixAction::None, 0, {}});
    }
    if (m.mptcpAvailable && m.addAddrAccepted == 0) {
        const int wanted = std::clamp<int>(int(m.subflows), 1, int(KernelEndpointMax));
        s.warnings.append({Severity::Info,
                           tr("Addresses announced by servers are ignored (add_addr_accepted is 0)."),
                           FixAction::SetAddAddrAcceptedLimit, wanted, tr("Accept %n address(es)", nullptr, wanted)});
    }
    if (!m.nmRunning) {
        s.warnings.append({Severity::Info,
                           tr("NetworkManager is not running: only endpoints added by hand or by other tools "
                              "exist."),
                           FixAction::None, 0, {}});
    }
    if (anyPending && m.enabled) {
        s.warnings.append({Severity::Info, tr("Some changes take effect when the connections are reactivated."),
                           FixAction::None, 0, {}});
    }
    m_state = s;
}

void FakeBackend::act(const QString &description, std::function<ActionResult()> change, ActionCallback done,
                      const QString &deniedText)
{
    ++m_actionCount;
    m_lastAction = description;
    Q_EMIT actionReceived();
    const bool deny = m_deny;
    QTimer::singleShot(m_delayMs, this, [this, deny, deniedText, change = std::move(change), done = std::move(done)] {
        if (deny) {
            done(ActionResult::failure(deniedText, true));
            return;
        }
        const ActionResult result = change();
        if (result.ok) {
            recompute();
            Q_EMIT stateChanged();
        }
        done(result);
    });
}

namespace {

QString helperDenied(const char *action)
{
    return QCoreApplication::translate("mptcp::models::FakeBackend", "Not authorized: the system policy does not allow %1 for this user.").arg(QLatin1String(action));
}

} // namespace

void FakeBackend::setMptcpEnabled(bool enabled, ActionCallback done)
{
    act(QStringLiteral("setMptcpEnabled %1").arg(enabled ? 1 : 0),
        [this, enabled] {
            m_machine.enabled = enabled;
            return ActionResult::success();
        },
        std::move(done), helperDenied("org.mptcp.settings.set-enabled"));
}

void FakeBackend::setLimits(quint32 subflows, quint32 addAddrAccepted, bool keepAfterReboot, ActionCallback done)
{
    act(QStringLiteral("setLimits %1 %2%3").arg(subflows).arg(addAddrAccepted).arg(keepAfterReboot ? QStringLiteral(" keep") : QString()),
        [this, subflows, addAddrAccepted, keepAfterReboot] {
            if (subflows > KernelEndpointMax || addAddrAccepted > KernelEndpointMax)
                return ActionResult::failure(tr("The kernel refused: limit greater than maximum (%1).").arg(KernelEndpointMax));
            m_machine.subflows = subflows;
            m_machine.addAddrAccepted = addAddrAccepted;
            m_machine.limitsPersistent = keepAfterReboot;
            return ActionResult::success();
        },
        std::move(done), helperDenied("org.mptcp.settings.set-limits"));
}

void FakeBackend::setSysctl(const QString &name, const QString &value, bool keepAfterReboot, ActionCallback done)
{
    const QString rpPrefix = QStringLiteral("net.ipv4.conf.");
    const QString rpSuffix = QStringLiteral(".rp_filter");
    const bool rpFilter = name.startsWith(rpPrefix) && name.endsWith(rpSuffix);
    const QString interfaceName = rpFilter ? name.mid(rpPrefix.size(), name.size() - rpPrefix.size() - rpSuffix.size()) : QString();
    // The helper asks polkit for set-enabled about net.mptcp.enabled, set-kernel-options otherwise.
    const QString denied = name == QLatin1String("net.mptcp.enabled") ? helperDenied("org.mptcp.settings.set-enabled")
                                                                       : helperDenied("org.mptcp.settings.set-kernel-options");
    act(QStringLiteral("setSysctl %1 %2%3").arg(name, value, keepAfterReboot ? QStringLiteral(" keep") : QString()),
        [this, name, value, rpFilter, interfaceName] {
            // The same allowlist as the helper; rp_filter is not part of the simulated machine.
            if (name == QLatin1String("net.mptcp.enabled") && (value == QLatin1String("0") || value == QLatin1String("1"))) {
                m_machine.enabled = value == QLatin1String("1");
            } else if (name == QLatin1String("net.mptcp.pm_type") && (value == QLatin1String("0") || value == QLatin1String("1"))) {
                m_machine.userspacePm = value == QLatin1String("1");
            } else if (name == QLatin1String("net.mptcp.path_manager")
                       && (value == QLatin1String("kernel") || value == QLatin1String("userspace"))) {
                m_machine.userspacePm = value == QLatin1String("userspace");
            } else if (rpFilter && (value == QLatin1String("0") || value == QLatin1String("1") || value == QLatin1String("2"))) {
                const bool known = interfaceName == QLatin1String("all") || interfaceName == QLatin1String("default")
                    || std::any_of(m_machine.devices.cbegin(), m_machine.devices.cend(),
                                   [&interfaceName](const Device &d) { return d.ifname == interfaceName; });
                if (!known)
                    return ActionResult::failure(tr("No interface named \"%1\" exists.").arg(interfaceName));
            } else {
                return ActionResult::failure(tr("%1 = %2 cannot be set through the helper.").arg(name, value));
            }
            return ActionResult::success();
        },
        std::move(done), denied);
}

void FakeBackend::addEndpoint(const EndpointSpec &spec, ActionCallback done)
{
    act(QStringLiteral("addEndpoint %1 id %2 port %3 %4 dev %5")
            .arg(spec.address)
            .arg(spec.id)
            .arg(spec.port)
            .arg(spec.flags.join(QLatin1Char(',')), spec.interfaceName),
        [this, spec] {
            if (quint32(m_machine.endpoints.size()) >= KernelEndpointMax)
                return ActionResult::failure(tr("The kernel refused: the endpoint table is full (%1).").arg(KernelEndpointMax));
            if (spec.id != 0
                && std::any_of(m_machine.endpoints.cbegin(), m_machine.endpoints.cend(),
                               [&spec](const EndpointInfo &e) { return e.id == spec.id; }))
                return ActionResult::failure(tr("The kernel refused: endpoint %1 already exists.").arg(spec.id));
            const int id = spec.id != 0 ? spec.id : nextEndpointId();
            m_machine.endpoints.append({id, spec.address, spec.port, spec.flags, spec.interfaceName, EndpointOrigin::Manual});
            std::sort(m_machine.endpoints.begin(), m_machine.endpoints.end(),
                      [](const EndpointInfo &x, const EndpointInfo &y) { return x.id < y.id; });
            return ActionResult::success();
        },
        std::move(done), helperDenied("org.mptcp.settings.manage-endpoints"));
}

void FakeBackend::setEndpointFlags(int id, const QStringList &flags, ActionCallback done)
{
    act(QStringLiteral("setEndpointFlags %1 %2").arg(id).arg(flags.join(QLatin1Char(','))),
        [this, id, flags] {
            for (EndpointInfo &e : m_machine.endpoints) {
                if (e.id != id)
                    continue;
                for (const QString &word : {QStringLiteral("backup"), QStringLiteral("fullmesh")}) {
                    e.flags.removeAll(word);
                    if (flags.contains(word))
                        e.flags.append(word);
                }
                return ActionResult::success();
            }
            return ActionResult::failure(tr("The kernel refused: endpoint %1 does not exist.").arg(id));
        },
        std::move(done), helperDenied("org.mptcp.settings.manage-endpoints"));
}

void FakeBackend::deleteEndpoint(int id, ActionCallback done)
{
    act(QStringLiteral("deleteEndpoint %1").arg(id),
        [this, id] {
            if (m_machine.endpoints.removeIf([id](const EndpointInfo &e) { return e.id == id; }) == 0)
                return ActionResult::failure(tr("The kernel refused: endpoint %1 does not exist.").arg(id));
            return ActionResult::success();
        },
        std::move(done), helperDenied("org.mptcp.settings.manage-endpoints"));
}

void FakeBackend::flushEndpoints(ActionCallback done)
{
    act(QStringLiteral("flushEndpoints"),
        [this] {
            m_machine.endpoints.clear();
            return ActionResult::success();
        },
        std::move(done), helperDenied("org.mptcp.settings.manage-endpoints"));
}

void FakeBackend::setConnectionMptcpFlags(const QString &uuid, quint32 nmFlags, ActionCallback done)
{
    act(QStringLiteral("setConnectionMptcpFlags %1 0x%2").arg(uuid).arg(nmFlags, 0, 16),
        [this, uuid, nmFlags] {
            for (Device &d : m_machine.devices) {
                if (d.uuid != uuid)
                    continue;
                d.flags = nmFlags;
                reapply(d);
                return ActionResult::success();
            }
            return ActionResult::failure(tr("NetworkManager has no connection %1.").arg(uuid));
        },
        std::move(done), tr("Insufficient privileges: not authorized to modify connection settings."));
}

void FakeBackend::setGlobalDefaultFlags(quint32 nmFlags, ActionCallback done)
{
    act(QStringLiteral("setGlobalDefaultFlags 0x%1").arg(nmFlags, 0, 16),
        [this, nmFlags] {
            m_machine.globalDefault = nmFlags;
            return ActionResult::success();
        },
        std::move(done), helperDenied("org.mptcp.settings.set-nm-default"));
}

} // namespace mptcp::models
