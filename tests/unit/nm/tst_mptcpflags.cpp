// connection.mptcp-flags words as nmcli accepts them, and NM's own refusals (libnm verify).
#include "mptcp/nm/mptcpflags.h"

#include <QTest>

using namespace mptcp::nm;

class TestMptcpFlags : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void wordsAndNumbersParse_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<quint32>("expected");
        QTest::newRow("default") << "default" << 0u;
        QTest::newRow("empty is default") << "" << 0u;
        QTest::newRow("none") << "none" << 0u;
        QTest::newRow("disabled") << "disabled" << 0x1u;
        QTest::newRow("enabled") << "enabled" << 0x2u;
        QTest::newRow("comma list") << "enabled,subflow" << 0x22u;
        QTest::newRow("spaces and tabs") << " signal \t subflow " << 0x30u;
        QTest::newRow("gates") << "also-without-sysctl,also-without-default-route" << 0xcu;
        QTest::newRow("backup") << "subflow,backup" << 0x60u;
        QTest::newRow("fullmesh") << "subflow fullmesh" << 0xa0u;
        QTest::newRow("hex") << "0x22" << 0x22u;
        QTest::newRow("decimal") << "18" << 0x12u;
        QTest::newRow("mixed") << "0x20,signal" << 0x30u;
    }

    void wordsAndNumbersParse()
    {
        QFETCH(QString, text);
        QFETCH(quint32, expected);
        const MptcpFlagsParse p = parseMptcpFlags(text);
        QVERIFY2(p.ok(), qPrintable(p.error));
        QCOMPARE(*p.value, expected);
    }

    void invalidCombinationsUseNmsReason_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("reason");
        QTest::newRow("signal+fullmesh") << "signal,fullmesh"
                                         << "cannot set both \"signal\" and \"fullmesh\" MPTCP flags";
        QTest::newRow("disabled+other") << "disabled,subflow"
                                        << "\"disabled\" flag cannot be combined with other MPTCP flags";
        QTest::newRow("unknown bit") << "0x1000"
                                     << "is not a valid combination of MPTCP flags";
        QTest::newRow("unknown word") << "subflows"
                                      << "'subflows' is not an MPTCP flag";
        QTest::newRow("upper-case hex prefix") << "0X22"
                                               << "'0X22' is not an MPTCP flag";
        QTest::newRow("bare 0x") << "0x"
                                 << "'0x' is not an MPTCP flag";
    }

    void invalidCombinationsUseNmsReason()
    {
        QFETCH(QString, text);
        QFETCH(QString, reason);
        const MptcpFlagsParse p = parseMptcpFlags(text);
        QVERIFY(!p.ok());
        QVERIFY2(p.error.contains(reason), qPrintable(p.error));
    }

    void laminarNeedsALibnmThatKnowsIt()
    {
        // NM 1.56 added laminar (0x100); the installed libnm (1.42 on Debian 12) refuses it.
        const MptcpFlagsParse p = parseMptcpFlags(QStringLiteral("subflow,laminar"));
        if (p.ok())
            QCOMPARE(*p.value, 0x120u);
        else
            QVERIFY2(p.error.contains(QStringLiteral("not a valid combination")), qPrintable(p.error));
    }

    void validValuesHaveNoProblem()
    {
        QVERIFY(mptcpFlagsProblem(0).isEmpty());
        QVERIFY(mptcpFlagsProblem(0x1).isEmpty());
        QVERIFY(mptcpFlagsProblem(0x22).isEmpty());
        QVERIFY(mptcpFlagsProblem(0x4).isEmpty());
        QVERIFY(!mptcpFlagsProblem(0x90).isEmpty());
    }

    void wordsAreNmclisSpelling()
    {
        QCOMPARE(mptcpFlagWords(0), QStringList { QStringLiteral("default") });
        QCOMPARE(mptcpFlagWords(0x22), (QStringList { QStringLiteral("enabled"), QStringLiteral("subflow") }));
        QCOMPARE(mptcpFlagWords(0x12 | 0x200),
            (QStringList { QStringLiteral("enabled"), QStringLiteral("signal"), QStringLiteral("0x200") }));
    }
};

QTEST_GUILESS_MAIN(TestMptcpFlags)
#include "tst_mptcpflags.moc"
