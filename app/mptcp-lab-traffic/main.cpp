// mptcp-lab-traffic: the Wi-Fi + LTE lab's MPTCP sink and sender (see core/lab/lab.sh).
//   mptcp-lab-traffic server [--bind ADDR] [--port P] [--seconds N]
//   mptcp-lab-traffic client --connect ADDR [--port P] [--seconds N] [--rate BPS]
// One key=value line per second on stdout (formats in mptcp/lab/traffic.h).
#include "mptcp/lab/traffic.h"

#include <atomic>
#include <csignal>
#include <cstdio>
#include <cstdlib>
#include <string>
#include <string_view>

namespace {

std::atomic<bool> g_stop{false};

void onSignal(int)
{
    g_stop.store(true);
}

int usage()
{
    std::fprintf(stderr,
                 "usage: mptcp-lab-traffic server [--bind ADDR] [--port P] [--seconds N]\n"
                 "       mptcp-lab-traffic client --connect ADDR [--port P] [--seconds N] [--rate BPS]\n"
                 "  server: MPTCP listener (default [::]:5201) that reads and discards, any number of clients\n"
                 "  client: one MPTCP connection sending continuously; BPS like 20mbit, 500k (default: unlimited)\n");
    return 2;
}

bool parseNumber(const char *text, long min, long max, long *out)
{
    char *end = nullptr;
    const long value = std::strtol(text, &end, 10);
    if (end == text || *end != '\0' || value < min || value > max)
        return false;
    *out = value;
    return true;
}

} // namespace

int main(int argc, char **argv)
{
    // The lab script writes our output to a log file that is read while we run.
    std::setvbuf(stdout, nullptr, _IOLBF, 0);
    if (argc < 2)
        return usage();
    const std::string_view mode = argv[1];
    if (mode != "server" && mode != "client")
        return usage();

    mptcp::lab::ServerOptions server;
    mptcp::lab::ClientOptions client;
    long number = 0;
    for (int i = 2; i < argc; ++i) {
        const std::string_view option = argv[i];
        if (i + 1 >= argc)
            return usage();
        const char *value = argv[++i];
        if (option == "--port" && parseNumber(value, 1, 65535, &number)) {
            server.port = client.port = static_cast<std::uint16_t>(number);
        } else if (option == "--seconds" && parseNumber(value, 0, 86400, &number)) {
            server.seconds = client.seconds = static_cast<int>(number);
        } else if (option == "--bind" && mode == "server") {
            server.bindAddress = value;
        } else if (option == "--connect" && mode == "client") {
            client.address = value;
        } else if (option == "--rate" && mode == "client") {
            client.rateBitsPerSecond = mptcp::lab::parseRate(value);
            if (client.rateBitsPerSecond == 0) {
                std::fprintf(stderr, "mptcp-lab-traffic: --rate wants bits per second, e.g. 20mbit or 500k\n");
                return 2;
            }
        } else {
            std::fprintf(stderr, "mptcp-lab-traffic: bad option or value: %s %s\n", argv[i - 1], value);
            return usage();
        }
    }
    if (mode == "client" && client.address.empty())
        return usage();

    struct sigaction action = {};
    action.sa_handler = onSignal;
    sigemptyset(&action.sa_mask);
    sigaction(SIGINT, &action, nullptr);
    sigaction(SIGTERM, &action, nullptr);

    mptcp::nl::Result<void> result;
    if (mode == "server") {
        std::printf("listening on %s port %u (MPTCP)\n", server.bindAddress.c_str(), unsigned(server.port));
        result = mptcp::lab::runServer(server, g_stop, [](const mptcp::lab::ServerSample &s) {
            std::printf("%s\n", mptcp::lab::formatServerSample(s).c_str());
        });
    } else {
        mptcp::lab::ClientSample last;
        result = mptcp::lab::runClient(client, g_stop, [&last](const mptcp::lab::ClientSample &s) {
            last = s;
            std::printf("%s\n", mptcp::lab::formatClientSample(s).c_str());
        });
        if (result.ok()) {
            std::printf("done seconds=%.1f acked=%llu mbit=%.2f\n", last.elapsed,
                        static_cast<unsigned long long>(last.bytesAcked),
                        last.elapsed > 0 ? static_cast<double>(last.bytesAcked) * 8.0 / last.elapsed / 1e6 : 0.0);
        }
    }
    if (!result.ok()) {
        std::fprintf(stderr, "mptcp-lab-traffic: %s\n", result.error().message.c_str());
        return 1;
    }
    return 0;
}
