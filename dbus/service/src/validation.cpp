#include "mptcp/helper/validation.h"

#include <QCoreApplication>
#include <QSet>

#include <arpa/inet.h>
#include <sys/socket.h>

#include <algorithm>
#include <cstring>
#include <utility>

namespace mptcp::helper {

namespace {

// Translation context for lupdate and at run time.
struct Validation {
    Q_DECLARE_TR_FUNCTIONS(mptcp::helper::Validation)
};

// Echoed user text is cut so an error message cannot grow with the input.
QString shown(const QString &text)
{
    return text.size() <= MaxTextLength ? text : text.left(MaxTextLength) + QStringLiteral("…");
}

struct FlagWord {
    const char *word;
    std::uint32_t bit;
};

// Endpoint flags a caller may ask for (MPTCP_PM_ADDR_FLAG_*); "implicit" is set by the
// kernel only and cannot be requested.
constexpr FlagWord EndpointWords[] = {
    {"signal", nl::FlagSignal}, {"subflow", nl::FlagSubflow}, {"backup", nl::FlagBackup},
    {"fullmesh", nl::FlagFullmesh}, {"laminar", nl::FlagLaminar},
};
// Words `ip mptcp` prints, in its order, for reporting state.
constexpr FlagWord ReportWords[] = {
    {"signal", nl::FlagSignal}, {"subflow", nl::FlagSubflow}, {"backup", nl::FlagBackup},
    {"fullmesh", nl::FlagFullmesh}, {"implicit", nl::FlagImplicit}, {"laminar", nl::FlagLaminar},
};
constexpr FlagWord ChangeWords[] = {{"backup", nl::FlagBackup}, {"fullmesh", nl::FlagFullmesh}};

// NMMptcpFlags, libnm-core-public/nm-dbus-interface.h (NM >= 1.40; laminar 1.56+).
constexpr std::uint32_t NmDisabled = 0x1;
constexpr std::uint32_t NmEnabled = 0x2;
constexpr std::uint32_t NmSignal = 0x10;
constexpr std::uint32_t NmFullmesh = 0x80;
constexpr FlagWord NmWords[] = {
    {"disabled", NmDisabled}, {"enabled", NmEnabled}, {"also-without-sysctl", 0x4},
    {"also-without-default-route", 0x8}, {"signal", NmSignal}, {"subflow", 0x20},
    {"backup", 0x40}, {"fullmesh", NmFullmesh}, {"laminar", 0x100},
};

template <std::size_t N>
QString allowedList(const FlagWord (&table)[N])
{
    QStringList words;
    for (const FlagWord &w : table)
        words << QLatin1String(w.word);
    return words.join(QStringLiteral(", "));
}

// Words from `table`, each at most once.
template <std::size_t N>
Checked<std::uint32_t> parseWords(const QStringList &words, const FlagWord (&table)[N], const QString &argument)
{
    if (words.size() > MaxFlagWords)
        return Checked<std::uint32_t>::bad(Validation::tr("argument \"%1\": at most %2 flag words").arg(argument).arg(MaxFlagWords));
    std::uint32_t bits = 0;
    for (const QString &word : words) {
        std::optional<std::uint32_t> bit;
        for (const FlagWord &w : table) {
            if (word == QLatin1String(w.word))
                bit = w.bit;
        }
        if (!bit)
            return Checked<std::uint32_t>::bad(Validation::tr("argument \"%1\": unknown flag \"%2\" (allowed: %3)")
                                                   .arg(argument, shown(word), allowedList(table)));
        if (bits & *bit)
            return Checked<std::uint32_t>::bad(
                Validation::tr("argument \"%1\": flag \"%2\" given twice").arg(argument, word));
        bits |= *bit;
    }
    return Checked<std::uint32_t>::good(bits);
}

} // namespace

Checked<nl::Limits> validateLimits(uint subflows, uint addAddrAccepted)
{
    for (const auto &[name, value] : {std::pair{"subflows", subflows}, std::pair{"add_addr_accepted", addAddrAccepted}}) {
        if (value > MaxLimit)
            return Checked<nl::Limits>::bad(Validation::tr("argument \"%1\": %2 is out of range (allowed 0..%3)")
                                                .arg(QLatin1String(name)).arg(value).arg(MaxLimit));
    }
    return Checked<nl::Limits>::good(nl::Limits{subflows, addAddrAccepted});
}

Checked<std::uint8_t> validateEndpointId(uint id, const QString &argument)
{
    if (id < 1 || id > MaxEndpointId)
        return Checked<std::uint8_t>::bad(
            Validation::tr("argument \"%1\": %2 is out of range (allowed 1..%3)").arg(argument).arg(id).arg(MaxEndpointId));
    return Checked<std::uint8_t>::good(static_cast<std::uint8_t>(id));
}

Checked<nl::IpAddress> validateAddress(const QString &text, const QString &argument)
{
    using R = Checked<nl::IpAddress>;
    if (text.isEmpty())
        return R::bad(Validation::tr("argument \"%1\": an IPv4 or IPv6 address is required").arg(argument));
    // INET6_ADDRSTRLEN - 1 is the longest textual address.
    if (text.size() > 45)
        return R::bad(Validation::tr("argument \"%1\": too long for an IP address").arg(argument));
    for (const QChar c : text) {
        const bool allowed = (c >= QLatin1Char('0') && c <= QLatin1Char('9')) || (c >= QLatin1Char('a') && c <= QLatin1Char('f'))
            || (c >= QLatin1Char('A') && c <= QLatin1Char('F')) || c == QLatin1Char('.') || c == QLatin1Char(':');
        if (!allowed)
            return R::bad(Validation::tr("argument \"%1\": \"%2\" is not an IP address (no prefix length, zone or name allowed)")
                              .arg(argument, shown(text)));
    }
    const QByteArray latin = text.toLatin1();
    nl::IpAddress addr;
    if (::inet_pton(AF_INET, latin.constData(), addr.bytes.data()) == 1) {
        addr.family = AF_INET;
        const auto &b = addr.bytes;
        if (b[0] == 0 && b[1] == 0 && b[2] == 0 && b[3] == 0)
            return R::bad(Validation::tr("argument \"%1\": the unspecified address 0.0.0.0 is not allowed").arg(argument));
        if (b[0] >= 224 && b[0] <= 239)
            return R::bad(Validation::tr("argument \"%1\": %2 is a multicast address (a unicast address is required)").arg(argument, text));
        if (b[0] == 255 && b[1] == 255 && b[2] == 255 && b[3] == 255)
            return R::bad(Validation::tr("argument \"%1\": the broadcast address is not allowed").arg(argument));
        return R::good(addr);
    }
    if (::inet_pton(AF_INET6, latin.constData(), addr.bytes.data()) == 1) {
        addr.family = AF_INET6;
        const auto &b = addr.bytes;
        static constexpr std::uint8_t zero[16] = {};
        static constexpr std::uint8_t mappedPrefix[12] = {0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0xff, 0xff};
        if (std::memcmp(b.data(), zero, 16) == 0)
            return R::bad(Validation::tr("argument \"%1\": the unspecified address :: is not allowed").arg(argument));
        if (b[0] == 0xff)
            return R::bad(Validation::tr("argument \"%1\": %2 is a multicast address (a unicast address is required)").arg(argument, text));
        // The kernel keeps such endpoints as IPv6; ask for the IPv4 form instead.
        if (std::memcmp(b.data(), mappedPrefix, 12) == 0)
            return R::bad(Validation::tr("argument \"%1\": write the IPv4-mapped address %2 in IPv4 form").arg(argument, text));
        return R::good(addr);
    }
    return R::bad(Validation::tr("argument \"%1\": \"%2\" is not an IPv4 or IPv6 address").arg(argument, shown(text)));
}

QString validateInterfaceName(const QString &name, const QString &argument)
{
    if (name.isEmpty())
        return {};
    if (name.size() > MaxInterfaceNameLength)
        return Validation::tr("argument \"%1\": interface names have at most %2 characters").arg(argument).arg(MaxInterfaceNameLength);
    if (name == QLatin1String(".") || name == QLatin1String(".."))
        return Validation::tr("argument \"%1\": \"%2\" is not an interface name").arg(argument, name);
    // dev_valid_name() (net/core/dev.c) refuses '/', ':' and whitespace; we also keep to printable ASCII.
    for (const QChar c : name) {
        if (c.unicode() <= 0x20 || c.unicode() >= 0x7f || c == QLatin1Char('/') || c == QLatin1Char(':'))
            return Validation::tr("argument \"%1\": \"%2\" is not an interface name (printable ASCII without '/', ':' or spaces)")
                .arg(argument, shown(name));
    }
    return {};
}

Checked<std::uint32_t> validateEndpointFlags(const QStringList &words, const QString &argument)
{
    auto bits = parseWords(words, EndpointWords, argument);
    if (!bits.ok())
        return bits;
    // Kernel rule, mptcp_pm_nl_add_addr_doit (net/mptcp/pm_kernel.c): "flags mustn't have both signal and fullmesh".
    if ((*bits.value & nl::FlagSignal) && (*bits.value & nl::FlagFullmesh))
        return Checked<std::uint32_t>::bad(Validation::tr("argument \"%1\": \"signal\" and \"fullmesh\" cannot be combined").arg(argument));
    return bits;
}

Checked<EndpointRequest> validateEndpoint(const EndpointSpec &spec, const QString &argument)
{
    using R = Checked<EndpointRequest>;
    const QString dot = argument.isEmpty() ? QString() : argument + QLatin1Char('.');
    EndpointRequest req;
    if (spec.id > MaxEndpointId)
        return R::bad(Validation::tr("argument \"%1\": %2 is out of range (allowed 1..%3, or 0 to let the kernel choose)")
                          .arg(dot + QStringLiteral("id")).arg(spec.id).arg(MaxEndpointId));
    req.endpoint.id = static_cast<std::uint8_t>(spec.id);
    auto address = validateAddress(spec.address, dot + QStringLiteral("address"));
    if (!address.ok())
        return R::bad(address.error);
    req.endpoint.address = *address.value;
    if (spec.port > 65535)
        return R::bad(Validation::tr("argument \"%1\": %2 is out of range (allowed 1..65535, or 0 for none)")
                          .arg(dot + QStringLiteral("port")).arg(spec.port));
    req.endpoint.port = static_cast<std::uint16_t>(spec.port);
    auto flags = validateEndpointFlags(spec.flags, dot + QStringLiteral("flags"));
    if (!flags.ok())
        return R::bad(flags.error);
    req.endpoint.flags = *flags.value;
    // Kernel rule, address_use_port() (net/mptcp/pm_kernel.c): a port only on a signal-only endpoint.
    if (req.endpoint.port != 0 && (req.endpoint.flags & (nl::FlagSignal | nl::FlagSubflow)) != nl::FlagSignal)
        return R::bad(Validation::tr("argument \"%1\": a port needs the \"signal\" flag without \"subflow\"").arg(dot + QStringLiteral("port")));
    if (QString why = validateInterfaceName(spec.interface, dot + QStringLiteral("interface")); !why.isEmpty())
        return R::bad(why);
    req.interface = spec.interface;
    return R::good(std::move(req));
}

Checked<std::uint32_t> validateChangeFlags(const QStringList &words)
{
    return parseWords(words, ChangeWords, QStringLiteral("flags"));
}

Checked<std::uint32_t> validateNetworkManagerFlags(const QStringList &words)
{
    auto bits = parseWords(words, NmWords, QStringLiteral("flags"));
    if (!bits.ok())
        return bits;
    const std::uint32_t f = *bits.value;
    // NM rules, verify() in libnm-core-impl/nm-setting-connection.c.
    if ((f & NmDisabled) && f != NmDisabled)
        return Checked<std::uint32_t>::bad(Validation::tr("argument \"flags\": \"disabled\" cannot be combined with other flags"));
    if ((f & NmSignal) && (f & NmFullmesh))
        return Checked<std::uint32_t>::bad(Validation::tr("argument \"flags\": \"signal\" and \"fullmesh\" cannot be combined"));
    // Any flag but "disabled" implies "enabled"; writing it keeps the number unambiguous.
    if (f != 0 && f != NmDisabled)
        return Checked<std::uint32_t>::good(f | NmEnabled);
    return bits;
}

Checked<Configuration> validateConfiguration(bool enabled, uint subflows, uint addAddrAccepted,
                                             const EndpointList &endpoints)
{
    using R = Checked<Configuration>;
    Configuration config;
    config.enabled = enabled;
    auto limits = validateLimits(subflows, addAddrAccepted);
    if (!limits.ok())
        return R::bad(limits.error);
    config.limits = *limits.value;
    if (endpoints.size() > MaxEndpointsInConfiguration)
        return R::bad(Validation::tr("argument \"endpoints\": at most %1 endpoints").arg(MaxEndpointsInConfiguration));
    QSet<uint> ids;
    for (qsizetype i = 0; i < endpoints.size(); ++i) {
        const QString name = QStringLiteral("endpoints[%1]").arg(i);
        auto ep = validateEndpoint(endpoints.at(i), name);
        if (!ep.ok())
            return R::bad(ep.error);
        const uint id = ep.value->endpoint.id;
        if (id != 0 && ids.contains(id))
            return R::bad(Validation::tr("argument \"%1.id\": id %2 is used twice").arg(name).arg(id));
        ids.insert(id);
        config.endpoints.push_back(std::move(*ep.value));
    }
    return R::good(std::move(config));
}

QString SysctlRequest::procPath() const
{
    if (kind == Kind::RpFilter)
        return QStringLiteral("net/ipv4/conf/%1/rp_filter").arg(interface);
    return QString(name).replace(QLatin1Char('.'), QLatin1Char('/'));
}

QString SysctlRequest::dropInKey() const
{
    return interface.contains(QLatin1Char('.')) ? procPath() : name;
}

Checked<SysctlRequest> validateSysctl(const QString &name, const QString &value)
{
    using R = Checked<SysctlRequest>;
    using Kind = SysctlRequest::Kind;
    const auto oneOf = [&value](std::initializer_list<const char *> allowed) {
        for (const char *v : allowed) {
            if (value == QLatin1String(v))
                return true;
        }
        return false;
    };
    const auto badValue = [&](const QString &allowed) {
        return R::bad(Validation::tr("argument \"value\": \"%1\" is not allowed for %2 (allowed: %3)")
                          .arg(shown(value), name, allowed));
    };
    SysctlRequest request;
    request.name = name;
    request.value = value;
    if (name == QLatin1String("net.mptcp.enabled") || name == QLatin1String("net.mptcp.pm_type")) {
        request.kind = name.endsWith(QLatin1String("enabled")) ? Kind::MptcpEnabled : Kind::PmType;
        if (!oneOf({"0", "1"}))
            return badValue(QStringLiteral("0, 1"));
        return R::good(std::move(request));
    }
    if (name == QLatin1String("net.mptcp.path_manager")) {
        request.kind = Kind::PathManager;
        // Kernel path manager names are short lowercase words (MPTCP_PM_NAME_MAX 16, net/mptcp/protocol.h).
        const bool word = !value.isEmpty() && value.size() < 16
            && std::all_of(value.cbegin(), value.cend(), [](QChar c) {
                   return (c >= QLatin1Char('a') && c <= QLatin1Char('z')) || (c >= QLatin1Char('0') && c <= QLatin1Char('9'))
                       || c == QLatin1Char('_');
               });
        if (!word)
            return badValue(Validation::tr("a name from net.mptcp.available_path_managers"));
        return R::good(std::move(request));
    }
    const QLatin1String prefix("net.ipv4.conf.");
    const QLatin1String suffix(".rp_filter");
    if (name.startsWith(prefix) && name.endsWith(suffix) && name.size() > prefix.size() + suffix.size()) {
        request.kind = Kind::RpFilter;
        // Everything between is the interface: dotted names such as VLANs ("eth0.100") included.
        request.interface = name.mid(prefix.size(), name.size() - prefix.size() - suffix.size());
        if (QString why = validateInterfaceName(request.interface, QStringLiteral("name")); !why.isEmpty())
            return R::bad(why);
        if (!oneOf({"0", "1", "2"}))
            return badValue(QStringLiteral("0, 1, 2"));
        return R::good(std::move(request));
    }
    return R::bad(Validation::tr("argument \"name\": \"%1\" cannot be changed through the helper (allowed: net.mptcp.enabled, "
                                 "net.mptcp.pm_type, net.mptcp.path_manager, net.ipv4.conf.<interface>.rp_filter)")
                      .arg(shown(name)));
}

QStringList endpointFlagWords(std::uint32_t flags)
{
    QStringList words;
    std::uint32_t known = 0;
    for (const FlagWord &w : ReportWords) {
        known |= w.bit;
        if (flags & w.bit)
            words << QLatin1String(w.word);
    }
    if (const std::uint32_t rest = flags & ~known)
        words << QStringLiteral("0x%1").arg(rest, 0, 16);
    return words;
}

EndpointSpec toSpec(const EndpointRequest &request)
{
    EndpointSpec spec;
    spec.id = request.endpoint.id;
    char text[INET6_ADDRSTRLEN] = {};
    if (request.endpoint.address.isSet())
        ::inet_ntop(request.endpoint.address.family, request.endpoint.address.bytes.data(), text, sizeof text);
    spec.address = QString::fromLatin1(text);
    spec.port = request.endpoint.port;
    spec.flags = endpointFlagWords(request.endpoint.flags);
    spec.interface = request.interface;
    return spec;
}

} // namespace mptcp::helper
