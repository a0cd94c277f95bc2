#include "mptcp/explain/explanation.h"

#include "addresstext.h"
#include "plan.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QSet>

namespace mptcp::explain {

namespace {

class Text {
    Q_DECLARE_TR_FUNCTIONS(MptcpExplain)
};

QString deviceFamilyName(AddressFamily family)
{
    return family == AddressFamily::IPv4 ? QStringLiteral("IPv4") : QStringLiteral("IPv6");
}

// The kernel endpoint a row compares against: same address, preferring the one NM
// itself would manage (port 0) on the row's interface.
const KernelEndpoint *kernelEndpointFor(const QList<KernelEndpoint> &endpoints, const QString &canonical,
                                        int ifindex)
{
    const KernelEndpoint *best = nullptr;
    for (const KernelEndpoint &e : endpoints) {
        if (canonicalAddress(e.address) != canonical)
            continue;
        if (!best || (e.port == 0 && e.ifindex == ifindex))
            best = &e;
    }
    return best;
}

// The kernel endpoint one (device, address) row stands for. When the address is on another
// device too and NM gives the endpoint to that device, an endpoint there is the winner's row's.
const KernelEndpoint *rowEndpoint(const QList<KernelEndpoint> &endpoints, const QString &canonical,
                                  const PlannedAddress &planned)
{
    const KernelEndpoint *k = kernelEndpointFor(endpoints, canonical, planned.ifindex);
    if (k && planned.reason == Reason::DuplicateAddress && k->ifindex != planned.ifindex)
        return nullptr;
    return k;
}

// Whether the kernel's state for one address agrees with a planned decision.
bool kernelAgrees(const PlannedAddress &planned, const KernelEndpoint *k)
{
    if (!planned.endpointFlags())
        return k == nullptr;
    return k && k->port == 0 && k->flags == *planned.endpointFlags() && k->ifindex == planned.ifindex;
}

// Whether an alternative decision for a device matches the kernel for every address of the
// device while differing from the current decision somewhere.
bool explainsDevice(const PlannedDevice &alt, const PlannedDevice &now, const Device &device,
                    const QList<KernelEndpoint> &kernel)
{
    bool changed = false;
    for (qsizetype ai = 0; ai < device.addresses.size(); ++ai) {
        const PlannedAddress &a = alt.addresses.at(ai);
        const PlannedAddress &n = now.addresses.at(ai);
        const KernelEndpoint *k = rowEndpoint(kernel, canonicalAddress(device.addresses.at(ai).address), a);
        if (!kernelAgrees(a, k))
            return false;
        changed = changed || a.endpointFlags() != n.endpointFlags();
    }
    return changed;
}

struct Alternative {
    Plan plan;
    QString text;
};

// Decisions NM may still be running on: it reads net.mptcp.enabled and the conf default
// only at activation (nm-device.c _prop_get_connection_mptcp_flags; observed with 1.42.4).
QList<Alternative> alternativesFor(const Snapshot &snapshot)
{
    QList<Alternative> alts;
    if (snapshot.kernel.mptcpAvailable && snapshot.kernel.enabled) {
        Snapshot flipped = snapshot;
        flipped.kernel.enabled = *snapshot.kernel.enabled > 0 ? 0 : 1;
        alts.append({makePlan(flipped),
                     Text::tr("This matches net.mptcp.enabled = %1 at activation: NetworkManager reads it only "
                              "when a connection is activated, so the current value takes effect on reconnect.")
                         .arg(*flipped.kernel.enabled)});
    }
    const QString confText = Text::tr("The NetworkManager.conf default changed after this connection was "
                                      "activated; it takes effect when the connection is activated again.");
    for (qsizetype i = 0; i < snapshot.devices.size(); ++i) {
        const Device &d = snapshot.devices.at(i);
        if (!d.connection || d.connection->mptcpFlags != nmflag::None)
            continue;
        Snapshot builtIn = snapshot;
        builtIn.devices[i].confDefaults.clear();
        alts.append({makePlan(builtIn), confText});
        for (const ConfDefault &c : d.confDefaults) {
            if (!c.setsMptcpFlags)
                continue;
            Snapshot other = snapshot;
            ConfDefault only = c;
            only.matchesDevice = true;
            only.matchUnknown = false;
            only.stopMatch = false;
            other.devices[i].confDefaults = {only};
            alts.append({makePlan(other), confText});
        }
    }
    return alts;
}

QString ifnameFor(const Snapshot &snapshot, int ifindex)
{
    for (const Device &d : snapshot.devices) {
        if (d.effectiveIpIfindex() == ifindex)
            return d.effectiveIpIfname();
    }
    return ifindex > 0 ? QStringLiteral("#%1").arg(ifindex) : QString();
}

QString unexpectedText(const KernelEndpoint &k, const QSet<int> &handled, const Snapshot &snapshot)
{
    if (k.flags & kernelflag::Implicit)
        return Text::tr("The kernel's path manager created this endpoint itself (implicit).");
    if (nmIgnoresEndpoint(k))
        return Text::tr("Not created by NetworkManager (manual or mptcpd); NetworkManager never touches "
                        "endpoints with a port or without a device.");
    if (handled.contains(k.ifindex))
        return Text::tr("NetworkManager would not create this endpoint; it deletes it at the next reapply or "
                        "disconnect of %1.")
            .arg(ifnameFor(snapshot, k.ifindex));
    return Text::tr("NetworkManager would not create this endpoint and, as it does not handle MPTCP on this "
                    "interface, leaves it alone (manual, mptcpd or left over).");
}

void addWarning(Explanation &out, WarningKind kind, const QString &device, const QString &text,
                const char *fix = nullptr)
{
    out.warnings.append({kind, device, text, fix ? QLatin1String(fix) : QString()});
}

void limitWarnings(const Snapshot &snapshot, Explanation &out, bool mptcpInUse)
{
    const KernelState &k = snapshot.kernel;
    QSet<QString> subflowAddresses;
    for (const KernelEndpoint &e : k.endpoints) {
        if (e.flags & kernelflag::Subflow)
            subflowAddresses.insert(canonicalAddress(e.address));
    }
    for (const Row &r : out.rows) {
        if (r.expectedFlags && (*r.expectedFlags & kernelflag::Subflow))
            subflowAddresses.insert(canonicalAddress(r.address));
    }
    const int needed = int(subflowAddresses.size());
    // Kernel: the in-kernel PM opens at most `subflows` extra subflows per connection (pm_netlink.c).
    if (k.subflowsLimit && needed > 0 && quint32(needed) > *k.subflowsLimit) {
        // Two counts, so two sentences: each gets its own plural forms.
        const QString limitText = *k.subflowsLimit == 0
            ? Text::tr("No extra subflows will be used: the subflows limit is 0.")
            : Text::tr("Only %n extra subflow(s) will be used: the subflows limit is %n.", nullptr,
                       int(*k.subflowsLimit));
        const QString text = Text::tr("%n endpoint(s) have the subflow flag.", nullptr, needed) + u' ' + limitText
            + u' ' + Text::tr("NetworkManager never changes the MPTCP limits.");
        addWarning(out, WarningKind::SubflowsLimitLow, QString(), text, fixaction::RaiseSubflowsLimit);
    }
    // Kernel: ADD_ADDR from the peer is dropped beyond add_addr_accepted (pm_netlink.c).
    if (mptcpInUse && k.addAddrAcceptedLimit && *k.addAddrAcceptedLimit == 0) {
        addWarning(out, WarningKind::AddAddrAcceptedZero, QString(),
                   Text::tr("Addresses announced by servers are ignored: add_addr_accepted is 0. "
                            "NetworkManager never changes the MPTCP limits."),
                   fixaction::RaiseAddAddrAccepted);
    }
}

QString deviceVerdict(const DeviceSummary &s, const QList<Row> &rows, Reason deviceReason)
{
    int ok = 0, differ = 0, pending = 0;
    for (const Row &r : rows) {
        if (r.ifindex != s.ifindex || r.device != s.device)
            continue;
        switch (r.verdict) {
        case Verdict::Ok:
            ++ok;
            break;
        case Verdict::Missing:
        case Verdict::Mismatch:
        case Verdict::Unexpected:
            ++differ;
            break;
        case Verdict::Pending:
            ++pending;
            break;
        case Verdict::None:
        case Verdict::Unknown:
            break;
        }
    }
    if (differ > 0)
        return Text::tr("%n endpoint(s) differ from what NetworkManager configures.", nullptr, differ);
    if (pending > 0)
        return Text::tr("The kernel still shows an earlier decision for %n address(es); it changes when "
                        "NetworkManager re-evaluates (reconnect or finished address setup).",
                        nullptr, pending);
    if (ok > 0)
        return Text::tr("MPTCP is active with %n endpoint(s) as NetworkManager configures them.", nullptr, ok);
    if (deviceReason != Reason::Expected)
        return reasonText(deviceReason);
    if (!s.ipv4Handled && !s.ipv6Handled)
        return Text::tr("NetworkManager configured no default route on this device, and the connection does "
                        "not set also-without-default-route.");
    return Text::tr("NetworkManager handles MPTCP here, but no address qualifies for an endpoint.");
}

void deviceWarnings(const Snapshot &snapshot, const Plan &plan, Explanation &out)
{
    QSet<QString> confReported;
    for (qsizetype i = 0; i < snapshot.devices.size(); ++i) {
        const Device &d = snapshot.devices.at(i);
        const PlannedDevice &pd = plan.devices.at(i);
        if (pd.flags && pd.flags->ignoredConf) {
            const ConfDefault &c = *pd.flags->ignoredConf;
            const QString key = c.file + QLatin1Char('\n') + c.section;
            if (!confReported.contains(key)) {
                confReported.insert(key);
                addWarning(out, WarningKind::ConfDefaultIgnored, QString(),
                           Text::tr("%1 [%2] sets connection.mptcp-flags=%3, but NetworkManager accepts only a "
                                    "number there (for example 0x22 for enabled,subflow) and ignores it.")
                               .arg(c.file, c.section, c.value),
                           fixaction::WriteConfDefaultAsNumber);
            }
        }
        if (pd.reason == Reason::Expected && pd.flags
            && endpointFlagsFor(pd.flags->flags, snapshot.networkManager.version) == 0) {
            addWarning(out, WarningKind::EndpointsWithoutFlags, d.ifname,
                       Text::tr("MPTCP on %1 is set to \"enabled\" alone: NetworkManager creates endpoints "
                                "without flags, which the kernel neither announces nor uses for extra "
                                "subflows. Use enabled,subflow or enabled,signal.")
                           .arg(d.ifname),
                       fixaction::SetProfileSubflow);
        }
        if (d.connection) {
            const ActiveConnection &c = *d.connection;
            if (const std::optional<QString> problem =
                    profileFlagsProblem(c.mptcpFlags, snapshot.networkManager.version)) {
                addWarning(out, WarningKind::InvalidProfileFlags, d.ifname,
                           Text::tr("Profile \"%1\": %2").arg(c.id, *problem));
            }
            if (c.appliedKnown && c.savedMptcpFlags && *c.savedMptcpFlags != c.mptcpFlags) {
                addWarning(out, WarningKind::ProfileNotReapplied, d.ifname,
                           Text::tr("The saved profile \"%1\" has MPTCP flags %2, but %3 still uses %4; "
                                    "reapply the device to use the saved value.")
                               .arg(c.id, nmFlagsText(*c.savedMptcpFlags), d.ifname, nmFlagsText(c.mptcpFlags)),
                           fixaction::ReapplyDevice);
            }
        }
        if (pd.ipv4Handled) {
            if (nmRelaxesRpFilter(d)) {
                addWarning(out, WarningKind::StrictRpFilterNotRelaxed, d.ifname,
                           Text::tr("Reverse-path filtering on %1 is strict (1). NetworkManager loosens it to 2 "
                                    "only when the connection is activated or reapplied.")
                               .arg(d.effectiveIpIfname()),
                           fixaction::ReconnectDevice);
            } else if (effectiveRpFilter(d).value_or(0) == 1) {
                addWarning(out, WarningKind::StrictRpFilterFromAll, d.ifname,
                           Text::tr("Reverse-path filtering on %1 is strict because net.ipv4.conf.all.rp_filter "
                                    "is 1. NetworkManager loosens only the interface's own setting, so extra "
                                    "subflows arriving on %1 may be dropped.")
                               .arg(d.effectiveIpIfname()),
                           fixaction::LoosenRpFilter);
            }
        }
    }
}

} // namespace

QString reasonText(Reason reason, AddressFamily family)
{
    switch (reason) {
    case Reason::Expected:
        return Text::tr("NetworkManager creates an endpoint for this address.");
    case Reason::NmNotRunning:
        return Text::tr("NetworkManager is not running.");
    case Reason::NmTooOld:
        return Text::tr("This NetworkManager is older than 1.40 and does not manage MPTCP endpoints.");
    case Reason::DeviceUnmanaged:
        return Text::tr("NetworkManager does not manage this device.");
    case Reason::NoActiveConnection:
        return Text::tr("No connection is active on this device.");
    case Reason::ExternalConnection:
        return Text::tr("NetworkManager only mirrors a configuration made by another tool on this device "
                        "(external connection) and creates no endpoints.");
    case Reason::Activating:
        return Text::tr("The connection is still being activated.");
    case Reason::Deactivating:
        return Text::tr("The connection is being deactivated; NetworkManager removes its endpoints.");
    case Reason::VpnIgnoresFlags:
        return Text::tr("NetworkManager before 1.56 does not apply MPTCP settings to VPN connections.");
    case Reason::DisabledForConnection:
        return Text::tr("MPTCP is disabled for this connection.");
    case Reason::ConfMatchUnknown:
        return Text::tr("Unknown: a NetworkManager.conf section uses a match-device spec that cannot be evaluated "
                        "here, so the MPTCP flags NetworkManager uses for this device are not known.");
    case Reason::SysctlDisabled:
        return Text::tr("MPTCP is disabled system-wide (net.mptcp.enabled is 0) and the connection does not "
                        "set also-without-sysctl.");
    case Reason::KernelWithoutMptcp:
        return Text::tr("This kernel has no MPTCP support.");
    case Reason::NoDefaultRoute:
        return Text::tr("NetworkManager configured no %1 default route on this device, and the connection "
                        "does not set also-without-default-route.")
            .arg(deviceFamilyName(family));
    case Reason::Loopback:
        return Text::tr("Loopback addresses get no endpoint.");
    case Reason::LinkLocal:
        return Text::tr("Link-local addresses get no endpoint.");
    case Reason::UniqueLocal:
        return Text::tr("IPv6 unique local addresses (fc00::/7) get no endpoint.");
    case Reason::TemporaryAddress:
        return Text::tr("IPv6 temporary (privacy) addresses get no endpoint.");
    case Reason::NotConfiguredByNm:
        return Text::tr("NetworkManager did not configure this address, so it creates no endpoint for it.");
    case Reason::Tentative:
        return Text::tr("Duplicate address detection is still running; NetworkManager adds the endpoint when "
                        "it finishes.");
    case Reason::DuplicateAddress:
        return Text::tr("The same address is on another device, whose endpoint NetworkManager prefers.");
    case Reason::NmEndpointCap:
        return Text::tr("NetworkManager configures at most 8 endpoints; addresses of other devices come first.");
    case Reason::KeptBeyondCap:
        return Text::tr("Beyond NetworkManager's 8-endpoint cap now, but NetworkManager created this endpoint "
                        "earlier and keeps it until the next reapply or disconnect.");
    case Reason::KernelTableFull:
        return Text::tr("The kernel's endpoint table is full: other tools' endpoints, or ones NetworkManager "
                        "keeps until a reapply, take up every slot.");
    case Reason::AddressTakenByOtherEndpoint:
        return Text::tr("Another endpoint not made by NetworkManager already uses this address; the kernel "
                        "refuses a second one.");
    }
    return QString();
}

QString verdictName(Verdict verdict)
{
    switch (verdict) {
    case Verdict::Ok:
        return QStringLiteral("ok");
    case Verdict::Missing:
        return QStringLiteral("missing");
    case Verdict::Unexpected:
        return QStringLiteral("unexpected");
    case Verdict::Mismatch:
        return QStringLiteral("mismatch");
    case Verdict::None:
        return QStringLiteral("none");
    case Verdict::Pending:
        return QStringLiteral("pending");
    case Verdict::Unknown:
        return QStringLiteral("unknown");
    }
    return QString();
}

Explanation explain(const Snapshot &snapshot)
{
    Explanation out;
    const Plan plan = makePlan(snapshot);
    const QList<Alternative> alts = alternativesFor(snapshot);
    const QList<KernelEndpoint> &kernel = snapshot.kernel.endpoints;
    const NmVersion &version = snapshot.networkManager.version;

    QSet<QString> rowAddresses;
    for (qsizetype di = 0; di < snapshot.devices.size(); ++di) {
        const Device &d = snapshot.devices.at(di);
        const PlannedDevice &pd = plan.devices.at(di);
        for (qsizetype ai = 0; ai < d.addresses.size(); ++ai) {
            const Address &a = d.addresses.at(ai);
            const PlannedAddress &pa = pd.addresses.at(ai);
            Row row;
            row.device = d.ifname;
            row.ifindex = d.effectiveIpIfindex();
            row.address = a.address;
            row.family = a.family;
            row.reason = pa.reason;
            row.reasonText = reasonText(pa.reason, a.family);
            if (pa.reason == Reason::DuplicateAddress && !pa.winner.isEmpty())
                row.reasonText = Text::tr("The same address is on %1, whose endpoint NetworkManager prefers.")
                                     .arg(pa.winner);
            if (pa.reason == Reason::ConfMatchUnknown && pd.flags && pd.flags->undecidedConf) {
                const ConfDefault &c = *pd.flags->undecidedConf;
                row.reasonText = Text::tr("Unknown (unsupported match-device spec \"%1\" in %2 [%3]): whether its "
                                          "connection.mptcp-flags=%4 applies to %5 cannot be told.")
                                     .arg(c.unsupportedSpec.isEmpty() ? c.matchDevice : c.unsupportedSpec, c.file,
                                          c.section, c.value, d.ifname);
            }
            row.expectedFlags = pa.endpointFlags();
            // For addresses NM adds soon, show the flags it will use.
            const std::optional<quint32> futureFlags =
                (pa.reason == Reason::Tentative || pa.reason == Reason::Activating) ? pa.flags : std::nullopt;
            if (row.expectedFlags)
                row.expected = kernelFlagWords(*row.expectedFlags);
            else if (futureFlags)
                row.expected = kernelFlagWords(*futureFlags);
            if (futureFlags)
                row.expectedFlags = futureFlags;

            const QString canonical = canonicalAddress(a.address);
            rowAddresses.insert(canonical);
            const KernelEndpoint *k = snapshot.kernel.endpointsKnown
                ? rowEndpoint(kernel, canonical, pa)
                : nullptr;
            if (k) {
                row.kernelFlags = k->flags;
                row.kernel = kernelFlagWords(k->flags);
                row.kernelId = k->id;
                row.kernelIfindex = k->ifindex;
            }

            const bool agrees = kernelAgrees(pa, k);
            if (futureFlags) {
                const bool present = k && k->port == 0 && k->flags == *futureFlags && k->ifindex == row.ifindex;
                row.verdict = present ? Verdict::Ok : Verdict::Pending;
                row.verdictText = present ? QString() : row.reasonText;
            } else if (pa.reason == Reason::ConfMatchUnknown) {
                row.verdict = Verdict::Unknown;
                row.verdictText = row.reasonText;
            } else if (pa.reason == Reason::Deactivating) {
                row.verdict = k ? Verdict::Pending : Verdict::None;
                row.verdictText = k ? row.reasonText : QString();
            } else if (pa.endpointFlags()) {
                row.verdict = agrees ? Verdict::Ok : (k ? Verdict::Mismatch : Verdict::Missing);
            } else {
                row.verdict = k ? Verdict::Unexpected : Verdict::None;
            }

            if (!snapshot.kernel.endpointsKnown) {
                row.verdict = Verdict::Unknown;
                row.verdictText = Text::tr("The kernel's endpoint table could not be read.");
            }

            if (row.verdict == Verdict::Mismatch) {
                row.verdictText = k->ifindex != row.ifindex
                    ? Text::tr("The kernel has this address on another device; NetworkManager deletes and "
                               "re-adds it at its next sync.")
                    : Text::tr("The kernel has other flags; NetworkManager deletes and re-adds the endpoint "
                               "with its flags at its next sync (reapply, address or route change).");
            } else if (row.verdict == Verdict::Missing) {
                row.verdictText = Text::tr("NetworkManager should have created this endpoint; it adds it at its "
                                           "next sync (reapply, address or route change).");
            } else if (row.verdict == Verdict::Unexpected) {
                row.verdictText = unexpectedText(*k, plan.handledIfindexes, snapshot);
            }

            out.rows.append(row);
        }
    }

    // An earlier decision explains a device's differences only if it explains all of that
    // device's rows (NM decides per device, at that device's activation).
    if (snapshot.kernel.endpointsKnown) {
        qsizetype first = 0;
        for (qsizetype di = 0; di < snapshot.devices.size(); ++di) {
            const Device &d = snapshot.devices.at(di);
            const qsizetype count = d.addresses.size();
            bool differs = false;
            for (qsizetype ai = 0; ai < count; ++ai) {
                const Verdict v = out.rows.at(first + ai).verdict;
                differs = differs || v == Verdict::Missing || v == Verdict::Mismatch || v == Verdict::Unexpected;
            }
            if (differs) {
                std::optional<QString> pendingText;
                for (const Alternative &alt : alts) {
                    if (explainsDevice(alt.plan.devices.at(di), plan.devices.at(di), d, kernel)) {
                        pendingText = alt.text;
                        break;
                    }
                }
                // The flags read are the saved profile's: NM still runs on the applied
                // connection, which may hold another value until a reapply.
                if (!pendingText && d.connection && !d.connection->appliedKnown)
                    pendingText = Text::tr("Profile changed, not yet applied: the profile's MPTCP flags may differ "
                                           "from those of the running connection; they take effect on reapply or "
                                           "reconnect.");
                if (pendingText) {
                    for (qsizetype ai = 0; ai < count; ++ai) {
                        Row &row = out.rows[first + ai];
                        if (row.verdict == Verdict::Missing || row.verdict == Verdict::Mismatch
                            || row.verdict == Verdict::Unexpected) {
                            row.verdict = Verdict::Pending;
                            row.verdictText = *pendingText;
                        }
                    }
                }
            }
            first += count;
        }
    }

    if (snapshot.kernel.endpointsKnown) {
        QSet<QString> otherAddresses;
        for (const Address &a : snapshot.otherAddresses)
            otherAddresses.insert(canonicalAddress(a.address));
        for (const KernelEndpoint &k : kernel) {
            const QString canonical = canonicalAddress(k.address);
            if (rowAddresses.contains(canonical))
                continue;
            ExtraEndpoint x;
            x.endpoint = k;
            x.flags = kernelFlagWords(k.flags);
            x.nmDeletesIt = !nmIgnoresEndpoint(k) && plan.handledIfindexes.contains(k.ifindex);
            if (k.flags & kernelflag::Implicit) {
                x.kind = ExtraKind::Implicit;
                x.text = Text::tr("The kernel's path manager created this endpoint itself (implicit).");
            } else if (k.port != 0) {
                x.kind = ExtraKind::WithPort;
                x.text = Text::tr("An endpoint with a port: never created or touched by NetworkManager.");
            } else if (k.ifindex <= 0) {
                x.kind = ExtraKind::NoDevice;
                x.text = Text::tr("An endpoint without a device: never created or touched by NetworkManager.");
            } else if (otherAddresses.contains(canonical)) {
                x.kind = ExtraKind::OtherInterface;
                x.text = Text::tr("Its address is on an interface NetworkManager does not manage.");
            } else {
                x.kind = ExtraKind::StaleAddress;
                x.text = x.nmDeletesIt
                    ? Text::tr("Stale: no interface has this address any more. NetworkManager removes it at "
                               "the next reapply or disconnect of %1.")
                          .arg(ifnameFor(snapshot, k.ifindex))
                    : Text::tr("Stale: no interface has this address any more.");
            }
            out.extras.append(x);
        }
    }

    // Device summaries and the overall sentence.
    bool anyExpected = false;
    for (qsizetype di = 0; di < snapshot.devices.size(); ++di) {
        const Device &d = snapshot.devices.at(di);
        const PlannedDevice &pd = plan.devices.at(di);
        DeviceSummary s;
        s.device = d.ifname;
        s.ifindex = d.effectiveIpIfindex();
        s.flags = pd.flags;
        s.ipv4Handled = pd.ipv4Handled;
        s.ipv6Handled = pd.ipv6Handled;
        for (const Row &r : std::as_const(out.rows)) {
            if (r.device != d.ifname || r.ifindex != s.ifindex)
                continue;
            if (r.reason == Reason::Expected)
                ++s.expectedEndpoints;
            if (r.kernelFlags)
                ++s.presentEndpoints;
        }
        anyExpected = anyExpected || s.expectedEndpoints > 0;
        s.mptcpActive = s.presentEndpoints > 0;
        s.verdict = deviceVerdict(s, out.rows, pd.reason);
        if (d.connection && d.type != DeviceType::Loopback && pd.reason != Reason::DeviceUnmanaged
            && pd.reason != Reason::NoActiveConnection && pd.reason != Reason::ExternalConnection) {
            ++out.consideredDevices;
            if (s.mptcpActive)
                ++out.activeDevices;
        }
        out.devices.append(s);
    }

    const KernelState &k = snapshot.kernel;
    if (!k.mptcpAvailable) {
        out.verdict = Text::tr("This kernel has no MPTCP support.");
    } else if (k.enabled && *k.enabled <= 0 && out.activeDevices == 0) {
        out.verdict = Text::tr("MPTCP is disabled system-wide (net.mptcp.enabled is 0).");
    } else if (!snapshot.networkManager.running) {
        out.verdict = k.endpoints.isEmpty()
            ? Text::tr("NetworkManager is not running and no MPTCP endpoints are configured.")
            : Text::tr("NetworkManager is not running; %n endpoint(s) were configured by other tools.", nullptr,
                       int(k.endpoints.size()));
    } else if (out.consideredDevices == 0) {
        out.verdict = Text::tr("No NetworkManager connection is active.");
    } else {
        //: %1 = interfaces using MPTCP, %n = interfaces with an active NetworkManager connection
        out.verdict = Text::tr("MPTCP is active on %1 of %n interface(s).", nullptr, out.consideredDevices)
                          .arg(out.activeDevices);
    }

    // Warnings.
    const bool mptcpInUse = anyExpected || !k.endpoints.isEmpty();
    if (k.mptcpAvailable && k.enabled && *k.enabled <= 0) {
        addWarning(out, WarningKind::SysctlDisabled, QString(),
                   Text::tr("MPTCP is disabled in this network namespace (net.mptcp.enabled is 0). "
                            "NetworkManager never changes this setting."),
                   fixaction::EnableMptcpSysctl);
    }
    if (!k.mptcpAvailable && snapshot.networkManager.running && treatsMissingSysctlAsEnabled(version)) {
        addWarning(out, WarningKind::MissingSysctlTreatedAsEnabled, QString(),
                   Text::tr("NetworkManager %1.%2.%3 takes the missing net.mptcp.enabled for \"enabled\": it "
                            "tries to add endpoints and loosens rp_filter although this kernel has no MPTCP.")
                       .arg(version.major)
                       .arg(version.minor)
                       .arg(version.micro));
    }
    limitWarnings(snapshot, out, mptcpInUse);
    if (userspacePathManagerSelected(k) && (anyExpected || !k.endpoints.isEmpty())) {
        addWarning(out, WarningKind::UserspacePathManager, QString(),
                   Text::tr("The userspace path manager is selected: the kernel does not use the endpoints "
                            "NetworkManager (or anyone) configures."),
                   fixaction::SelectKernelPathManager);
    }
    if (snapshot.others.mptcpdRunning && snapshot.networkManager.running) {
        addWarning(out, WarningKind::MptcpdRunning, QString(),
                   Text::tr("mptcpd is running as well: it adds and removes endpoints itself, so the table may "
                            "differ from what NetworkManager configures."));
    }
    for (const Row &r : std::as_const(out.rows)) {
        if (r.verdict != Verdict::Unexpected || r.kernelIfindex <= 0 || !plan.handledIfindexes.contains(r.kernelIfindex))
            continue;
        const KernelEndpoint *ke = kernelEndpointFor(kernel, canonicalAddress(r.address), r.ifindex);
        if (!ke || nmIgnoresEndpoint(*ke))
            continue;
        addWarning(out, WarningKind::ManualEndpointOnNmDevice, r.device,
                   Text::tr("Endpoint %1 (id %2) on %3 was not created by NetworkManager; NetworkManager deletes "
                            "it at the next reapply or disconnect of %3.")
                       .arg(r.address)
                       .arg(r.kernelId)
                       .arg(ifnameFor(snapshot, r.kernelIfindex)));
    }
    for (const ExtraEndpoint &x : std::as_const(out.extras)) {
        if (!x.nmDeletesIt)
            continue;
        const QString ifname = ifnameFor(snapshot, x.endpoint.ifindex);
        addWarning(out, WarningKind::ManualEndpointOnNmDevice, ifname,
                   Text::tr("Endpoint %1 (id %2) on %3 was not created by NetworkManager; NetworkManager deletes "
                            "it at the next reapply or disconnect of %3.")
                       .arg(x.endpoint.address)
                       .arg(x.endpoint.id)
                       .arg(ifname));
    }
    deviceWarnings(snapshot, plan, out);
    int capped = 0, full = 0;
    for (const Row &r : std::as_const(out.rows)) {
        capped += r.reason == Reason::NmEndpointCap ? 1 : 0;
        full += r.reason == Reason::KernelTableFull ? 1 : 0;
    }
    if (capped > 0) {
        addWarning(out, WarningKind::NmEndpointCapReached, QString(),
                   Text::tr("NetworkManager configures at most 8 endpoints: %n address(es) get none.", nullptr,
                            capped));
    }
    if (full > 0) {
        addWarning(out, WarningKind::KernelTableFull, QString(),
                   Text::tr("The kernel's endpoint table (%1 entries) is taken up by endpoints from other tools: "
                            "%n address(es) get no endpoint.",
                            nullptr, full)
                       .arg(kernelEndpointCap(k)));
    }
    return out;
}

QJsonObject toJson(const Row &row)
{
    QJsonObject o;
    o.insert(QStringLiteral("device"), row.device);
    o.insert(QStringLiteral("address"), row.address);
    o.insert(QStringLiteral("expected"), row.expectedFlags ? QJsonValue(QJsonArray::fromStringList(row.expected))
                                                           : QJsonValue(QJsonValue::Null));
    o.insert(QStringLiteral("reason"), row.reason == Reason::Expected ? QJsonValue(QJsonValue::Null)
                                                                      : QJsonValue(row.reasonText));
    o.insert(QStringLiteral("kernel"), row.kernelFlags ? QJsonValue(QJsonArray::fromStringList(row.kernel))
                                                       : QJsonValue(QJsonValue::Null));
    o.insert(QStringLiteral("verdict"), verdictName(row.verdict));
    return o;
}

QJsonObject toJson(const ExtraEndpoint &extra, const Snapshot &snapshot)
{
    QJsonObject o;
    o.insert(QStringLiteral("device"), ifnameFor(snapshot, extra.endpoint.ifindex));
    o.insert(QStringLiteral("address"), extra.endpoint.address);
    o.insert(QStringLiteral("expected"), QJsonValue(QJsonValue::Null));
    o.insert(QStringLiteral("reason"), extra.text);
    o.insert(QStringLiteral("kernel"), QJsonArray::fromStringList(extra.flags));
    o.insert(QStringLiteral("verdict"), verdictName(Verdict::Unexpected));
    return o;
}

ManualEndpointForecast predictManualEndpoint(const Snapshot &snapshot, const QString &ifname,
                                             const QString &address, quint32 kernelFlags, quint16 port)
{
    const Plan plan = makePlan(snapshot);
    const QString canonical = canonicalAddress(address);
    int ifindex = 0;
    for (const Device &d : snapshot.devices) {
        if (!ifname.isEmpty() && (d.ifname == ifname || d.effectiveIpIfname() == ifname))
            ifindex = d.effectiveIpIfindex();
    }

    // Kernel: an address may be an endpoint only once unless both sides carry a port (pm_netlink.c).
    for (const KernelEndpoint &k : snapshot.kernel.endpoints) {
        if (canonicalAddress(k.address) == canonical && (k.port == 0 || port == 0 || k.port == port)) {
            const bool nmMade = plan.wanted.contains(canonical) && !nmIgnoresEndpoint(k);
            return {nmMade ? ManualEndpointOutcome::AlreadyCreatedByNm : ManualEndpointOutcome::RefusedDuplicate,
                    nmMade ? Text::tr("NetworkManager already configured an endpoint for %1 (id %2); the kernel "
                                      "refuses a second one. Change the connection's MPTCP flags instead.")
                                 .arg(address)
                                 .arg(k.id)
                           : Text::tr("An endpoint for %1 already exists (id %2); the kernel refuses a second one.")
                                 .arg(address)
                                 .arg(k.id)};
        }
    }
    if (snapshot.kernel.endpoints.size() >= kernelEndpointCap(snapshot.kernel)) {
        return {ManualEndpointOutcome::KernelTableFull,
                Text::tr("The kernel's endpoint table is full (%1 entries); the kernel refuses the endpoint.")
                    .arg(kernelEndpointCap(snapshot.kernel))};
    }
    if (port != 0 || ifname.isEmpty()) {
        return {ManualEndpointOutcome::Kept,
                Text::tr("NetworkManager never touches endpoints with a port or without a device; it stays.")};
    }
    if (!plan.handledIfindexes.contains(ifindex)) {
        return {ManualEndpointOutcome::Kept,
                Text::tr("NetworkManager does not handle MPTCP on %1 now, so it leaves the endpoint alone; if it "
                         "starts to, it deletes the endpoint at that connection's next reapply or disconnect.")
                    .arg(ifname)};
    }
    const auto wanted = plan.wanted.constFind(canonical);
    if (wanted != plan.wanted.constEnd()) {
        if (wanted->flags == kernelFlags && wanted->ifindex == ifindex) {
            return {ManualEndpointOutcome::AlreadyCreatedByNm,
                    Text::tr("NetworkManager creates exactly this endpoint itself.")};
        }
        return {ManualEndpointOutcome::ReplacedByNm,
                Text::tr("NetworkManager wants %1 with the flags \"%2\": at its next sync (reapply, address or "
                         "route change) it deletes this endpoint and adds its own.")
                    .arg(address, kernelFlagWords(wanted->flags).join(QLatin1Char(' ')))};
    }
    return {ManualEndpointOutcome::DeletedOnReapply,
            Text::tr("NetworkManager handles MPTCP on %1: it leaves this endpoint alone for now, but deletes it at "
                     "the next reapply or disconnect of that connection. Add it without \"dev\" to keep it.")
                .arg(ifname)};
}

} // namespace mptcp::explain
