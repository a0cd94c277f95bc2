#include "mptcp/helper/polkitauthorizer.h"

#include <QCoreApplication>
#include <QDBusArgument>
#include <QDBusMessage>
#include <QDBusPendingCallWatcher>
#include <QDBusPendingReply>
#include <QDBusVariant>
#include <QLoggingCategory>

#include "mptcp/helper/protocol.h"

Q_LOGGING_CATEGORY(lcPolkit, "mptcp.helper.polkit")

namespace mptcp::helper {

namespace {

constexpr uint AllowUserInteraction = 0x1;
// An authentication dialog may stay open for a while; past that the request is refused.
constexpr int CheckTimeoutMs = 5 * 60 * 1000;


} // namespace

PolkitAuthorizer::PolkitAuthorizer(const QDBusConnection &bus, QObject *parent)
    : QObject(parent)
    , m_bus(bus)
{
}

void PolkitAuthorizer::check(const QString &busName, const QString &actionId, Callback done)
{
    QDBusMessage call = QDBusMessage::createMethodCall(QStringLiteral("org.freedesktop.PolicyKit1"),
                                                       QStringLiteral("/org/freedesktop/PolicyKit1/Authority"),
                                                       QStringLiteral("org.freedesktop.PolicyKit1.Authority"),
                                                       QStringLiteral("CheckAuthorization"));
    QDBusArgument subject;
    subject.beginStructure();
    subject << QStringLiteral("system-bus-name");
    subject.beginMap(QMetaType::fromType<QString>(), QMetaType::fromType<QDBusVariant>());
    subject.beginMapEntry();
    subject << QStringLiteral("name") << QDBusVariant(busName);
    subject.endMapEntry();
    subject.endMap();
    subject.endStructure();
    call << QVariant::fromValue(subject) << actionId << QVariant::fromValue(StringMap{}) << AllowUserInteraction
         << QString();

    auto *watcher = new QDBusPendingCallWatcher(m_bus.asyncCall(call, CheckTimeoutMs), this);
    connect(watcher, &QDBusPendingCallWatcher::finished, this,
            [watcher, busName, actionId, done = std::move(done)] {
                watcher->deleteLater();
                const QDBusMessage reply = watcher->reply();
                if (reply.type() != QDBusMessage::ReplyMessage || reply.arguments().isEmpty()) {
                    // Unreachable or failing polkit means no: never fail open.
                    qCWarning(lcPolkit) << "CheckAuthorization failed for" << busName << actionId << reply.errorName()
                                        << reply.errorMessage();
                    done(false, tr("authorization could not be checked (%1)").arg(reply.errorMessage()));
                    return;
                }
                const QDBusArgument result = reply.arguments().constFirst().value<QDBusArgument>();
                bool authorized = false;
                bool challenge = false;
                StringMap details;
                result.beginStructure();
                result >> authorized >> challenge >> details;
                result.endStructure();
                qCInfo(lcPolkit) << actionId << "for" << busName << (authorized ? "allowed" : "denied");
                if (authorized)
                    done(true, {});
                else if (challenge)
                    done(false, tr("authentication is required for %1 but no authentication agent answered").arg(actionId));
                else
                    done(false, tr("not authorized for %1").arg(actionId));
            });
}

} // namespace mptcp::helper
