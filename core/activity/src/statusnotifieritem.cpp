#include "statusnotifieritem.h"

#include "mptcp/activity/trayicon.h"

#include <QDBusMetaType>

namespace mptcp::activity {

QDBusArgument &operator<<(QDBusArgument &arg, const SniImage &image)
{
    arg.beginStructure();
    arg << image.width << image.height << image.data;
    arg.endStructure();
    return arg;
}

const QDBusArgument &operator>>(const QDBusArgument &arg, SniImage &image)
{
    arg.beginStructure();
    arg >> image.width >> image.height >> image.data;
    arg.endStructure();
    return arg;
}

QDBusArgument &operator<<(QDBusArgument &arg, const SniToolTip &tip)
{
    arg.beginStructure();
    arg << tip.iconName << tip.images << tip.title << tip.description;
    arg.endStructure();
    return arg;
}

const QDBusArgument &operator>>(const QDBusArgument &arg, SniToolTip &tip)
{
    arg.beginStructure();
    arg >> tip.iconName >> tip.images >> tip.title >> tip.description;
    arg.endStructure();
    return arg;
}

void registerSniTypes()
{
    qDBusRegisterMetaType<SniImage>();
    qDBusRegisterMetaType<SniImageList>();
    qDBusRegisterMetaType<SniToolTip>();
}

StatusNotifierItemAdaptor::StatusNotifierItemAdaptor(TrayIcon *icon)
    : QDBusAbstractAdaptor(icon)
    , m_icon(icon)
{
    // Properties are read by the host when it gets a New* signal.
    setAutoRelaySignals(false);
}

QString StatusNotifierItemAdaptor::title() const
{
    return m_icon->summary().isEmpty() ? TrayIcon::tr("MPTCP Settings") : m_icon->summary();
}

QString StatusNotifierItemAdaptor::status() const
{
    return m_icon->status();
}

QString StatusNotifierItemAdaptor::iconName() const
{
    return m_icon->iconName();
}

QString StatusNotifierItemAdaptor::attentionIconName() const
{
    return QStringLiteral("dialog-warning");
}

SniToolTip StatusNotifierItemAdaptor::toolTip() const
{
    return {m_icon->iconName(), {}, TrayIcon::tr("MPTCP Settings"), m_icon->summary()};
}

void StatusNotifierItemAdaptor::Activate(int x, int y)
{
    Q_EMIT m_icon->activateRequested(x, y);
}

void StatusNotifierItemAdaptor::SecondaryActivate(int x, int y)
{
    Q_EMIT m_icon->secondaryActivateRequested(x, y);
}

void StatusNotifierItemAdaptor::ContextMenu(int x, int y)
{
    Q_EMIT m_icon->activateRequested(x, y);
}

} // namespace mptcp::activity
