#include "mptcp/diagnostics/checks.h"

#include "address.h"

#include "mptcp/explain/rules.h"

#include <QCoreApplication>
#include <QHash>
#include <QSet>

#include <sys/socket.h>

namespace mptcp::diagnostics {

namespace {

class Text {
    Q_DECLARE_TR_FUNCTIONS(MptcpDiagnostics)
};

using explain::WarningKind;

CheckResult result(const char *id, CheckVerdict verdict, const QString &title, const QString &explanation,
                   std::optional<FixAction> fix = std::nullopt)
{
    return {QLatin1String(id), verdict, title, explanation, std::move(fix)};
}

FixAction setSysctl(const QString &name, const QString &value)
{
    return {QStringLiteral("set-sysctl"), {{QStringLiteral("name"), name}, {QStringLiteral("value"), value}}};
}

QList<const explain::Warning *> warningsOf(const DiagnosticsInput &input, WarningKind kind)
{
    QList<const explain::Warning *> out;
    for (const explain::Warning &w : input.explanation.warnings) {
        if (w.kind == kind)
            out.append(&w);
    }
    return out;
}

QString joinedTexts(const QList<const explain::Warning *> &warnings)
{
    QStringList texts;
    for (const explain::Warning *w : warnings)
        texts << w->text;
    return texts.join(QLatin1Char(' '));
}

QString interfaceName(const DiagnosticsInput &input, int ifindex)
{
    for (const InterfaceFacts &i : input.interfaces) {
        if (i.ifindex == ifindex)
            return i.name;
    }
    for (const explain::Device &d : input.snapshot.devices) {
        if (d.effectiveIpIfindex() == ifindex)
            return d.effectiveIpIfname();
    }
    return QStringLiteral("#%1").arg(ifindex);
}

// Every address the kernel has, NM devices' and other links' alike.
QList<explain::Address> allAddresses(const explain::Snapshot &s)
{
    QList<explain::Address> out = s.otherAddresses;
    for (const explain::Device &d : s.devices)
        out += d.addresses;
    return out;
}

QString familyName(explain::AddressFamily family)
{
    return family == explain::AddressFamily::IPv4 ? QStringLiteral("IPv4") : QStringLiteral("IPv6");
}

} // namespace

CheckResult checkMptcpEnabled(const DiagnosticsInput &input)
{
    const explain::KernelState &k = input.snapshot.kernel;
    const QString title = Text::tr("MPTCP enabled in the kernel");
    if (!k.mptcpAvailable)
        return result("mptcp-enabled", CheckVerdict::Fail, title,
                      Text::tr("This kernel has no MPTCP support (/proc/sys/net/mptcp is missing): every "
                               "connection is plain TCP. A kernel built with CONFIG_MPTCP is needed."));
    if (!k.enabled)
        return result("mptcp-enabled", CheckVerdict::NotApplicable, title,
                      Text::tr("net.mptcp.enabled could not be read."));
    if (*k.enabled <= 0)
        return result("mptcp-enabled", CheckVerdict::Fail, title,
                      Text::tr("net.mptcp.enabled is 0: programs cannot create MPTCP sockets, so every connection "
                               "is plain TCP, and NetworkManager configures no endpoints. Nothing turns it on "
                               "by itself."),
                      setSysctl(QStringLiteral("net.mptcp.enabled"), QStringLiteral("1")));
    return result("mptcp-enabled", CheckVerdict::Ok, title, Text::tr("net.mptcp.enabled is 1."));
}

CheckResult checkUserspacePathManager(const DiagnosticsInput &input)
{
    const explain::KernelState &k = input.snapshot.kernel;
    const QString title = Text::tr("Path manager");
    if (!k.mptcpAvailable)
        return result("userspace-path-manager", CheckVerdict::NotApplicable, title,
                      Text::tr("This kernel has no MPTCP support."));
    if (!explain::userspacePathManagerSelected(k))
        return result("userspace-path-manager", CheckVerdict::Ok, title,
                      Text::tr("The kernel's own path manager is in use: it follows the endpoint table."));
    if (input.snapshot.others.mptcpdRunning)
        return result("userspace-path-manager", CheckVerdict::Ok, title,
                      Text::tr("The userspace path manager is selected and mptcpd is running to drive it."));
    // path_manager (6.15+) replaces pm_type; older kernels have only pm_type.
    const FixAction fix = k.pathManager.isEmpty()
        ? setSysctl(QStringLiteral("net.mptcp.pm_type"), QStringLiteral("0"))
        : setSysctl(QStringLiteral("net.mptcp.path_manager"), QStringLiteral("kernel"));
    return result("userspace-path-manager", CheckVerdict::Fail, title,
                  Text::tr("The userspace path manager is selected, but no program (such as mptcpd) is running to "
                           "manage it: no extra subflows are created and no addresses are announced, and the "
                           "endpoint table is ignored. Select the kernel path manager or start mptcpd."),
                  fix);
}

CheckResult checkMptcpdWithNetworkManager(const DiagnosticsInput &input)
{
    const QString title = Text::tr("mptcpd and NetworkManager");
    if (!input.snapshot.networkManager.running)
        return result("mptcpd-with-networkmanager", CheckVerdict::NotApplicable, title,
                      Text::tr("NetworkManager is not running."));
    const auto warnings = warningsOf(input, WarningKind::MptcpdRunning);
    if (warnings.isEmpty())
        return result("mptcpd-with-networkmanager", CheckVerdict::Ok, title,
                      Text::tr("Only NetworkManager configures MPTCP endpoints."));
    return result("mptcpd-with-networkmanager", CheckVerdict::Warning, title,
                  joinedTexts(warnings) + QLatin1Char(' ')
                      + Text::tr("Both add and remove endpoints, so they undo each other's work. Use one of them: "
                                 "stop mptcpd, or set the NetworkManager connections' MPTCP to disabled."));
}

CheckResult checkManualEndpointsOnNmInterfaces(const DiagnosticsInput &input)
{
    const QString title = Text::tr("Endpoints added by hand on NetworkManager's interfaces");
    if (!input.snapshot.networkManager.running)
        return result("manual-endpoint-on-nm-interface", CheckVerdict::NotApplicable, title,
                      Text::tr("NetworkManager is not running."));
    if (!input.snapshot.kernel.endpointsKnown)
        return result("manual-endpoint-on-nm-interface", CheckVerdict::NotApplicable, title,
                      Text::tr("The endpoint table could not be read."));
    const auto warnings = warningsOf(input, WarningKind::ManualEndpointOnNmDevice);
    if (warnings.isEmpty())
        return result("manual-endpoint-on-nm-interface", CheckVerdict::Ok, title,
                      Text::tr("No endpoint on a NetworkManager interface is at risk of being removed."));
    return result("manual-endpoint-on-nm-interface", CheckVerdict::Warning, title,
                  joinedTexts(warnings) + QLatin1Char(' ')
                      + Text::tr("To keep such an endpoint, add it without a device, or change the connection's "
                                 "MPTCP flags so NetworkManager creates it."));
}

CheckResult checkSubflowsLimit(const DiagnosticsInput &input)
{
    const explain::KernelState &k = input.snapshot.kernel;
    const QString title = Text::tr("Subflows limit");
    if (!k.subflowsLimit)
        return result("subflows-limit", CheckVerdict::NotApplicable, title,
                      Text::tr("The MPTCP limits could not be read."));
    const auto warnings = warningsOf(input, WarningKind::SubflowsLimitLow);
    if (warnings.isEmpty())
        return result("subflows-limit", CheckVerdict::Ok, title,
                      Text::tr("The subflows limit (%1) covers every endpoint with the subflow flag.")
                          .arg(*k.subflowsLimit));
    // The same set the explain engine counts: subflow endpoints in the kernel or expected from NM.
    QSet<QString> subflowAddresses;
    for (const explain::KernelEndpoint &e : k.endpoints) {
        if (e.flags & explain::kernelflag::Subflow)
            subflowAddresses.insert(canonicalAddress(e.address).value_or(e.address));
    }
    for (const explain::Row &r : input.explanation.rows) {
        if (r.expectedFlags && (*r.expectedFlags & explain::kernelflag::Subflow))
            subflowAddresses.insert(canonicalAddress(r.address).value_or(r.address));
    }
    const quint32 wanted = qMin(quint32(subflowAddresses.size()), k.limitsMaximum);
    return result("subflows-limit", CheckVerdict::Warning, title, joinedTexts(warnings),
                  FixAction{QStringLiteral("set-limits"), {{QStringLiteral("subflows"), wanted}}});
}

CheckResult checkAddAddrAccepted(const DiagnosticsInput &input)
{
    const explain::KernelState &k = input.snapshot.kernel;
    const QString title = Text::tr("Accepting addresses announced by servers");
    if (!k.addAddrAcceptedLimit)
        return result("add-addr-accepted", CheckVerdict::NotApplicable, title,
                      Text::tr("The MPTCP limits could not be read."));
    const auto warnings = warningsOf(input, WarningKind::AddAddrAcceptedZero);
    if (!warnings.isEmpty()) {
        // Subflows to announced addresses count against the subflows limit too.
        const quint32 wanted = qBound(1u, k.subflowsLimit.value_or(1u), k.limitsMaximum);
        return result("add-addr-accepted", CheckVerdict::Warning, title,
                      joinedTexts(warnings) + QLatin1Char(' ')
                          + Text::tr("Servers with several addresses cannot get extra subflows from this host."),
                      FixAction{QStringLiteral("set-limits"), {{QStringLiteral("add_addr_accepted"), wanted}}});
    }
    if (*k.addAddrAcceptedLimit == 0)
        return result("add-addr-accepted", CheckVerdict::NotApplicable, title,
                      Text::tr("add_addr_accepted is 0, which matters only once MPTCP endpoints are in use."));
    return result("add-addr-accepted", CheckVerdict::Ok, title,
                  Text::tr("Up to %n address(es) announced by a server are used.", nullptr, int(*k.addAddrAcceptedLimit)));
}

CheckResult checkRpFilter(const DiagnosticsInput &input)
{
    const QString title = Text::tr("Reverse-path filtering on MPTCP interfaces");
    const explain::KernelState &k = input.snapshot.kernel;
    QHash<QString, int> ifindexOfAddress;
    for (const explain::Address &a : allAddresses(input.snapshot))
        ifindexOfAddress.insert(canonicalAddress(a.address).value_or(a.address), a.ifindex);

    QList<int> checked;
    QStringList strict;
    std::optional<FixAction> fix;
    for (const explain::KernelEndpoint &e : k.endpoints) {
        if (addressFamily(e.address) != AF_INET)
            continue; // rp_filter is IPv4 only
        // An endpoint without a device leaves through the interface holding its address.
        const int ifindex = e.ifindex > 0 ? e.ifindex
                                          : ifindexOfAddress.value(canonicalAddress(e.address).value_or(e.address), 0);
        if (ifindex <= 0 || checked.contains(ifindex))
            continue;
        checked.append(ifindex);
        explain::Device d;
        d.ifindex = ifindex;
        d.rpFilterAll = input.rpFilterAll;
        for (const InterfaceFacts &i : input.interfaces) {
            if (i.ifindex == ifindex)
                d.rpFilter = i.rpFilter;
        }
        if (explain::effectiveRpFilter(d) != 1)
            continue;
        const QString name = interfaceName(input, ifindex);
        strict << name;
        // The kernel uses max(all, dev): 2 on the device makes it loose whatever all says.
        if (!fix)
            fix = setSysctl(QStringLiteral("net.ipv4.conf.%1.rp_filter").arg(name), QStringLiteral("2"));
    }
    if (checked.isEmpty())
        return result("rp-filter", CheckVerdict::NotApplicable, title,
                      Text::tr("No IPv4 endpoint is configured."));
    if (strict.isEmpty())
        return result("rp-filter", CheckVerdict::Ok, title,
                      Text::tr("No interface with an IPv4 endpoint filters strictly."));
    return result("rp-filter", CheckVerdict::Warning, title,
                  Text::tr("Strict reverse-path filtering (rp_filter 1, the larger of net.ipv4.conf.all and the "
                           "interface's own value) is active on %1: packets of extra subflows that arrive on an "
                           "interface other than the one the route back uses are dropped. Loose filtering (2) "
                           "keeps the protection and lets MPTCP work.")
                      .arg(strict.join(QStringLiteral(", "))),
                  fix);
}

CheckResult checkStaleEndpoints(const DiagnosticsInput &input)
{
    const QString title = Text::tr("Endpoints for addresses that are gone");
    const explain::KernelState &k = input.snapshot.kernel;
    if (!k.endpointsKnown)
        return result("stale-endpoint", CheckVerdict::NotApplicable, title,
                      Text::tr("The endpoint table could not be read."));
    QSet<QString> present;
    for (const explain::Address &a : allAddresses(input.snapshot))
        present.insert(canonicalAddress(a.address).value_or(a.address));
    QStringList stale;
    std::optional<FixAction> fix;
    for (const explain::KernelEndpoint &e : k.endpoints) {
        if (present.contains(canonicalAddress(e.address).value_or(e.address)))
            continue;
        stale << Text::tr("%1 (id %2)").arg(e.address).arg(e.id);
        if (!fix)
            fix = FixAction{QStringLiteral("delete-endpoint"),
                            {{QStringLiteral("id"), e.id}, {QStringLiteral("address"), e.address}}};
    }
    if (stale.isEmpty())
        return result("stale-endpoint", CheckVerdict::Ok, title,
                      Text::tr("Every endpoint's address exists on an interface."));
    return result("stale-endpoint", CheckVerdict::Warning, title,
                  Text::tr("No interface has these endpoint addresses any more: %1. The kernel cannot open "
                           "subflows from them, and they take up room in the endpoint table (at most 8). Often "
                           "left over after a network change or sleep.")
                      .arg(stale.join(QStringLiteral(", "))),
                  fix);
}

CheckResult checkDefaultRoutes(const DiagnosticsInput &input)
{
    const QString title = Text::tr("Default route per address family");
    QStringList missing;
    bool anyUsable = false;
    for (const explain::AddressFamily family : {explain::AddressFamily::IPv4, explain::AddressFamily::IPv6}) {
        bool usable = false;
        for (const explain::Address &a : allAddresses(input.snapshot))
            usable = usable || (a.family == family && a.scope == explain::scope::Universe);
        if (!usable)
            continue;
        anyUsable = true;
        bool routed = false;
        for (const DefaultRoute &r : input.defaultRoutes)
            routed = routed || r.family == family;
        if (!routed)
            missing << familyName(family);
    }
    if (!anyUsable)
        return result("default-route", CheckVerdict::NotApplicable, title,
                      Text::tr("No interface has a global address."));
    if (missing.isEmpty())
        return result("default-route", CheckVerdict::Ok, title,
                      Text::tr("Every address family with global addresses has a default route."));
    return result("default-route", CheckVerdict::Warning, title,
                  Text::tr("%1 has global addresses but no default route: connections and extra subflows over "
                           "%1 reach only directly connected networks, and NetworkManager creates no %1 "
                           "endpoints unless the connection sets also-without-default-route.")
                      .arg(missing.join(QStringLiteral(", "))));
}

CheckResult checkEndpointsPresent(const DiagnosticsInput &input)
{
    const QString title = Text::tr("MPTCP endpoints");
    const explain::KernelState &k = input.snapshot.kernel;
    if (!k.mptcpAvailable || (k.enabled && *k.enabled <= 0))
        return result("endpoints", CheckVerdict::NotApplicable, title, Text::tr("MPTCP is not enabled."));
    if (explain::userspacePathManagerSelected(k))
        return result("endpoints", CheckVerdict::NotApplicable, title,
                      Text::tr("The userspace path manager does not use the endpoint table."));
    if (!k.endpointsKnown)
        return result("endpoints", CheckVerdict::NotApplicable, title,
                      Text::tr("The endpoint table could not be read."));
    if (!k.endpoints.isEmpty())
        return result("endpoints", CheckVerdict::Ok, title,
                      Text::tr("%n endpoint(s) configured.", nullptr, int(k.endpoints.size())));
    QString text = Text::tr("There are no MPTCP endpoints: this host opens no extra subflows and announces no "
                            "addresses, so connections use one path unless the server announces more addresses.");
    if (!input.explanation.verdict.isEmpty())
        text += QLatin1Char(' ') + input.explanation.verdict;
    return result("endpoints", CheckVerdict::Warning, title, text);
}

CheckResult checkNetworkManagerVersion(const DiagnosticsInput &input)
{
    const explain::NetworkManagerState &nm = input.snapshot.networkManager;
    const QString title = Text::tr("NetworkManager version");
    if (!nm.running)
        return result("networkmanager-version", CheckVerdict::NotApplicable, title,
                      Text::tr("NetworkManager is not running."));
    const QString version =
        QStringLiteral("%1.%2.%3").arg(nm.version.major).arg(nm.version.minor).arg(nm.version.micro);
    // NM 1.40.0 introduced connection.mptcp-flags and endpoint handling (NEWS 1.40).
    if (!nm.version.atLeast(1, 40))
        return result("networkmanager-version", CheckVerdict::Warning, title,
                      Text::tr("NetworkManager %1 does not configure MPTCP endpoints (version 1.40 or newer "
                               "does). Endpoints must be added by hand or by mptcpd.")
                          .arg(version));
    return result("networkmanager-version", CheckVerdict::Ok, title,
                  Text::tr("NetworkManager %1 configures MPTCP endpoints.").arg(version));
}

CheckResult checkRecentFallbacks(const DiagnosticsInput &input)
{
    const QString title = Text::tr("Recent fallbacks to plain TCP");
    if (!input.counters)
        return result("recent-fallbacks", CheckVerdict::NotApplicable, title,
                      Text::tr("Needs two readings of the MPTCP counters."));
    const QList<CounterChange> fallbacks = input.counters->fallbacks();
    if (fallbacks.isEmpty())
        return result("recent-fallbacks", CheckVerdict::Ok, title,
                      Text::tr("No connection fell back to plain TCP since the first reading."));
    QStringList lines;
    for (const CounterChange &c : fallbacks)
        lines << QStringLiteral("%1 +%2: %3").arg(c.name).arg(c.delta).arg(counterExplanation(c.name));
    return result("recent-fallbacks", CheckVerdict::Warning, title,
                  Text::tr("Connections fell back to plain TCP: the server does not support MPTCP, or something "
                           "on the path (firewall, NAT, proxy) removes MPTCP options. %1")
                      .arg(lines.join(QStringLiteral("; "))));
}

CheckResult checkMeteredPaths(const DiagnosticsInput &input)
{
    const QString title = Text::tr("Metered and mobile connections as backup");
    if (!input.snapshot.networkManager.running)
        return result("metered-backup", CheckVerdict::NotApplicable, title,
                      Text::tr("NetworkManager is not running."));
    QStringList normal;
    bool anyCandidate = false;
    std::optional<FixAction> fix;
    for (const explain::Device &d : input.snapshot.devices) {
        if (!d.connection)
            continue;
        const bool metered = d.metered == explain::Metered::Yes || d.metered == explain::Metered::GuessYes;
        if (!metered && d.type != explain::DeviceType::Modem)
            continue;
        anyCandidate = true;
        const explain::DeviceSummary *summary = nullptr;
        for (const explain::DeviceSummary &s : input.explanation.devices) {
            if (s.device == d.ifname)
                summary = &s;
        }
        if (!summary || !summary->flags || summary->flags->disabled()
            || (summary->flags->flags & explain::nmflag::Backup))
            continue;
        normal << QStringLiteral("%1 (%2)").arg(d.ifname, d.connection->id);
        if (!fix) {
            const quint32 flags = summary->flags->flags | explain::nmflag::Backup;
            fix = FixAction{QStringLiteral("set-connection-flags"),
                            {{QStringLiteral("uuid"), d.connection->uuid},
                             {QStringLiteral("connection"), d.connection->id},
                             {QStringLiteral("device"), d.ifname},
                             {QStringLiteral("flags"), flags},
                             {QStringLiteral("words"), explain::nmFlagsText(flags)}}};
        }
    }
    if (!anyCandidate)
        return result("metered-backup", CheckVerdict::NotApplicable, title,
                      Text::tr("No metered or mobile-broadband connection is active."));
    if (normal.isEmpty())
        return result("metered-backup", CheckVerdict::Ok, title,
                      Text::tr("Metered and mobile connections are backup paths or do not use MPTCP."));
    return result("metered-backup", CheckVerdict::Warning, title,
                  Text::tr("%1 is metered or mobile broadband but is used as a normal MPTCP path, so traffic is "
                           "spread over it all the time. As a backup path it carries data only when the other "
                           "paths fail.")
                      .arg(normal.join(QStringLiteral(", "))),
                  fix);
}

const QList<CheckFunction> &allChecks()
{
    static const QList<CheckFunction> checks = {
        &checkMptcpEnabled,
        &checkUserspacePathManager,
        &checkEndpointsPresent,
        &checkSubflowsLimit,
        &checkAddAddrAccepted,
        &checkStaleEndpoints,
        &checkDefaultRoutes,
        &checkRpFilter,
        &checkNetworkManagerVersion,
        &checkMptcpdWithNetworkManager,
        &checkManualEndpointsOnNmInterfaces,
        &checkMeteredPaths,
        &checkRecentFallbacks,
    };
    return checks;
}

QList<CheckResult> runChecks(const DiagnosticsInput &input)
{
    QList<CheckResult> out;
    for (CheckFunction check : allChecks())
        out.append(check(input));
    return out;
}

int exitStatus(const QList<CheckResult> &results)
{
    for (const CheckResult &r : results) {
        if (r.verdict == CheckVerdict::Fail)
            return 1;
    }
    return 0;
}

QString verdictName(CheckVerdict verdict)
{
    switch (verdict) {
    case CheckVerdict::Ok:
        return QStringLiteral("ok");
    case CheckVerdict::Warning:
        return QStringLiteral("warning");
    case CheckVerdict::Fail:
        return QStringLiteral("fail");
    case CheckVerdict::NotApplicable:
        break;
    }
    return QStringLiteral("not-applicable");
}

QJsonObject toJson(const CheckResult &r)
{
    QJsonObject o;
    o.insert(QStringLiteral("id"), r.id);
    o.insert(QStringLiteral("verdict"), verdictName(r.verdict));
    o.insert(QStringLiteral("title"), r.title);
    o.insert(QStringLiteral("explanation"), r.explanation);
    if (r.fix) {
        QJsonObject f;
        f.insert(QStringLiteral("id"), r.fix->id);
        f.insert(QStringLiteral("parameters"), QJsonObject::fromVariantMap(r.fix->parameters));
        o.insert(QStringLiteral("fix"), f);
    } else {
        o.insert(QStringLiteral("fix"), QJsonValue(QJsonValue::Null));
    }
    return o;
}

QJsonArray toJson(const QList<CheckResult> &results)
{
    QJsonArray a;
    for (const CheckResult &r : results)
        a.append(toJson(r));
    return a;
}

QString renderChecks(const QList<CheckResult> &results, bool includeNotApplicable)
{
    QString out;
    for (const CheckResult &r : results) {
        if (r.verdict == CheckVerdict::NotApplicable && !includeNotApplicable)
            continue;
        QString tag;
        switch (r.verdict) {
        case CheckVerdict::Ok:
            tag = Text::tr("OK");
            break;
        case CheckVerdict::Warning:
            tag = Text::tr("WARN");
            break;
        case CheckVerdict::Fail:
            tag = Text::tr("FAIL");
            break;
        case CheckVerdict::NotApplicable:
            tag = Text::tr("N/A");
            break;
        }
        out += QStringLiteral("[%1] %2\n      %3\n").arg(tag, r.title, r.explanation);
        if (r.fix) {
            QStringList params;
            for (auto it = r.fix->parameters.cbegin(); it != r.fix->parameters.cend(); ++it)
                params << QStringLiteral("%1=%2").arg(it.key(), it.value().toString());
            out += QStringLiteral("      %1 %2 %3\n").arg(Text::tr("Fix:"), r.fix->id, params.join(QLatin1Char(' ')));
        }
    }
    return out;
}

} // namespace mptcp::diagnostics
