// MPTcpExt parsing, rates and the known-counter table.
#include "mptcp/diagnostics/counters.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QSet>
#include <QTest>

#include <cerrno>

using namespace mptcp::diagnostics;

namespace {

// Shaped like /proc/net/netstat of Linux 6.18 (shortened), with a counter this code does not
// know ("FutureCounter") and a TcpExt pair that must be ignored.
const QByteArray kGolden = QByteArrayLiteral(
    "TcpExt: SyncookiesSent SyncookiesRecv\n"
    "TcpExt: 0 3\n"
    "IpExt: InNoRoutes InTruncatedPkts\n"
    "IpExt: 0 0\n"
    "MPTcpExt: MPCapableSYNRX MPCapableSYNTX MPCapableFallbackSYNACK MPCurrEstab FutureCounter WinProbe\n"
    "MPTcpExt: 5 7 2 1 42 18446744073709551615\n");

CounterSample sample(qint64 ms, std::initializer_list<std::pair<const char *, quint64>> values)
{
    CounterSample s;
    s.monotonicMs = ms;
    for (const auto &[name, value] : values)
        s.counters.append({QLatin1String(name), value});
    return s;
}

} // namespace

class TestCounters : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void parsesEveryMptcpCounterInKernelOrder()
    {
        const auto s = parseNetstat(kGolden);
        QVERIFY(s.ok());
        QCOMPARE(s->counters.size(), 6);
        QCOMPARE(s->counters.at(0), (Counter{QStringLiteral("MPCapableSYNRX"), 5}));
        QCOMPARE(s->counters.at(5).name, QStringLiteral("WinProbe"));
        QCOMPARE(s->counters.at(5).value, std::numeric_limits<quint64>::max());
    }

    void keepsUnknownCounters()
    {
        const auto s = parseNetstat(kGolden);
        QVERIFY(s.ok());
        QCOMPARE(s->value(QStringLiteral("FutureCounter")), std::optional<quint64>(42));
        QVERIFY(!counterInfo(QStringLiteral("FutureCounter")));
        QVERIFY(counterExplanation(QStringLiteral("FutureCounter")).isEmpty());
    }

    void ignoresOtherSections()
    {
        const auto s = parseNetstat(kGolden);
        QVERIFY(!s->value(QStringLiteral("SyncookiesRecv")));
    }

    void missingSectionIsENOENT()
    {
        const auto s = parseNetstat(QByteArrayLiteral("TcpExt: A B\nTcpExt: 1 2\n"));
        QVERIFY(!s.ok());
        QCOMPARE(s.error().code, ENOENT);
    }

    void countMismatchIsEBADMSG()
    {
        const auto s = parseNetstat(QByteArrayLiteral("MPTcpExt: A B C\nMPTcpExt: 1 2\n"));
        QVERIFY(!s.ok());
        QCOMPARE(s.error().code, EBADMSG);
    }

    void nonNumericValueIsEBADMSG()
    {
        const auto s = parseNetstat(QByteArrayLiteral("MPTcpExt: A B\nMPTcpExt: 1 x\n"));
        QVERIFY(!s.ok());
        QCOMPARE(s.error().code, EBADMSG);
    }

    void headerWithoutValuesIsEBADMSG()
    {
        const auto s = parseNetstat(QByteArrayLiteral("MPTcpExt: A B\n"));
        QVERIFY(!s.ok());
        QCOMPARE(s.error().code, EBADMSG);
    }

    void ratesFromTwoSamples()
    {
        const CounterSample a = sample(1000, {{"MPCapableSYNTX", 10}, {"AddAddr", 4}});
        const CounterSample b = sample(3000, {{"MPCapableSYNTX", 30}, {"AddAddr", 4}});
        const CounterDelta d = compareSamples(a, b);
        QCOMPARE(d.seconds, 2.0);
        QCOMPARE(d.delta(QStringLiteral("MPCapableSYNTX")), 20);
        QCOMPARE(d.changes.at(0).perSecond, 10.0);
        QCOMPARE(d.delta(QStringLiteral("AddAddr")), 0);
    }

    void counterAppearingLaterCountsFromZero()
    {
        const CounterDelta d = compareSamples(sample(0, {}), sample(0, {{"DssFallback", 3}}));
        QCOMPARE(d.delta(QStringLiteral("DssFallback")), 3);
        QCOMPARE(d.seconds, 0.0);
        QCOMPARE(d.changes.at(0).perSecond, 0.0);
    }

    void resetEventCounterCountsWholeValue()
    {
        const CounterDelta d = compareSamples(sample(0, {{"MPJoinSynTx", 100}}), sample(0, {{"MPJoinSynTx", 7}}));
        QCOMPARE(d.delta(QStringLiteral("MPJoinSynTx")), 7);
    }

    void gaugeMayGoDown()
    {
        const CounterDelta d = compareSamples(sample(0, {{"MPCurrEstab", 5}}), sample(0, {{"MPCurrEstab", 2}}));
        QCOMPARE(d.delta(QStringLiteral("MPCurrEstab")), -3);
    }

    void fallbacksListsOnlyGrownFallbackCounters()
    {
        const CounterDelta d = compareSamples(
            sample(0, {{"MPCapableFallbackSYNACK", 1}, {"MPCapableFallbackACK", 4}, {"MPTCPRetrans", 1}}),
            sample(0, {{"MPCapableFallbackSYNACK", 3}, {"MPCapableFallbackACK", 4}, {"MPTCPRetrans", 9}}));
        const QList<CounterChange> f = d.fallbacks();
        QCOMPARE(f.size(), 1);
        QCOMPARE(f.at(0).name, QStringLiteral("MPCapableFallbackSYNACK"));
        QCOMPARE(f.at(0).delta, 2);
    }

    void tableCoversLinux618Counters()
    {
        // The MPTcpExt names of /proc/net/netstat on Linux 6.18.
        const QStringList names = QStringLiteral(
            "MPCapableSYNRX MPCapableSYNTX MPCapableSYNACKRX MPCapableACKRX MPCapableFallbackACK "
            "MPCapableFallbackSYNACK MPCapableSYNTXDrop MPCapableSYNTXDisabled MPCapableEndpAttempt "
            "MPFallbackTokenInit MPTCPRetrans MPJoinNoTokenFound MPJoinSynRx MPJoinSynBackupRx MPJoinSynAckRx "
            "MPJoinSynAckBackupRx MPJoinSynAckHMacFailure MPJoinAckRx MPJoinAckHMacFailure MPJoinRejected "
            "MPJoinSynTx MPJoinSynTxCreatSkErr MPJoinSynTxBindErr MPJoinSynTxConnectErr DSSNotMatching "
            "DSSCorruptionFallback DSSCorruptionReset InfiniteMapTx InfiniteMapRx DSSNoMatchTCP DataCsumErr "
            "OFOQueueTail OFOQueue OFOMerge NoDSSInWindow DuplicateData AddAddr AddAddrTx AddAddrTxDrop EchoAdd "
            "EchoAddTx EchoAddTxDrop PortAdd AddAddrDrop MPJoinPortSynRx MPJoinPortSynAckRx MPJoinPortAckRx "
            "MismatchPortSynRx MismatchPortAckRx RmAddr RmAddrDrop RmAddrTx RmAddrTxDrop RmSubflow MPPrioTx "
            "MPPrioRx MPFailTx MPFailRx MPFastcloseTx MPFastcloseRx MPRstTx MPRstRx SubflowStale SubflowRecover "
            "SndWndShared RcvWndShared RcvWndConflictUpdate RcvWndConflict MPCurrEstab Blackhole "
            "MPCapableDataFallback MD5SigFallback DssFallback SimultConnectFallback FallbackFailed WinProbe")
                                    .split(QLatin1Char(' '));
        QCOMPARE(knownCounters().size(), names.size());
        for (qsizetype i = 0; i < names.size(); ++i) {
            QCOMPARE(QLatin1String(knownCounters().at(i).name), names.at(i));
            QVERIFY(!counterExplanation(names.at(i)).isEmpty());
        }
    }

    void troubleMarksProblemCounters()
    {
        for (const char *name : {"MPCapableFallbackACK", "MPCapableFallbackSYNACK", "MPFallbackTokenInit", "DssFallback",
                                 "DataCsumErr", "AddAddrDrop", "RmAddrDrop", "MPJoinRejected", "Blackhole",
                                 "MPJoinAckHMacFailure"}) {
            QVERIFY2(counterInfo(QLatin1String(name))->trouble, name);
        }
        for (const char *name : {"MPCapableSYNTX", "MPJoinSynRx", "AddAddr", "MPCurrEstab"})
            QVERIFY2(!counterInfo(QLatin1String(name))->trouble, name);
    }

    void jsonCarriesValuesAndExplanations()
    {
        const QJsonArray a = toJson(*parseNetstat(kGolden));
        QCOMPARE(a.size(), 6);
        const QJsonObject fb = a.at(2).toObject();
        QCOMPARE(fb.value(QStringLiteral("name")).toString(), QStringLiteral("MPCapableFallbackSYNACK"));
        QCOMPARE(fb.value(QStringLiteral("value")).toInteger(), 2);
        QVERIFY(fb.value(QStringLiteral("trouble")).toBool());
        QVERIFY(!fb.value(QStringLiteral("explanation")).toString().isEmpty());

        const QJsonObject d = toJson(compareSamples(sample(0, {{"AddAddr", 1}}), sample(2000, {{"AddAddr", 5}})));
        const QJsonObject c = d.value(QStringLiteral("counters")).toArray().at(0).toObject();
        QCOMPARE(c.value(QStringLiteral("delta")).toInteger(), 4);
        QCOMPARE(c.value(QStringLiteral("before")).toInteger(), 1);
    }

    void textHidesZeroesAndMarksTrouble()
    {
        const CounterSample s = sample(0, {{"MPCapableSYNTX", 3}, {"AddAddr", 0}, {"DssFallback", 1}});
        const QString text = renderCounters(s);
        QVERIFY(text.contains(QLatin1String("MPTcpExtMPCapableSYNTX")));
        QVERIFY(!text.contains(QLatin1String("AddAddr")));
        QVERIFY(text.contains(QLatin1String("! MPTcpExtDssFallback")));
        QVERIFY(renderCounters(s, true).contains(QLatin1String("AddAddr")));
        const QString delta = renderDelta(compareSamples(sample(0, {{"DssFallback", 1}}), sample(1000, {{"DssFallback", 3}})));
        QVERIFY(delta.contains(QLatin1String("+2")));
    }
};

QTEST_GUILESS_MAIN(TestCounters)
#include "tst_diagnostics_counters.moc"
