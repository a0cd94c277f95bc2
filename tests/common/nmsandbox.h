// core/nm's readers pointed at the real NetworkManager of a test sandbox (sandbox.h),
// the way they see NetworkManager on a real system.
#pragma once

#include "mptcp/nm/networkstate.h"
#include "mptcp/nm/nmconf.h"
#include "sandbox.h"

#include <QString>

#include <memory>

namespace mptcp::test {

// Where the sandbox's NetworkManager reads its configuration: NetworkManager.conf and
// the conf.d directories, which live below its state dir.
nm::NmConfPaths sandboxNmConf(const Sandbox &sandbox);

// A NetworkStateReader on the sandbox: libnm on its bus (this process's
// DBUS_SYSTEM_BUS_ADDRESS is set to it: libnm reads it when the client is created),
// rtnetlink sockets in its device netns, its NetworkManager configuration. nullptr, with
// the reason in *error, when the netns cannot be entered or rtnetlink cannot be opened.
std::unique_ptr<nm::NetworkStateReader> sandboxNetworkStateReader(const Sandbox &sandbox, QString *error = nullptr);

} // namespace mptcp::test
