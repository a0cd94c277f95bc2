#include "format.h"

#include <QCoreApplication>

#include <time.h>

namespace mptcp::activity {

qint64 monotonicNowMs()
{
    timespec ts{};
    ::clock_gettime(CLOCK_MONOTONIC, &ts);
    return static_cast<qint64>(ts.tv_sec) * 1000 + ts.tv_nsec / 1000000;
}

QString addressText(const nl::IpAddress &address)
{
    return address.isSet() ? QString::fromStdString(address.toString()) : QStringLiteral("*");
}

QString endpointText(const nl::IpAddress &address, std::uint16_t port)
{
    const QString host = addressText(address);
    if (address.family == 10 /*AF_INET6*/)
        return QStringLiteral("[%1]:%2").arg(host).arg(port);
    return QStringLiteral("%1:%2").arg(host).arg(port);
}

QStringList connectionInterfaces(const sockdiag::MptcpConnection &connection)
{
    QStringList names;
    for (const auto &subflow : connection.subflows) {
        const QString name = QString::fromStdString(subflow.interfaceName);
        if (!name.isEmpty() && !names.contains(name))
            names.append(name);
    }
    return names;
}

QString interfaceLabel(const QString &ifname, const QVariantMap &types)
{
    const QString type = types.value(ifname).toString();
    if (type.isEmpty())
        return ifname;
    if (type == QLatin1String("wifi"))
        return QCoreApplication::translate("mptcp::activity", "Wi-Fi");
    if (type == QLatin1String("wwan") || type == QLatin1String("gsm") || type == QLatin1String("modem")
        || type == QLatin1String("mobile"))
        return QCoreApplication::translate("mptcp::activity", "LTE");
    if (type == QLatin1String("ethernet"))
        return QCoreApplication::translate("mptcp::activity", "Ethernet");
    if (type == QLatin1String("vpn") || type == QLatin1String("wireguard"))
        return QCoreApplication::translate("mptcp::activity", "VPN");
    if (type == QLatin1String("bluetooth"))
        return QCoreApplication::translate("mptcp::activity", "Bluetooth");
    return type;
}

namespace {
template <class Field>
quint64 subflowSum(const sockdiag::MptcpConnection &connection, Field field)
{
    quint64 sum = 0;
    for (const auto &subflow : connection.subflows)
        sum += subflow.tcp.*field;
    return sum;
}
} // namespace

quint64 connectionBytesSent(const sockdiag::MptcpConnection &connection)
{
    if (connection.info && connection.info->hasByteCounters())
        return connection.info->bytesSent;
    return subflowSum(connection, &sockdiag::TcpStats::bytesSent);
}

quint64 connectionBytesReceived(const sockdiag::MptcpConnection &connection)
{
    if (connection.info && connection.info->hasByteCounters())
        return connection.info->bytesReceived;
    return subflowSum(connection, &sockdiag::TcpStats::bytesReceived);
}

quint64 connectionBytesAcked(const sockdiag::MptcpConnection &connection)
{
    if (connection.info && connection.info->hasByteCounters())
        return connection.info->bytesAcked;
    return subflowSum(connection, &sockdiag::TcpStats::bytesAcked);
}

} // namespace mptcp::activity
