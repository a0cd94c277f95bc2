#include "mptcp/kernel/daemons.h"

#include "mptcp/netlink/pm.h"

#include <QFile>
#include <cstdio>
#include <cstring>
#include <dirent.h>
#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

namespace mptcp::kernel {

bool isMptcpdRunning()
{
    const nl::Result<std::vector<nl::PmEventSubscriber>> listeners = nl::pmEventSubscribers();
    // No MPTCP path manager (or no answer): nothing to drive, or look the slow way.
    if (listeners && listeners->empty())
        return false;
    return mptcpdInProcessTable();
}

bool mptcpdInProcessTable(const QString &procDir)
{
    // mptcpd drives the path manager of its own network namespace only.
    struct stat self { };
    const bool selfKnown = ::stat("/proc/thread-self/ns/net", &self) == 0;
    // Plain readdir/openat: this runs for every `mptcpctl status`, and a QFile per
    // process costs twice as much with a few hundred processes.
    DIR *dir = ::opendir(QFile::encodeName(procDir).constData());
    if (!dir)
        return false;
    const int dirFd = ::dirfd(dir);
    bool found = false;
    while (const dirent *entry = ::readdir(dir)) {
        const char *name = entry->d_name;
        if (*name < '1' || *name > '9' || std::strspn(name, "0123456789") != std::strlen(name))
            continue;
        char path[sizeof entry->d_name + 16];
        std::snprintf(path, sizeof path, "%s/comm", name);
        // Processes may exit between listing and reading: skip those.
        const int fd = ::openat(dirFd, path, O_RDONLY | O_CLOEXEC);
        if (fd < 0)
            continue;
        char comm[32];
        const ssize_t n = ::read(fd, comm, sizeof comm);
        ::close(fd);
        if (n != 7 || std::memcmp(comm, "mptcpd\n", 7) != 0)
            continue;
        std::snprintf(path, sizeof path, "%s/ns/net", name);
        struct stat ns { };
        // Without permission to see its namespace, count it: most systems have one.
        if (!selfKnown || ::fstatat(dirFd, path, &ns, 0) != 0
            || (ns.st_ino == self.st_ino && ns.st_dev == self.st_dev)) {
            found = true;
            break;
        }
    }
    ::closedir(dir);
    return found;
}

} // namespace mptcp::kernel
