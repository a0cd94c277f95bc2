// KernelNetworkReader against the kernel of a throw-away network namespace: it follows
// address changes, and after rtnetlink notifications were lost (ENOBUFS while its event
// loop was busy) it ends up with exactly the kernel's addresses again, not with what
// notifications still queued from before the loss say.
#include "mptcp/nm/kernelnetwork.h"
#include "testsupport.h"

#include <QProcess>
#include <QRegularExpression>
#include <QSet>
#include <QTest>

using mptcp::nm::KernelNetworkReader;
using mptcp::test::Netns;

namespace {

constexpr int Burst = 3000; // far more notifications than a socket's default buffer holds

QString burstAddress(int i)
{
    return QStringLiteral("10.99.%1.%2").arg(i / 250).arg(i % 250 + 1);
}

} // namespace

class TestKernelNetwork : public QObject {
    Q_OBJECT

    std::unique_ptr<Netns> m_ns;
    std::unique_ptr<KernelNetworkReader> m_reader;

    QSet<QString> readerAddresses() const
    {
        QSet<QString> set;
        for (const auto &a : m_reader->state().addresses)
            set.insert(a.address);
        return set;
    }

    QSet<QString> kernelAddresses() const
    {
        QString out;
        m_ns->ip({QStringLiteral("-o"), QStringLiteral("addr"), QStringLiteral("show")}, &out);
        static const QRegularExpression inet(QStringLiteral("inet6? ([0-9a-f.:]+)/"));
        QSet<QString> set;
        for (auto it = inet.globalMatch(out); it.hasNext();)
            set.insert(it.next().captured(1));
        return set;
    }

    // `ip -batch` while this thread does not run the event loop: the notifications pile up.
    bool batch(const QString &verb, int count)
    {
        QStringList lines;
        for (int i = 0; i < count; ++i)
            lines << QStringLiteral("addr %1 %2/32 dev lo").arg(verb, burstAddress(i));
        QProcess ip;
        ip.start(QStringLiteral("ip"), {QStringLiteral("-n"), m_ns->name(), QStringLiteral("-batch"), QStringLiteral("-")});
        if (!ip.waitForStarted())
            return false;
        ip.write(lines.join(QLatin1Char('\n')).toUtf8() + '\n');
        ip.closeWriteChannel();
        return ip.waitForFinished(60000) && ip.exitCode() == 0;
    }

private Q_SLOTS:
    void initTestCase()
    {
        m_ns = std::make_unique<Netns>(QStringLiteral("knr"));
        QVERIFY(m_ns->valid());
        // The reader's sockets belong to the netns of the thread that creates it.
        QVERIFY(m_ns->enter());
        m_reader = std::make_unique<KernelNetworkReader>();
        m_ns->leave();
        QVERIFY2(m_reader->isOpen(), qPrintable(m_reader->errorString()));
        QTRY_VERIFY(m_reader->state().link(QStringLiteral("lo")) != nullptr);
    }

    void cleanupTestCase()
    {
        m_reader.reset();
        m_ns.reset();
    }

    void followsAnAddedAndARemovedAddress()
    {
        const QString a = QStringLiteral("192.0.2.7");
        QCOMPARE(m_ns->ip({QStringLiteral("addr"), QStringLiteral("add"), a + QStringLiteral("/32"), QStringLiteral("dev"),
                           QStringLiteral("lo")}),
                 0);
        QTRY_VERIFY(readerAddresses().contains(a));
        QCOMPARE(m_ns->ip({QStringLiteral("addr"), QStringLiteral("del"), a + QStringLiteral("/32"), QStringLiteral("dev"),
                           QStringLiteral("lo")}),
                 0);
        QTRY_VERIFY(!readerAddresses().contains(a));
    }

    void lostNotificationsLeaveNoStaleAddresses()
    {
        // Added then removed while the reader is not reading: its socket overflows with the
        // additions, the removals are lost. What is still queued must not win over the
        // fresh dump that follows the loss.
        QTest::ignoreMessage(QtInfoMsg, QRegularExpression(QStringLiteral("rtnetlink notifications lost")));
        QVERIFY(batch(QStringLiteral("add"), Burst));
        QVERIFY(batch(QStringLiteral("del"), Burst));
        const QSet<QString> kernel = kernelAddresses();
        QVERIFY(!kernel.contains(burstAddress(0)));
        // Converges within a few event-loop turns, and stays there.
        QTRY_COMPARE_WITH_TIMEOUT(readerAddresses(), kernel, 5000);
        QTest::qWait(500);
        QCOMPARE(readerAddresses(), kernel);
    }

    void lostNotificationsLeaveNoMissingAddresses()
    {
        // The other way round: removed, then added again, all while not reading. A removal
        // still queued from before the loss must not delete an address that is there.
        QVERIFY(batch(QStringLiteral("add"), Burst));
        QTRY_COMPARE_WITH_TIMEOUT(readerAddresses(), kernelAddresses(), 10000);
        QTest::ignoreMessage(QtInfoMsg, QRegularExpression(QStringLiteral("rtnetlink notifications lost")));
        QVERIFY(batch(QStringLiteral("del"), Burst));
        QVERIFY(batch(QStringLiteral("add"), Burst));
        const QSet<QString> kernel = kernelAddresses();
        QVERIFY(kernel.contains(burstAddress(0)));
        QTRY_COMPARE_WITH_TIMEOUT(readerAddresses(), kernel, 5000);
        QTest::qWait(500);
        QCOMPARE(readerAddresses(), kernel);
    }
};

MPTCP_TEST_MAIN_REQUIRING(TestKernelNetwork, mptcp::test::requireMptcp())

#include "tst_kernelnetwork.moc"
