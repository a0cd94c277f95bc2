#include "mptcp/lab/traffic.h"

#include <arpa/inet.h>
#include <cerrno>
#include <chrono>
#include <cmath>
#include <cstdio>
#include <cstring>
#include <ifaddrs.h>
#include <map>
#include <netinet/in.h>
#include <poll.h>
#include <sys/socket.h>
#include <thread>
#include <unistd.h>

// After <netinet/in.h>, so the kernel headers defer to glibc's definitions.
#include <linux/mptcp.h>
#include <linux/tcp.h>

namespace mptcp::lab {

namespace {

using Clock = std::chrono::steady_clock;

constexpr std::size_t ChunkSize = 64 * 1024;
constexpr int MaxSubflows = 16;
// include/net/tcp_states.h
constexpr std::uint8_t TcpStateEstablished = 1;
constexpr std::uint8_t TcpStateSynSent = 2;

class UniqueFd {
public:
    explicit UniqueFd(int fd = -1) : m_fd(fd) {}
    ~UniqueFd() { reset(); }
    UniqueFd(UniqueFd &&other) noexcept : m_fd(other.m_fd) { other.m_fd = -1; }
    UniqueFd &operator=(UniqueFd &&other) noexcept
    {
        if (this != &other) {
            reset();
            m_fd = other.m_fd;
            other.m_fd = -1;
        }
        return *this;
    }
    UniqueFd(const UniqueFd &) = delete;
    UniqueFd &operator=(const UniqueFd &) = delete;
    [[nodiscard]] int get() const { return m_fd; }
    [[nodiscard]] bool valid() const { return m_fd >= 0; }
    void reset()
    {
        if (m_fd >= 0)
            ::close(m_fd);
        m_fd = -1;
    }

private:
    int m_fd;
};

Error errnoError(int code, const std::string &what, const std::string &operation)
{
    return Error{code, what + ": " + std::strerror(code), operation};
}

double secondsSince(Clock::time_point start, Clock::time_point now)
{
    return std::chrono::duration<double>(now - start).count();
}

double mbit(std::uint64_t bytes, double seconds)
{
    return seconds > 0 ? static_cast<double>(bytes) * 8.0 / seconds / 1e6 : 0.0;
}

struct SocketAddress {
    sockaddr_storage storage{};
    socklen_t length = 0;
};

bool parseAddress(const std::string &text, std::uint16_t port, SocketAddress *out)
{
    auto *v6 = reinterpret_cast<sockaddr_in6 *>(&out->storage);
    if (::inet_pton(AF_INET6, text.c_str(), &v6->sin6_addr) == 1) {
        v6->sin6_family = AF_INET6;
        v6->sin6_port = htons(port);
        out->length = sizeof(sockaddr_in6);
        return true;
    }
    auto *v4 = reinterpret_cast<sockaddr_in *>(&out->storage);
    if (::inet_pton(AF_INET, text.c_str(), &v4->sin_addr) == 1) {
        v4->sin_family = AF_INET;
        v4->sin_port = htons(port);
        out->length = sizeof(sockaddr_in);
        return true;
    }
    return false;
}

// Address without port, v4-mapped IPv6 shown as IPv4 (how interfaces carry it).
std::string hostText(const sockaddr *sa)
{
    char buf[INET6_ADDRSTRLEN] = {};
    if (sa->sa_family == AF_INET) {
        ::inet_ntop(AF_INET, &reinterpret_cast<const sockaddr_in *>(sa)->sin_addr, buf, sizeof buf);
    } else if (sa->sa_family == AF_INET6) {
        const auto *a6 = &reinterpret_cast<const sockaddr_in6 *>(sa)->sin6_addr;
        if (IN6_IS_ADDR_V4MAPPED(a6))
            ::inet_ntop(AF_INET, &a6->s6_addr[12], buf, sizeof buf);
        else
            ::inet_ntop(AF_INET6, a6, buf, sizeof buf);
    }
    return buf;
}

std::string endpointText(const sockaddr *sa)
{
    std::uint16_t port = 0;
    if (sa->sa_family == AF_INET)
        port = ntohs(reinterpret_cast<const sockaddr_in *>(sa)->sin_port);
    else if (sa->sa_family == AF_INET6)
        port = ntohs(reinterpret_cast<const sockaddr_in6 *>(sa)->sin6_port);
    const std::string host = hostText(sa);
    return (host.find(':') != std::string::npos ? "[" + host + "]" : host) + ":" + std::to_string(port);
}

// Which interface holds each local address, so a subflow can be named after
// the link it uses ("wlan0") rather than its address.
std::map<std::string, std::string> interfaceAddresses()
{
    std::map<std::string, std::string> byAddress;
    ifaddrs *list = nullptr;
    if (::getifaddrs(&list) != 0)
        return byAddress;
    for (const ifaddrs *it = list; it; it = it->ifa_next) {
        if (it->ifa_addr && (it->ifa_addr->sa_family == AF_INET || it->ifa_addr->sa_family == AF_INET6))
            byAddress.emplace(hostText(it->ifa_addr), it->ifa_name);
    }
    ::freeifaddrs(list);
    return byAddress;
}

// Per-subflow totals via MPTCP_TCPINFO + MPTCP_SUBFLOW_ADDRS (kernel 5.16+). The
// two calls walk the same subflow list; if it changed in between, the counts
// differ and this interval has no per-subflow figures.
std::vector<SubflowRate> readSubflows(int fd)
{
    struct {
        mptcp_subflow_data head;
        tcp_info info[MaxSubflows];
    } tcp{};
    struct {
        mptcp_subflow_data head;
        mptcp_subflow_addrs addrs[MaxSubflows];
    } addrs{};
    tcp.head.size_subflow_data = sizeof(tcp.head);
    tcp.head.size_user = sizeof(tcp_info);
    addrs.head.size_subflow_data = sizeof(addrs.head);
    addrs.head.size_user = sizeof(mptcp_subflow_addrs);
    socklen_t tcpLen = sizeof(tcp);
    socklen_t addrLen = sizeof(addrs);
    if (::getsockopt(fd, SOL_MPTCP, MPTCP_TCPINFO, &tcp, &tcpLen) != 0
        || ::getsockopt(fd, SOL_MPTCP, MPTCP_SUBFLOW_ADDRS, &addrs, &addrLen) != 0)
        return {};
    const std::uint32_t count = std::min<std::uint32_t>(tcp.head.num_subflows, MaxSubflows);
    if (count != std::min<std::uint32_t>(addrs.head.num_subflows, MaxSubflows))
        return {};
    const auto interfaces = interfaceAddresses();
    std::vector<SubflowRate> result;
    result.reserve(count);
    for (std::uint32_t i = 0; i < count; ++i) {
        // Only subflows that carry or are about to carry data: the initial one
        // stays listed after it was closed (the kernel keeps msk->first until the
        // connection ends), and closing ones linger for a moment.
        if (tcp.info[i].tcpi_state != TcpStateEstablished && tcp.info[i].tcpi_state != TcpStateSynSent)
            continue;
        SubflowRate rate;
        const std::string host = hostText(&addrs.addrs[i].sa_local);
        const auto iface = interfaces.find(host);
        rate.interface = iface != interfaces.end() ? iface->second : host;
        rate.local = endpointText(&addrs.addrs[i].sa_local);
        rate.remote = endpointText(&addrs.addrs[i].sa_remote);
        rate.bytesAcked = tcp.info[i].tcpi_bytes_acked;
        result.push_back(std::move(rate));
    }
    return result;
}

struct MptcpLevelInfo {
    bool available = false;
    bool fallback = false;
    std::uint64_t sndUna = 0;
};

MptcpLevelInfo readMptcpInfo(int fd)
{
    MptcpLevelInfo result;
    mptcp_info info{};
    socklen_t len = sizeof(info);
    if (::getsockopt(fd, SOL_MPTCP, MPTCP_INFO, &info, &len) != 0) {
        // The kernel answers EOPNOTSUPP once the connection fell back to TCP.
        result.fallback = errno == EOPNOTSUPP;
        return result;
    }
    result.available = len >= offsetof(mptcp_info, mptcpi_rcv_nxt);
    result.fallback = (info.mptcpi_flags & MPTCP_INFO_FLAG_FALLBACK) != 0;
    result.sndUna = info.mptcpi_snd_una;
    return result;
}

Result<UniqueFd> connectOnce(const SocketAddress &target, int timeoutMs)
{
    UniqueFd fd(::socket(target.storage.ss_family, SOCK_STREAM | SOCK_NONBLOCK | SOCK_CLOEXEC, IPPROTO_MPTCP));
    if (!fd.valid())
        return errnoError(errno, "cannot create an MPTCP socket (kernel without MPTCP, or net.mptcp.enabled=0?)",
                          "connect");
    if (::connect(fd.get(), reinterpret_cast<const sockaddr *>(&target.storage), target.length) == 0)
        return fd;
    if (errno != EINPROGRESS)
        return errnoError(errno, "cannot connect", "connect");
    pollfd p{fd.get(), POLLOUT, 0};
    const int ready = ::poll(&p, 1, timeoutMs);
    if (ready == 0)
        return Error{ETIMEDOUT, "cannot connect: no answer", "connect"};
    if (ready < 0)
        return errnoError(errno, "cannot connect", "connect");
    int soError = 0;
    socklen_t len = sizeof(soError);
    ::getsockopt(fd.get(), SOL_SOCKET, SO_ERROR, &soError, &len);
    if (soError != 0)
        return errnoError(soError, "cannot connect", "connect");
    return fd;
}

// The server may come up a moment after the client is started: retry refused
// or unreachable attempts until the timeout.
Result<UniqueFd> connectWithRetry(const SocketAddress &target, int timeoutMs, const std::atomic<bool> &stop)
{
    const auto deadline = Clock::now() + std::chrono::milliseconds(timeoutMs);
    while (true) {
        const auto left = std::chrono::duration_cast<std::chrono::milliseconds>(deadline - Clock::now()).count();
        auto attempt = connectOnce(target, static_cast<int>(std::max<long long>(left, 1)));
        if (attempt.ok() || stop.load())
            return attempt;
        const int code = attempt.error().code;
        const bool transient = code == ECONNREFUSED || code == ENETUNREACH || code == EHOSTUNREACH;
        if (!transient || Clock::now() + std::chrono::milliseconds(200) >= deadline)
            return attempt;
        std::this_thread::sleep_for(std::chrono::milliseconds(200));
    }
}

} // namespace

Result<void> runServer(const ServerOptions &options, const std::atomic<bool> &stop,
                       const std::function<void(const ServerSample &)> &report)
{
    SocketAddress bindTo;
    if (!parseAddress(options.bindAddress, options.port, &bindTo))
        return Error{EINVAL, "not a numeric IP address: " + options.bindAddress, "listen"};
    UniqueFd listener(::socket(bindTo.storage.ss_family, SOCK_STREAM | SOCK_NONBLOCK | SOCK_CLOEXEC, IPPROTO_MPTCP));
    if (!listener.valid())
        return errnoError(errno, "cannot create an MPTCP socket (kernel without MPTCP, or net.mptcp.enabled=0?)",
                          "listen");
    const int on = 1;
    const int off = 0;
    ::setsockopt(listener.get(), SOL_SOCKET, SO_REUSEADDR, &on, sizeof on);
    if (bindTo.storage.ss_family == AF_INET6)
        ::setsockopt(listener.get(), IPPROTO_IPV6, IPV6_V6ONLY, &off, sizeof off);
    if (::bind(listener.get(), reinterpret_cast<const sockaddr *>(&bindTo.storage), bindTo.length) != 0)
        return errnoError(errno, "cannot bind port " + std::to_string(options.port), "listen");
    if (::listen(listener.get(), 128) != 0)
        return errnoError(errno, "cannot listen", "listen");

    std::vector<UniqueFd> clients;
    std::vector<char> buffer(256 * 1024);
    const auto start = Clock::now();
    auto nextTick = start + std::chrono::seconds(1);
    std::uint64_t intervalBytes = 0;
    while (!stop.load()) {
        auto now = Clock::now();
        if (options.seconds > 0 && secondsSince(start, now) >= options.seconds)
            break;
        std::vector<pollfd> fds;
        fds.reserve(clients.size() + 1);
        fds.push_back({listener.get(), POLLIN, 0});
        for (const UniqueFd &c : clients)
            fds.push_back({c.get(), POLLIN, 0});
        const auto wait = std::chrono::duration_cast<std::chrono::milliseconds>(nextTick - now).count();
        if (::poll(fds.data(), fds.size(), static_cast<int>(std::max<long long>(wait, 0))) < 0 && errno != EINTR)
            return errnoError(errno, "poll failed", "serve");
        if (fds[0].revents & POLLIN) {
            while (true) {
                UniqueFd c(::accept4(listener.get(), nullptr, nullptr, SOCK_NONBLOCK | SOCK_CLOEXEC));
                if (!c.valid())
                    break;
                clients.push_back(std::move(c));
            }
        }
        std::vector<bool> closed(clients.size(), false);
        for (std::size_t i = 1; i < fds.size(); ++i) {
            if (!(fds[i].revents & (POLLIN | POLLHUP | POLLERR)))
                continue;
            // A bounded number of reads per wake-up keeps many clients fair.
            for (int round = 0; round < 16; ++round) {
                const ssize_t n = ::recv(fds[i].fd, buffer.data(), buffer.size(), 0);
                if (n > 0) {
                    intervalBytes += static_cast<std::uint64_t>(n);
                    continue;
                }
                if (n == 0 || (errno != EAGAIN && errno != EINTR))
                    closed[i - 1] = true;
                break;
            }
        }
        for (std::size_t i = clients.size(); i-- > 0;) {
            if (closed[i])
                clients.erase(clients.begin() + static_cast<std::ptrdiff_t>(i));
        }
        now = Clock::now();
        if (now >= nextTick) {
            const double interval = 1.0 + secondsSince(nextTick, now);
            if (intervalBytes > 0 || !clients.empty()) {
                report(ServerSample{secondsSince(start, now), static_cast<int>(clients.size()), intervalBytes,
                                    mbit(intervalBytes, interval)});
            }
            intervalBytes = 0;
            nextTick = now + std::chrono::seconds(1);
        }
    }
    return {};
}

Result<void> runClient(const ClientOptions &options, const std::atomic<bool> &stop,
                       const std::function<void(const ClientSample &)> &report)
{
    SocketAddress target;
    if (!parseAddress(options.address, options.port, &target))
        return Error{EINVAL, "not a numeric IP address: " + options.address, "connect"};
    auto connected = connectWithRetry(target, options.connectTimeoutMs, stop);
    if (!connected.ok())
        return connected.error();
    UniqueFd fd = std::move(connected.value());

    const std::vector<char> payload(ChunkSize, 'm');
    const auto start = Clock::now();
    auto lastTick = start;
    auto nextTick = start + std::chrono::seconds(1);
    std::uint64_t written = 0;
    const MptcpLevelInfo first = readMptcpInfo(fd.get());
    const std::uint64_t firstUna = first.sndUna;
    std::uint64_t lastAcked = 0;
    std::map<std::string, std::uint64_t> lastSubflowAcked;
    const double bytesPerSecond = static_cast<double>(options.rateBitsPerSecond) / 8.0;

    const auto takeSample = [&](Clock::time_point now) {
        ClientSample sample;
        sample.elapsed = secondsSince(start, now);
        sample.bytesWritten = written;
        const MptcpLevelInfo info = readMptcpInfo(fd.get());
        sample.fallback = info.fallback;
        // A fallen-back socket has no data-level acks: count what was written.
        sample.bytesAcked = info.available && !info.fallback ? info.sndUna - firstUna : written;
        sample.mbitPerSecond = mbit(sample.bytesAcked - std::min(lastAcked, sample.bytesAcked), secondsSince(lastTick, now));
        lastAcked = sample.bytesAcked;
        std::map<std::string, std::uint64_t> seen;
        for (SubflowRate &rate : readSubflows(fd.get())) {
            const auto before = lastSubflowAcked.find(rate.local);
            const std::uint64_t base = before != lastSubflowAcked.end() ? before->second : 0;
            rate.mbitPerSecond = mbit(rate.bytesAcked - std::min(base, rate.bytesAcked), secondsSince(lastTick, now));
            seen.emplace(rate.local, rate.bytesAcked);
            sample.subflows.push_back(std::move(rate));
        }
        lastSubflowAcked = std::move(seen);
        report(sample);
        lastTick = now;
    };

    while (!stop.load()) {
        auto now = Clock::now();
        const double elapsed = secondsSince(start, now);
        if (options.seconds > 0 && elapsed >= options.seconds)
            break;
        // Token bucket: what the rate allows up to now, never more than a chunk.
        std::size_t allowed = ChunkSize;
        long long pacingWaitMs = 0;
        if (bytesPerSecond > 0) {
            const double budget = bytesPerSecond * elapsed - static_cast<double>(written);
            if (budget < 1.0) {
                allowed = 0;
                pacingWaitMs = static_cast<long long>(std::ceil((1.0 - budget) / bytesPerSecond * 1000.0));
            } else {
                allowed = static_cast<std::size_t>(std::min(budget, static_cast<double>(ChunkSize)));
            }
        }
        long long wait = std::chrono::duration_cast<std::chrono::milliseconds>(nextTick - now).count();
        if (allowed == 0)
            wait = std::min(wait, pacingWaitMs);
        pollfd p{fd.get(), static_cast<short>(allowed > 0 ? POLLOUT : 0), 0};
        if (::poll(&p, 1, static_cast<int>(std::max<long long>(wait, 0))) < 0 && errno != EINTR)
            return errnoError(errno, "poll failed", "send");
        if (p.revents & (POLLERR | POLLHUP))
            return Error{ECONNRESET, "the server closed the connection", "send"};
        if (allowed > 0 && (p.revents & POLLOUT)) {
            const ssize_t n = ::send(fd.get(), payload.data(), allowed, MSG_NOSIGNAL | MSG_DONTWAIT);
            if (n > 0)
                written += static_cast<std::uint64_t>(n);
            else if (n < 0 && errno != EAGAIN && errno != EINTR)
                return errnoError(errno, "sending failed", "send");
        }
        now = Clock::now();
        if (now < nextTick)
            continue;
        takeSample(now);
        nextTick = now + std::chrono::seconds(1);
    }
    // The last, partial interval too, so the totals cover the whole run.
    if (secondsSince(lastTick, Clock::now()) >= 0.2)
        takeSample(Clock::now());
    return {};
}

std::string formatServerSample(const ServerSample &sample)
{
    char line[160];
    std::snprintf(line, sizeof line, "t=%.0f clients=%d bytes=%llu mbit=%.2f", sample.elapsed, sample.clients,
                  static_cast<unsigned long long>(sample.bytes), sample.mbitPerSecond);
    return line;
}

std::string formatClientSample(const ClientSample &sample)
{
    char head[200];
    std::snprintf(head, sizeof head, "t=%.0f mbit=%.2f acked=%llu written=%llu subflows=%zu fallback=%s",
                  sample.elapsed, sample.mbitPerSecond, static_cast<unsigned long long>(sample.bytesAcked),
                  static_cast<unsigned long long>(sample.bytesWritten), sample.subflows.size(),
                  sample.fallback ? "yes" : "no");
    // One figure per interface (two subflows on one link are added up).
    std::map<std::string, double> perInterface;
    for (const SubflowRate &rate : sample.subflows)
        perInterface[rate.interface] += rate.mbitPerSecond;
    std::string line = head;
    for (const auto &[iface, value] : perInterface) {
        char part[96];
        std::snprintf(part, sizeof part, " %s=%.2f", iface.c_str(), value);
        line += part;
    }
    return line;
}

std::uint64_t parseRate(const std::string &text)
{
    if (text.empty())
        return 0;
    char *end = nullptr;
    const double value = std::strtod(text.c_str(), &end);
    if (end == text.c_str() || !std::isfinite(value) || value <= 0)
        return 0;
    std::string unit(end);
    for (char &c : unit)
        c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
    for (const char *suffix : {"bit", "bps", "b"}) {
        const std::size_t len = std::strlen(suffix);
        if (unit.size() >= len && unit.compare(unit.size() - len, len, suffix) == 0) {
            unit.resize(unit.size() - len);
            break;
        }
    }
    double factor = 0;
    if (unit.empty())
        factor = 1;
    else if (unit == "k")
        factor = 1e3;
    else if (unit == "m")
        factor = 1e6;
    else if (unit == "g")
        factor = 1e9;
    if (factor == 0 || value * factor > 1e12)
        return 0;
    return static_cast<std::uint64_t>(value * factor);
}

} // namespace mptcp::lab
