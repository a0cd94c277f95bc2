// core/kernel: the mapping from core/netlink's results to the explain engine's
// KernelState, and the Qt form the worker-thread reader emits.
#include "mptcp/kernel/kernelstate.h"

#include <QTemporaryDir>
#include <QTest>
#include <cerrno>
#include <fstream>

using namespace mptcp;

namespace {

nl::Sysctls sysctls(const std::vector<nl::SysctlEntry> &entries)
{
    nl::Sysctls s;
    s.all = entries;
    for (const nl::SysctlEntry &e : entries) {
        if (e.key == "enabled")
            s.enabled = e.value != "0";
        if (e.key == "path_manager")
            s.pathManager = e.value;
        if (e.key == "pm_type")
            s.pmType = std::stoi(e.value);
    }
    return s;
}

nl::Endpoint endpoint(std::uint8_t id, const char *address, std::uint32_t flags, std::int32_t ifindex)
{
    nl::Endpoint e;
    e.id = id;
    e.address = *nl::IpAddress::parse(address);
    e.flags = flags;
    e.ifindex = ifindex;
    return e;
}

nl::Error error(int code, const char *message)
{
    return nl::Error { code, message, "test" };
}

} // namespace

class TestKernelState : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void mapsEveryPart();
    void keepsTheSysctlIntegerNotJustTrue();
    void missingSysctlDirectoryMeansNoMptcp();
    void failedDumpLeavesEndpointsUnknown();
    void failedLimitsStayUnknown();
    void statusCarriesSysctlsAndErrors();
    void readsASysctlDirectory();
};

void TestKernelState::mapsEveryPart()
{
    const kernel::KernelReading reading {
        sysctls({ { "enabled", "1" }, { "path_manager", "kernel" }, { "pm_type", "0" } }),
        nl::Limits { 4, 2 },
        std::vector<nl::Endpoint> { endpoint(1, "10.0.0.2", nl::FlagSubflow, 3),
            endpoint(7, "2001:db8::2", nl::FlagSignal | nl::FlagBackup, 0) },
    };
    const explain::KernelState state = kernel::toKernelState(reading);
    QVERIFY(state.mptcpAvailable);
    QCOMPARE(state.enabled, std::optional<int>(1));
    QCOMPARE(state.pathManager, QStringLiteral("kernel"));
    QCOMPARE(state.pmType, std::optional<int>(0));
    QCOMPARE(state.subflowsLimit, std::optional<quint32>(4));
    QCOMPARE(state.addAddrAcceptedLimit, std::optional<quint32>(2));
    QVERIFY(state.endpointsKnown);
    QCOMPARE(state.endpoints.size(), 2);
    QCOMPARE(state.endpoints[0].id, 1);
    QCOMPARE(state.endpoints[0].address, QStringLiteral("10.0.0.2"));
    QCOMPARE(state.endpoints[0].flags, explain::kernelflag::Subflow);
    QCOMPARE(state.endpoints[0].ifindex, 3);
    QCOMPARE(state.endpoints[1].address, QStringLiteral("2001:db8::2"));
    QCOMPARE(state.endpoints[1].flags, explain::kernelflag::Signal | explain::kernelflag::Backup);
    QCOMPARE(state.endpoints[1].ifindex, 0);
}

// NM compares net.mptcp.enabled with <= 0; the kernel stores whatever u8 was written.
void TestKernelState::keepsTheSysctlIntegerNotJustTrue()
{
    const kernel::KernelReading reading { sysctls({ { "enabled", "2" } }), nl::Limits {},
        std::vector<nl::Endpoint> {} };
    QCOMPARE(kernel::toKernelState(reading).enabled, std::optional<int>(2));
    QVERIFY(kernel::toKernelState(reading).pathManager.isEmpty());
    QCOMPARE(kernel::toKernelState(reading).pmType, std::nullopt);
}

void TestKernelState::missingSysctlDirectoryMeansNoMptcp()
{
    const kernel::KernelReading reading { error(ENOENT, "no /proc/sys/net/mptcp"), error(ENOENT, "no family"),
        error(ENOENT, "no family") };
    const explain::KernelState state = kernel::toKernelState(reading);
    QVERIFY(!state.mptcpAvailable);
    QCOMPARE(state.enabled, std::nullopt);
    QVERIFY(!state.endpointsKnown);
    // Any other sysctl error (e.g. EACCES) says nothing about MPTCP being built in.
    const kernel::KernelReading denied { error(EACCES, "denied"), nl::Limits {}, std::vector<nl::Endpoint> {} };
    QVERIFY(kernel::toKernelState(denied).mptcpAvailable);
}

void TestKernelState::failedDumpLeavesEndpointsUnknown()
{
    const kernel::KernelReading reading { sysctls({ { "enabled", "1" } }), nl::Limits { 2, 0 },
        error(EPERM, "denied") };
    const explain::KernelState state = kernel::toKernelState(reading);
    QVERIFY(!state.endpointsKnown);
    QVERIFY(state.endpoints.isEmpty());
    QCOMPARE(state.subflowsLimit, std::optional<quint32>(2));
}

void TestKernelState::failedLimitsStayUnknown()
{
    const kernel::KernelReading reading { sysctls({ { "enabled", "1" } }), error(EPERM, "denied"),
        std::vector<nl::Endpoint> {} };
    const explain::KernelState state = kernel::toKernelState(reading);
    QCOMPARE(state.subflowsLimit, std::nullopt);
    QCOMPARE(state.addAddrAcceptedLimit, std::nullopt);
    QVERIFY(state.endpointsKnown);
}

void TestKernelState::statusCarriesSysctlsAndErrors()
{
    const kernel::KernelReading reading { sysctls({ { "enabled", "1" }, { "scheduler", "default" } }),
        error(EPERM, "denied"), std::vector<nl::Endpoint> { endpoint(1, "10.0.0.2", nl::FlagSubflow, 3) } };
    const kernel::KernelStatus status = kernel::toKernelStatus(reading);
    QCOMPARE(status.sysctls.size(), 2);
    QCOMPARE(status.sysctls[1], std::make_pair(QStringLiteral("scheduler"), QStringLiteral("default")));
    QVERIFY(status.sysctlsError.isEmpty());
    QVERIFY(!status.limitsError.isEmpty());
    QVERIFY(status.endpointsError.isEmpty());
    QVERIFY(!status.complete());
    QCOMPARE(status.state.endpoints.size(), 1);
}

// readKernel() takes the sysctl directory from its argument (the netlink parts need a
// kernel and are covered by tests/kernel/cli).
void TestKernelState::readsASysctlDirectory()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    std::ofstream(dir.filePath(QStringLiteral("enabled")).toStdString()) << "0\n";
    std::ofstream(dir.filePath(QStringLiteral("path_manager")).toStdString()) << "userspace\n";
    const explain::KernelState state = kernel::toKernelState(kernel::readKernel(dir.path().toStdString()));
    QCOMPARE(state.enabled, std::optional<int>(0));
    QCOMPARE(state.pathManager, QStringLiteral("userspace"));
    QVERIFY(
        kernel::toKernelState(kernel::readKernel(dir.filePath(QStringLiteral("absent")).toStdString())).mptcpAvailable
        == false);
}

QTEST_GUILESS_MAIN(TestKernelState)
#include "tst_kernelstate.moc"
