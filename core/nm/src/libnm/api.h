// The contract between NetworkManagerReader (static, in every program) and the libnm module
// (plugins/mptcp-settings-libnm.so), which alone links libnm and its GnuTLS/GIO stack.
// Programs load it on a background thread when they first need NetworkManager, so their
// start-up (and the GUI's first frame) does not wait for those libraries. Both sides are
// built from this tree with the same compiler and Qt, so Qt and C++ types may cross.
#pragma once

#include "mptcp/nm/networkmanagerreader.h"

namespace mptcp::nm::libnm {

inline constexpr int kAbi = 1;

// The reader's side, called by the module on the thread that created the client.
class Host {
public:
    virtual void changed() = 0; // devices() or NetworkManager's state changed (coalesced)

protected:
    ~Host() = default;
};

// One NMClient and what NetworkManagerReader::Impl used to keep about it.
class Client {
public:
    virtual ~Client() = default;
    [[nodiscard]] virtual bool isReady() const = 0; // first answer arrived (client or failure)
    [[nodiscard]] virtual bool isRunning() const = 0;
    [[nodiscard]] virtual QString versionText() const = 0; // empty unless running
    [[nodiscard]] virtual QString error() const = 0; // why there is no client
    [[nodiscard]] virtual QList<NmDevice> devices() const = 0;
    virtual void setConnectionMptcpFlags(const QString &uuid, quint32 flags, NetworkManagerReader::Done done) = 0;
    virtual void reactivate(const QString &uuid, NetworkManagerReader::Done done) = 0;
};

struct Api {
    int abi;
    // Any thread, before the first client: registers libnm's GObject types and connects
    // the shared system bus connection, work that would otherwise delay the first answer.
    void (*prepare)();
    // On a thread whose Qt event loop runs GLib's main context; the client answers there.
    Client *(*createClient)(Host *host);
    // nm_setting_verify()'s objection to connection.mptcp-flags = flags, or "".
    QString (*mptcpFlagsProblem)(quint32 flags);
};

} // namespace mptcp::nm::libnm
