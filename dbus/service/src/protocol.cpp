#include "mptcp/helper/protocol.h"

#include <QDBusMetaType>

namespace mptcp::helper {

QDBusArgument &operator<<(QDBusArgument &arg, const EndpointSpec &e)
{
    arg.beginStructure();
    arg << e.id << e.address << e.port << e.flags << e.interface;
    arg.endStructure();
    return arg;
}

const QDBusArgument &operator>>(const QDBusArgument &arg, EndpointSpec &e)
{
    arg.beginStructure();
    arg >> e.id >> e.address >> e.port >> e.flags >> e.interface;
    arg.endStructure();
    return arg;
}

void registerDBusTypes()
{
    qDBusRegisterMetaType<EndpointSpec>();
    qDBusRegisterMetaType<EndpointList>();
    qDBusRegisterMetaType<StringMap>();
}

} // namespace mptcp::helper
