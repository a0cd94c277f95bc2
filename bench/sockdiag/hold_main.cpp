// sockdiag-hold: opens PAIRS connected MPTCP socket pairs over loopback (2*PAIRS
// MPTCP connections plus one listener, each with one TCP subflow) in the caller's
// network namespace, prints "ready N" and keeps them open until stdin closes.
// Meant to run in a throw-away namespace: `ip netns exec NS sockdiag-hold 5000`.
#include <arpa/inet.h>
#include <cerrno>
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <netinet/in.h>
#include <sys/resource.h>
#include <sys/socket.h>
#include <unistd.h>
#include <vector>

#ifndef IPPROTO_MPTCP
#define IPPROTO_MPTCP 262
#endif

namespace {

int fail(const char *what)
{
    std::fprintf(stderr, "sockdiag-hold: %s: %s\n", what, std::strerror(errno));
    return 1;
}

} // namespace

int main(int argc, char **argv)
{
    const long pairs = argc > 1 ? std::strtol(argv[1], nullptr, 10) : 5000;
    if (pairs <= 0 || pairs > 100000) {
        std::fprintf(stderr, "usage: %s [PAIRS]\n", argv[0]);
        return 2;
    }
    rlimit lim{};
    getrlimit(RLIMIT_NOFILE, &lim);
    const rlim_t need = static_cast<rlim_t>(2 * pairs + 64);
    if (lim.rlim_cur < need) {
        lim.rlim_cur = need;
        if (lim.rlim_max < need)
            lim.rlim_max = need; // needs CAP_SYS_RESOURCE; root runs the benchmarks
        if (setrlimit(RLIMIT_NOFILE, &lim) != 0)
            return fail("raising RLIMIT_NOFILE");
    }

    const int listener = ::socket(AF_INET, SOCK_STREAM | SOCK_CLOEXEC, IPPROTO_MPTCP);
    if (listener < 0)
        return fail("MPTCP socket");
    sockaddr_in addr{};
    addr.sin_family = AF_INET;
    addr.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
    socklen_t len = sizeof addr;
    if (::bind(listener, reinterpret_cast<sockaddr *>(&addr), sizeof addr) != 0 || ::listen(listener, 1024) != 0
        || ::getsockname(listener, reinterpret_cast<sockaddr *>(&addr), &len) != 0)
        return fail("listening");

    std::vector<int> fds;
    fds.reserve(static_cast<std::size_t>(2 * pairs));
    for (long i = 0; i < pairs; ++i) {
        const int c = ::socket(AF_INET, SOCK_STREAM | SOCK_CLOEXEC, IPPROTO_MPTCP);
        if (c < 0)
            return fail("client socket");
        if (::connect(c, reinterpret_cast<sockaddr *>(&addr), sizeof addr) != 0)
            return fail("connect");
        const int a = ::accept4(listener, nullptr, nullptr, SOCK_CLOEXEC);
        if (a < 0)
            return fail("accept");
        // A little data each way so the counters are not all zero.
        if (::send(c, "ping", 4, 0) != 4 || ::send(a, "pong", 4, 0) != 4)
            return fail("send");
        fds.push_back(c);
        fds.push_back(a);
    }
    std::printf("ready %zu\n", fds.size());
    std::fflush(stdout);
    char buf[64];
    while (::read(STDIN_FILENO, buf, sizeof buf) > 0) {
    }
    return 0;
}
