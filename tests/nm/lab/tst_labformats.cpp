// The lab's pure pieces: rate parsing, the traffic generator's line formats
// (read back by lab.sh users and the lab test) and `lab.sh env` parsing.
#include "mptcp/lab/labcontroller.h"
#include "mptcp/lab/traffic.h"

#include <QSignalSpy>
#include <QTest>

using namespace mptcp::lab;

class TestLabFormats : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void parseRateAcceptsTcStyleUnits_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<quint64>("bits");
        QTest::newRow("plain") << QStringLiteral("123456") << quint64(123456);
        QTest::newRow("mbit") << QStringLiteral("50mbit") << quint64(50000000);
        QTest::newRow("M") << QStringLiteral("10M") << quint64(10000000);
        QTest::newRow("k") << QStringLiteral("800k") << quint64(800000);
        QTest::newRow("fraction") << QStringLiteral("1.5g") << quint64(1500000000);
        QTest::newRow("bps") << QStringLiteral("20Mbps") << quint64(20000000);
    }
    void parseRateAcceptsTcStyleUnits()
    {
        QFETCH(QString, text);
        QFETCH(quint64, bits);
        QCOMPARE(quint64(parseRate(text.toStdString())), bits);
    }

    void parseRateRejectsNonsense_data()
    {
        QTest::addColumn<QString>("text");
        for (const char *bad : {"", "fast", "-5m", "0", "10x", "5mbitmbit", "nan", "inf", "1e30"})
            QTest::newRow(bad) << QString::fromLatin1(bad);
    }
    void parseRateRejectsNonsense()
    {
        QFETCH(QString, text);
        QCOMPARE(quint64(parseRate(text.toStdString())), quint64(0));
    }

    void clientLineNamesEachInterfaceOnce()
    {
        ClientSample s;
        s.elapsed = 3.02;
        s.mbitPerSecond = 58.7;
        s.bytesAcked = 2000;
        s.bytesWritten = 3000;
        s.subflows = {SubflowRate{"wwan0", "10.0.1.2:1", "198.51.100.1:5201", 10, 9.8},
                      SubflowRate{"wlan0", "10.0.0.2:2", "198.51.100.1:5201", 20, 40.0},
                      SubflowRate{"wlan0", "[2001:db8::2]:3", "[2001:db8:ffff::1]:5201", 30, 8.5}};
        QCOMPARE(QString::fromStdString(formatClientSample(s)),
                 QStringLiteral("t=3 mbit=58.70 acked=2000 written=3000 subflows=3 fallback=no wlan0=48.50 wwan0=9.80"));
    }

    void serverLineCountsClients()
    {
        QCOMPARE(QString::fromStdString(formatServerSample(ServerSample{7.4, 2, 1250000, 10.0})),
                 QStringLiteral("t=7 clients=2 bytes=1250000 mbit=10.00"));
    }

    void environmentParsesLabVariablesOnly()
    {
        const QByteArray text = "lab: up in 6 s\n"
                                "MPTCP_LAB_ID=mptcp-lab\n"
                                "DBUS_SYSTEM_BUS_ADDRESS=unix:path=/tmp/mptcp-sandbox-mptcp-lab/run/dbus/system_bus_socket\n"
                                "MPTCP_LAB_NETNS=mptcp-sb-mptcp-lab-dev\n"
                                "MPTCP_LAB_NETNS_PATH=/run/netns/mptcp-sb-mptcp-lab-dev\n"
                                "MPTCP_LAB_ROUTER_NETNS=mptcp-sb-mptcp-lab-rt\n"
                                "MPTCP_LAB_LINKS=wlan0,wwan0\n"
                                "MPTCP_LAB_SERVER4=198.51.100.1\n"
                                "MPTCP_LAB_PORT=5201\n"
                                "MPTCP_LAB_HELPER=org.mptcp.Settings.Helper1\n"
                                "PATH=/should/not/leak\n";
        const LabEnvironment env = LabEnvironment::parse(text);
        QVERIFY(env.isValid());
        QCOMPARE(env.netns, QStringLiteral("mptcp-sb-mptcp-lab-dev"));
        QCOMPARE(env.netnsPath, QStringLiteral("/run/netns/mptcp-sb-mptcp-lab-dev"));
        QCOMPARE(env.links, (QStringList{QStringLiteral("wlan0"), QStringLiteral("wwan0")}));
        QCOMPARE(env.port, quint16(5201));
        QVERIFY(env.helper);
        QVERIFY(!env.variables.contains(QStringLiteral("PATH")));
        const QProcessEnvironment pe = env.processEnvironment(QProcessEnvironment());
        QCOMPARE(pe.value(QStringLiteral("DBUS_SYSTEM_BUS_ADDRESS")), env.busAddress);
        QCOMPARE(pe.value(QStringLiteral("MPTCP_LAB_SERVER4")), QStringLiteral("198.51.100.1"));
    }

    void environmentWithoutBusIsInvalid()
    {
        QVERIFY(!LabEnvironment::parse("MPTCP_LAB_NETNS=x\n").isValid());
        QVERIFY(!LabEnvironment::parse("MPTCP_LAB_HELPER=none\nDBUS_SYSTEM_BUS_ADDRESS=unix:path=/x\n").isValid());
        QVERIFY(!LabEnvironment::parse("MPTCP_LAB_HELPER=none\nDBUS_SYSTEM_BUS_ADDRESS=unix:path=/x\nMPTCP_LAB_NETNS=n\n").helper);
    }

    void controllerReportsAMissingScript()
    {
        LabController lab;
        lab.setScriptPath(QStringLiteral("/nonexistent/lab.sh"));
        QSignalSpy errors(&lab, &LabController::errorOccurred);
        QSignalSpy finished(&lab, &LabController::finished);
        lab.refresh();
        QVERIFY(lab.isBusy());
        QVERIFY(finished.wait(5000));
        QCOMPARE(errors.size(), 1);
        QVERIFY(lab.errorString().contains(QLatin1String("/nonexistent/lab.sh")));
        QVERIFY(!lab.isBusy());
    }
};

QTEST_GUILESS_MAIN(TestLabFormats)

#include "tst_labformats.moc"
