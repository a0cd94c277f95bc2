// The lab's traffic generator: an MPTCP sink ("server") and an MPTCP sender
// ("client") that reports per-second throughput, in total and per subflow.
// Plain C++20 (no Qt) so the small mptcp-lab-traffic program stays light.
#pragma once

#include "mptcp/netlink/types.h"

#include <atomic>
#include <cstdint>
#include <functional>
#include <string>
#include <vector>

namespace mptcp::lab {

using mptcp::nl::Error;
using mptcp::nl::Result;

struct ServerOptions {
    std::string bindAddress = "::"; // "::" listens on IPv4 and IPv6
    std::uint16_t port = 5201;
    int seconds = 0;                // 0 = until stopped
};

// One report line of the server: what arrived in the last interval.
struct ServerSample {
    double elapsed = 0;             // seconds since start
    int clients = 0;                // connections open now
    std::uint64_t bytes = 0;        // received in the interval
    double mbitPerSecond = 0;
};

struct ClientOptions {
    std::string address;            // numeric IPv4/IPv6 address of the server
    std::uint16_t port = 5201;
    int seconds = 0;                // 0 = until stopped
    std::uint64_t rateBitsPerSecond = 0; // 0 = as fast as the paths allow
    int connectTimeoutMs = 5000;    // the server may still be starting: retry until then
};

// Throughput of one subflow in the last interval, keyed by where it leaves.
struct SubflowRate {
    std::string interface;          // from the local address; the address if no interface has it
    std::string local;              // "10.0.0.2:40123"
    std::string remote;
    std::uint64_t bytesAcked = 0;   // total so far (tcpi_bytes_acked)
    double mbitPerSecond = 0;
};

struct ClientSample {
    double elapsed = 0;
    std::uint64_t bytesWritten = 0; // total handed to the socket
    std::uint64_t bytesAcked = 0;   // total acknowledged at the MPTCP level
    double mbitPerSecond = 0;       // acknowledged in the interval
    bool fallback = false;          // the peer did not speak MPTCP: plain TCP
    std::vector<SubflowRate> subflows;
};

// Runs until `stop` becomes true (or options.seconds passed). Errors only for
// setup failures; a client that goes away is simply dropped.
Result<void> runServer(const ServerOptions &options, const std::atomic<bool> &stop,
                       const std::function<void(const ServerSample &)> &report);
Result<void> runClient(const ClientOptions &options, const std::atomic<bool> &stop,
                       const std::function<void(const ClientSample &)> &report);

// The line formats printed by mptcp-lab-traffic (key=value, one line per second),
// shared with the tests and the lab script so they parse what is printed:
//   server: t=3 clients=1 bytes=7340032 mbit=58.72
//   client: t=3 mbit=58.72 acked=22020096 written=23068672 subflows=2 fallback=no wlan0=48.90 wwan0=9.82
std::string formatServerSample(const ServerSample &sample);
std::string formatClientSample(const ClientSample &sample);

// "50mbit", "10M", "1.5g", "800k", "123456" (bits per second); 0 on error.
std::uint64_t parseRate(const std::string &text);

} // namespace mptcp::lab
