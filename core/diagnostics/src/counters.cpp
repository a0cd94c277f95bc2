#include "mptcp/diagnostics/counters.h"

#include <QCoreApplication>
#include <QFile>
#include <QHash>

#include <cerrno>
#include <ctime>

namespace mptcp::diagnostics {

namespace {

constexpr const char *kContext = "mptcp::diagnostics::Counters";

nl::Error error(int code, const QString &message)
{
    return nl::Error{code, message.toStdString(), "read MPTCP counters"};
}

qint64 monotonicNowMs()
{
    timespec ts{};
    ::clock_gettime(CLOCK_MONOTONIC, &ts);
    return qint64(ts.tv_sec) * 1000 + ts.tv_nsec / 1000000;
}

using K = CounterKind;

// Names and order: net/mptcp/mib.c (mptcp_snmp_list), Linux 6.18; meanings: the comments of
// net/mptcp/mib.h, rephrased for users.
const QList<CounterInfo> kCounters = {
    {"MPCapableSYNRX", QT_TRANSLATE_NOOP("mptcp::diagnostics::Counters", "Incoming connection requests (SYN) that asked for MPTCP."), false, false, K::Event},
    {"MPCapableSYNTX", QT_TRANSLATE_NOOP("mptcp::diagnostics::Counters", "Outgoing connection requests (SYN) that asked for MPTCP."), false, false, K::Event},
    {"MPCapableSYNACKRX", QT_TRANSLATE_NOOP("mptcp::diagnostics::Counters", "Outgoing connections the server accepted with MPTCP (SYN/ACK with MP_CAPABLE)."), false, false, K::Event},
    {"MPCapableACKRX", QT_TRANSLATE_NOOP("mptcp::diagnostics::Counters", "Incoming connections completed with MPTCP (third ACK with MP_CAPABLE)."), false, false, K::Event},
    {"MPCapableFallbackACK", QT_TRANSLATE_NOOP("mptcp::diagnostics::Counters", "Incoming connections that fell back to plain TCP during the handshake: the client's final ACK had no MPTCP option."), true, true, K::Event},
    {"MPCapableFallbackSYNACK", QT_TRANSLATE_NOOP("mptcp::diagnostics::Counters", "Outgoing connections that fell back to plain TCP: the server (or a middlebox) answered without MPTCP."), true, true, K::Event},
    {"MPCapableSYNTXDrop", QT_TRANSLATE_NOOP("mptcp::diagnostics::Counters", "Outgoing connections that retried without MPTCP because their MPTCP SYN got no answer (a middlebox may drop it)."), true, true, K::Event},
    {"MPCapableSYNTXDisabled", QT_TRANSLATE_NOOP("mptcp::diagnostics::Counters", "Outgoing connections made as plain TCP because MPTCP was recently blocked on this network (blackhole protection)."), true, true, K::Event},
    {"MPCapableEndpAttempt", QT_TRANSLATE_NOOP("mptcp::diagnostics::Counters", "Connection requests refused because they went to a port only meant for extra subflows (endpoint with a port)."), true, false, K::Event},
    {"MPFallbackTokenInit", QT_TRANSLATE_NOOP("mptcp::diagnostics::Counters", "Connections that fell back to plain TCP because the kernel could not create an MPTCP token."), true, true, K::Event},
    {"MPTCPRetrans", QT_TRANSLATE_NOOP("mptcp::diagnostics::Counters", "Data retransmitted at the MPTCP level, usually on another subflow after a path stalled."), true, false, K::Event},
    {"MPJoinNoTokenFound", QT_TRANSLATE_NOOP("mptcp::diagnostics::Counters", "Requests to add a subflow (MP_JOIN) for a connection this host does not know."), true, false, K::Event},
    {"MPJoinSynRx", QT_TRANSLATE_NOOP("mptcp::diagnostics::Counters", "Requests from peers to add a subflow (SYN with MP_JOIN)."), false, false, K::Event},
    {"MPJoinSynBackupRx", QT_TRANSLATE_NOOP("mptcp::diagnostics::Counters", "Requests from peers to add a backup subflow."), false, false, K::Event},
    {"MPJoinSynAckRx", QT_TRANSLATE_NOOP("mptcp::diagnostics::Counters", "Extra subflows the peer accepted (SYN/ACK with MP_JOIN)."), false, false, K::Event},
    {"MPJoinSynAckBackupRx", QT_TRANSLATE_NOOP("mptcp::diagnostics::Counters", "Extra subflows the peer accepted as backup."), false, false, K::Event},
    {"MPJoinSynAckHMacFailure", QT_TRANSLATE_NOOP("mptcp::diagnostics::Counters", "Extra subflows rejected because the peer's authentication (HMAC) was wrong."), true, false, K::Event},
    {"MPJoinAckRx", QT_TRANSLATE_NOOP("mptcp::diagnostics::Counters", "Extra subflows from peers completed (ACK with MP_JOIN)."), false, false, K::Event},
    {"MPJoinAckHMacFailure", QT_TRANSLATE_NOOP("mptcp::diagnostics::Counters", "Extra subflows from peers rejected because their authentication (HMAC) was wrong."), true, false, K::Event},
    {"MPJoinRejected", QT_TRANSLATE_NOOP("mptcp::diagnostics::Counters", "Requests to add a subflow rejected by the path manager (for example the subflows limit was reached)."), true, false, K::Event},
    {"MPJoinSynTx", QT_TRANSLATE_NOOP("mptcp::diagnostics::Counters", "Extra subflows this host tried to open (SYN with MP_JOIN)."), false, false, K::Event},
    {"MPJoinSynTxCreatSkErr", QT_TRANSLATE_NOOP("mptcp::diagnostics::Counters", "Extra subflows that could not be opened: no socket could be created."), true, false, K::Event},
    {"MPJoinSynTxBindErr", QT_TRANSLATE_NOOP("mptcp::diagnostics::Counters", "Extra subflows that could not be opened: binding to the endpoint's address or device failed."), true, false, K::Event},
    {"MPJoinSynTxConnectErr", QT_TRANSLATE_NOOP("mptcp::diagnostics::Counters", "Extra subflows that could not be opened: connecting failed (often no route for that address)."), true, false, K::Event},
    {"DSSNotMatching", QT_TRANSLATE_NOOP("mptcp::diagnostics::Counters", "Received data mappings that contradicted the previous one."), true, false, K::Event},
    {"DSSCorruptionFallback", QT_TRANSLATE_NOOP("mptcp::diagnostics::Counters", "Connections that fell back to plain TCP because MPTCP data mappings were corrupted (a middlebox may alter the stream)."), true, true, K::Event},
    {"DSSCorruptionReset", QT_TRANSLATE_NOOP("mptcp::diagnostics::Counters", "Extra subflows reset because their MPTCP data mappings were corrupted."), true, false, K::Event},
    {"InfiniteMapTx", QT_TRANSLATE_NOOP("mptcp::diagnostics::Counters", "Connections this host switched to a single path (infinite mapping sent)."), true, false, K::Event},
    {"InfiniteMapRx", QT_TRANSLATE_NOOP("mptcp::diagnostics::Counters", "Connections the peer switched to a single path (infinite mapping received)."), true, false, K::Event},
    {"DSSNoMatchTCP", QT_TRANSLATE_NOOP("mptcp::diagnostics::Counters", "Data mappings that did not match the TCP sequence numbers (a middlebox may rewrite them)."), true, false, K::Event},
    {"DataCsumErr", QT_TRANSLATE_NOOP("mptcp::diagnostics::Counters", "Data checksum failures: something on the path modified the data."), true, false, K::Event},
    {"OFOQueueTail", QT_TRANSLATE_NOOP("mptcp::diagnostics::Counters", "Out-of-order segments added at the end of the reordering queue (normal with several paths)."), false, false, K::Event},
    {"OFOQueue", QT_TRANSLATE_NOOP("mptcp::diagnostics::Counters", "Out-of-order segments queued for reordering (normal with several paths)."), false, false, K::Event},
    {"OFOMerge", QT_TRANSLATE_NOOP("mptcp::diagnostics::Counters", "Out-of-order segments merged in the reordering queue."), false, false, K::Event},
    {"NoDSSInWindow", QT_TRANSLATE_NOOP("mptcp::diagnostics::Counters", "Segments dropped because they were outside the MPTCP receive window."), false, false, K::Event},
    {"DuplicateData", QT_TRANSLATE_NOOP("mptcp::diagnostics::Counters", "Segments dropped because their data had already arrived on another subflow."), false, false, K::Event},
    {"AddAddr", QT_TRANSLATE_NOOP("mptcp::diagnostics::Counters", "Address announcements (ADD_ADDR) received from peers."), false, false, K::Event},
    {"AddAddrTx", QT_TRANSLATE_NOOP("mptcp::diagnostics::Counters", "Address announcements (ADD_ADDR) sent to peers."), false, false, K::Event},
    {"AddAddrTxDrop", QT_TRANSLATE_NOOP("mptcp::diagnostics::Counters", "Address announcements that could not be sent (out of resources)."), true, false, K::Event},
    {"EchoAdd", QT_TRANSLATE_NOOP("mptcp::diagnostics::Counters", "Peers' echoes of this host's address announcements."), false, false, K::Event},
    {"EchoAddTx", QT_TRANSLATE_NOOP("mptcp::diagnostics::Counters", "Echoes sent for peers' address announcements."), false, false, K::Event},
    {"EchoAddTxDrop", QT_TRANSLATE_NOOP("mptcp::diagnostics::Counters", "Echoes of address announcements that could not be sent (out of resources)."), true, false, K::Event},
    {"PortAdd", QT_TRANSLATE_NOOP("mptcp::diagnostics::Counters", "Address announcements received that carry a port."), false, false, K::Event},
    {"AddAddrDrop", QT_TRANSLATE_NOOP("mptcp::diagnostics::Counters", "Address announcements from peers ignored, usually because add_addr_accepted is 0 or reached."), true, false, K::Event},
    {"MPJoinPortSynRx", QT_TRANSLATE_NOOP("mptcp::diagnostics::Counters", "Subflow requests received on an announced port."), false, false, K::Event},
    {"MPJoinPortSynAckRx", QT_TRANSLATE_NOOP("mptcp::diagnostics::Counters", "Subflows accepted by the peer on an announced port."), false, false, K::Event},
    {"MPJoinPortAckRx", QT_TRANSLATE_NOOP("mptcp::diagnostics::Counters", "Subflows completed on an announced port."), false, false, K::Event},
    {"MismatchPortSynRx", QT_TRANSLATE_NOOP("mptcp::diagnostics::Counters", "Subflow requests on a port that does not match the announced one."), true, false, K::Event},
    {"MismatchPortAckRx", QT_TRANSLATE_NOOP("mptcp::diagnostics::Counters", "Subflow completions on a port that does not match the announced one."), true, false, K::Event},
    {"RmAddr", QT_TRANSLATE_NOOP("mptcp::diagnostics::Counters", "Address removals (RM_ADDR) received from peers."), false, false, K::Event},
    {"RmAddrDrop", QT_TRANSLATE_NOOP("mptcp::diagnostics::Counters", "Address removals from peers that could not be handled."), true, false, K::Event},
    {"RmAddrTx", QT_TRANSLATE_NOOP("mptcp::diagnostics::Counters", "Address removals (RM_ADDR) sent to peers."), false, false, K::Event},
    {"RmAddrTxDrop", QT_TRANSLATE_NOOP("mptcp::diagnostics::Counters", "Address removals that could not be sent (out of resources)."), true, false, K::Event},
    {"RmSubflow", QT_TRANSLATE_NOOP("mptcp::diagnostics::Counters", "Subflows closed because an address was removed."), false, false, K::Event},
    {"MPPrioTx", QT_TRANSLATE_NOOP("mptcp::diagnostics::Counters", "Backup/normal priority changes (MP_PRIO) sent."), false, false, K::Event},
    {"MPPrioRx", QT_TRANSLATE_NOOP("mptcp::diagnostics::Counters", "Backup/normal priority changes (MP_PRIO) received."), false, false, K::Event},
    {"MPFailTx", QT_TRANSLATE_NOOP("mptcp::diagnostics::Counters", "MP_FAIL sent: a checksum failure forced a subflow reset or fallback."), true, false, K::Event},
    {"MPFailRx", QT_TRANSLATE_NOOP("mptcp::diagnostics::Counters", "MP_FAIL received: the peer saw a checksum failure."), true, false, K::Event},
    {"MPFastcloseTx", QT_TRANSLATE_NOOP("mptcp::diagnostics::Counters", "Connections aborted by this host (MP_FASTCLOSE sent)."), false, false, K::Event},
    {"MPFastcloseRx", QT_TRANSLATE_NOOP("mptcp::diagnostics::Counters", "Connections aborted by the peer (MP_FASTCLOSE received)."), false, false, K::Event},
    {"MPRstTx", QT_TRANSLATE_NOOP("mptcp::diagnostics::Counters", "Subflow resets with an MPTCP reason sent (MP_TCPRST)."), false, false, K::Event},
    {"MPRstRx", QT_TRANSLATE_NOOP("mptcp::diagnostics::Counters", "Subflow resets with an MPTCP reason received (MP_TCPRST)."), false, false, K::Event},
    {"SubflowStale", QT_TRANSLATE_NOOP("mptcp::diagnostics::Counters", "Subflows marked stale: the path stopped delivering data (see net.mptcp.stale_loss_cnt)."), true, false, K::Event},
    {"SubflowRecover", QT_TRANSLATE_NOOP("mptcp::diagnostics::Counters", "Stale subflows that started working again."), false, false, K::Event},
    {"SndWndShared", QT_TRANSLATE_NOOP("mptcp::diagnostics::Counters", "Times a subflow's send window was taken from the connection's."), false, false, K::Event},
    {"RcvWndShared", QT_TRANSLATE_NOOP("mptcp::diagnostics::Counters", "Times a subflow's receive window was taken from the connection's."), false, false, K::Event},
    {"RcvWndConflictUpdate", QT_TRANSLATE_NOOP("mptcp::diagnostics::Counters", "Receive window updates that conflicted with another subflow while updating."), false, false, K::Event},
    {"RcvWndConflict", QT_TRANSLATE_NOOP("mptcp::diagnostics::Counters", "Receive window updates that conflicted with another subflow."), false, false, K::Event},
    {"MPCurrEstab", QT_TRANSLATE_NOOP("mptcp::diagnostics::Counters", "MPTCP connections established right now."), false, false, K::Gauge},
    {"Blackhole", QT_TRANSLATE_NOOP("mptcp::diagnostics::Counters", "Paths detected as dropping MPTCP packets (blackhole); MPTCP is paused for new connections for a while."), true, true, K::Event},
    {"MPCapableDataFallback", QT_TRANSLATE_NOOP("mptcp::diagnostics::Counters", "Connections that fell back to plain TCP because the first data carried no MPTCP mapping."), true, true, K::Event},
    {"MD5SigFallback", QT_TRANSLATE_NOOP("mptcp::diagnostics::Counters", "Connections made as plain TCP because a conflicting TCP option (MD5 signature) is in use."), true, true, K::Event},
    {"DssFallback", QT_TRANSLATE_NOOP("mptcp::diagnostics::Counters", "Connections that fell back to plain TCP because of a bad or missing data mapping."), true, true, K::Event},
    {"SimultConnectFallback", QT_TRANSLATE_NOOP("mptcp::diagnostics::Counters", "Connections that fell back to plain TCP because both ends connected at the same time."), true, true, K::Event},
    {"FallbackFailed", QT_TRANSLATE_NOOP("mptcp::diagnostics::Counters", "Connections reset because they could no longer fall back to plain TCP."), true, false, K::Event},
    {"WinProbe", QT_TRANSLATE_NOOP("mptcp::diagnostics::Counters", "MPTCP-level zero-window probes sent (the receiver's buffer was full)."), false, false, K::Event},
};

QString dash(const QString &s)
{
    return s.isEmpty() ? QStringLiteral("-") : s;
}

} // namespace

std::optional<quint64> CounterSample::value(const QString &name) const
{
    for (const Counter &c : counters) {
        if (c.name == name)
            return c.value;
    }
    return std::nullopt;
}

nl::Result<CounterSample> parseNetstat(const QByteArray &text)
{
    static const QByteArray prefix = QByteArrayLiteral("MPTcpExt:");
    const QList<QByteArray> lines = text.split('\n');
    for (qsizetype i = 0; i < lines.size(); ++i) {
        if (!lines.at(i).startsWith(prefix))
            continue;
        // The kernel prints the names first, the values on the next line with the same prefix.
        if (i + 1 >= lines.size() || !lines.at(i + 1).startsWith(prefix))
            return error(EBADMSG, QStringLiteral("the MPTcpExt name line has no value line"));
        const QList<QByteArray> names = lines.at(i).mid(prefix.size()).simplified().split(' ');
        const QList<QByteArray> values = lines.at(i + 1).mid(prefix.size()).simplified().split(' ');
        if (names.size() != values.size())
            return error(EBADMSG, QStringLiteral("MPTcpExt has %1 names but %2 values").arg(names.size()).arg(values.size()));
        CounterSample sample;
        for (qsizetype k = 0; k < names.size(); ++k) {
            if (names.at(k).isEmpty())
                return error(EBADMSG, QStringLiteral("MPTcpExt has no counters"));
            bool ok = false;
            const quint64 v = values.at(k).toULongLong(&ok);
            if (!ok)
                return error(EBADMSG, QStringLiteral("MPTcpExt value \"%1\" of %2 is not a number")
                                          .arg(QString::fromLatin1(values.at(k)), QString::fromLatin1(names.at(k))));
            sample.counters.append({QString::fromLatin1(names.at(k)), v});
        }
        return sample;
    }
    return error(ENOENT, QStringLiteral("no MPTcpExt counters (kernel without MPTCP)"));
}

nl::Result<CounterSample> readCounters(const QString &path)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        return error(f.error() == QFileDevice::OpenError ? ENOENT : EIO,
                     QStringLiteral("cannot read %1: %2").arg(path, f.errorString()));
    const qint64 when = monotonicNowMs();
    // procfs files report size 0: read until EOF.
    nl::Result<CounterSample> sample = parseNetstat(f.readAll());
    if (sample)
        sample->monotonicMs = when;
    return sample;
}

const QList<CounterInfo> &knownCounters()
{
    return kCounters;
}

const CounterInfo *counterInfo(const QString &name)
{
    static const QHash<QString, const CounterInfo *> byName = [] {
        QHash<QString, const CounterInfo *> h;
        for (const CounterInfo &c : kCounters)
            h.insert(QLatin1String(c.name), &c);
        return h;
    }();
    return byName.value(name, nullptr);
}

QString counterExplanation(const QString &name)
{
    const CounterInfo *info = counterInfo(name);
    return info ? QCoreApplication::translate(kContext, info->explanation) : QString();
}

qint64 CounterDelta::delta(const QString &name) const
{
    for (const CounterChange &c : changes) {
        if (c.name == name)
            return c.delta;
    }
    return 0;
}

QList<CounterChange> CounterDelta::fallbacks() const
{
    QList<CounterChange> out;
    for (const CounterChange &c : changes) {
        const CounterInfo *info = counterInfo(c.name);
        if (info && info->fallback && c.delta > 0)
            out.append(c);
    }
    return out;
}

CounterDelta compareSamples(const CounterSample &before, const CounterSample &after)
{
    CounterDelta d;
    if (before.monotonicMs > 0 && after.monotonicMs > before.monotonicMs)
        d.seconds = double(after.monotonicMs - before.monotonicMs) / 1000.0;
    QHash<QString, quint64> old;
    for (const Counter &c : before.counters)
        old.insert(c.name, c.value);
    for (const Counter &c : after.counters) {
        CounterChange ch;
        ch.name = c.name;
        ch.before = old.value(c.name, 0);
        ch.after = c.value;
        const CounterInfo *info = counterInfo(c.name);
        const bool gauge = info && info->kind == CounterKind::Gauge;
        if (gauge || ch.after >= ch.before)
            ch.delta = qint64(ch.after) - qint64(ch.before);
        else
            ch.delta = qint64(ch.after); // reset since the first sample: all of it is new
        if (d.seconds > 0)
            ch.perSecond = double(ch.delta) / d.seconds;
        d.changes.append(ch);
    }
    return d;
}

QJsonArray toJson(const CounterSample &sample)
{
    QJsonArray a;
    for (const Counter &c : sample.counters) {
        const CounterInfo *info = counterInfo(c.name);
        QJsonObject o;
        o.insert(QStringLiteral("name"), c.name);
        o.insert(QStringLiteral("value"), double(c.value));
        o.insert(QStringLiteral("trouble"), info && info->trouble);
        o.insert(QStringLiteral("explanation"), counterExplanation(c.name));
        a.append(o);
    }
    return a;
}

QJsonObject toJson(const CounterDelta &delta)
{
    QJsonArray a;
    for (const CounterChange &c : delta.changes) {
        const CounterInfo *info = counterInfo(c.name);
        QJsonObject o;
        o.insert(QStringLiteral("name"), c.name);
        o.insert(QStringLiteral("before"), double(c.before));
        o.insert(QStringLiteral("after"), double(c.after));
        o.insert(QStringLiteral("delta"), double(c.delta));
        o.insert(QStringLiteral("per_second"), c.perSecond);
        o.insert(QStringLiteral("trouble"), info && info->trouble);
        o.insert(QStringLiteral("explanation"), counterExplanation(c.name));
        a.append(o);
    }
    QJsonObject o;
    o.insert(QStringLiteral("seconds"), delta.seconds);
    o.insert(QStringLiteral("counters"), a);
    return o;
}

QString renderCounters(const CounterSample &sample, bool includeZero)
{
    QString out;
    for (const Counter &c : sample.counters) {
        if (c.value == 0 && !includeZero)
            continue;
        const CounterInfo *info = counterInfo(c.name);
        const bool mark = info && info->trouble && c.value > 0;
        out += QStringLiteral("%1 MPTcpExt%2 %3  %4\n")
                   .arg(mark ? QLatin1Char('!') : QLatin1Char(' '))
                   .arg(c.name, -26)
                   .arg(c.value, 12)
                   .arg(dash(counterExplanation(c.name)));
    }
    return out;
}

QString renderDelta(const CounterDelta &delta, bool includeZero)
{
    QString out;
    if (delta.seconds > 0)
        out += QCoreApplication::translate("mptcp::diagnostics::Counters", "Changes over %1 s (counter, change, per second):\n")
                   .arg(delta.seconds, 0, 'f', 1);
    for (const CounterChange &c : delta.changes) {
        if (c.delta == 0 && !includeZero)
            continue;
        const CounterInfo *info = counterInfo(c.name);
        const bool mark = info && info->trouble && c.delta > 0;
        out += QStringLiteral("%1 MPTcpExt%2 %3 %4  %5\n")
                   .arg(mark ? QLatin1Char('!') : QLatin1Char(' '))
                   .arg(c.name, -26)
                   .arg(c.delta > 0 ? QStringLiteral("+%1").arg(c.delta) : QString::number(c.delta), 12)
                   .arg(delta.seconds > 0 ? QString::number(c.perSecond, 'f', 2) : QStringLiteral("-"), 10)
                   .arg(dash(counterExplanation(c.name)));
    }
    return out;
}

} // namespace mptcp::diagnostics
