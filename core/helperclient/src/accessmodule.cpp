// plugins/mptcp-settings-helperclient.so: access.h's interface over HelperClient and
// BlockingHelperClient, the only code of mptcpctl that links Qt D-Bus.
#include "mptcp/helperclient/access.h"
#include "mptcp/helperclient/helperclient.h"

#include <memory>
#include <utility>

namespace mptcp::helperclient::access {

namespace {

QString messageOf(const HelperError &error)
{
    return error.ok() ? QString() : error.message;
}

class BusSession final : public Session {
public:
    QString getState(State *state) override
    {
        HelperState s;
        const HelperError error = m_client.getState(&s);
        if (error.ok() && state) {
            state->subflows = s.subflows;
            state->addAddrAccepted = s.addAddrAccepted;
            state->endpoints.clear();
            for (const EndpointSpec &e : std::as_const(s.endpoints))
                state->endpoints << Endpoint { e.id, e.address, e.port, e.flags, e.interface };
        }
        return messageOf(error);
    }
    QString addEndpoint(const Endpoint &e) override
    {
        return messageOf(m_client.addEndpoint(EndpointSpec { e.id, e.address, e.port, e.flags, e.interface }));
    }
    QString deleteEndpoint(uint id) override { return messageOf(m_client.deleteEndpoint(id)); }
    QString setEndpointFlags(uint id, const QStringList &flags) override
    {
        return messageOf(m_client.setEndpointFlags(id, flags));
    }
    QString flushEndpoints() override { return messageOf(m_client.flushEndpoints()); }
    QString setLimits(uint subflows, uint addAddrAccepted) override
    {
        return messageOf(m_client.setLimits(subflows, addAddrAccepted));
    }

private:
    BlockingHelperClient m_client;
};

class BusEvents final : public Events {
public:
    explicit BusEvents(Callbacks callbacks)
    {
        if (callbacks.event)
            QObject::connect(&m_client, &HelperClient::pathManagerEvent, &m_client, std::move(callbacks.event));
        if (callbacks.helperStopped)
            QObject::connect(&m_client, &HelperClient::helperStopped, &m_client, std::move(callbacks.helperStopped));
    }
    void subscribe(std::function<void(const QString &)> done) override
    {
        m_client.subscribe([done = std::move(done)](const HelperError &error) {
            if (done)
                done(messageOf(error));
        });
    }

private:
    HelperClient m_client;
};

Session *createSession()
{
    return new BusSession;
}

Events *createEvents(Events::Callbacks callbacks)
{
    return new BusEvents(std::move(callbacks));
}

} // namespace

} // namespace mptcp::helperclient::access

extern "C" MPTCP_PLUGIN_EXPORT const mptcp::helperclient::access::Api *mptcp_settings_helperclient_api()
{
    using namespace mptcp::helperclient::access;
    static const Api api { kAbi, &createSession, &createEvents };
    return &api;
}
