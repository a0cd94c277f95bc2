// Core netlink operations vs a minimal raw-libnl loop doing the same requests, in
// the same run and the same network namespace (8 endpoints). Needs root: it creates
// a throw-away network namespace and removes it afterwards.
#include "mptcp/netlink/pm.h"

#include <benchmark/benchmark.h>
#include <netlink/genl/ctrl.h>
#include <netlink/genl/genl.h>
#include <netlink/netlink.h>

#include <linux/mptcp.h>

#include <cstdio>
#include <cstdlib>
#include <fcntl.h>
#include <sched.h>
#include <string>
#include <unistd.h>

namespace {

std::string g_netns;

bool sh(const std::string &cmd)
{
    return std::system((cmd + " >/dev/null 2>&1").c_str()) == 0;
}

// The baseline: what a hand-written libnl client does with no abstraction at all.
struct RawClient {
    nl_sock *sk = nullptr;
    int family = -1;
    RawClient()
    {
        sk = nl_socket_alloc();
        genl_connect(sk);
        nl_socket_disable_auto_ack(sk); // a get needs no ACK: the reply is the answer
        family = genl_ctrl_resolve(sk, MPTCP_PM_NAME);
    }
    ~RawClient() { nl_socket_free(sk); }

    static int countAttrs(nl_msg *msg, void *arg)
    {
        nlattr *tb[MPTCP_PM_ATTR_MAX + 1];
        if (genlmsg_parse(nlmsg_hdr(msg), 0, tb, MPTCP_PM_ATTR_MAX, nullptr) == 0) {
            auto *n = static_cast<int *>(arg);
            if (tb[MPTCP_PM_ATTR_SUBFLOWS])
                *n += static_cast<int>(nla_get_u32(tb[MPTCP_PM_ATTR_SUBFLOWS]));
            if (tb[MPTCP_PM_ATTR_ADDR]) {
                nlattr *addr[MPTCP_PM_ADDR_ATTR_MAX + 1];
                if (nla_parse_nested(addr, MPTCP_PM_ADDR_ATTR_MAX, tb[MPTCP_PM_ATTR_ADDR], nullptr) == 0
                    && addr[MPTCP_PM_ADDR_ATTR_ID])
                    *n += nla_get_u8(addr[MPTCP_PM_ADDR_ATTR_ID]);
            }
        }
        return NL_OK;
    }

    int request(std::uint8_t cmd, int flags)
    {
        int sum = 0;
        nl_msg *msg = nlmsg_alloc();
        genlmsg_put(msg, NL_AUTO_PORT, NL_AUTO_SEQ, family, 0, flags, cmd, MPTCP_PM_VER);
        nl_send_auto(sk, msg);
        nlmsg_free(msg);
        nl_cb *cb = nl_cb_alloc(NL_CB_DEFAULT);
        nl_cb_set(cb, NL_CB_VALID, NL_CB_CUSTOM, countAttrs, &sum);
        nl_recvmsgs(sk, cb);
        nl_cb_put(cb);
        return sum;
    }
};

void BM_RawGetLimits(benchmark::State &state)
{
    RawClient raw;
    for (auto _ : state)
        benchmark::DoNotOptimize(raw.request(MPTCP_PM_CMD_GET_LIMITS, 0));
}

void BM_CoreGetLimits(benchmark::State &state)
{
    auto pm = mptcp::nl::PathManager::open();
    if (!pm.ok()) {
        state.SkipWithError(pm.error().describe().c_str());
        return;
    }
    for (auto _ : state) {
        auto limits = pm->getLimits();
        benchmark::DoNotOptimize(limits);
    }
}

void BM_RawDump8Endpoints(benchmark::State &state)
{
    RawClient raw;
    for (auto _ : state)
        benchmark::DoNotOptimize(raw.request(MPTCP_PM_CMD_GET_ADDR, NLM_F_DUMP));
}

void BM_CoreDump8Endpoints(benchmark::State &state)
{
    auto pm = mptcp::nl::PathManager::open();
    if (!pm.ok()) {
        state.SkipWithError(pm.error().describe().c_str());
        return;
    }
    for (auto _ : state) {
        auto endpoints = pm->dumpEndpoints();
        if (!endpoints.ok() || endpoints->size() != 8) {
            state.SkipWithError("dump did not return the 8 endpoints");
            return;
        }
        benchmark::DoNotOptimize(endpoints);
    }
}

BENCHMARK(BM_RawGetLimits);
BENCHMARK(BM_CoreGetLimits);
BENCHMARK(BM_RawDump8Endpoints);
BENCHMARK(BM_CoreDump8Endpoints);

bool setUpNamespace()
{
    g_netns = "mptcp-bench-" + std::to_string(::getpid());
    if (!sh("ip netns add " + g_netns))
        return false;
    const std::string ipn = "ip -n " + g_netns + " ";
    sh(ipn + "link add bench0 type veth peer name bench1");
    sh(ipn + "link set bench0 up");
    sh(ipn + "link set bench1 up");
    for (int i = 1; i <= 8; ++i) {
        const std::string addr = "10.99." + std::to_string(i) + ".1";
        sh(ipn + "addr add " + addr + "/24 dev bench0");
        sh(ipn + "mptcp endpoint add " + addr + " dev bench0 subflow id " + std::to_string(i));
    }
    sh(ipn + "mptcp limits set subflows 8 add_addr_accepted 8");
    const int fd = ::open(("/run/netns/" + g_netns).c_str(), O_RDONLY | O_CLOEXEC);
    const bool ok = fd >= 0 && ::setns(fd, CLONE_NEWNET) == 0;
    if (fd >= 0)
        ::close(fd);
    return ok;
}

} // namespace

int main(int argc, char **argv)
{
    if (::geteuid() != 0) {
        std::fprintf(stderr, "netlink_bench needs root (it creates a network namespace)\n");
        return 77;
    }
    if (!setUpNamespace()) {
        std::fprintf(stderr, "could not set up the benchmark network namespace\n");
        sh("ip netns del " + g_netns);
        return 1;
    }
    benchmark::Initialize(&argc, argv);
    benchmark::RunSpecifiedBenchmarks();
    benchmark::Shutdown();
    sh("ip netns del " + g_netns);
    return 0;
}
