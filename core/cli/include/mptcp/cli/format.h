// mptcpctl's output as pure functions: values in, text out. The JSON forms are
// byte-compatible with `ip -j mptcp ...` where iproute2 has one, so scripts can
// switch tools without changing their parsers.
#pragma once

#include "mptcp/netlink/types.h"

#include <QString>
#include <functional>
#include <vector>

namespace mptcp::cli {

// Name of the interface with this index in the caller's network namespace, empty
// when there is none.
using InterfaceNameLookup = std::function<QString(int ifindex)>;

// `ip -j mptcp endpoint show`: one array, "\n"-terminated.
QString endpointsJson(const std::vector<nl::Endpoint> &endpoints, const InterfaceNameLookup &interfaceName);
// `ip mptcp endpoint show`: one line per endpoint.
QString endpointsText(const std::vector<nl::Endpoint> &endpoints, const InterfaceNameLookup &interfaceName);

QString limitsJson(const nl::Limits &limits);
QString limitsText(const nl::Limits &limits);

// One line per event, "\n"-terminated, as `ip mptcp monitor` prints it.
QString eventText(const nl::Event &event, const InterfaceNameLookup &interfaceName);
// One JSON object per event on one line, keys as iproute2's `ip -j mptcp monitor`.
QString eventJson(const nl::Event &event, const InterfaceNameLookup &interfaceName);

// Everything `mptcpctl status` shows. Each part is read on its own, so one failing
// (e.g. no MPTCP family) still lets the others be reported.
struct StatusReport {
    nl::Result<nl::Sysctls> sysctls;
    nl::Result<nl::Limits> limits;
    nl::Result<std::vector<nl::Endpoint>> endpoints;
};

QString statusText(const StatusReport &report, const InterfaceNameLookup &interfaceName);
QString statusJson(const StatusReport &report, const InterfaceNameLookup &interfaceName);

// A refusal as iproute2 shows an extended ACK: "Error: <message>." plus newline.
QString errorText(const nl::Error &error);

} // namespace mptcp::cli
