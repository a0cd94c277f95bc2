// sockdiag-list: the smallest complete front-end of listConnections(), one line per
// connection and per subflow, so whole-process time can be compared with
// `ss -Mtin`. Usage: sockdiag-list [--no-interfaces]
#include "mptcp/sockdiag/connections.h"

#include <cinttypes>
#include <cstdio>
#include <cstring>

using namespace mptcp::sockdiag;

int main(int argc, char **argv)
{
    ListOptions options;
    for (int i = 1; i < argc; ++i) {
        if (std::strcmp(argv[i], "--no-interfaces") == 0) {
            options.interfaces = false;
        } else {
            std::fprintf(stderr, "usage: %s [--no-interfaces]\n", argv[0]);
            return 2;
        }
    }
    static char out[1 << 16];
    std::setvbuf(stdout, out, _IOFBF, sizeof out);

    auto snap = listConnections(options);
    if (!snap) {
        std::fprintf(stderr, "%s\n", snap.error().describe().c_str());
        return 1;
    }
    for (const auto &c : snap->connections) {
        std::printf("mptcp %s %s:%u %s:%u token:%08x%s", std::string(stateName(c.state)).c_str(),
                    c.localAddress.toString().c_str(), c.localPort, c.remoteAddress.toString().c_str(), c.remotePort,
                    c.token, c.fallback ? " fallback" : "");
        if (c.info)
            std::printf(" subflows:%u/%u bytes_sent:%" PRIu64 " bytes_received:%" PRIu64 " bytes_acked:%" PRIu64,
                        c.info->subflows, c.info->subflowsMax, c.info->bytesSent, c.info->bytesReceived,
                        c.info->bytesAcked);
        std::fputc('\n', stdout);
        for (const auto &s : c.subflows) {
            std::printf("  subflow %s %s:%u %s:%u id:%u/%u dev:%s%s%s rtt:%u cwnd:%u bytes_acked:%" PRIu64
                        " bytes_received:%" PRIu64 "\n",
                        std::string(stateName(s.state)).c_str(), s.localAddress.toString().c_str(), s.localPort,
                        s.remoteAddress.toString().c_str(), s.remotePort, s.localId, s.remoteId,
                        s.interfaceName.empty() ? "?" : s.interfaceName.c_str(), s.backup() ? " backup" : "",
                        s.fullyEstablished() ? " fully-established" : "", s.tcp.rttUs, s.tcp.cwnd, s.tcp.bytesAcked,
                        s.tcp.bytesReceived);
        }
    }
    return 0;
}
