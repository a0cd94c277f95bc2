// The collector's pure helpers: event lines and mptcpd detection over a /proc-like tree.
#include "mptcp/diagnostics/collect.h"
#include "mptcp/kernel/daemons.h"

#include <QDir>
#include <QFile>
#include <QTemporaryDir>
#include <QTest>

using namespace mptcp::diagnostics;
namespace nl = mptcp::nl;

namespace {

bool writeComm(const QTemporaryDir &proc, const char *pid, const char *comm)
{
    if (!QDir(proc.path()).mkpath(QLatin1String(pid)))
        return false;
    QFile f(proc.filePath(QLatin1String(pid) + QStringLiteral("/comm")));
    return f.open(QIODevice::WriteOnly) && f.write(comm) > 0;
}

} // namespace

class TestCollect : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void eventLineLooksLikeIpMptcpMonitor()
    {
        nl::Event e;
        e.type = nl::EventType::SubEstablished;
        e.token = 0x0a0b0c0d;
        e.localId = 1;
        e.remoteId = 0;
        e.saddr = nl::IpAddress::parse("10.0.1.1");
        e.daddr = nl::IpAddress::parse("10.0.2.2");
        e.sport = 40000;
        e.dport = 443;
        e.backup = true;
        const QString line = formatEvent(e);
        QVERIFY2(line.startsWith(QLatin1String("[ SF_ESTABLISHED] ")), qPrintable(line));
        QVERIFY(line.contains(QLatin1String(" token=0a0b0c0d remid=0 locid=1 saddr=10.0.1.1 daddr=10.0.2.2 sport=40000 "
                                            "dport=443 backup=1")));
    }

    void mptcpdFoundByProcessName()
    {
        QTemporaryDir proc;
        QVERIFY(proc.isValid());
        QVERIFY(writeComm(proc, "1", "init\n"));
        QVERIFY(writeComm(proc, "42", "mptcpd-helper\n"));
        QVERIFY(QDir(proc.path()).mkpath(QStringLiteral("self")));
        QVERIFY(!mptcp::kernel::mptcpdInProcessTable(proc.path()));
        // No ns/net link to compare (as without permission): it counts.
        QVERIFY(writeComm(proc, "77", "mptcpd\n"));
        QVERIFY(mptcp::kernel::mptcpdInProcessTable(proc.path()));
    }
};

QTEST_GUILESS_MAIN(TestCollect)
#include "tst_diagnostics_collect.moc"
