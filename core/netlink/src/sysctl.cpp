// net.mptcp.* from procfs. Every entry is kept; the known ones are typed too.
#include "mptcp/netlink/pm.h"

#include <algorithm>
#include <cerrno>
#include <charconv>
#include <dirent.h>
#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

namespace mptcp::nl {

namespace {

std::string_view trimmed(std::string_view s)
{
    const auto ws = " \t\r\n";
    const auto b = s.find_first_not_of(ws);
    if (b == std::string_view::npos)
        return {};
    return s.substr(b, s.find_last_not_of(ws) - b + 1);
}

std::optional<int> toInt(std::string_view s)
{
    int v = 0;
    auto [ptr, ec] = std::from_chars(s.data(), s.data() + s.size(), v);
    if (ec != std::errc() || ptr != s.data() + s.size())
        return std::nullopt;
    return v;
}

std::optional<bool> toBool(std::string_view s)
{
    if (auto v = toInt(s))
        return *v != 0;
    return std::nullopt;
}

// Reads a small procfs file; nullopt when it cannot be read (e.g. write-only).
std::optional<std::string> readSmallFile(int dirFd, const char *name)
{
    const int fd = ::openat(dirFd, name, O_RDONLY | O_CLOEXEC);
    if (fd < 0)
        return std::nullopt;
    std::string out;
    char buf[512];
    for (;;) {
        const ssize_t n = ::read(fd, buf, sizeof buf);
        if (n < 0 && errno == EINTR)
            continue;
        if (n < 0) {
            ::close(fd);
            return std::nullopt;
        }
        if (n == 0)
            break;
        out.append(buf, static_cast<std::size_t>(n));
    }
    ::close(fd);
    return out;
}

void assignKnown(Sysctls &s, std::string_view key, std::string_view value)
{
    if (key == "enabled")
        s.enabled = toBool(value);
    else if (key == "path_manager")
        s.pathManager = std::string(value);
    else if (key == "pm_type")
        s.pmType = toInt(value);
    else if (key == "checksum_enabled")
        s.checksumEnabled = toBool(value);
    else if (key == "allow_join_initial_addr_port")
        s.allowJoinInitialAddrPort = toBool(value);
    else if (key == "add_addr_timeout")
        s.addAddrTimeout = toInt(value);
    else if (key == "stale_loss_cnt")
        s.staleLossCnt = toInt(value);
    else if (key == "scheduler")
        s.scheduler = std::string(value);
}

} // namespace

Result<Sysctls> readSysctls(const std::string &dir)
{
    constexpr std::string_view op = "read MPTCP sysctls";
    DIR *d = ::opendir(dir.c_str());
    if (!d) {
        const int err = errno;
        if (err == ENOENT)
            return Error{err, "the kernel has no MPTCP support (" + dir + " does not exist)", std::string(op)};
        return Error{err, "cannot open " + dir, std::string(op)};
    }
    Sysctls s;
    const int dirFd = ::dirfd(d);
    while (const dirent *e = ::readdir(d)) {
        const std::string_view name = e->d_name;
        if (name == "." || name == "..")
            continue;
        struct stat st{};
        if (::fstatat(dirFd, e->d_name, &st, 0) != 0 || !S_ISREG(st.st_mode))
            continue;
        auto content = readSmallFile(dirFd, e->d_name);
        if (!content)
            continue;
        const std::string_view value = trimmed(*content);
        assignKnown(s, name, value);
        s.all.push_back(SysctlEntry{std::string(name), std::string(value)});
    }
    ::closedir(d);
    std::sort(s.all.begin(), s.all.end(), [](const SysctlEntry &a, const SysctlEntry &b) { return a.key < b.key; });
    return s;
}

} // namespace mptcp::nl
