// The helper's client behind a Qt Core-only interface, implemented by the module
// plugins/mptcp-settings-helperclient.so. A program that talks to the helper only now
// and then (mptcpctl: changes by a user without CAP_NET_ADMIN, and `monitor`) loads
// Qt D-Bus and what it brings (libdbus, libsystemd, libgcrypt, … eight libraries) when
// it does, rather than at every start. The GUI links HelperClient directly.
// Both sides are built from this tree with the same compiler and Qt, so Qt and C++
// types may cross.
#pragma once

#include <QList>
#include <QString>
#include <QStringList>
#include <QVariantMap>
#include <functional>

namespace mptcp::helperclient::access {

inline constexpr int kAbi = 1;

// An endpoint as the helper takes and reports it (see EndpointSpec in the contract).
struct Endpoint {
    uint id = 0;
    QString address;
    uint port = 0;
    QStringList flags; // words, as ip(8) prints them
    QString interface;
};

struct State {
    uint subflows = 0;
    uint addAddrAccepted = 0;
    QList<Endpoint> endpoints;
};

// Blocking calls, for a command line. Each returns "" when the helper did it, else the
// helper's error for people (it already says what happened: not authorized, not
// installed, which step the kernel refused, …).
class Session {
public:
    virtual ~Session() = default;
    virtual QString getState(State *state) = 0;
    virtual QString addEndpoint(const Endpoint &endpoint) = 0;
    virtual QString deleteEndpoint(uint id) = 0;
    virtual QString setEndpointFlags(uint id, const QStringList &flags) = 0;
    virtual QString flushEndpoints() = 0;
    virtual QString setLimits(uint subflows, uint addAddrAccepted) = 0;
};

// The helper's path-manager events, relayed while subscribed, on the creating thread's
// event loop. The subscription ends with the object (it leaves the bus).
class Events {
public:
    struct Callbacks {
        std::function<void(const QString &type, const QVariantMap &details)> event;
        std::function<void()> helperStopped; // subscribe() again to be relayed further
    };
    virtual ~Events() = default;
    // done("") once subscribed, done(message) if the helper refused or is unavailable.
    virtual void subscribe(std::function<void(const QString &error)> done) = 0;
};

struct Api {
    int abi;
    Session *(*createSession)();
    Events *(*createEvents)(Events::Callbacks callbacks);
};

// Loads the module once per process (on the calling thread). nullptr, with `error`
// saying why in technical terms ("mptcp-settings-helperclient.so not found (looked in
// …)"), when it cannot be loaded.
const Api *api(QString *error);

} // namespace mptcp::helperclient::access
