// NetworkManager for one mptcpctl command: the async reader of core/nm, waited for on
// a local event loop (never polled), joined with the kernel's MPTCP state.
#pragma once

#include "mptcp/explain/snapshot.h"
#include "mptcp/kernel/kernelstate.h"
#include "mptcp/nm/networkstate.h"

#include <QString>
#include <optional>

namespace mptcp::cli {

class NmSession {
public:
    // Long enough for NM's object cache on a busy machine, short enough for a CLI.
    static constexpr int ReadyTimeoutMs = 5000;

    // The session of this command, created on first use and never torn down:
    // unsubscribing libnm from D-Bus takes a dozen hand-offs to its worker thread, which
    // on a busy machine cost more than the whole answer, and the process ends right
    // after the command anyway.
    static NmSession &forCommand();

    // The kernel's MPTCP state, and whether mptcpd runs (a /proc scan, slow on a busy
    // machine): read while NetworkManager is answering, before waitUntilReady().
    [[nodiscard]] kernel::KernelReading readLocalState();

    // Runs the event loop until NetworkManager answered (or is known to be absent) and
    // every active device's applied connection was fetched, at most `timeoutMs`.
    // False on timeout (the snapshot then holds what arrived).
    bool waitUntilReady(int timeoutMs = ReadyTimeoutMs);

    [[nodiscard]] nm::NetworkStateReader &reader() { return m_reader; }
    [[nodiscard]] nm::NetworkManagerReader &networkManager() { return m_reader.networkManager(); }
    // "" while NM is fine, else in plain words (e.g. "NetworkManager is not running").
    [[nodiscard]] QString problem() const { return m_reader.networkManager().statusText(); }
    // The whole explain input: `kernel` plus NM, devices, addresses and mptcpd.
    [[nodiscard]] explain::Snapshot snapshot(const kernel::KernelReading &kernel) const;

private:
    NmSession();
    [[nodiscard]] bool ready() const;

    nm::NetworkStateReader m_reader;
    std::optional<bool> m_mptcpdRunning; // looked for by readLocalState()
};

} // namespace mptcp::cli
