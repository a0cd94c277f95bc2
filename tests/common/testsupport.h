// Shared test support: skip rules and throw-away network namespaces.
#pragma once

#include <QCoreApplication>
#include <QString>
#include <QStringList>
#include <QTest>

#include <atomic>
#include <cstdint>
#include <cstdio>
#include <netinet/in.h>
#include <thread>

namespace mptcp::test {

constexpr int SkipExitCode = 77; // ctest SKIP_RETURN_CODE

// Each returns an empty string when the requirement holds, else the reason.
QString requireRoot();
QString requireMptcp(); // root + a kernel with MPTCP + `ip` + network namespaces

// Runs a program (no shell), returns its exit code; output captured into *out.
int run(const QString &program, const QStringList &args, QString *out = nullptr);

// Whether `pid` names a running process (a zombie has exited: it only waits to be reaped).
bool processAlive(qint64 pid);

// An MPTCP client connects to a plain TCP server on 127.0.0.1 in the calling thread's
// namespace and sends a byte: the SYN/ACK carries no MP_CAPABLE, so the client falls
// back to TCP (MPCapableFallbackSYNACK + 1). False if any step failed.
bool fallBackToPlainTcp();

// Test namespaces are named "mptcpt-TAG-PID-N" after the process that creates them.
// Removes those whose creator is gone (no such PID, or the PID now belongs to a process
// started after the namespace was made), i.e. leftovers of killed test runs; a running
// test's namespaces are never touched. Returns the names removed. Runs once per process
// by itself before the first Netns is made.
QStringList removeStaleTestNamespaces();

// A network namespace created for one test and removed on destruction. While an
// instance is entered, the calling thread (and sockets it opens) lives in it. A
// namespace of the same name left by an earlier process with this PID is replaced.
class Netns {
public:
    explicit Netns(const QString &tag = QStringLiteral("t"));
    ~Netns();
    Netns(const Netns &) = delete;
    Netns &operator=(const Netns &) = delete;

    [[nodiscard]] bool valid() const { return m_fd >= 0; }
    [[nodiscard]] const QString &name() const { return m_name; }
    // setns() the calling thread into it; leave() goes back to where it was.
    bool enter();
    void leave();
    // `ip -n NAME args...`; returns exit code.
    int ip(const QStringList &args, QString *out = nullptr) const;
    // `ip netns exec NAME program args...`
    int exec(const QString &program, const QStringList &args, QString *out = nullptr) const;

private:
    QString m_name;
    int m_fd = -1;
    int m_origFd = -1;
    bool m_entered = false;
};

// Two paths between `client` and `server`, as the kernel tests of live MPTCP traffic
// need them: veth c1-s1 on 10.NET.1.0/24 and c2-s2 on 10.NET.2.0/24 (client .1,
// server .2), source routing for the client's second address, limits subflows 2 /
// add_addr_accepted 2 on both sides and a subflow endpoint (id 2) for 10.NET.2.1.
// Returns "" on success, else the command that failed.
QString setUpTwoPaths(const Netns &client, const Netns &server, int net);

// The calling thread inside an existing named network namespace (/run/netns/NAME) until
// destroyed; sockets it opens meanwhile (rtnetlink, generic netlink) stay bound there,
// and threads it starts meanwhile start there.
class EnteredNetns {
public:
    explicit EnteredNetns(const QString &name);
    ~EnteredNetns();
    EnteredNetns(const EnteredNetns &) = delete;
    EnteredNetns &operator=(const EnteredNetns &) = delete;
    [[nodiscard]] bool entered() const { return m_entered; }

private:
    int m_orig = -1;
    bool m_entered = false;
};

// A listener on its own thread inside network namespace `netnsName` (setns'd there, so
// the calling thread stays free to enter any namespace) that accepts and drains every
// connection until destroyed. port() is 0 when it could not listen.
class DrainServer {
public:
    explicit DrainServer(const QString &netnsName, int protocol = IPPROTO_MPTCP);
    ~DrainServer();
    DrainServer(const DrainServer &) = delete;
    DrainServer &operator=(const DrainServer &) = delete;
    [[nodiscard]] std::uint16_t port() const { return m_port; }

private:
    std::thread m_thread;
    std::atomic<bool> m_stop{false};
    std::uint16_t m_port = 0;
};

} // namespace mptcp::test

// main() that skips (exit 77, reason on stderr) when `requirement` is not met.
#define MPTCP_TEST_MAIN_REQUIRING(TestObject, requirement)                                   \
    int main(int argc, char **argv)                                                          \
    {                                                                                        \
        QCoreApplication app(argc, argv);                                                    \
        const QString why = (requirement);                                                   \
        if (!why.isEmpty()) {                                                                \
            std::fprintf(stderr, "SKIP: %s\n", qPrintable(why));                             \
            return mptcp::test::SkipExitCode;                                                \
        }                                                                                    \
        TestObject tc;                                                                       \
        QTEST_SET_MAIN_SOURCE_PATH                                                           \
        return QTest::qExec(&tc, argc, argv);                                                \
    }
