#include "mptcp/cli/connectionsformat.h"

#include "jsonwriter.h"
#include "text.h"

#include <cstdio>

namespace mptcp::cli {

namespace {

QString str(const std::string &text)
{
    return QString::fromStdString(text);
}

QString str(std::string_view text)
{
    return QString::fromLatin1(text.data(), qsizetype(text.size()));
}

// ss's "ADDR:PORT", with brackets around IPv6 addresses.
QString endpoint(const nl::IpAddress &address, std::uint16_t port)
{
    const QString a = str(address.toString());
    if (a.isEmpty())
        return QStringLiteral("*:%1").arg(port);
    return address.family == 10 ? QStringLiteral("[%1]:%2").arg(a).arg(port) : QStringLiteral("%1:%2").arg(a).arg(port);
}

// ss -i's byte counts: plain numbers.
QString bytesLine(std::uint64_t sent, std::uint64_t received, std::uint64_t retrans)
{
    return Text::tr("bytes_sent:%1 bytes_received:%2 bytes_retrans:%3").arg(sent).arg(received).arg(retrans);
}

QString subflowLine(const sockdiag::Subflow &s)
{
    QStringList words { str(sockdiag::stateName(s.state)), endpoint(s.localAddress, s.localPort),
        endpoint(s.remoteAddress, s.remotePort) };
    if (!s.interfaceName.empty())
        words << Text::tr("dev %1").arg(str(s.interfaceName));
    if (s.hasUlpInfo)
        words << Text::tr("ids %1/%2").arg(s.localId).arg(s.remoteId);
    if (s.backup())
        words << Text::tr("backup");
    if (s.hasTcpInfo) {
        words << Text::tr("rtt:%1ms").arg(double(s.tcp.rttUs) / 1000.0, 0, 'f', 3)
              << Text::tr("cwnd:%1").arg(s.tcp.cwnd)
              << bytesLine(s.tcp.bytesSent, s.tcp.bytesReceived, s.tcp.bytesRetrans);
    }
    return words.join(u' ');
}

// Written in order with JsonWriter: QJsonObject re-sorts its keys on every insert,
// which made `--json connections` with 10 000 sockets 3× slower than `ss`. Keys are
// UTF-8 literals and values stay std::string: no QString on this path.
void writeSubflow(JsonWriter &w, const sockdiag::Subflow &s)
{
    w.beginObject();
    w.string("state", sockdiag::stateName(s.state));
    w.string("local", s.localAddress.toString());
    w.number("local_port", s.localPort);
    w.string("remote", s.remoteAddress.toString());
    w.number("remote_port", s.remotePort);
    if (s.interfaceName.empty())
        w.null("interface");
    else
        w.string("interface", s.interfaceName);
    if (s.hasUlpInfo) {
        w.number("local_id", s.localId);
        w.number("remote_id", s.remoteId);
    } else {
        w.null("local_id");
        w.null("remote_id");
    }
    w.boolean("backup", s.backup());
    w.boolean("fully_established", s.fullyEstablished());
    if (s.hasTcpInfo) {
        w.number("rtt_us", qint64(s.tcp.rttUs));
        w.number("cwnd", qint64(s.tcp.cwnd));
        w.number("bytes_sent", qint64(s.tcp.bytesSent));
        w.number("bytes_received", qint64(s.tcp.bytesReceived));
        w.number("bytes_retrans", qint64(s.tcp.bytesRetrans));
    }
    w.endObject();
}

void writeConnections(JsonWriter &w, const sockdiag::Snapshot &snapshot)
{
    w.beginArray();
    for (const sockdiag::MptcpConnection &c : snapshot.connections) {
        w.beginObject();
        w.string("state", sockdiag::stateName(c.state));
        w.string("local", c.localAddress.toString());
        w.number("local_port", c.localPort);
        w.string("remote", c.remoteAddress.toString());
        w.number("remote_port", c.remotePort);
        if (c.token) {
            char hex[9];
            std::snprintf(hex, sizeof hex, "%08x", unsigned(c.token));
            w.string("token", QLatin1String(hex, 8));
        } else {
            w.null("token");
        }
        w.boolean("fallback", c.fallback);
        if (c.info) {
            const sockdiag::MptcpInfo &i = *c.info;
            w.number("subflows_total", i.hasSubflowsTotal() ? int(i.subflowsTotal) : i.subflows + 1);
            if (i.hasByteCounters()) {
                w.number("bytes_sent", qint64(i.bytesSent));
                w.number("bytes_received", qint64(i.bytesReceived));
                w.number("bytes_retrans", qint64(i.bytesRetrans));
            }
        }
        if (c.owner) {
            w.beginObject("owner");
            w.number("pid", c.owner->pid);
            w.string("command", c.owner->command);
            w.endObject();
        }
        w.beginArray("subflows");
        for (const sockdiag::Subflow &s : c.subflows)
            writeSubflow(w, s);
        w.endArray();
        w.endObject();
    }
    w.endArray();
    w.newline();
}

QString token(std::uint32_t value)
{
    return QStringLiteral("%1").arg(value, 8, 16, QLatin1Char('0'));
}

} // namespace

namespace {

// Hands the text to `emit` one connection at a time, so that a stream can take it in
// chunks instead of one string of megabytes.
template<typename Emit> void writeConnectionsText(const sockdiag::Snapshot &snapshot, Emit &&emit)
{
    if (snapshot.connections.empty())
        emit(Text::tr("No MPTCP sockets.") + u'\n');
    QString text;
    for (const sockdiag::MptcpConnection &c : snapshot.connections) {
        text.clear();
        QStringList words { str(sockdiag::stateName(c.state)), endpoint(c.localAddress, c.localPort),
            endpoint(c.remoteAddress, c.remotePort) };
        if (c.token)
            words << Text::tr("token %1").arg(token(c.token));
        if (c.fallback)
            words << Text::tr("FALLBACK (plain TCP, MPTCP not in use)");
        if (c.owner)
            words << Text::tr("users:(\"%1\",pid=%2)").arg(str(c.owner->command)).arg(c.owner->pid);
        text += words.join(u' ') + u'\n';
        if (c.info) {
            const sockdiag::MptcpInfo &i = *c.info;
            QStringList details {
                Text::tr("subflows:%1").arg(i.hasSubflowsTotal() ? int(i.subflowsTotal) : i.subflows + 1),
                Text::tr("subflows_max:%1").arg(i.subflowsMax), Text::tr("add_addr_accepted:%1").arg(i.addAddrAccepted)
            };
            if (i.hasByteCounters())
                details << bytesLine(i.bytesSent, i.bytesReceived, i.bytesRetrans);
            text += QStringLiteral("\t") + details.join(u' ') + u'\n';
        }
        for (const sockdiag::Subflow &s : c.subflows)
            text += QStringLiteral("\t") + Text::tr("subflow") + u' ' + subflowLine(s) + u'\n';
        emit(text);
    }
    if (!snapshot.unmatchedSubflows.empty()) {
        text = Text::tr("Subflows whose connection was not seen (it opened or closed meanwhile):") + u'\n';
        for (const sockdiag::Subflow &s : snapshot.unmatchedSubflows)
            text += QStringLiteral("\t") + subflowLine(s) + u'\n';
        emit(text);
    }
}

} // namespace

QString connectionsText(const sockdiag::Snapshot &snapshot)
{
    QString text;
    writeConnectionsText(snapshot, [&text](const QString &part) { text += part; });
    return text;
}

void printConnectionsText(FILE *stream, const sockdiag::Snapshot &snapshot)
{
    QByteArray chunk;
    writeConnectionsText(snapshot, [&](const QString &part) {
        chunk += part.toUtf8();
        if (chunk.size() >= 64 * 1024) {
            std::fwrite(chunk.constData(), 1, std::size_t(chunk.size()), stream);
            chunk.clear();
        }
    });
    std::fwrite(chunk.constData(), 1, std::size_t(chunk.size()), stream);
    std::fflush(stream);
}

QString connectionsJson(const sockdiag::Snapshot &snapshot)
{
    JsonWriter w;
    writeConnections(w, snapshot);
    return w.text();
}

void printConnectionsJson(FILE *stream, const sockdiag::Snapshot &snapshot)
{
    JsonWriter w(stream);
    writeConnections(w, snapshot);
    w.flush();
}

} // namespace mptcp::cli
