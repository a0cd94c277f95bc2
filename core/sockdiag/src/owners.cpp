// Socket inode -> owning process, the way `ss -p` finds it: every /proc/PID/fd/N
// that links to "socket:[INODE]". Slow by nature (one readlink per open file of
// every process), hence separate from listConnections().
#include "mptcp/sockdiag/connections.h"

#include <cerrno>
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <dirent.h>
#include <fcntl.h>
#include <memory>
#include <optional>
#include <string_view>
#include <unistd.h>
#include <unordered_map>

namespace mptcp::sockdiag {

namespace {

struct DirCloser {
    void operator()(DIR *d) const { ::closedir(d); }
};
using DirPtr = std::unique_ptr<DIR, DirCloser>;

// Parses "socket:[12345]"; 0 for any other link target.
std::uint32_t socketInode(std::string_view target)
{
    constexpr std::string_view Prefix = "socket:[";
    if (target.size() <= Prefix.size() + 1 || target.substr(0, Prefix.size()) != Prefix || target.back() != ']')
        return 0;
    std::uint64_t v = 0;
    for (char ch : target.substr(Prefix.size(), target.size() - Prefix.size() - 1)) {
        if (ch < '0' || ch > '9' || v > 0xffffffffu)
            return 0;
        v = v * 10 + static_cast<unsigned>(ch - '0');
    }
    return v <= 0xffffffffu ? static_cast<std::uint32_t>(v) : 0;
}

std::string readComm(int procFd, long pid)
{
    char path[64];
    std::snprintf(path, sizeof path, "%ld/comm", pid);
    const int fd = ::openat(procFd, path, O_RDONLY | O_CLOEXEC);
    if (fd < 0)
        return {};
    char buf[64];
    const ssize_t n = ::read(fd, buf, sizeof buf);
    ::close(fd);
    if (n <= 0)
        return {};
    std::string comm(buf, static_cast<std::size_t>(n));
    while (!comm.empty() && comm.back() == '\n')
        comm.pop_back();
    return comm;
}

// Calls visit(pid, inode) for every socket descriptor of every process this user
// may read.
template<typename Visit> std::optional<Error> forEachSocketFd(const std::string &procDir, Visit &&visit)
{
    DirPtr proc(::opendir(procDir.c_str()));
    if (!proc)
        return Error { errno, "cannot read " + procDir + ": " + std::strerror(errno), "find socket owners" };
    const int procFd = ::dirfd(proc.get());
    while (const dirent *pe = ::readdir(proc.get())) {
        char *end = nullptr;
        const long pid = std::strtol(pe->d_name, &end, 10);
        if (pid <= 0 || *end != '\0')
            continue;
        char fdPath[64];
        std::snprintf(fdPath, sizeof fdPath, "%ld/fd", pid);
        const int fdDirFd = ::openat(procFd, fdPath, O_RDONLY | O_DIRECTORY | O_CLOEXEC);
        if (fdDirFd < 0)
            continue; // another user's process, or gone meanwhile
        DirPtr fds(::fdopendir(fdDirFd));
        if (!fds) {
            ::close(fdDirFd);
            continue;
        }
        while (const dirent *fe = ::readdir(fds.get())) {
            if (fe->d_name[0] == '.')
                continue;
            char target[64];
            const ssize_t n = ::readlinkat(fdDirFd, fe->d_name, target, sizeof target);
            if (n <= 0)
                continue;
            if (const std::uint32_t inode = socketInode(std::string_view(target, static_cast<std::size_t>(n))))
                visit(static_cast<int>(pid), inode);
        }
    }
    return std::nullopt;
}

} // namespace

Result<std::size_t> resolveOwners(Snapshot &snapshot, const std::string &procDir)
{
    std::unordered_map<std::uint32_t, MptcpConnection *> wanted;
    for (auto &c : snapshot.connections) {
        if (c.inode != 0)
            wanted.emplace(c.inode, &c);
    }
    if (wanted.empty())
        return std::size_t { 0 };
    SocketOwners owners;
    const std::optional<Error> error = forEachSocketFd(procDir, [&](int pid, std::uint32_t inode) {
        if (!wanted.contains(inode))
            return;
        // A descriptor inherited over fork() is shared: name the oldest holder.
        auto [it, inserted] = owners.pidByInode.emplace(inode, pid);
        if (!inserted && pid < it->second)
            it->second = pid;
    });
    if (error)
        return *error;
    return assignOwners(snapshot, owners, procDir);
}

Result<SocketOwners> scanSocketOwners(const std::string &procDir)
{
    SocketOwners owners;
    const std::optional<Error> error = forEachSocketFd(procDir, [&](int pid, std::uint32_t inode) {
        auto [it, inserted] = owners.pidByInode.emplace(inode, pid);
        if (!inserted && pid < it->second)
            it->second = pid;
    });
    if (error)
        return *error;
    return owners;
}

std::size_t assignOwners(Snapshot &snapshot, const SocketOwners &owners, const std::string &procDir)
{
    DirPtr proc(::opendir(procDir.c_str()));
    const int procFd = proc ? ::dirfd(proc.get()) : -1;
    std::unordered_map<int, std::string> commands; // one /proc/PID/comm read per process
    std::size_t found = 0;
    for (MptcpConnection &c : snapshot.connections) {
        const auto it = c.inode ? owners.pidByInode.find(c.inode) : owners.pidByInode.end();
        if (it == owners.pidByInode.end())
            continue;
        auto [command, fresh] = commands.try_emplace(it->second);
        if (fresh && procFd >= 0)
            command->second = readComm(procFd, it->second);
        c.owner = Owner { it->second, command->second };
        ++found;
    }
    return found;
}

} // namespace mptcp::sockdiag
