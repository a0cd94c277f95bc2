// NetworkManagerReader without NetworkManager: first no system bus at all, then a bus
// (a private dbus-daemon) on which NetworkManager is absent. The reader must say so in
// plain words and pick the bus up when its socket appears, without polling.
#include "mptcp/nm/networkmanagerreader.h"

#include <QProcess>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using mptcp::nm::NetworkManagerReader;
using mptcp::nm::NmChangeResult;

class TestNmReaderNoBus : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void followsTheBusAppearingWithoutNetworkManager()
    {
        if (QStandardPaths::findExecutable(QStringLiteral("dbus-daemon")).isEmpty())
            QSKIP("dbus-daemon not installed");
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        const QString socket = dir.path() + QStringLiteral("/system_bus_socket");
        qputenv("DBUS_SYSTEM_BUS_ADDRESS", QByteArray("unix:path=") + socket.toUtf8());

        auto reader = std::make_unique<NetworkManagerReader>();
        QTRY_VERIFY(reader->isReady());
        QVERIFY(!reader->isRunning());
        QVERIFY2(reader->statusText().startsWith(QLatin1String("Cannot reach the system D-Bus")),
                 qPrintable(reader->statusText()));
        QVERIFY(reader->devices().isEmpty());

        QProcess bus;
        bus.start(QStringLiteral("dbus-daemon"),
                  {QStringLiteral("--session"), QStringLiteral("--nofork"), QStringLiteral("--nopidfile"),
                   QStringLiteral("--address=unix:path=") + socket});
        QVERIFY(bus.waitForStarted());
        QTRY_COMPARE_WITH_TIMEOUT(reader->statusText(), QStringLiteral("NetworkManager is not running"), 10000);
        QVERIFY(!reader->mptcpSupported());

        std::optional<NmChangeResult> result;
        reader->setConnectionMptcpFlags(QStringLiteral("00000000-0000-4000-8000-000000000000"), 0x22,
                                        [&](const NmChangeResult &r) { result = r; });
        QTRY_VERIFY(result.has_value());
        QCOMPARE(result->outcome, NmChangeResult::Outcome::Failed);
        QCOMPARE(result->message, QStringLiteral("NetworkManager is not running"));

        reader.reset();
        bus.terminate();
        QVERIFY(bus.waitForFinished());
    }
};

QTEST_GUILESS_MAIN(TestNmReaderNoBus)
#include "tst_nmreader_nobus.moc"
