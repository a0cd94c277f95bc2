// "Why doesn't MPTCP work?": a list of checks, each a pure function over one
// DiagnosticsInput. Rules that NetworkManager's behaviour or the kernel's limits decide
// are the explain engine's (core/explain): those checks read its warnings and rule
// functions instead of deciding again.
#pragma once

#include "mptcp/diagnostics/counters.h"
#include "mptcp/explain/explanation.h"
#include "mptcp/explain/snapshot.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QList>
#include <QString>
#include <QVariantMap>

#include <optional>

namespace mptcp::diagnostics {

// A kernel link with its IPv4 reverse-path filter (net.ipv4.conf.<name>.rp_filter).
struct InterfaceFacts {
    int ifindex = 0;
    QString name;
    std::optional<int> rpFilter;
};

// A default route (0.0.0.0/0 or ::/0) as the kernel has it, any table.
struct DefaultRoute {
    explain::AddressFamily family = explain::AddressFamily::IPv4;
    int ifindex = 0;
    quint32 table = 254; // RT_TABLE_MAIN
};

struct DiagnosticsInput {
    // Kernel (sysctls, path manager, limits, endpoints), NetworkManager, devices with their
    // addresses, mptcpd; otherAddresses holds addresses on links that are not NM devices.
    explain::Snapshot snapshot;
    // explain::explain(snapshot): its warnings are the input of several checks.
    explain::Explanation explanation;
    QList<InterfaceFacts> interfaces;   // every kernel link
    std::optional<int> rpFilterAll;     // net.ipv4.conf.all.rp_filter
    QList<DefaultRoute> defaultRoutes;  // every table
    std::optional<CounterDelta> counters; // change since a baseline; nullopt = one sample only
};

enum class CheckVerdict { Ok, Warning, Fail, NotApplicable };

// Something the user can click. Ids and parameters:
//   "set-sysctl"            name (full key, e.g. "net.mptcp.enabled"), value (string)
//   "set-limits"            subflows and/or add_addr_accepted (numbers)
//   "delete-endpoint"       id (number), address (string)
//   "set-connection-flags"  uuid, connection (its name), device, flags (number, NMMptcpFlags),
//                           words (nmcli spelling, e.g. "enabled,subflow,backup")
struct FixAction {
    QString id;
    QVariantMap parameters;
    friend bool operator==(const FixAction &, const FixAction &) = default;
};

struct CheckResult {
    QString id;            // stable, e.g. "mptcp-enabled"
    CheckVerdict verdict = CheckVerdict::NotApplicable;
    QString title;         // short, translated
    QString explanation;   // plain language, translated: what is wrong (or right) and why it matters
    std::optional<FixAction> fix;
};

using CheckFunction = CheckResult (*)(const DiagnosticsInput &);

// net.mptcp.enabled is 0, or the kernel has no MPTCP at all (fail).
CheckResult checkMptcpEnabled(const DiagnosticsInput &input);
// The userspace path manager is selected but no daemon (mptcpd) runs to drive it (fail).
CheckResult checkUserspacePathManager(const DiagnosticsInput &input);
// mptcpd runs while NetworkManager configures endpoints (explain warning MptcpdRunning).
CheckResult checkMptcpdWithNetworkManager(const DiagnosticsInput &input);
// Endpoints NM did not create on interfaces where it handles MPTCP (explain warning
// ManualEndpointOnNmDevice): NM deletes them.
CheckResult checkManualEndpointsOnNmInterfaces(const DiagnosticsInput &input);
// More subflow endpoints than the subflows limit (explain warning SubflowsLimitLow).
CheckResult checkSubflowsLimit(const DiagnosticsInput &input);
// add_addr_accepted is 0 (explain warning AddAddrAcceptedZero when MPTCP is in use).
CheckResult checkAddAddrAccepted(const DiagnosticsInput &input);
// Strict reverse-path filtering (1) on an interface that carries an IPv4 endpoint; the
// effective value is max(conf.all, conf.<dev>) (explain::effectiveRpFilter).
CheckResult checkRpFilter(const DiagnosticsInput &input);
// Endpoints for addresses that exist on no interface any more.
CheckResult checkStaleEndpoints(const DiagnosticsInput &input);
// An address family with usable addresses but no default route in any table.
CheckResult checkDefaultRoutes(const DiagnosticsInput &input);
// The in-kernel path manager has no endpoint at all: no extra subflows from this host.
CheckResult checkEndpointsPresent(const DiagnosticsInput &input);
// NetworkManager older than 1.40 configures no endpoints.
CheckResult checkNetworkManagerVersion(const DiagnosticsInput &input);
// Fallback counters grew since the baseline.
CheckResult checkRecentFallbacks(const DiagnosticsInput &input);
// A metered or mobile-broadband connection is used as a normal (non-backup) path.
CheckResult checkMeteredPaths(const DiagnosticsInput &input);

// Every check, in the order a user should read them (most fundamental first).
const QList<CheckFunction> &allChecks();
QList<CheckResult> runChecks(const DiagnosticsInput &input);
// 0 when no check fails (warnings allowed), 1 when any does.
int exitStatus(const QList<CheckResult> &results);

// "ok", "warning", "fail", "not-applicable".
QString verdictName(CheckVerdict verdict);

// {"id", "verdict", "title", "explanation", "fix": {"id", "parameters"} | null}
QJsonObject toJson(const CheckResult &result);
QJsonArray toJson(const QList<CheckResult> &results);
// Lines like "[FAIL] MPTCP is disabled" followed by the indented explanation and fix.
QString renderChecks(const QList<CheckResult> &results, bool includeNotApplicable = false);

} // namespace mptcp::diagnostics
