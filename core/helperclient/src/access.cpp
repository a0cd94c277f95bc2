#include "mptcp/helperclient/access.h"

#include "mptcp/plugin/plugin.h"

#include <dlfcn.h>

namespace mptcp::helperclient::access {

namespace {

struct Loaded {
    const Api *api = nullptr;
    QString error;
};

Loaded load()
{
    using ApiFn = const Api *(*)();
    const plugin::Module module = plugin::open("mptcp-settings-helperclient.so");
    if (!module.handle)
        return { nullptr, QString::fromStdString(module.error) };
    const QString path = QString::fromStdString(module.path);
    const auto fn = reinterpret_cast<ApiFn>(::dlsym(module.handle, "mptcp_settings_helperclient_api"));
    if (!fn)
        return { nullptr, QStringLiteral("%1: no mptcp_settings_helperclient_api").arg(path) };
    const Api *a = fn();
    if (!a || a->abi != kAbi)
        return { nullptr, QStringLiteral("%1: built for another version of this program").arg(path) };
    return { a, {} };
}

} // namespace

const Api *api(QString *error)
{
    static const Loaded loaded = load();
    if (!loaded.api && error)
        *error = loaded.error;
    return loaded.api;
}

} // namespace mptcp::helperclient::access
