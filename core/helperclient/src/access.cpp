#include "mptcp/helperclient/access.h"

#include "mptcp/plugin/plugin.h"

namespace mptcp::helperclient::access {

const Api *api(QString *error)
{
    static std::string why;
    static const Api *const loaded
        = plugin::openApi<Api>("mptcp-settings-helperclient.so", "mptcp_settings_helperclient_api", kAbi, &why);
    if (!loaded && error)
        *error = QString::fromStdString(why);
    return loaded;
}

} // namespace mptcp::helperclient::access
