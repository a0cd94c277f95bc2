#include "plan.h"

#include "addresstext.h"

#include <algorithm>
#include <vector>

namespace mptcp::explain {

namespace {

// NM ≥1.40: MPTCP needs a daemon that runs and knows the feature (introduced in 1.40.0).
std::optional<Reason> daemonReason(const NetworkManagerState &nm)
{
    if (!nm.running)
        return Reason::NmNotRunning;
    if (!nm.version.atLeast(1, 40, 0))
        return Reason::NmTooOld;
    return std::nullopt;
}

// NM ≥1.40: only devices NM manages and has committed IP configuration for get endpoints;
// external/unmanaged devices use commit type NONE, which counts as disabled (nm-l3cfg.c).
std::optional<Reason> deviceStateReason(const Device &device)
{
    if (!device.managed || device.state == DeviceState::Unmanaged)
        return Reason::DeviceUnmanaged;
    if (!device.connection || device.connection->state == ActivationState::Deactivated)
        return Reason::NoActiveConnection;
    // NM ≥1.40: external activations use commit type NONE (nm-device.c _dev_l3_cfg_commit_type_reset).
    if (device.connection->external)
        return Reason::ExternalConnection;
    switch (device.state) {
    case DeviceState::Prepare:
    case DeviceState::Config:
    case DeviceState::NeedAuth:
        return Reason::Activating;
    case DeviceState::IpConfig:
    case DeviceState::IpCheck:
    case DeviceState::Secondaries:
    case DeviceState::Activated:
        return std::nullopt;
    case DeviceState::Deactivating:
        return Reason::Deactivating;
    case DeviceState::Unknown:
    case DeviceState::Unmanaged:
    case DeviceState::Unavailable:
    case DeviceState::Disconnected:
    case DeviceState::Failed:
        break;
    }
    return Reason::NoActiveConnection;
}

// NM ≥1.40: per-address exclusions in _l3_commit_mptcp_af (nm-l3cfg.c), in NM's order.
std::optional<Reason> addressReason(const Address &address, const NmVersion &version)
{
    const int scopeValue = nmAddressScope(address.family, address.address).value_or(address.scope);
    if (scopeValue == scope::Host)
        return Reason::Loopback;
    if (scopeValue == scope::Link)
        return Reason::LinkLocal;
    if (address.family == AddressFamily::IPv6 && isUniqueLocalIPv6(address.address))
        return Reason::UniqueLocal;
    // Kernel-made privacy addresses never enter NM's l3 config (NM sets IFA_F_MANAGETEMPADDR).
    // IPv6 only: for IPv4 the same bit is IFA_F_SECONDARY (every further address in a subnet).
    if (address.family == AddressFamily::IPv6 && (address.flags & ifaflag::Temporary))
        return Reason::TemporaryAddress;
    if (address.origin == AddressOrigin::Other)
        return Reason::NotConfiguredByNm;
    if (address.family == AddressFamily::IPv6 && (address.flags & ifaflag::Tentative) && skipsTentativeIPv6(version))
        return Reason::Tentative;
    return std::nullopt;
}

struct Tracked {
    int device = 0;
    int address = 0;
    int priority = 0;
    QString canonical;
};

// NM ≥1.40: tracked endpoints sorted by priority (stable), duplicates of one address dropped,
// the list cut at 8 (nmp_global_tracker_sync_mptcp_addrs, nmp-global-tracker.c).
void applyNmCap(const Snapshot &snapshot, std::vector<Tracked> &tracked, std::vector<Tracked> &capped, Plan &plan)
{
    std::stable_sort(tracked.begin(), tracked.end(),
                     [](const Tracked &a, const Tracked &b) { return a.priority > b.priority; });
    QHash<QString, QString> owner;
    int kept = 0;
    std::vector<Tracked> survivors;
    for (const Tracked &t : tracked) {
        PlannedAddress &pa = plan.devices[t.device].addresses[t.address];
        if (owner.contains(t.canonical)) {
            pa.reason = Reason::DuplicateAddress;
            pa.winner = owner.value(t.canonical);
            continue;
        }
        if (kept >= NmEndpointCap) {
            pa.reason = Reason::NmEndpointCap;
            capped.push_back(t);
            continue;
        }
        ++kept;
        owner.insert(t.canonical, snapshot.devices.at(t.device).effectiveIpIfname());
        plan.wanted.insert(t.canonical, {*pa.flags, pa.ifindex});
        survivors.push_back(t);
    }
    tracked = std::move(survivors);
}

// Kernel + NM ≥1.40: endpoints NM does not own stay (port, no dev, unhandled dev) and keep
// their slots and addresses; NM's adds beyond the kernel cap or onto a held address fail and
// are not retried (nmp_global_tracker_sync_mptcp_addrs; kernel mptcp_pm_nl_append_new_local_addr).
void applyKernelTable(const Snapshot &snapshot, const std::vector<Tracked> &tracked,
                      const std::vector<Tracked> &capped, Plan &plan)
{
    if (!snapshot.kernel.endpointsKnown)
        return;
    QSet<QString> heldByOthers;
    QSet<QString> presentAsWanted;
    int occupied = 0;
    for (const KernelEndpoint &k : snapshot.kernel.endpoints) {
        const QString canonical = canonicalAddress(k.address);
        const auto w = plan.wanted.constFind(canonical);
        if (w == plan.wanted.constEnd()) {
            ++occupied;
        } else if (nmIgnoresEndpoint(k) || !plan.handledIfindexes.contains(k.ifindex)) {
            ++occupied;
            heldByOthers.insert(canonical);
        } else if (k.flags == w->flags && k.ifindex == w->ifindex) {
            ++occupied;
            presentAsWanted.insert(canonical);
        }
        // Otherwise NM deletes it and adds its own in its place.
    }
    // NM ≥1.40: an endpoint NM added earlier that a higher-priority address pushed beyond the cap is
    // not deleted by a normal sync (only untracked "tombstones" are), so it stays until the next
    // reapply or disconnect (nmp_global_tracker_sync_mptcp_addrs; observed with 1.42.4).
    for (const Tracked &t : capped) {
        PlannedAddress &pa = plan.devices[t.device].addresses[t.address];
        for (const KernelEndpoint &k : snapshot.kernel.endpoints) {
            if (k.port == 0 && k.ifindex == pa.ifindex && pa.flags && k.flags == *pa.flags
                && canonicalAddress(k.address) == t.canonical) {
                pa.reason = Reason::KeptBeyondCap;
            }
        }
    }
    int free = kernelEndpointCap(snapshot.kernel) - occupied;
    for (const Tracked &t : tracked) {
        PlannedAddress &pa = plan.devices[t.device].addresses[t.address];
        if (heldByOthers.contains(t.canonical)) {
            pa.reason = Reason::AddressTakenByOtherEndpoint;
        } else if (!presentAsWanted.contains(t.canonical)) {
            if (free > 0)
                --free;
            else
                pa.reason = Reason::KernelTableFull;
        }
    }
}

} // namespace

Plan makePlan(const Snapshot &snapshot)
{
    Plan plan;
    const NmVersion &version = snapshot.networkManager.version;
    const std::optional<Reason> daemon = daemonReason(snapshot.networkManager);
    std::vector<Tracked> tracked;

    for (qsizetype di = 0; di < snapshot.devices.size(); ++di) {
        const Device &d = snapshot.devices.at(di);
        PlannedDevice pd;
        const int ifindex = d.effectiveIpIfindex();
        pd.addresses.resize(d.addresses.size());
        for (PlannedAddress &pa : pd.addresses)
            pa.ifindex = ifindex;

        std::optional<Reason> reason = daemon ? daemon : deviceStateReason(d);
        if ((!reason || *reason == Reason::Activating || *reason == Reason::Deactivating)
            && d.type == DeviceType::Vpn && !vpnHonoursMptcpFlags(version))
            reason = Reason::VpnIgnoresFlags;
        if (!reason || *reason == Reason::Activating || *reason == Reason::Deactivating) {
            pd.flags = resolveFlags(d.connection->mptcpFlags, d.confDefaults, version);
            std::optional<Reason> gate;
            if (pd.flags->undecidedConf)
                gate = Reason::ConfMatchUnknown;
            else if (pd.flags->disabled())
                gate = Reason::DisabledForConnection;
            else if (!snapshot.kernel.mptcpAvailable)
                gate = Reason::KernelWithoutMptcp;
            else if (!sysctlGateOpen(pd.flags->flags, snapshot.kernel, version))
                gate = Reason::SysctlDisabled;
            if (gate)
                reason = gate;
        }
        pd.reason = reason.value_or(Reason::Expected);

        const bool committed = !reason || *reason == Reason::Deactivating;
        const bool evaluated = committed || (reason && *reason == Reason::Activating);
        if (evaluated) {
            const quint32 endpointFlags = endpointFlagsFor(pd.flags->flags, version);
            for (const AddressFamily family : {AddressFamily::IPv4, AddressFamily::IPv6}) {
                const bool open = defaultRouteGateOpen(pd.flags->flags, d, family);
                if (committed && open) {
                    (family == AddressFamily::IPv4 ? pd.ipv4Handled : pd.ipv6Handled) = true;
                    plan.handledIfindexes.insert(ifindex);
                }
                int index = 0;
                for (qsizetype ai = 0; ai < d.addresses.size(); ++ai) {
                    const Address &a = d.addresses.at(ai);
                    if (a.family != family)
                        continue;
                    PlannedAddress &pa = pd.addresses[ai];
                    if (!open) {
                        pa.reason = Reason::NoDefaultRoute;
                        continue;
                    }
                    if (const std::optional<Reason> r = addressReason(a, version)) {
                        pa.reason = *r;
                        if (*r == Reason::Tentative)
                            pa.flags = endpointFlags;
                        continue;
                    }
                    pa.flags = endpointFlags;
                    if (!committed) {
                        pa.reason = Reason::Activating;
                        continue;
                    }
                    if (reason && *reason == Reason::Deactivating) {
                        pa.reason = Reason::Deactivating;
                        pa.flags.reset();
                        continue;
                    }
                    pa.reason = Reason::Expected;
                    tracked.push_back({int(di), int(ai), trackPriority(index++), canonicalAddress(a.address)});
                }
            }
        } else {
            for (PlannedAddress &pa : pd.addresses)
                pa.reason = pd.reason;
        }
        plan.devices.append(pd);
    }

    std::vector<Tracked> capped;
    applyNmCap(snapshot, tracked, capped, plan);
    applyKernelTable(snapshot, tracked, capped, plan);
    return plan;
}

} // namespace mptcp::explain
