// In-process cost of listConnections() on whatever MPTCP sockets exist in the
// caller's network namespace (bench/bench-connections.sh fills one with 10 000).
#include "mptcp/sockdiag/connections.h"

#include <benchmark/benchmark.h>

using namespace mptcp::sockdiag;

namespace {

void run(benchmark::State &state, const ListOptions &options)
{
    std::size_t connections = 0;
    std::size_t subflows = 0;
    for (auto _ : state) {
        auto snap = listConnections(options);
        if (!snap) {
            state.SkipWithError(snap.error().message.c_str());
            return;
        }
        connections = snap->connections.size();
        subflows = 0;
        for (const auto &c : snap->connections)
            subflows += c.subflows.size();
        benchmark::DoNotOptimize(snap->connections.data());
    }
    state.counters["connections"] = static_cast<double>(connections);
    state.counters["subflows"] = static_cast<double>(subflows);
}

// Everything: both dumps, subflows joined, interfaces named.
void BM_ListConnections(benchmark::State &state)
{
    run(state, ListOptions{});
}

// Only the MPTCP dump (what `ss -M` alone shows).
void BM_ListMptcpOnly(benchmark::State &state)
{
    ListOptions o;
    o.subflows = false;
    run(state, o);
}

} // namespace

BENCHMARK(BM_ListConnections)->Unit(benchmark::kMillisecond)->UseRealTime();
BENCHMARK(BM_ListMptcpOnly)->Unit(benchmark::kMillisecond)->UseRealTime();
BENCHMARK_MAIN();
