#include "exampledata.h"

#include "mptcp/explain/explanation.h"

#include <QCoreApplication>
#include <QDateTime>

namespace mptcp::gui {

namespace {

quint32 kernelFlags(const QStringList &words)
{
    quint32 bits = 0;
    for (const QString &w : words) {
        if (w == QLatin1String("signal"))
            bits |= explain::kernelflag::Signal;
        else if (w == QLatin1String("subflow"))
            bits |= explain::kernelflag::Subflow;
        else if (w == QLatin1String("backup"))
            bits |= explain::kernelflag::Backup;
        else if (w == QLatin1String("fullmesh"))
            bits |= explain::kernelflag::Fullmesh;
        else if (w == QLatin1String("laminar"))
            bits |= explain::kernelflag::Laminar;
    }
    return bits;
}

explain::DeviceType deviceType(models::DeviceKind kind)
{
    switch (kind) {
    case models::DeviceKind::Ethernet:
        return explain::DeviceType::Ethernet;
    case models::DeviceKind::Wifi:
        return explain::DeviceType::Wifi;
    case models::DeviceKind::Mobile:
        return explain::DeviceType::Modem;
    case models::DeviceKind::Vpn:
        return explain::DeviceType::Vpn;
    case models::DeviceKind::Other:
        break;
    }
    return explain::DeviceType::Other;
}

explain::NmVersion parseVersion(const QString &text)
{
    const QStringList parts = text.split(QLatin1Char('.'));
    explain::NmVersion v;
    v.major = parts.value(0).toInt();
    v.minor = parts.value(1).toInt();
    v.micro = parts.value(2).toInt();
    return v;
}

} // namespace

diagnostics::DiagnosticsInput exampleDiagnosticsInput(const models::SystemState &state)
{
    diagnostics::DiagnosticsInput in;
    explain::Snapshot &s = in.snapshot;
    s.kernel.mptcpAvailable = state.mptcpAvailable;
    if (state.enabled)
        s.kernel.enabled = *state.enabled ? 1 : 0;
    s.kernel.pathManager = QStringLiteral("kernel");
    s.kernel.subflowsLimit = state.subflowsLimit;
    s.kernel.addAddrAcceptedLimit = state.addAddrAcceptedLimit;
    s.kernel.limitsMaximum = state.limitsMaximum;
    s.kernel.endpointsKnown = state.mptcpAvailable;

    s.networkManager.running = state.nmRunning;
    s.networkManager.version = parseVersion(state.nmVersion);

    // ifindex 1 is the loopback interface.
    const auto ifindexOf = [&state](const QString &ifname) {
        for (int i = 0; i < state.devices.size(); ++i) {
            if (state.devices.at(i).ifname == ifname)
                return i + 2;
        }
        return 0;
    };
    for (const models::EndpointInfo &e : state.endpoints)
        s.kernel.endpoints.append({e.id, e.address, e.port, kernelFlags(e.flags), ifindexOf(e.interfaceName)});

    for (int i = 0; i < state.devices.size(); ++i) {
        const models::DeviceInfo &info = state.devices.at(i);
        explain::Device d;
        d.ifname = info.ifname;
        d.ifindex = i + 2;
        d.type = deviceType(info.kind);
        d.state = info.connected ? explain::DeviceState::Activated : explain::DeviceState::Disconnected;
        // NetworkManager guesses mobile broadband to be metered (nm-device-modem.c).
        d.metered = info.kind == models::DeviceKind::Mobile ? explain::Metered::GuessYes : explain::Metered::GuessNo;
        if (info.connected && !info.connectionUuid.isEmpty()) {
            explain::ActiveConnection c;
            c.id = info.connectionName;
            c.uuid = info.connectionUuid;
            c.mptcpFlags = info.connectionFlags;
            d.connection = c;
        }
        if (state.globalDefault != 0) {
            explain::ConfDefault conf;
            conf.value = QString::number(state.globalDefault);
            conf.file = QStringLiteral("/etc/NetworkManager/conf.d/90-mptcp-settings.conf");
            conf.section = QStringLiteral("connection");
            d.confDefaults.append(conf);
        }
        d.rpFilter = 2;
        d.rpFilterAll = 0;
        for (const models::AddressInfo &a : info.addresses) {
            explain::Address address;
            address.family = a.ipv6 ? explain::AddressFamily::IPv6 : explain::AddressFamily::IPv4;
            address.address = a.address;
            address.prefixLength = a.prefixLength;
            address.scope = a.address.startsWith(QLatin1String("fe80:")) ? explain::scope::Link : explain::scope::Universe;
            address.ifindex = d.ifindex;
            address.origin = explain::AddressOrigin::NetworkManager;
            d.addresses.append(address);
            if (info.connected && address.scope == explain::scope::Universe) {
                if (a.ipv6)
                    d.nmDefaultRoute6 = true;
                else
                    d.nmDefaultRoute4 = true;
            }
        }
        s.devices.append(d);
        in.interfaces.append({d.ifindex, d.ifname, d.rpFilter});
        if (d.nmDefaultRoute4)
            in.defaultRoutes.append({explain::AddressFamily::IPv4, d.ifindex, 254});
        if (d.nmDefaultRoute6)
            in.defaultRoutes.append({explain::AddressFamily::IPv6, d.ifindex, 254});
    }
    in.interfaces.prepend({1, QStringLiteral("lo"), 0});
    in.rpFilterAll = 0;
    in.explanation = explain::explain(s);
    return in;
}

diagnostics::CounterSample exampleCounters(int reading)
{
    // {name, value at the first reading, growth per reading}
    struct Example {
        const char *name;
        quint64 start;
        quint64 growth;
    };
    static const Example examples[] = {
        {"MPCapableSYNRX", 12, 0},       {"MPCapableSYNTX", 418, 1},      {"MPCapableSYNACKRX", 396, 1},
        {"MPCapableACKRX", 12, 0},       {"MPCapableFallbackACK", 0, 0},  {"MPCapableFallbackSYNACK", 22, 0},
        {"MPCapableSYNTXDrop", 0, 0},    {"MPTCPRetrans", 187, 3},        {"MPJoinSynRx", 0, 0},
        {"MPJoinSynAckRx", 744, 2},      {"MPJoinAckRx", 0, 0},           {"MPJoinSynTx", 752, 2},
        {"MPJoinSynTxConnectErr", 8, 0}, {"DSSNotMatching", 0, 0},        {"DataCsumErr", 0, 0},
        {"OFOQueueTail", 5210, 40},      {"OFOQueue", 5893, 44},          {"OFOMerge", 311, 2},
        {"DuplicateData", 96, 1},        {"AddAddr", 388, 1},             {"AddAddrTx", 0, 0},
        {"AddAddrDrop", 0, 0},           {"RmAddr", 41, 0},               {"RmSubflow", 57, 0},
        {"MPPrioTx", 14, 0},             {"MPPrioRx", 3, 0},              {"MPFastcloseTx", 9, 0},
        {"MPRstTx", 11, 0},              {"SubflowStale", 0, 0},          {"MPCurrEstab", 6, 0},
        {"Blackhole", 0, 0},             {"MPCapableDataFallback", 0, 0}, {"DssFallback", 0, 0},
    };
    diagnostics::CounterSample sample;
    for (const Example &e : examples)
        sample.counters.append({QLatin1String(e.name), e.start + e.growth * quint64(reading)});
    sample.monotonicMs = 1000 * qint64(reading + 1);
    return sample;
}

diagnostics::DebugReportInput exampleDebugReport(const diagnostics::DiagnosticsInput &input,
                                                 const diagnostics::CounterSample &counters)
{
    diagnostics::DebugReportInput r;
    r.toolVersion = QCoreApplication::applicationVersion();
    r.generatedAt = QDateTime::currentDateTimeUtc().toString(Qt::ISODate);
    r.hostname = QStringLiteral("demo-laptop");
    r.uname = {QStringLiteral("uname -a"),
               QStringLiteral("Linux demo-laptop 6.18.0 #1 SMP PREEMPT_DYNAMIC x86_64 GNU/Linux\n"), 0};
    r.osRelease = {QStringLiteral("cat /etc/os-release"),
                   QStringLiteral("PRETTY_NAME=\"Debian GNU/Linux 12 (bookworm)\"\nID=debian\nVERSION_ID=\"12\"\n"), 0};
    const explain::KernelState &k = input.snapshot.kernel;
    if (k.enabled)
        r.sysctls.append({QStringLiteral("enabled"), QString::number(*k.enabled)});
    r.sysctls.append({QStringLiteral("path_manager"), k.pathManager});
    r.diagnostics = input;
    r.checks = diagnostics::runChecks(input);
    r.sockets = {QStringLiteral("ss -ManiH"), QString(), 0};
    r.connectionsNote = QCoreApplication::translate("DiagnosticsPage", "Example data: no sockets are listed.");
    r.counters = counters;
    r.mptcpdConf = {QStringLiteral("cat /etc/mptcpd/mptcpd.conf"), QStringLiteral("No such file or directory\n"), 1};
    return r;
}

} // namespace mptcp::gui
