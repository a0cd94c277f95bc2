#include "nmsandbox.h"

#include "testsupport.h"

namespace mptcp::test {

nm::NmConfPaths sandboxNmConf(const Sandbox &sandbox)
{
    // The layout of sandbox.sh's private mounts (its write_fstab).
    const QString state = sandbox.stateDir();
    nm::NmConfPaths conf;
    conf.mainFile = state + QStringLiteral("/etc-nm/NetworkManager.conf");
    conf.oldMainFile = state + QStringLiteral("/etc-nm/nm-system-settings.conf");
    conf.etcDir = state + QStringLiteral("/etc-nm/conf.d");
    conf.runDir = state + QStringLiteral("/run/NetworkManager/conf.d");
    conf.systemDir = state + QStringLiteral("/nm-lib-conf.d");
    return conf;
}

std::unique_ptr<nm::NetworkStateReader> sandboxNetworkStateReader(const Sandbox &sandbox, QString *error)
{
    qputenv("DBUS_SYSTEM_BUS_ADDRESS", sandbox.busAddress().toUtf8());
    // rtnetlink sockets belong to the netns of the thread that opens them.
    EnteredNetns ns(sandbox.deviceNetns());
    if (!ns.entered()) {
        if (error)
            *error = QStringLiteral("cannot enter %1").arg(sandbox.deviceNetns());
        return nullptr;
    }
    auto reader = std::make_unique<nm::NetworkStateReader>(sandboxNmConf(sandbox));
    if (!reader->kernel().isOpen()) {
        if (error)
            *error = reader->kernel().errorString();
        return nullptr;
    }
    return reader;
}

} // namespace mptcp::test
