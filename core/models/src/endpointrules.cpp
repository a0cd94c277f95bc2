#include "mptcp/models/endpointrules.h"

#include <QCoreApplication>

#include <arpa/inet.h>

#include <array>

namespace mptcp::models {

namespace {

bool isIpAddress(const QString &text)
{
    const QByteArray latin = text.toLatin1();
    std::array<unsigned char, 16> buffer{};
    return inet_pton(AF_INET, latin.constData(), buffer.data()) == 1
        || inet_pton(AF_INET6, latin.constData(), buffer.data()) == 1;
}

// Canonical textual form, so "2001:db8::0001" and "2001:db8::1" compare equal.
QString canonical(const QString &text)
{
    const QByteArray latin = text.toLatin1();
    std::array<unsigned char, 16> buffer{};
    char out[INET6_ADDRSTRLEN] = {};
    for (const int family : {AF_INET, AF_INET6}) {
        if (inet_pton(family, latin.constData(), buffer.data()) == 1
            && inet_ntop(family, buffer.data(), out, sizeof out) != nullptr)
            return QString::fromLatin1(out);
    }
    return text;
}

} // namespace

QString endpointAddressProblem(const QString &text, const QList<EndpointInfo> &existing)
{
    const QString trimmed = text.trimmed();
    if (trimmed.isEmpty())
        return QCoreApplication::translate("EndpointRules", "Enter an IPv4 or IPv6 address.");
    if (trimmed.contains(QLatin1Char('/')))
        return QCoreApplication::translate("EndpointRules", "Enter the address without a prefix length.");
    if (trimmed.contains(QLatin1Char('%')))
        return QCoreApplication::translate("EndpointRules", "Enter the address without a zone (%interface).");
    if (!isIpAddress(trimmed))
        return QCoreApplication::translate("EndpointRules", "This is not a valid IPv4 or IPv6 address.");
    const QString wanted = canonical(trimmed);
    for (const EndpointInfo &e : existing) {
        if (canonical(e.address) == wanted && e.port == 0)
            return QCoreApplication::translate("EndpointRules", "Endpoint %1 already uses this address.").arg(e.id);
    }
    return {};
}

QString endpointIdProblem(const QString &text, const QList<EndpointInfo> &existing)
{
    const QString trimmed = text.trimmed();
    if (trimmed.isEmpty())
        return {};
    bool ok = false;
    const int id = trimmed.toInt(&ok);
    if (!ok || id < 0 || id > 255)
        return QCoreApplication::translate("EndpointRules", "The ID must be a number from 1 to 255, or empty to let the kernel choose.");
    if (id == 0)
        return {};
    for (const EndpointInfo &e : existing) {
        if (e.id == id)
            return QCoreApplication::translate("EndpointRules", "ID %1 is already used by %2.").arg(id).arg(e.address);
    }
    return {};
}

QString endpointPortProblem(const QString &text, const QStringList &flags)
{
    const QString trimmed = text.trimmed();
    if (trimmed.isEmpty())
        return {};
    bool ok = false;
    const int port = trimmed.toInt(&ok);
    if (!ok || port < 0 || port > 65535)
        return QCoreApplication::translate("EndpointRules", "The port must be a number from 1 to 65535, or empty for none.");
    // The kernel accepts a port only on a pure "signal" endpoint (pm_netlink.c).
    if (port != 0 && (!flags.contains(QLatin1String("signal")) || flags.contains(QLatin1String("subflow"))))
        return QCoreApplication::translate("EndpointRules", "A port can only be set on an endpoint with \"signal\" and without \"subflow\".");
    return {};
}

QString endpointFlagsProblem(const QStringList &flags)
{
    // Kernel: "flags mustn't have both signal and fullmesh" (pm_netlink.c).
    if (flags.contains(QLatin1String("signal")) && flags.contains(QLatin1String("fullmesh")))
        return QCoreApplication::translate("EndpointRules", "\"signal\" and \"fullmesh\" cannot be used together.");
    return {};
}

QString endpointInterfaceProblem(const QString &name, const QStringList &knownInterfaces)
{
    if (name.isEmpty())
        return {};
    if (name.size() > 15)
        return QCoreApplication::translate("EndpointRules", "Interface names have at most 15 characters.");
    if (!knownInterfaces.contains(name))
        return QCoreApplication::translate("EndpointRules", "There is no interface named %1.").arg(name);
    return {};
}

QStringList limitsHints(int subflows, int addAddrAccepted, quint32 maximum, const QList<EndpointInfo> &endpoints)
{
    QStringList hints;
    const int max = static_cast<int>(maximum);
    if (subflows < 0 || subflows > max || addAddrAccepted < 0 || addAddrAccepted > max) {
        hints.append(QCoreApplication::translate("EndpointRules", "The kernel accepts values from 0 to %1.").arg(max));
        return hints;
    }
    int subflowEndpoints = 0;
    for (const EndpointInfo &e : endpoints) {
        if (e.flags.contains(QLatin1String("subflow")) || e.flags.contains(QLatin1String("fullmesh")))
            ++subflowEndpoints;
    }
    if (subflowEndpoints > subflows) {
        hints.append(subflows == 1
                         ? QCoreApplication::translate("EndpointRules",
                                                       "%n subflow endpoints but only 1 extra subflow allowed.",
                                                       nullptr, subflowEndpoints)
                         : QCoreApplication::translate("EndpointRules",
                                                       "%n subflow endpoints but only %1 extra subflows allowed.",
                                                       nullptr, subflowEndpoints)
                               .arg(subflows));
    }
    if (subflows == 0)
        hints.append(QCoreApplication::translate("EndpointRules", "No extra subflows: every connection keeps a single path."));
    if (addAddrAccepted == 0)
        hints.append(QCoreApplication::translate("EndpointRules", "Addresses announced by servers are ignored (0 accepted)."));
    else if (addAddrAccepted > subflows)
        hints.append(QCoreApplication::translate("EndpointRules", "More announced addresses are accepted than extra subflows allowed; "
                        "each accepted address needs a subflow."));
    return hints;
}

} // namespace mptcp::models
