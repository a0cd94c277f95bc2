// What NetworkManager decides for a Snapshot, before comparing with the kernel
// (not installed; the engine's internal model).
#pragma once

#include "mptcp/explain/explanation.h"

#include <QHash>
#include <QList>
#include <QSet>
#include <QString>

#include <optional>

namespace mptcp::explain {

struct PlannedAddress {
    Reason reason = Reason::Expected;
    // The kernel flag bits NM uses for this address: set for Expected, and for the
    // "soon" reasons Activating and Tentative.
    std::optional<quint32> flags;
    int ifindex = 0;  // the endpoint's dev
    QString winner;   // DuplicateAddress: the device whose endpoint wins

    // The endpoint NM has (or should have) in the kernel right now.
    [[nodiscard]] std::optional<quint32> endpointFlags() const
    {
        return reason == Reason::Expected || reason == Reason::KeptBeyondCap ? flags : std::nullopt;
    }
};

struct PlannedDevice {
    Reason reason = Reason::Expected; // device-level reason; Expected when addresses decide
    std::optional<ResolvedFlags> flags;
    bool ipv4Handled = false;
    bool ipv6Handled = false;
    QList<PlannedAddress> addresses; // parallel to Device::addresses
};

struct WantedEndpoint {
    quint32 flags = 0;
    int ifindex = 0;
};

struct Plan {
    QList<PlannedDevice> devices;       // parallel to Snapshot::devices
    QSet<int> handledIfindexes;         // interfaces whose port-0 endpoints NM manages
    QHash<QString, WantedEndpoint> wanted; // canonical address → the endpoint NM tracks (after dedupe and cap)
};

Plan makePlan(const Snapshot &snapshot);

} // namespace mptcp::explain
