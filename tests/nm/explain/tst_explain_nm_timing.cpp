// When NetworkManager 1.42 re-evaluates MPTCP, checked against the explain engine:
// net.mptcp.enabled and NetworkManager.conf defaults are read only at activation, so a
// later change shows as "pending" (never as a mismatch) until the connection is activated
// again; a reapply with new flags re-creates the endpoints with new ids. The sandbox starts
// with net.mptcp.enabled=0.
#include "differential.h"
#include "testsupport.h"

#include <QTest>

#include <algorithm>

using namespace mptcp;
using mptcp::test::NmDifferential;
using mptcp::test::ProfileSpec;

namespace {

const QString kVeth0 = QStringLiteral("veth0");
const QString kVeth1 = QStringLiteral("veth1");

QStringList both(const QString &words, const QString &dev, int subnet)
{
    return {QStringLiteral("10.0.%1.2 %2 dev %3").arg(subnet).arg(words, dev),
            QStringLiteral("2001:db8:%1::2 %2 dev %3").arg(subnet).arg(words, dev)};
}

// veth0 follows the sysctl (profile default); veth1 ignores it (subflow,also-without-sysctl).
QStringList veth1Endpoints()
{
    return both(QStringLiteral("subflow"), kVeth1, 1);
}

bool agrees(const QString &report)
{
    if (!report.isEmpty())
        qWarning().noquote() << "engine and NetworkManager disagree:\n" << report;
    return report.isEmpty();
}

// veth0's two global addresses must have `verdict`, with `text` in the explanation; every
// other row must be ok or none and nothing unexplained.
test::ScenarioCheck veth0RowsAre(explain::Verdict verdict, const QString &text)
{
    return [verdict, text](const explain::Snapshot &, const explain::Explanation &e) {
        QStringList problems;
        for (const explain::Row &r : e.rows) {
            const bool target = r.device == kVeth0 && (r.address == QLatin1String("10.0.0.2")
                                                       || r.address == QLatin1String("2001:db8::2"));
            if (target && (r.verdict != verdict || !r.verdictText.contains(text)))
                problems << QStringLiteral("row %1: %2 \"%3\", want %4 with \"%5\"")
                                .arg(r.address, explain::verdictName(r.verdict), r.verdictText,
                                     explain::verdictName(verdict), text);
            if (!target && r.verdict != explain::Verdict::Ok && r.verdict != explain::Verdict::None)
                problems << QStringLiteral("row %1 %2: %3").arg(r.device, r.address, explain::verdictName(r.verdict));
        }
        if (!e.extras.isEmpty())
            problems << QStringLiteral("%1 unexplained kernel endpoint(s)").arg(e.extras.size());
        return problems;
    };
}

} // namespace

class TestExplainNmTiming : public QObject {
    Q_OBJECT

    NmDifferential m_d;

private Q_SLOTS:
    void initTestCase()
    {
        QString error;
        QVERIFY2(m_d.start({ProfileSpec::standard(kVeth0, 0), ProfileSpec::standard(kVeth1, 1, QStringLiteral("0x26"))},
                           0, &error),
                 qPrintable(error));
    }

    void cleanupTestCase()
    {
        const QString error = m_d.stop();
        QVERIFY2(error.isEmpty(), qPrintable(error));
    }

    void sysctlZeroAtStartOnlyAlsoWithoutSysctlGetsEndpoints()
    {
        QVERIFY(agrees(m_d.awaitAgreement(veth1Endpoints(), [](const explain::Snapshot &s, const explain::Explanation &e) {
            QStringList problems = NmDifferential::strictAgreement(s, e);
            const explain::Row *r = test::rowFor(e, QStringLiteral("10.0.0.2"));
            if (!r || r->reason != explain::Reason::SysctlDisabled)
                problems << QStringLiteral("10.0.0.2 should have reason SysctlDisabled");
            return problems;
        })));
    }

    // 0 → 1 after activation: NM does not notice, not even at a reapply; the next
    // activation adds the endpoints.
    void enablingTheSysctlLaterIsPendingUntilReconnect()
    {
        QVERIFY(m_d.setSysctl(1).isEmpty());
        QVERIFY(agrees(m_d.awaitAgreement(veth1Endpoints(),
                                          veth0RowsAre(explain::Verdict::Pending, QStringLiteral("reconnect")))));
        QVERIFY(m_d.deviceReapply(kVeth0).isEmpty());
        QVERIFY(agrees(m_d.checkAgreementAfter(500, veth0RowsAre(explain::Verdict::Pending, QStringLiteral("reconnect")))));
        QCOMPARE(m_d.snapshot().kernel.endpoints.size(), 2);
        QVERIFY(m_d.apply(ProfileSpec::standard(kVeth0, 0), true).isEmpty());
        QVERIFY(agrees(m_d.awaitAgreement(both(QStringLiteral("subflow"), kVeth0, 0) + veth1Endpoints())));
    }

    // 1 → 0 after activation: NM keeps its endpoints until the connection is activated again.
    void disablingTheSysctlLaterIsPendingUntilReconnect()
    {
        QVERIFY(m_d.setSysctl(0).isEmpty());
        QVERIFY(agrees(m_d.awaitAgreement(both(QStringLiteral("subflow"), kVeth0, 0) + veth1Endpoints(),
                                          veth0RowsAre(explain::Verdict::Pending, QStringLiteral("reconnect")))));
        QVERIFY(m_d.apply(ProfileSpec::standard(kVeth0, 0), true).isEmpty());
        QVERIFY(agrees(m_d.awaitAgreement(veth1Endpoints())));
        QVERIFY(m_d.setSysctl(1).isEmpty());
        QVERIFY(m_d.apply(ProfileSpec::standard(kVeth0, 0), true).isEmpty());
        QVERIFY(agrees(m_d.awaitAgreement(both(QStringLiteral("subflow"), kVeth0, 0) + veth1Endpoints())));
    }

    // A saved but not applied change leaves NM (and the engine) on the applied value.
    void modifiedProfileIsNotInEffectUntilReapplied()
    {
        QVERIFY(m_d.modifyOnly(kVeth0, QStringLiteral("0x12")).isEmpty());
        QVERIFY(agrees(m_d.awaitAgreement(
            both(QStringLiteral("subflow"), kVeth0, 0) + veth1Endpoints(),
            [](const explain::Snapshot &s, const explain::Explanation &e) {
                QStringList problems = NmDifferential::strictAgreement(s, e);
                bool warned = false;
                for (const explain::Warning &w : e.warnings)
                    warned = warned || w.kind == explain::WarningKind::ProfileNotReapplied;
                if (!warned)
                    problems << QStringLiteral("no ProfileNotReapplied warning");
                return problems;
            })));
    }

    // The reapply deletes and re-adds: new kernel ids, and every row ok. (The kernel hands out
    // ids from the highest one given so far, which may be one just freed: the set differs, not
    // necessarily every id.)
    void reapplyWithChangedFlagsRecreatesEndpointsWithNewIds()
    {
        QList<int> before;
        for (const explain::KernelEndpoint &e : m_d.snapshot().kernel.endpoints) {
            if (e.address.startsWith(QLatin1String("10.0.0.")) || e.address.startsWith(QLatin1String("2001:db8::")))
                before << e.id;
        }
        std::sort(before.begin(), before.end());
        QVERIFY(m_d.deviceReapply(kVeth0).isEmpty());
        QVERIFY(agrees(m_d.awaitAgreement(both(QStringLiteral("signal"), kVeth0, 0) + veth1Endpoints())));
        QList<int> veth0Ids;
        const explain::Snapshot s = m_d.snapshot();
        for (const explain::KernelEndpoint &e : s.kernel.endpoints) {
            if (e.address.startsWith(QLatin1String("10.0.0.")) || e.address.startsWith(QLatin1String("2001:db8::")))
                veth0Ids << e.id;
        }
        std::sort(veth0Ids.begin(), veth0Ids.end());
        QCOMPARE(veth0Ids.size(), 2);
        QVERIFY2(veth0Ids != before, "the endpoints were not re-created");
    }

    // A NetworkManager.conf default written after activation is not used until the next one.
    void confDefaultChangedAfterActivationIsPending()
    {
        QVERIFY(m_d.apply(ProfileSpec::standard(kVeth0, 0, QStringLiteral("0"))).isEmpty());
        QVERIFY(agrees(m_d.awaitAgreement(both(QStringLiteral("subflow"), kVeth0, 0) + veth1Endpoints())));
        QVERIFY(m_d.writeConf(QStringLiteral("60-explain.conf"), "[connection]\nconnection.mptcp-flags=0x12\n").isEmpty());
        QVERIFY(agrees(m_d.awaitAgreement(both(QStringLiteral("subflow"), kVeth0, 0) + veth1Endpoints(),
                                          veth0RowsAre(explain::Verdict::Pending, QStringLiteral("activated again")))));
        QVERIFY(m_d.apply(ProfileSpec::standard(kVeth0, 0, QStringLiteral("0")), true).isEmpty());
        QVERIFY(agrees(m_d.awaitAgreement(both(QStringLiteral("signal"), kVeth0, 0) + veth1Endpoints())));
    }

    // A match-device spec the reader cannot evaluate: the engine says "unknown" instead of
    // guessing (NM itself finds no match on a veth and uses the [connection] default).
    void unsupportedMatchDeviceSpecIsUnknown()
    {
        QVERIFY(m_d.writeConf(QStringLiteral("60-explain.conf"),
                              "[connection-s390]\nmatch-device=s390-subchannels:0.0.f5f0\nconnection.mptcp-flags=0x42\n\n"
                              "[connection]\nconnection.mptcp-flags=0x12\n")
                    .isEmpty());
        QVERIFY(m_d.apply(ProfileSpec::standard(kVeth0, 0, QStringLiteral("0")), true).isEmpty());
        QVERIFY(agrees(m_d.awaitAgreement(
            both(QStringLiteral("signal"), kVeth0, 0) + veth1Endpoints(),
            [](const explain::Snapshot &, const explain::Explanation &e) {
                QStringList problems;
                for (const explain::Row &r : e.rows) {
                    if (r.device != kVeth0 || r.address.startsWith(QLatin1String("fe80:")))
                        continue;
                    if (r.verdict != explain::Verdict::Unknown || r.reason != explain::Reason::ConfMatchUnknown
                        || !r.reasonText.contains(QLatin1String("s390-subchannels")))
                        problems << QStringLiteral("row %1: %2 \"%3\"").arg(r.address, explain::verdictName(r.verdict),
                                                                          r.reasonText);
                }
                // The profile's own value makes the spec irrelevant: veth1 stays ok.
                const explain::Row *v1 = test::rowFor(e, QStringLiteral("10.0.1.2"));
                if (!v1 || v1->verdict != explain::Verdict::Ok)
                    problems << QStringLiteral("10.0.1.2 should be ok");
                return problems;
            })));
        QVERIFY(m_d.writeConf(QStringLiteral("60-explain.conf"), {}).isEmpty());
    }
};

MPTCP_TEST_MAIN_REQUIRING(TestExplainNmTiming, mptcp::test::Sandbox::unavailableReason())
#include "tst_explain_nm_timing.moc"
