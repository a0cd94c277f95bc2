#include "mptcp/nm/networkmanagerreader.h"

#include "logging.h"

#include <NetworkManager.h>
#include <QAbstractEventDispatcher>
#include <QCoreApplication>
#include <QFileInfo>
#include <QFileSystemWatcher>
#include <QHash>
#include <QPointer>
#include <QTimer>
#include <linux/rtnetlink.h>

namespace mptcp::nm {

namespace {

QString str(const char *s)
{
    return s ? QString::fromUtf8(s) : QString();
}

// A GAsyncReadyCallback context: the reader may be gone when libnm answers (its
// GCancellable is cancelled then), so the continuation gets nullptr for it; it must still
// call the *_finish() function to release the result.
struct Pending {
    QPointer<NetworkManagerReader> q;
    std::function<void(GObject *, GAsyncResult *, NetworkManagerReader *)> fn;
};

void onAsyncReady(GObject *source, GAsyncResult *result, gpointer data)
{
    std::unique_ptr<Pending> p(static_cast<Pending *>(data));
    p->fn(source, result, p->q.data());
}

gpointer pending(NetworkManagerReader *q, std::function<void(GObject *, GAsyncResult *, NetworkManagerReader *)> fn)
{
    return new Pending { QPointer<NetworkManagerReader>(q), std::move(fn) };
}

QString takeError(GError *&error)
{
    QString message = error ? QString::fromUtf8(error->message) : QString();
    g_clear_error(&error);
    return message;
}

explain::NmVersion parseVersion(const QString &text)
{
    const QStringList parts = text.split(u'.');
    explain::NmVersion v;
    v.major = parts.value(0).toInt();
    v.minor = parts.value(1).toInt();
    v.micro = parts.value(2).toInt();
    return v;
}

explain::DeviceType deviceType(NMDeviceType t)
{
    switch (t) {
    case NM_DEVICE_TYPE_ETHERNET:
    case NM_DEVICE_TYPE_VETH:
        return explain::DeviceType::Ethernet;
    case NM_DEVICE_TYPE_WIFI:
        return explain::DeviceType::Wifi;
    case NM_DEVICE_TYPE_MODEM:
        return explain::DeviceType::Modem;
    case NM_DEVICE_TYPE_WIREGUARD:
        return explain::DeviceType::WireGuard;
    case NM_DEVICE_TYPE_TUN:
        return explain::DeviceType::Tun;
    case NM_DEVICE_TYPE_BRIDGE:
        return explain::DeviceType::Bridge;
    case NM_DEVICE_TYPE_BOND:
        return explain::DeviceType::Bond;
    case NM_DEVICE_TYPE_LOOPBACK:
        return explain::DeviceType::Loopback;
    default:
        return explain::DeviceType::Other;
    }
}

// The unicast default route in table main that NM's IP config shows for the device. Its
// RouteData lists only unicast routes and carries "table" only when it is not main
// (nm_utils_ip_routes_to_dbus() in NetworkManagerUtils.c).
bool hasMainDefaultRoute(NMIPConfig *config)
{
    if (!config)
        return false;
    const GPtrArray *routes = nm_ip_config_get_routes(config);
    for (guint i = 0; routes && i < routes->len; ++i) {
        auto *route = static_cast<NMIPRoute *>(routes->pdata[i]);
        if (nm_ip_route_get_prefix(route) != 0)
            continue;
        GVariant *table = nm_ip_route_get_attribute(route, NM_IP_ROUTE_ATTRIBUTE_TABLE);
        if (table && g_variant_is_of_type(table, G_VARIANT_TYPE_UINT32) && g_variant_get_uint32(table) != RT_TABLE_MAIN)
            continue;
        return true;
    }
    return false;
}

QString permanentHwAddress(NMDevice *dev)
{
    if (NM_IS_DEVICE_ETHERNET(dev))
        return str(nm_device_ethernet_get_permanent_hw_address(NM_DEVICE_ETHERNET(dev)));
    if (NM_IS_DEVICE_WIFI(dev))
        return str(nm_device_wifi_get_permanent_hw_address(NM_DEVICE_WIFI(dev)));
    return {};
}

struct Watch {
    GObject *object = nullptr; // referenced while watched
    const char *signal = nullptr;
    gulong handler = 0;
};

struct AppliedFlags {
    QString activeConnectionPath; // the activation it belongs to
    quint32 flags = 0;
};

} // namespace

struct NetworkManagerReader::Impl {
    NetworkManagerReader *q;
    NMClient *client = nullptr;
    GCancellable *cancellable = g_cancellable_new();
    bool creating = false;
    bool ready = false;
    QString clientError; // why there is no client
    QList<Watch> watches;
    QTimer coalesce;
    bool refetchApplied = false;
    QHash<QString, AppliedFlags> applied; // by interface name
    QHash<QString, bool> fetching; // by interface name: true = fetch again when it returns
    QList<NmDevice> devices;
    QFileSystemWatcher busWatcher;
    QString busSocket;

    explicit Impl(NetworkManagerReader *owner)
        : q(owner)
    {
    }

    ~Impl()
    {
        g_cancellable_cancel(cancellable);
        for (const Watch &w : std::as_const(watches)) {
            g_signal_handler_disconnect(w.object, w.handler);
            g_object_unref(w.object);
        }
        if (client)
            g_object_unref(client);
        g_object_unref(cancellable);
    }

    static void onNotify(GObject *, GParamSpec *, gpointer data) { static_cast<Impl *>(data)->nmChanged(); }
    static void onConnectionChanged(NMConnection *, gpointer data) { static_cast<Impl *>(data)->nmChanged(); }

    void nmChanged()
    {
        refetchApplied = true;
        coalesce.start();
    }

    void createClient()
    {
        if (creating || client)
            return;
        creating = true;
        // Like nm_client_new_async(), but without fetching NM's permissions: nothing here
        // uses them, and GetPermissions makes NM ask polkit about every action.
        g_async_initable_new_async(
            NM_TYPE_CLIENT, G_PRIORITY_DEFAULT, cancellable, onAsyncReady,
            pending(q, [](GObject *, GAsyncResult *res, NetworkManagerReader *q) {
                GError *error = nullptr;
                NMClient *c = nm_client_new_finish(res, &error);
                if (!q) {
                    if (c)
                        g_object_unref(c);
                    g_clear_error(&error);
                    return;
                }
                q->d->clientCreated(c, error);
            }),
            NM_CLIENT_INSTANCE_FLAGS, NM_CLIENT_INSTANCE_FLAGS_NO_AUTO_FETCH_PERMISSIONS, nullptr);
    }

    void clientCreated(NMClient *c, GError *error)
    {
        creating = false;
        ready = true;
        if (!c) {
            clientError = NetworkManagerReader::tr("Cannot reach the system D-Bus: %1").arg(takeError(error));
            qCInfo(lcNm) << clientError;
            watchBusSocket();
        } else {
            client = c;
            clientError.clear();
            qCInfo(lcNm) << "NetworkManager client ready; running:" << bool(nm_client_get_nm_running(client))
                         << "version:" << nm_client_get_version(client);
        }
        refetchApplied = true;
        rebuild();
    }

    // Without a bus there is nothing for libnm to follow; the bus socket appearing in its
    // directory is the event that makes a new attempt worthwhile.
    void watchBusSocket()
    {
        QString address = qEnvironmentVariable("DBUS_SYSTEM_BUS_ADDRESS");
        if (address.isEmpty())
            address = QStringLiteral("unix:path=/run/dbus/system_bus_socket");
        busSocket.clear();
        for (const QString &part : address.section(u';', 0, 0).section(u':', 1).split(u',')) {
            if (part.startsWith(QLatin1String("path=")))
                busSocket = part.mid(5);
        }
        if (busSocket.isEmpty())
            return;
        const QString dir = QFileInfo(busSocket).absolutePath();
        if (!busWatcher.directories().contains(dir))
            busWatcher.addPath(dir);
    }

    void busDirChanged()
    {
        if (!client && !busSocket.isEmpty() && QFileInfo::exists(busSocket))
            createClient();
    }

    void watch(QList<Watch> &next, gpointer object, const char *signal)
    {
        if (!object)
            return;
        auto *obj = G_OBJECT(object);
        for (qsizetype i = 0; i < watches.size(); ++i) {
            if (watches[i].object == obj && watches[i].signal == signal) {
                next << watches.takeAt(i);
                return;
            }
        }
        Watch w { G_OBJECT(g_object_ref(obj)), signal, 0 };
        w.handler = qstrcmp(signal, "changed") == 0
            ? g_signal_connect(obj, signal, G_CALLBACK(&Impl::onConnectionChanged), this)
            : g_signal_connect(obj, signal, G_CALLBACK(&Impl::onNotify), this);
        next << w;
    }

    // Subscribes to exactly the objects the current state consists of.
    void updateWatches()
    {
        QList<Watch> next;
        if (client) {
            watch(next, client, "notify");
            const GPtrArray *devs = nm_client_get_nm_running(client) ? nm_client_get_devices(client) : nullptr;
            for (guint i = 0; devs && i < devs->len; ++i) {
                auto *dev = static_cast<NMDevice *>(devs->pdata[i]);
                watch(next, dev, "notify");
                watch(next, nm_device_get_ip4_config(dev), "notify");
                watch(next, nm_device_get_ip6_config(dev), "notify");
                if (NMActiveConnection *ac = nm_device_get_active_connection(dev)) {
                    watch(next, ac, "notify");
                    watch(next, nm_active_connection_get_connection(ac), "changed");
                }
            }
        }
        for (const Watch &w : std::as_const(watches)) {
            g_signal_handler_disconnect(w.object, w.handler);
            g_object_unref(w.object);
        }
        watches = next;
    }

    void rebuild()
    {
        updateWatches();
        QList<NmDevice> list;
        const bool running = client && nm_client_get_nm_running(client);
        // A restarted NM numbers its active connections from 1 again: forget the old ones.
        if (!running)
            applied.clear();
        const GPtrArray *devs = running ? nm_client_get_devices(client) : nullptr;
        for (guint i = 0; devs && i < devs->len; ++i) {
            auto *dev = static_cast<NMDevice *>(devs->pdata[i]);
            NmDevice nd;
            explain::Device &d = nd.device;
            d.ifname = str(nm_device_get_iface(dev));
            const QString ipIface = str(nm_device_get_ip_iface(dev));
            if (!ipIface.isEmpty() && ipIface != d.ifname)
                d.ipIfname = ipIface;
            d.type = deviceType(nm_device_get_device_type(dev));
            d.state = static_cast<explain::DeviceState>(nm_device_get_state(dev));
            d.managed = nm_device_get_managed(dev);
            d.metered = static_cast<explain::Metered>(nm_device_get_metered(dev));
            d.nmDefaultRoute4 = hasMainDefaultRoute(nm_device_get_ip4_config(dev));
            d.nmDefaultRoute6 = hasMainDefaultRoute(nm_device_get_ip6_config(dev));
            if (NMActiveConnection *ac = nm_device_get_active_connection(dev)) {
                explain::ActiveConnection c;
                c.id = str(nm_active_connection_get_id(ac));
                c.uuid = str(nm_active_connection_get_uuid(ac));
                c.state = static_cast<explain::ActivationState>(nm_active_connection_get_state(ac));
                quint32 saved = 0;
                NMRemoteConnection *rc = nm_active_connection_get_connection(ac);
                NMSettingConnection *s = rc ? nm_connection_get_setting_connection(NM_CONNECTION(rc)) : nullptr;
                if (s)
                    saved = nm_setting_connection_get_mptcp_flags(s);
                const QString acPath = str(nm_object_get_path(NM_OBJECT(ac)));
                const auto it = applied.constFind(d.ifname);
                if (it != applied.constEnd() && it->activeConnectionPath == acPath) {
                    nd.appliedKnown = true;
                    c.mptcpFlags = it->flags;
                    if (s && saved != it->flags)
                        c.savedMptcpFlags = saved;
                } else {
                    c.mptcpFlags = saved; // until the applied connection has been fetched
                }
                c.appliedKnown = nd.appliedKnown;
                d.connection = c;
                if (refetchApplied)
                    fetchApplied(dev, d.ifname, acPath);
            }
            nd.match.interfaceName = d.ifname;
            nd.match.typeDescription = str(nm_device_get_type_description(dev));
            nd.match.driver = str(nm_device_get_driver(dev));
            nd.match.driverVersion = str(nm_device_get_driver_version(dev));
            nd.match.hwAddress = permanentHwAddress(dev);
            list << nd;
        }
        refetchApplied = false;
        devices = list;
        Q_EMIT q->changed();
    }

    // The applied connection is what NM acts on; it differs from the saved profile after
    // a modify without reapply. NM has no signal for it, so it is fetched after changes.
    void fetchApplied(NMDevice *dev, const QString &ifname, const QString &acPath)
    {
        if (fetching.contains(ifname)) {
            fetching[ifname] = true;
            return;
        }
        fetching.insert(ifname, false);
        nm_device_get_applied_connection_async(dev, 0, cancellable, onAsyncReady,
            pending(q, [ifname, acPath](GObject *src, GAsyncResult *res, NetworkManagerReader *q) {
                GError *error = nullptr;
                guint64 version = 0;
                NMConnection *conn = nm_device_get_applied_connection_finish(NM_DEVICE(src), res, &version, &error);
                std::optional<quint32> flags;
                if (conn) {
                    if (NMSettingConnection *s = nm_connection_get_setting_connection(conn))
                        flags = nm_setting_connection_get_mptcp_flags(s);
                    g_object_unref(conn);
                }
                const QString why = takeError(error);
                if (!q)
                    return;
                Impl *d = q->d.get();
                const bool again = d->fetching.take(ifname);
                if (!flags)
                    qCDebug(lcNm) << "no applied connection for" << ifname << why;
                const auto old = d->applied.constFind(ifname);
                const bool differs = !flags
                    ? old != d->applied.constEnd()
                    : (old == d->applied.constEnd() || old->flags != *flags || old->activeConnectionPath != acPath);
                if (flags)
                    d->applied.insert(ifname, AppliedFlags { acPath, *flags });
                else
                    d->applied.remove(ifname);
                if (again) {
                    d->nmChanged();
                } else if (d->fetching.isEmpty() && !d->refetchApplied && (differs || d->coalesce.isActive())) {
                    // The last answer of the round, and no NM signal pending: publish now
                    // rather than after the delay meant for bursts of NM's signals.
                    d->coalesce.stop();
                    d->rebuild();
                } else if (differs) {
                    d->coalesce.start();
                }
            }));
    }

    NMRemoteConnection *profile(const QString &uuid) const
    {
        return client ? nm_client_get_connection_by_uuid(client, uuid.toUtf8().constData()) : nullptr;
    }

    QList<NMDevice *> devicesUsing(const QString &uuid) const
    {
        QList<NMDevice *> out;
        const GPtrArray *acs = client ? nm_client_get_active_connections(client) : nullptr;
        for (guint i = 0; acs && i < acs->len; ++i) {
            auto *ac = static_cast<NMActiveConnection *>(acs->pdata[i]);
            if (str(nm_active_connection_get_uuid(ac)) != uuid)
                continue;
            const GPtrArray *devs = nm_active_connection_get_devices(ac);
            for (guint j = 0; devs && j < devs->len; ++j)
                out << static_cast<NMDevice *>(devs->pdata[j]);
        }
        return out;
    }

    void finishLater(const Done &done, NmChangeResult::Outcome outcome, const QString &message)
    {
        QTimer::singleShot(0, q, [done, outcome, message] { done(NmChangeResult { outcome, message }); });
    }

    // Reapplies on every device using the profile; NM rebuilds the MPTCP endpoints then.
    void reapplyEverywhere(const QString &uuid, quint32 flags, const Done &done)
    {
        const QList<NMDevice *> devs = devicesUsing(uuid);
        if (devs.isEmpty()) {
            done(NmChangeResult { NmChangeResult::Outcome::Saved, {} });
            return;
        }
        struct Progress {
            int remaining = 0;
            QStringList refusals;
            Done done;
        };
        auto progress = std::make_shared<Progress>(Progress { int(devs.size()), {}, done });
        const auto deviceDone = [progress](NetworkManagerReader *q, const QString &refusal) {
            if (!refusal.isEmpty())
                progress->refusals << refusal;
            if (--progress->remaining > 0)
                return;
            if (q)
                q->d->nmChanged();
            progress->done(progress->refusals.isEmpty() ? NmChangeResult { NmChangeResult::Outcome::Applied, {} }
                                                        : NmChangeResult { NmChangeResult::Outcome::NeedsReactivation,
                                                            progress->refusals.join(QLatin1String("; ")) });
        };
        for (NMDevice *dev : devs) {
            const QString ifname = str(nm_device_get_iface(dev));
            nm_device_get_applied_connection_async(dev, 0, cancellable, onAsyncReady,
                pending(q, [flags, ifname, deviceDone](GObject *src, GAsyncResult *res, NetworkManagerReader *q) {
                    GError *error = nullptr;
                    guint64 version = 0;
                    NMConnection *conn = nm_device_get_applied_connection_finish(NM_DEVICE(src), res, &version, &error);
                    const QString why = takeError(error);
                    if (!q) {
                        if (conn)
                            g_object_unref(conn);
                        return;
                    }
                    // With the applied connection and its version only mptcp-flags
                    // changes; without it NM reapplies the (just saved) profile.
                    if (conn) {
                        g_object_set(nm_connection_get_setting_connection(conn), NM_SETTING_CONNECTION_MPTCP_FLAGS,
                            guint(flags), nullptr);
                    } else {
                        qCInfo(lcNm) << "no applied connection for" << ifname << why << "- reapplying the profile";
                        version = 0;
                    }
                    nm_device_reapply_async(NM_DEVICE(src), conn, version, 0, q->d->cancellable, onAsyncReady,
                        pending(q, [ifname, deviceDone](GObject *src, GAsyncResult *res, NetworkManagerReader *q) {
                            GError *error = nullptr;
                            const bool ok = nm_device_reapply_finish(NM_DEVICE(src), res, &error);
                            const QString why = takeError(error);
                            deviceDone(q, ok ? QString() : QStringLiteral("%1: %2").arg(ifname, why));
                        }));
                    if (conn)
                        g_object_unref(conn);
                }));
        }
    }
};

NetworkManagerReader::NetworkManagerReader(QObject *parent)
    : QObject(parent)
    , d(std::make_unique<Impl>(this))
{
    d->coalesce.setSingleShot(true);
    d->coalesce.setInterval(20);
    connect(&d->coalesce, &QTimer::timeout, this, [this] { d->rebuild(); });
    connect(&d->busWatcher, &QFileSystemWatcher::directoryChanged, this, [this] { d->busDirChanged(); });

    // libnm delivers its signals through the GLib main context; Qt only runs it when its
    // Linux event dispatcher is the GLib one (not with QT_NO_GLIB=1).
    QAbstractEventDispatcher *dispatcher = QAbstractEventDispatcher::instance(thread());
    if (!dispatcher || !dispatcher->inherits("QEventDispatcherGlib")) {
        d->ready = true;
        d->clientError = tr("The Qt event loop does not run GLib (QT_NO_GLIB is set?): NetworkManager cannot be "
                            "followed");
        qCWarning(lcNm) << d->clientError;
        return;
    }
    d->createClient();
}

NetworkManagerReader::~NetworkManagerReader() = default;

bool NetworkManagerReader::isRunning() const
{
    return d->client && nm_client_get_nm_running(d->client);
}

bool NetworkManagerReader::isReady() const
{
    return d->ready;
}

QString NetworkManagerReader::versionText() const
{
    return isRunning() ? str(nm_client_get_version(d->client)) : QString();
}

explain::NmVersion NetworkManagerReader::version() const
{
    return parseVersion(versionText());
}

bool NetworkManagerReader::mptcpSupported() const
{
    return isRunning() && version().atLeast(1, 40);
}

QString NetworkManagerReader::statusText() const
{
    if (!d->ready)
        return tr("Connecting to NetworkManager…");
    if (!d->clientError.isEmpty())
        return d->clientError;
    if (!isRunning())
        return tr("NetworkManager is not running");
    if (!mptcpSupported())
        return tr("MPTCP auto-configuration not supported by this version (NetworkManager %1, needs 1.40)")
            .arg(versionText());
    return {};
}

QList<NmDevice> NetworkManagerReader::devices() const
{
    return d->devices;
}

void NetworkManagerReader::setConnectionMptcpFlags(const QString &uuid, quint32 flags, Done done)
{
    using Outcome = NmChangeResult::Outcome;
    if (!isRunning())
        return d->finishLater(done, Outcome::Failed, tr("NetworkManager is not running"));
    NMRemoteConnection *rc = d->profile(uuid);
    if (!rc)
        return d->finishLater(done, Outcome::Failed, tr("NetworkManager has no profile with UUID %1").arg(uuid));

    NMConnection *copy = nm_simple_connection_new_clone(NM_CONNECTION(rc));
    g_object_set(nm_connection_get_setting_connection(copy), NM_SETTING_CONNECTION_MPTCP_FLAGS, guint(flags), nullptr);
    GError *error = nullptr;
    if (!nm_connection_verify(copy, &error)) {
        g_object_unref(copy);
        return d->finishLater(done, Outcome::Failed, takeError(error));
    }
    GVariant *settings = nm_connection_to_dbus(copy, NM_CONNECTION_SERIALIZE_ALL);
    g_object_unref(copy);
    // An in-memory profile stays in memory (flags 0 keeps its storage); others are saved.
    const bool inMemory = nm_remote_connection_get_flags(rc) & NM_SETTINGS_CONNECTION_FLAG_UNSAVED;
    const auto updateFlags = inMemory ? NM_SETTINGS_UPDATE2_FLAG_NONE : NM_SETTINGS_UPDATE2_FLAG_TO_DISK;
    nm_remote_connection_update2(rc, settings, updateFlags, nullptr, d->cancellable, onAsyncReady,
        pending(this, [uuid, flags, done](GObject *src, GAsyncResult *res, NetworkManagerReader *q) {
            GError *error = nullptr;
            GVariant *ret = nm_remote_connection_update2_finish(NM_REMOTE_CONNECTION(src), res, &error);
            if (ret)
                g_variant_unref(ret);
            const QString why = takeError(error);
            if (!q)
                return;
            if (!ret) {
                done(NmChangeResult { Outcome::Failed, why });
                return;
            }
            q->d->reapplyEverywhere(uuid, flags, done);
        }));
}

void NetworkManagerReader::reactivate(const QString &uuid, Done done)
{
    using Outcome = NmChangeResult::Outcome;
    if (!isRunning())
        return d->finishLater(done, Outcome::Failed, tr("NetworkManager is not running"));
    NMRemoteConnection *rc = d->profile(uuid);
    if (!rc)
        return d->finishLater(done, Outcome::Failed, tr("NetworkManager has no profile with UUID %1").arg(uuid));
    const QList<NMDevice *> devs = d->devicesUsing(uuid);
    nm_client_activate_connection_async(d->client, NM_CONNECTION(rc), devs.isEmpty() ? nullptr : devs.first(), nullptr,
        d->cancellable, onAsyncReady, pending(this, [done](GObject *src, GAsyncResult *res, NetworkManagerReader *q) {
            GError *error = nullptr;
            NMActiveConnection *ac = nm_client_activate_connection_finish(NM_CLIENT(src), res, &error);
            const bool ok = ac != nullptr;
            if (ac)
                g_object_unref(ac);
            const QString why = takeError(error);
            if (!q)
                return;
            q->d->nmChanged();
            done(ok ? NmChangeResult { Outcome::Applied, {} } : NmChangeResult { Outcome::Failed, why });
        }));
}

} // namespace mptcp::nm
