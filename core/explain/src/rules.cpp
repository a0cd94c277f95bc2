#include "mptcp/explain/rules.h"

#include "addresstext.h"

#include <QCoreApplication>

#include <cerrno>
#include <cstdlib>

namespace mptcp::explain {

namespace {

class RuleText {
    Q_DECLARE_TR_FUNCTIONS(MptcpExplainRules)
};

bool isAsciiSpace(char c)
{
    return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f' || c == '\v';
}

} // namespace

quint32 builtInDefaultFlags(const NmVersion &version)
{
    if (version.atLeast(1, 56, 0))
        return nmflag::Enabled | nmflag::Subflow | nmflag::Laminar;
    return nmflag::Enabled | nmflag::Subflow;
}

quint32 knownFlags(const NmVersion &version)
{
    quint32 all = nmflag::Disabled | nmflag::Enabled | nmflag::AlsoWithoutSysctl
        | nmflag::AlsoWithoutDefaultRoute | nmflag::Signal | nmflag::Subflow | nmflag::Backup
        | nmflag::Fullmesh;
    if (version.atLeast(1, 56, 0))
        all |= nmflag::Laminar;
    return all;
}

std::optional<qint64> parseConfFlags(const QString &text)
{
    // GKeyFile values are bytes; NM parses them with the C library's base-0 rules.
    const QByteArray bytes = text.toUtf8();
    const char *s = bytes.constData();
    while (isAsciiSpace(*s))
        ++s;
    if (*s == '\0')
        return std::nullopt;
    errno = 0;
    char *end = nullptr;
    const long long v = std::strtoll(s, &end, 0);
    if (errno != 0 || end == s)
        return std::nullopt;
    while (isAsciiSpace(*end))
        ++end;
    if (*end != '\0')
        return std::nullopt;
    // NM's accepted range is 0..G_MAXINT64; strtoll already rejected anything above.
    if (v < 0)
        return std::nullopt;
    return static_cast<qint64>(v);
}

const ConfDefault *lookupConfDefault(const QList<ConfDefault> &sections)
{
    for (const ConfDefault &section : sections) {
        if (!section.setsMptcpFlags && !section.stopMatch)
            continue;
        if (section.matchesDevice && !section.matchUnknown)
            return section.setsMptcpFlags ? &section : nullptr;
    }
    return nullptr;
}

quint32 normalizeFlags(quint32 flags, const NmVersion &version)
{
    if (flags & nmflag::Disabled)
        return nmflag::Disabled;
    flags &= knownFlags(version);
    flags |= nmflag::Enabled;
    if ((flags & nmflag::Signal) && (flags & nmflag::Fullmesh))
        flags &= ~nmflag::Fullmesh;
    return flags;
}

namespace {

ResolvedFlags resolveKnownFlags(quint32 connectionFlags, const QList<ConfDefault> &confDefaults,
                                const NmVersion &version)
{
    ResolvedFlags r;
    r.raw = connectionFlags;
    quint32 flags = connectionFlags;
    if (flags != nmflag::None) {
        r.source = FlagsSource::Connection;
    } else if (const ConfDefault *conf = lookupConfDefault(confDefaults)) {
        const std::optional<qint64> v = parseConfFlags(conf->value);
        if (v && *v != 0) {
            // NMMptcpFlags is 32 bits wide: a value whose low half is 0 becomes "enabled".
            flags = static_cast<quint32>(*v);
            if (flags == nmflag::None)
                flags = nmflag::Enabled;
            r.source = conf->matchDevice.isEmpty() ? FlagsSource::ConfGlobal : FlagsSource::ConfSection;
            r.confFile = conf->file;
            r.confSection = conf->section;
            r.confValue = conf->value;
        } else if (!v) {
            r.ignoredConf = *conf;
        }
    }
    if (flags == nmflag::None) {
        flags = builtInDefaultFlags(version);
        r.source = FlagsSource::BuiltIn;
    }
    r.flags = normalizeFlags(flags, version);
    return r;
}

} // namespace

ResolvedFlags resolveFlags(quint32 connectionFlags, const QList<ConfDefault> &confDefaults,
                           const NmVersion &version)
{
    ResolvedFlags r = resolveKnownFlags(connectionFlags, confDefaults, version);
    if (connectionFlags != nmflag::None)
        return r;
    // First match wins, so each undecidable section before the deciding one is a possible
    // outcome of its own: the result is known only if none of them changes it.
    for (qsizetype i = 0; i < confDefaults.size(); ++i) {
        const ConfDefault &c = confDefaults.at(i);
        if (!c.setsMptcpFlags && !c.stopMatch)
            continue;
        if (!c.matchUnknown) {
            if (c.matchesDevice)
                break; // the deciding section: later ones are never looked at
            continue;
        }
        QList<ConfDefault> matching = confDefaults;
        matching[i].matchUnknown = false;
        matching[i].matchesDevice = true;
        if (resolveKnownFlags(connectionFlags, matching, version).flags != r.flags) {
            r.undecidedConf = c;
            break;
        }
    }
    return r;
}

std::optional<QString> profileFlagsProblem(quint32 flags, const NmVersion &version)
{
    if (flags & nmflag::Disabled) {
        if (flags != nmflag::Disabled)
            return RuleText::tr("\"disabled\" cannot be combined with other MPTCP flags.");
        return std::nullopt;
    }
    if ((flags & nmflag::Signal) && (flags & nmflag::Fullmesh))
        return RuleText::tr("\"signal\" and \"fullmesh\" cannot both be set.");
    const quint32 withEnabled = flags | nmflag::Enabled;
    if (flags != nmflag::None && withEnabled != normalizeFlags(withEnabled, version))
        return RuleText::tr("0x%1 is not a valid combination of MPTCP flags for NetworkManager %2.%3.")
            .arg(QString::number(flags, 16))
            .arg(version.major)
            .arg(version.minor);
    return std::nullopt;
}

bool treatsMissingSysctlAsEnabled(const NmVersion &version)
{
    if (version.atLeast(1, 52, 0))
        return false;
    switch (version.minor) {
    case 50:
        return version.micro < 2;
    case 48:
        return version.micro < 16;
    case 46:
        return version.micro < 6;
    default:
        // 1.47, 1.49 and 1.51 development snapshots are treated like the releases around them.
        return version.minor < 51;
    }
}

bool sysctlGateOpen(quint32 resolvedFlags, const KernelState &kernel, const NmVersion &version)
{
    if (resolvedFlags & nmflag::Disabled)
        return false;
    if (resolvedFlags & nmflag::AlsoWithoutSysctl)
        return true;
    if (!kernel.enabled)
        return treatsMissingSysctlAsEnabled(version);
    return *kernel.enabled > 0;
}

bool defaultRouteGateOpen(quint32 resolvedFlags, const Device &device, AddressFamily family)
{
    if (resolvedFlags & nmflag::AlsoWithoutDefaultRoute)
        return true;
    return family == AddressFamily::IPv4 ? device.nmDefaultRoute4 : device.nmDefaultRoute6;
}

bool vpnHonoursMptcpFlags(const NmVersion &version)
{
    return version.atLeast(1, 56, 0);
}

quint32 endpointFlagsFor(quint32 resolvedFlags, const NmVersion &version)
{
    quint32 k = 0;
    if (resolvedFlags & nmflag::Signal)
        k |= kernelflag::Signal;
    if (resolvedFlags & nmflag::Subflow)
        k |= kernelflag::Subflow;
    if (resolvedFlags & nmflag::Backup)
        k |= kernelflag::Backup;
    if (resolvedFlags & nmflag::Fullmesh)
        k |= kernelflag::Fullmesh;
    if ((resolvedFlags & nmflag::Laminar) && version.atLeast(1, 56, 0))
        k |= kernelflag::Laminar;
    return k;
}

std::optional<int> nmAddressScope(AddressFamily family, const QString &address)
{
    const std::optional<AddressBytes> a = parseAddress(family, address);
    if (!a)
        return std::nullopt;
    const auto &b = a->bytes;
    if (family == AddressFamily::IPv4) {
        if (b[0] == 127)
            return scope::Host;
        if (b[0] == 169 && b[1] == 254)
            return scope::Link;
        return scope::Universe;
    }
    bool loopback = b[15] == 1;
    for (int i = 0; i < 15 && loopback; ++i)
        loopback = b[i] == 0;
    if (loopback)
        return scope::Host;
    if (b[0] == 0xfe && (b[1] & 0xc0) == 0x80)
        return scope::Link;
    if (b[0] == 0xfe && (b[1] & 0xc0) == 0xc0)
        return scope::Site;
    return scope::Universe;
}

AddressOrigin addressOriginOnActivatedDevice(const Address &address)
{
    return (address.flags & ifaflag::NoPrefixRoute) ? AddressOrigin::NetworkManager : AddressOrigin::Other;
}

bool isUniqueLocalIPv6(const QString &address)
{
    const std::optional<AddressBytes> a = parseAddress(AddressFamily::IPv6, address);
    return a && (a->bytes[0] & 0xfe) == 0xfc;
}

bool skipsTentativeIPv6(const NmVersion &version)
{
    if (version.atLeast(1, 52, 0))
        return true;
    return version.major == 1 && version.minor == 50 && version.micro >= 3;
}

int trackPriority(int indexWithinFamily)
{
    // NM starts at 100 and decrements before use while above 10.
    return qMax(10, 99 - indexWithinFamily);
}

int kernelEndpointCap(const KernelState &kernel)
{
    return kernel.endpointCap.value_or(8);
}

bool nmIgnoresEndpoint(const KernelEndpoint &endpoint)
{
    return endpoint.port != 0 || endpoint.ifindex <= 0;
}

bool nmRelaxesRpFilter(const Device &device)
{
    return device.rpFilter.value_or(0) == 1;
}

std::optional<int> effectiveRpFilter(const Device &device)
{
    if (!device.rpFilter && !device.rpFilterAll)
        return std::nullopt;
    return qMax(device.rpFilter.value_or(0), device.rpFilterAll.value_or(0));
}

bool userspacePathManagerSelected(const KernelState &kernel)
{
    if (kernel.pathManager == QLatin1String("userspace"))
        return true;
    return kernel.pmType.value_or(0) == 1;
}

QStringList kernelFlagWords(quint32 kernelFlags)
{
    static const struct {
        quint32 bit;
        const char *word;
    } names[] = {
        {kernelflag::Signal, "signal"},     {kernelflag::Subflow, "subflow"},
        {kernelflag::Backup, "backup"},     {kernelflag::Fullmesh, "fullmesh"},
        {kernelflag::Implicit, "implicit"}, {kernelflag::Laminar, "laminar"},
    };
    QStringList words;
    quint32 rest = kernelFlags;
    for (const auto &n : names) {
        if (kernelFlags & n.bit) {
            words << QLatin1String(n.word);
            rest &= ~n.bit;
        }
    }
    if (rest != 0)
        words << QStringLiteral("0x%1").arg(rest, 2, 16, QLatin1Char('0'));
    return words;
}

QString nmFlagsText(quint32 nmFlags)
{
    static const struct {
        quint32 bit;
        const char *nick;
    } names[] = {
        {nmflag::Disabled, "disabled"},
        {nmflag::Enabled, "enabled"},
        {nmflag::AlsoWithoutSysctl, "also-without-sysctl"},
        {nmflag::AlsoWithoutDefaultRoute, "also-without-default-route"},
        {nmflag::Signal, "signal"},
        {nmflag::Subflow, "subflow"},
        {nmflag::Backup, "backup"},
        {nmflag::Fullmesh, "fullmesh"},
        {nmflag::Laminar, "laminar"},
    };
    if (nmFlags == nmflag::None)
        return QStringLiteral("default");
    QStringList nicks;
    quint32 rest = nmFlags;
    for (const auto &n : names) {
        if (nmFlags & n.bit) {
            nicks << QLatin1String(n.nick);
            rest &= ~n.bit;
        }
    }
    if (rest != 0)
        nicks << QStringLiteral("0x%1").arg(rest, 0, 16);
    return nicks.join(QLatin1Char(','));
}

} // namespace mptcp::explain
