// core/kernel on a real kernel: the synchronous reader and the worker-thread
// KernelStateReader, each pointed at a throw-away network namespace.
#include "mptcp/kernel/kernelstate.h"
#include "mptcp/kernel/kernelstatereader.h"
#include "testsupport.h"

#include <QSignalSpy>
#include <QTest>

using mptcp::test::Netns;
using namespace mptcp;

namespace {

QStringList words(const char *line)
{
    return QString::fromUtf8(line).split(u' ', Qt::SkipEmptyParts);
}

// Two addresses, two endpoints and raised limits: a state no fresh namespace has.
bool prepare(Netns &ns)
{
    for (const char *line : { "link add v0 type veth peer name v1", "link set v0 up", "addr add 10.71.0.2/24 dev v0",
             "addr add 10.71.1.2/24 dev v0", "mptcp endpoint add 10.71.0.2 dev v0 subflow id 3",
             "mptcp endpoint add 10.71.1.2 dev v0 signal backup id 4",
             "mptcp limits set subflows 5 add_addr_accepted 6" }) {
        if (ns.ip(words(line)) != 0)
            return false;
    }
    return true;
}

void verifyPrepared(const explain::KernelState &state)
{
    QVERIFY(state.mptcpAvailable);
    QVERIFY(state.endpointsKnown);
    QCOMPARE(state.subflowsLimit, std::optional<quint32>(5));
    QCOMPARE(state.addAddrAcceptedLimit, std::optional<quint32>(6));
    QCOMPARE(state.endpoints.size(), 2);
    QCOMPARE(state.endpoints[0].id, 3);
    QCOMPARE(state.endpoints[0].address, QStringLiteral("10.71.0.2"));
    QCOMPARE(state.endpoints[0].flags, explain::kernelflag::Subflow);
    QVERIFY(state.endpoints[0].ifindex > 0);
    QCOMPARE(state.endpoints[1].flags, explain::kernelflag::Signal | explain::kernelflag::Backup);
    QVERIFY(state.enabled.has_value());
}

} // namespace

class TestKernelReader : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void readsTheCallingThreadsNamespace();
    void workerReadsTheGivenNamespaceOffTheMainThread();
    void refreshesDuringAReadAreFoldedIntoOne();
    void unknownNamespaceIsReportedNotReadInstead();
};

void TestKernelReader::readsTheCallingThreadsNamespace()
{
    Netns ns(QStringLiteral("kread"));
    QVERIFY(ns.valid());
    QVERIFY(prepare(ns));
    QVERIFY(ns.enter());
    const kernel::KernelStatus status = kernel::toKernelStatus(kernel::readKernel());
    ns.leave();
    verifyPrepared(status.state);
    QVERIFY(status.complete());
    QVERIFY(!status.sysctls.isEmpty());
}

void TestKernelReader::workerReadsTheGivenNamespaceOffTheMainThread()
{
    Netns ns(QStringLiteral("kwork"));
    QVERIFY(ns.valid());
    QVERIFY(prepare(ns));
    kernel::KernelStateReader reader(QStringLiteral("/run/netns/") + ns.name());
    QSignalSpy finished(&reader, &kernel::KernelStateReader::finished);
    reader.refresh();
    QVERIFY(reader.isReading());
    QVERIFY(finished.wait(10000));
    const auto status = finished.takeFirst().at(0).value<kernel::KernelStatus>();
    verifyPrepared(status.state);
    QVERIFY(status.readAtMs > 0);
    QCOMPARE(reader.latest().state.endpoints.size(), 2);
    QVERIFY(!reader.isReading());

    // A change made after the first read is seen by the next one.
    QCOMPARE(ns.ip(words("mptcp endpoint delete id 4")), 0);
    reader.refresh();
    QVERIFY(finished.wait(10000));
    QCOMPARE(reader.latest().state.endpoints.size(), 1);

    // setns() moved only the worker thread: this thread still sees its own namespace,
    // which has no endpoint 3 on 10.71.0.2.
    for (const explain::KernelEndpoint &e : kernel::toKernelState(kernel::readKernel()).endpoints)
        QVERIFY(e.address != QLatin1String("10.71.0.2"));
}

void TestKernelReader::refreshesDuringAReadAreFoldedIntoOne()
{
    Netns ns(QStringLiteral("kfold"));
    QVERIFY(ns.valid());
    QVERIFY(prepare(ns));
    kernel::KernelStateReader reader(QStringLiteral("/run/netns/") + ns.name());
    QSignalSpy finished(&reader, &kernel::KernelStateReader::finished);
    for (int i = 0; i < 5; ++i)
        reader.refresh();
    QTRY_COMPARE_WITH_TIMEOUT(finished.size(), 2, 10000);
    // Nothing else is queued.
    QTest::qWait(200);
    QCOMPARE(finished.size(), 2);
}

void TestKernelReader::unknownNamespaceIsReportedNotReadInstead()
{
    kernel::KernelStateReader reader(QStringLiteral("/run/netns/mptcp-no-such-namespace"));
    QSignalSpy finished(&reader, &kernel::KernelStateReader::finished);
    reader.refresh();
    QVERIFY(finished.wait(10000));
    const kernel::KernelStatus &status = reader.latest();
    QVERIFY(!status.state.endpointsKnown);
    QVERIFY(status.endpointsError.contains(QLatin1String("mptcp-no-such-namespace")));
    QVERIFY(!status.complete());
}

MPTCP_TEST_MAIN_REQUIRING(TestKernelReader, mptcp::test::requireMptcp())
#include "tst_kernelreader.moc"
