// Everything the explain engine needs to know about one machine (one network
// namespace), as plain values. Readers (libnm, libnl-route, /proc) fill it; the
// engine (explain.h) only reads it. No I/O, no libnm or libnl types here.
#pragma once

#include <QList>
#include <QString>
#include <QtGlobal>

#include <optional>

namespace mptcp::explain {

// Kernel endpoint flag bits (MPTCP_PM_ADDR_FLAG_*, uapi linux/mptcp.h).
namespace kernelflag {
inline constexpr quint32 Signal = 0x01;
inline constexpr quint32 Subflow = 0x02;
inline constexpr quint32 Backup = 0x04;
inline constexpr quint32 Fullmesh = 0x08;
inline constexpr quint32 Implicit = 0x10; // kernel 6.0+: created by the PM itself
inline constexpr quint32 Laminar = 0x20;  // kernel 6.18+
} // namespace kernelflag

// NMMptcpFlags bits (nm-dbus-interface.h), the raw `connection.mptcp-flags` value.
namespace nmflag {
inline constexpr quint32 None = 0x0; // "default"
inline constexpr quint32 Disabled = 0x1;
inline constexpr quint32 Enabled = 0x2;
inline constexpr quint32 AlsoWithoutSysctl = 0x4;
inline constexpr quint32 AlsoWithoutDefaultRoute = 0x8;
inline constexpr quint32 Signal = 0x10;
inline constexpr quint32 Subflow = 0x20;
inline constexpr quint32 Backup = 0x40;
inline constexpr quint32 Fullmesh = 0x80;
inline constexpr quint32 Laminar = 0x100; // NM 1.56+
} // namespace nmflag

// Address flag bits (IFA_F_*, uapi linux/if_addr.h), as rtnl_addr_get_flags() returns them.
namespace ifaflag {
inline constexpr quint32 Temporary = 0x01; // IPv6 privacy address (RFC 4941); on IPv4 this bit is IFA_F_SECONDARY
inline constexpr quint32 Nodad = 0x02;
inline constexpr quint32 Optimistic = 0x04;
inline constexpr quint32 DadFailed = 0x08;
inline constexpr quint32 HomeAddress = 0x10;
inline constexpr quint32 Deprecated = 0x20;
inline constexpr quint32 Tentative = 0x40;
inline constexpr quint32 Permanent = 0x80; // no lifetime ("forever"); dynamic when absent
inline constexpr quint32 ManageTempAddr = 0x100;
inline constexpr quint32 NoPrefixRoute = 0x200;
inline constexpr quint32 McAutoJoin = 0x400;
inline constexpr quint32 StablePrivacy = 0x800;
} // namespace ifaflag

// Address scope (RT_SCOPE_*, uapi linux/rtnetlink.h).
namespace scope {
inline constexpr int Universe = 0;
inline constexpr int Site = 200;
inline constexpr int Link = 253;
inline constexpr int Host = 254;
inline constexpr int Nowhere = 255;
} // namespace scope

enum class AddressFamily { IPv4, IPv6 };

// ---------------------------------------------------------------------------------------
// Kernel

// One `ip mptcp endpoint` entry as dumped from the kernel.
struct KernelEndpoint {
    int id = 0;            // 1..255, assigned by the kernel unless given
    QString address;       // textual IPv4/IPv6 address, as inet_ntop prints it
    quint16 port = 0;      // 0 = none (NM only ever creates port 0)
    quint32 flags = 0;     // kernelflag::* bits
    int ifindex = 0;       // 0 = no device bound
};

struct KernelState {
    bool mptcpAvailable = true;            // /proc/sys/net/mptcp exists (kernel built with MPTCP)
    std::optional<int> enabled;            // net.mptcp.enabled; nullopt = file missing
    QString pathManager;                   // net.mptcp.path_manager ("kernel"/"userspace", 6.15+); "" = absent
    std::optional<int> pmType;             // net.mptcp.pm_type (0 in-kernel, 1 userspace); nullopt = absent
    std::optional<quint32> subflowsLimit;  // `ip mptcp limits` subflows; nullopt = unknown (no permission)
    std::optional<quint32> addAddrAcceptedLimit; // `ip mptcp limits` add_addr_accepted; nullopt = unknown
    quint32 limitsMaximum = 8;             // highest value the kernel accepts for either limit (MPTCP_PM_ADDR_MAX)
    std::optional<int> endpointCap;        // endpoints this netns accepts, when the reader found out; nullopt = unknown
    bool endpointsKnown = true;            // false when the dump failed (then `endpoints` is meaningless)
    QList<KernelEndpoint> endpoints;       // the whole endpoint table of this netns
};

// ---------------------------------------------------------------------------------------
// NetworkManager

// One NetworkManager.conf [connection*] section that sets connection.mptcp-flags (or
// has stop-match=yes, which ends NM's lookup), seen from one device (NM evaluates
// match-device per device). Whether NM accepts the value is decided by the engine.
struct ConfDefault {
    bool setsMptcpFlags = true; // the section has a connection.mptcp-flags key
    QString value;              // the value text exactly as written (NM accepts only a number)
    QString file;               // the file that set it, e.g. /etc/NetworkManager/conf.d/50-mptcp.conf
    QString section;            // e.g. "connection" or "connection-mptcp"
    QString matchDevice;        // the section's match-device= text; "" = applies to every device
    bool matchesDevice = true;  // the match-device result for this device
    bool stopMatch = false;     // the section's stop-match=yes
    // The reader could not evaluate match-device for this device (a spec it does not
    // support); matchesDevice is then meaningless and the engine says "unknown".
    bool matchUnknown = false;
    QString unsupportedSpec;    // with matchUnknown: the spec, e.g. "s390-subchannels:0.0.f5f0"
};

// Vpn = the IP interface of a VPN-plugin connection (NMVpnConnection, e.g. tun0 of
// OpenVPN); Tun = a tun/tap device NM itself activates with a "tun" profile.
enum class DeviceType { Ethernet, Wifi, Modem, Vpn, WireGuard, Tun, Bridge, Bond, Loopback, Other };

// NMDeviceState values (nm-dbus-interface.h), so a reader can static_cast.
enum class DeviceState {
    Unknown = 0,
    Unmanaged = 10,
    Unavailable = 20,
    Disconnected = 30,
    Prepare = 40,
    Config = 50,
    NeedAuth = 60,
    IpConfig = 70,
    IpCheck = 80,
    Secondaries = 90,
    Activated = 100,
    Deactivating = 110,
    Failed = 120,
};

// NMActiveConnectionState values (nm-dbus-interface.h).
enum class ActivationState { Unknown = 0, Activating = 1, Activated = 2, Deactivating = 3, Deactivated = 4 };

// NMMetered values (nm-dbus-interface.h).
enum class Metered { Unknown = 0, Yes = 1, No = 2, GuessYes = 3, GuessNo = 4 };

struct ActiveConnection {
    QString id;                                  // profile name, e.g. "Wired connection 1"
    QString uuid;
    ActivationState state = ActivationState::Activated;
    bool external = false;                       // NM_ACTIVATION_STATE_FLAG_EXTERNAL: NM only mirrors a
                                                 // configuration made by another tool
    quint32 mptcpFlags = 0;                      // raw connection.mptcp-flags of the APPLIED connection (0 = default)
    std::optional<quint32> savedMptcpFlags;      // the saved profile's value when it differs from the applied one
                                                 // (modified but not reapplied); nullopt = same or unknown
    bool appliedKnown = true;                    // false: the applied connection was not read and mptcpFlags
                                                 // is the saved profile's value, which may not be in effect yet
};

// Per-address origin as far as the reader can tell; NM only configures endpoints for
// addresses it put there itself (static, DHCP, SLAAC, IPv4LL). Readers that cannot tell
// NM's addresses from others on an NM-activated device use Unknown (treated as NM's).
enum class AddressOrigin { Unknown, NetworkManager, Other };

// One address of an interface as the kernel (and NM's platform) sees it.
struct Address {
    AddressFamily family = AddressFamily::IPv4;
    QString address;            // textual, as inet_ntop prints it
    int prefixLength = 0;
    int scope = scope::Universe; // scope::* value
    quint32 flags = 0;          // ifaflag::* bits
    int ifindex = 0;            // the interface carrying it
    AddressOrigin origin = AddressOrigin::Unknown;
};

struct Device {
    QString ifname;                 // the NM device's interface name
    int ifindex = 0;
    int ipIfindex = 0;              // the IP interface NM configures (ppp0 for modems); 0 = same as ifindex
    QString ipIfname;               // its name when it differs from ifname; "" = same
    DeviceType type = DeviceType::Other;
    DeviceState state = DeviceState::Unknown;
    bool managed = true;            // NM's Managed property
    Metered metered = Metered::Unknown;
    std::optional<ActiveConnection> connection; // nullopt = no active connection
    bool nmDefaultRoute4 = false;   // NM configured a unicast IPv4 default route on this device in the main table
    bool nmDefaultRoute6 = false;   // same for IPv6
    // [connection*] sections in NM's lookup order: files in load order, sections as they
    // appear, the plain [connection] section last (NetworkManager.conf(5)).
    QList<ConfDefault> confDefaults;
    std::optional<int> rpFilter;    // net.ipv4.conf.<ifname>.rp_filter
    std::optional<int> rpFilterAll; // net.ipv4.conf.all.rp_filter
    QList<Address> addresses;       // every address on the IP interface, from the kernel

    [[nodiscard]] int effectiveIpIfindex() const { return ipIfindex != 0 ? ipIfindex : ifindex; }
    [[nodiscard]] QString effectiveIpIfname() const { return ipIfname.isEmpty() ? ifname : ipIfname; }
};

struct NmVersion {
    int major = 0;
    int minor = 0;
    int micro = 0;

    [[nodiscard]] bool atLeast(int ma, int mi, int mc = 0) const
    {
        if (major != ma)
            return major > ma;
        if (minor != mi)
            return minor > mi;
        return micro >= mc;
    }
};

struct NetworkManagerState {
    bool running = false;       // org.freedesktop.NetworkManager is on the system bus
    NmVersion version;          // from the Version property
    bool confKnown = true;      // false when NetworkManager.conf could not be read (defaults unknown)
};

// Other programs that manage MPTCP endpoints.
struct OtherManagers {
    bool mptcpdRunning = false; // the mptcpd daemon (it adds its own endpoints / path manager plugins)
};

// ---------------------------------------------------------------------------------------

struct Snapshot {
    KernelState kernel;
    NetworkManagerState networkManager;
    OtherManagers others;
    // NM devices (or every link when NM is not running), in the order NM activated them
    // when known (NM prefers earlier ones when its 8-endpoint cap bites), else NM's order.
    QList<Device> devices;
    // Addresses on interfaces that are not NM devices, so stale endpoints can be told apart.
    QList<Address> otherAddresses;
};

} // namespace mptcp::explain
