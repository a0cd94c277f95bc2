// The libnm side of NetworkManagerReader, built as the module
// plugins/mptcp-settings-libnm.so (see libnm/api.h): the only code that links libnm.
#include "../logging.h"
#include "api.h"

#include <NetworkManager.h>
#include <QCoreApplication>
#include <QFileInfo>
#include <QFileSystemWatcher>
#include <QHash>
#include <QTimer>
#include <linux/rtnetlink.h>
#include <memory>

namespace mptcp::nm {

namespace {

QString str(const char *s)
{
    return s ? QString::fromUtf8(s) : QString();
}

class LibnmClient;

// A GAsyncReadyCallback context: the client may be gone when libnm answers (its
// GCancellable is cancelled then), so the continuation gets nullptr for it; it must still
// call the *_finish() function to release the result.
struct Pending {
    std::weak_ptr<LibnmClient *> client;
    std::function<void(GObject *, GAsyncResult *, LibnmClient *)> fn;
};

void onAsyncReady(GObject *source, GAsyncResult *result, gpointer data)
{
    std::unique_ptr<Pending> p(static_cast<Pending *>(data));
    const std::shared_ptr<LibnmClient *> alive = p->client.lock();
    p->fn(source, result, alive ? *alive : nullptr);
}

QString takeError(GError *&error)
{
    QString message = error ? QString::fromUtf8(error->message) : QString();
    g_clear_error(&error);
    return message;
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

GDBusConnection *warmBus = nullptr; // see prepare()

class LibnmClient final : public libnm::Client {
    using Done = NetworkManagerReader::Done;
    Q_DECLARE_TR_FUNCTIONS(mptcp::nm::NetworkManagerReader)
public:
    libnm::Host *host;
    std::shared_ptr<LibnmClient *> alive = std::make_shared<LibnmClient *>(this);
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
    QList<NmDevice> devicesList;
    QFileSystemWatcher busWatcher;
    QString busSocket;

    static gpointer pending(LibnmClient *c, std::function<void(GObject *, GAsyncResult *, LibnmClient *)> fn)
    {
        return new Pending { c->alive, std::move(fn) };
    }

    explicit LibnmClient(libnm::Host *h)
        : host(h)
    {
        coalesce.setSingleShot(true);
        coalesce.setInterval(20);
        QObject::connect(&coalesce, &QTimer::timeout, [this] { rebuildDevices(); });
        QObject::connect(&busWatcher, &QFileSystemWatcher::directoryChanged, [this] { busDirChanged(); });
        createClient();
    }

    ~LibnmClient() override
    {
        alive.reset();
        g_cancellable_cancel(cancellable);
        for (const Watch &w : std::as_const(watches)) {
            g_signal_handler_disconnect(w.object, w.handler);
            g_object_unref(w.object);
        }
        if (client)
            g_object_unref(client);
        g_object_unref(cancellable);
    }

    static void onNotify(GObject *, GParamSpec *, gpointer data) { static_cast<LibnmClient *>(data)->nmChanged(); }
    static void onConnectionChanged(NMConnection *, gpointer data) { static_cast<LibnmClient *>(data)->nmChanged(); }

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
        g_async_initable_new_async(NM_TYPE_CLIENT, G_PRIORITY_DEFAULT, cancellable, onAsyncReady,
            pending(this,
                [](GObject *, GAsyncResult *res, LibnmClient *q) {
                    GError *error = nullptr;
                    NMClient *c = nm_client_new_finish(res, &error);
                    if (!q) {
                        if (c)
                            g_object_unref(c);
                        g_clear_error(&error);
                        return;
                    }
                    q->clientCreated(c, error);
                }),
            NM_CLIENT_INSTANCE_FLAGS, NM_CLIENT_INSTANCE_FLAGS_NO_AUTO_FETCH_PERMISSIONS,
            // Without a connection NMClient calls g_bus_get(), whose async path connects
            // (or, connected, merely returns) on a GLib pool thread created for it.
            warmBus ? NM_CLIENT_DBUS_CONNECTION : nullptr, warmBus, nullptr);
    }

    void clientCreated(NMClient *c, GError *error)
    {
        creating = false;
        ready = true;
        if (!c) {
            clientError = tr("Cannot reach the system D-Bus: %1").arg(takeError(error));
            qCInfo(lcNm) << clientError;
            watchBusSocket();
        } else {
            client = c;
            clientError.clear();
            qCInfo(lcNm) << "NetworkManager client ready; running:" << bool(nm_client_get_nm_running(client))
                         << "version:" << nm_client_get_version(client);
        }
        refetchApplied = true;
        rebuildDevices();
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
            ? g_signal_connect(obj, signal, G_CALLBACK(&LibnmClient::onConnectionChanged), this)
            : g_signal_connect(obj, signal, G_CALLBACK(&LibnmClient::onNotify), this);
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

    void rebuildDevices()
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
        devicesList = list;
        host->changed();
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
            pending(this, [ifname, acPath](GObject *src, GAsyncResult *res, LibnmClient *q) {
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
                const bool again = q->fetching.take(ifname);
                if (!flags)
                    qCDebug(lcNm) << "no applied connection for" << ifname << why;
                const auto old = q->applied.constFind(ifname);
                const bool differs = !flags
                    ? old != q->applied.constEnd()
                    : (old == q->applied.constEnd() || old->flags != *flags || old->activeConnectionPath != acPath);
                if (flags)
                    q->applied.insert(ifname, AppliedFlags { acPath, *flags });
                else
                    q->applied.remove(ifname);
                if (again) {
                    q->nmChanged();
                } else if (q->fetching.isEmpty() && !q->refetchApplied && (differs || q->coalesce.isActive())) {
                    // The last answer of the round, and no NM signal pending: publish now
                    // rather than after the delay meant for bursts of NM's signals.
                    q->coalesce.stop();
                    q->rebuildDevices();
                } else if (differs) {
                    q->coalesce.start();
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
        QTimer::singleShot(0, &coalesce, [done, outcome, message] { done(NmChangeResult { outcome, message }); });
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
        const auto deviceDone = [progress](LibnmClient *q, const QString &refusal) {
            if (!refusal.isEmpty())
                progress->refusals << refusal;
            if (--progress->remaining > 0)
                return;
            if (q)
                q->nmChanged();
            progress->done(progress->refusals.isEmpty() ? NmChangeResult { NmChangeResult::Outcome::Applied, {} }
                                                        : NmChangeResult { NmChangeResult::Outcome::NeedsReactivation,
                                                            progress->refusals.join(QLatin1String("; ")) });
        };
        for (NMDevice *dev : devs) {
            const QString ifname = str(nm_device_get_iface(dev));
            nm_device_get_applied_connection_async(dev, 0, cancellable, onAsyncReady,
                pending(this, [flags, ifname, deviceDone](GObject *src, GAsyncResult *res, LibnmClient *q) {
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
                    nm_device_reapply_async(NM_DEVICE(src), conn, version, 0, q->cancellable, onAsyncReady,
                        pending(q, [ifname, deviceDone](GObject *src, GAsyncResult *res, LibnmClient *q) {
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

    // libnm::Client

    bool isReady() const override { return ready; }
    bool isRunning() const override { return client && nm_client_get_nm_running(client); }
    QString versionText() const override { return isRunning() ? str(nm_client_get_version(client)) : QString(); }
    QString error() const override { return clientError; }
    QList<NmDevice> devices() const override { return devicesList; }

    void setConnectionMptcpFlags(const QString &uuid, quint32 flags, NetworkManagerReader::Done done) override
    {
        using Outcome = NmChangeResult::Outcome;
        NMRemoteConnection *rc = profile(uuid);
        if (!rc)
            return finishLater(done, Outcome::Failed, tr("NetworkManager has no profile with UUID %1").arg(uuid));

        NMConnection *copy = nm_simple_connection_new_clone(NM_CONNECTION(rc));
        g_object_set(
            nm_connection_get_setting_connection(copy), NM_SETTING_CONNECTION_MPTCP_FLAGS, guint(flags), nullptr);
        GError *error = nullptr;
        if (!nm_connection_verify(copy, &error)) {
            g_object_unref(copy);
            return finishLater(done, Outcome::Failed, takeError(error));
        }
        GVariant *settings = nm_connection_to_dbus(copy, NM_CONNECTION_SERIALIZE_ALL);
        g_object_unref(copy);
        // An in-memory profile stays in memory (flags 0 keeps its storage); others are saved.
        const bool inMemory = nm_remote_connection_get_flags(rc) & NM_SETTINGS_CONNECTION_FLAG_UNSAVED;
        const auto updateFlags = inMemory ? NM_SETTINGS_UPDATE2_FLAG_NONE : NM_SETTINGS_UPDATE2_FLAG_TO_DISK;
        nm_remote_connection_update2(rc, settings, updateFlags, nullptr, cancellable, onAsyncReady,
            pending(this, [uuid, flags, done](GObject *src, GAsyncResult *res, LibnmClient *q) {
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
                q->reapplyEverywhere(uuid, flags, done);
            }));
    }

    void reactivate(const QString &uuid, NetworkManagerReader::Done done) override
    {
        using Outcome = NmChangeResult::Outcome;
        NMRemoteConnection *rc = profile(uuid);
        if (!rc)
            return finishLater(done, Outcome::Failed, tr("NetworkManager has no profile with UUID %1").arg(uuid));
        const QList<NMDevice *> devs = devicesUsing(uuid);
        nm_client_activate_connection_async(client, NM_CONNECTION(rc), devs.isEmpty() ? nullptr : devs.first(), nullptr,
            cancellable, onAsyncReady, pending(this, [done](GObject *src, GAsyncResult *res, LibnmClient *q) {
                GError *error = nullptr;
                NMActiveConnection *ac = nm_client_activate_connection_finish(NM_CLIENT(src), res, &error);
                const bool ok = ac != nullptr;
                if (ac)
                    g_object_unref(ac);
                const QString why = takeError(error);
                if (!q)
                    return;
                q->nmChanged();
                done(ok ? NmChangeResult { Outcome::Applied, {} } : NmChangeResult { Outcome::Failed, why });
            }));
    }
};

QString mptcpFlagsProblemImpl(quint32 flags)
{
    // nm_setting_verify() checks the whole setting, so give it a valid id/uuid/type and
    // only the flags can fail (verify() in nm-setting-connection.c).
    NMSetting *setting = nm_setting_connection_new();
    char *uuid = nm_utils_uuid_generate();
    g_object_set(setting, NM_SETTING_CONNECTION_ID, "mptcp-flags-check", NM_SETTING_CONNECTION_UUID, uuid,
        NM_SETTING_CONNECTION_TYPE, NM_SETTING_WIRED_SETTING_NAME, NM_SETTING_CONNECTION_MPTCP_FLAGS, guint(flags),
        nullptr);
    g_free(uuid);
    GError *error = nullptr;
    QString problem;
    if (!nm_setting_verify(setting, nullptr, &error)) {
        problem = QString::fromUtf8(error->message);
        g_error_free(error);
    }
    g_object_unref(setting);
    return problem;
}

void prepare()
{
    // What the first nm_client_new_async() would do before its first D-Bus call: class
    // initialisation of NMClient and the device classes NetworkManager reports, and the
    // shared system bus connection (kept until the first client has taken its own ref).
    g_type_ensure(NM_TYPE_CLIENT);
    g_type_ensure(NM_TYPE_DEVICE_ETHERNET);
    g_type_ensure(NM_TYPE_DEVICE_WIFI);
    g_type_ensure(NM_TYPE_DEVICE_VETH);
    g_type_ensure(NM_TYPE_ACTIVE_CONNECTION);
    g_type_ensure(NM_TYPE_REMOTE_CONNECTION);
    g_type_ensure(NM_TYPE_IP_CONFIG);
    g_type_ensure(NM_TYPE_SETTING_CONNECTION);
    if (GDBusConnection *bus = g_bus_get_sync(G_BUS_TYPE_SYSTEM, nullptr, nullptr))
        warmBus = bus;
}

libnm::Client *createClient(libnm::Host *host)
{
    auto *c = new LibnmClient(host);
    g_clear_object(&warmBus);
    return c;
}

} // namespace

} // namespace mptcp::nm

namespace mptcp::nm::libnm {
const Api *moduleApi()
{
    static const Api api { kAbi, &prepare, &createClient, &mptcpFlagsProblemImpl };
    return &api;
}
} // namespace mptcp::nm::libnm

#ifdef MPTCP_LIBNM_BUILTIN
// Linked into a program (mptcpctl) that reads NetworkManager on almost every run: it finds
// this through a weak reference (libnmmodule.cpp) and loads no module.
extern "C" const mptcp::nm::libnm::Api *mptcp_settings_libnm_builtin_api()
{
    return mptcp::nm::libnm::moduleApi();
}
#else
extern "C" MPTCP_PLUGIN_EXPORT const mptcp::nm::libnm::Api *mptcp_settings_libnm_api()
{
    return mptcp::nm::libnm::moduleApi();
}
#endif
