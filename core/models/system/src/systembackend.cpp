#include "mptcp/models/systembackend.h"

#include "mptcp/explain/explanation.h"
#include "mptcp/explain/rules.h"
#include "mptcp/helperclient/helperclient.h"
#include "mptcp/kernel/daemons.h"
#include "mptcp/models/listmodels.h"
#include "mptcp/models/mptcpflags.h"
#include "mptcp/netlink/pm.h"
#include "mptcp/nm/networkstate.h"

#include <QCoreApplication>
#include <QDBusConnection>
#include <QLoggingCategory>
#include <QPointer>
#include <QThread>
#include <QTimer>
#include <algorithm>
#include <cerrno>
#include <utility>

Q_LOGGING_CATEGORY(lcSystem, "mptcp.models.system", QtInfoMsg)

namespace mptcp::models {

namespace ex = mptcp::explain;

namespace {

// Reads the kernel's MPTCP state of this network namespace. Lives in a worker thread:
// netlink round trips never run on the GUI thread.
class KernelReader : public QObject {
public:
    ex::KernelState read() const
    {
        ex::KernelState k;
        const auto sysctls = nl::readSysctls();
        if (!sysctls) {
            k.mptcpAvailable = sysctls.error().code != ENOENT;
        } else {
            if (sysctls->enabled)
                k.enabled = *sysctls->enabled ? 1 : 0;
            if (sysctls->pathManager)
                k.pathManager = QString::fromStdString(*sysctls->pathManager);
            k.pmType = sysctls->pmType;
        }
        auto pm = nl::PathManager::open();
        if (!pm) {
            k.endpointsKnown = false;
            if (pm.error().code == ENOENT)
                k.mptcpAvailable = false;
            return k;
        }
        if (const auto limits = pm->getLimits()) {
            k.subflowsLimit = limits->subflows;
            k.addAddrAcceptedLimit = limits->addAddrAccepted;
        }
        const auto endpoints = pm->dumpEndpoints();
        k.endpointsKnown = endpoints.ok();
        if (endpoints) {
            for (const nl::Endpoint &e : *endpoints)
                k.endpoints.append({ e.id, QString::fromStdString(e.address.toString()), e.port, e.flags, e.ifindex });
        }
        return k;
    }
};

ActionResult fromHelper(const helperclient::HelperError &error)
{
    if (error.ok())
        return ActionResult::success();
    return ActionResult::failure(error.message, error.kind == helperclient::HelperError::Kind::NotAuthorized);
}

// NMMptcpFlags -> the helper's words (nm-dbus-interface.h, NM 1.40+).
QStringList nmFlagWords(quint32 flags)
{
    static const std::pair<quint32, const char *> bits[] = {
        { ex::nmflag::Disabled, "disabled" },
        { ex::nmflag::Enabled, "enabled" },
        { ex::nmflag::AlsoWithoutSysctl, "also-without-sysctl" },
        { ex::nmflag::AlsoWithoutDefaultRoute, "also-without-default-route" },
        { ex::nmflag::Signal, "signal" },
        { ex::nmflag::Subflow, "subflow" },
        { ex::nmflag::Backup, "backup" },
        { ex::nmflag::Fullmesh, "fullmesh" },
        { ex::nmflag::Laminar, "laminar" },
    };
    QStringList words;
    for (const auto &[bit, word] : bits) {
        if (flags & bit)
            words.append(QLatin1String(word));
    }
    return words;
}

DeviceKind kindOf(ex::DeviceType type)
{
    switch (type) {
    case ex::DeviceType::Ethernet:
        return DeviceKind::Ethernet;
    case ex::DeviceType::Wifi:
        return DeviceKind::Wifi;
    case ex::DeviceType::Modem:
        return DeviceKind::Mobile;
    case ex::DeviceType::Vpn:
    case ex::DeviceType::WireGuard:
    case ex::DeviceType::Tun:
        return DeviceKind::Vpn;
    default:
        return DeviceKind::Other;
    }
}

QString stateText(const ex::Device &d, bool nmKnown, bool nmRunning)
{
    if (!nmKnown)
        return QCoreApplication::translate("mptcp::models::SystemBackend", "Reading NetworkManager…");
    if (!nmRunning)
        return d.addresses.isEmpty() ? QCoreApplication::translate("mptcp::models::SystemBackend", "No addresses")
                                     : QCoreApplication::translate("mptcp::models::SystemBackend", "Up");
    if (!d.managed || d.state == ex::DeviceState::Unmanaged)
        return QCoreApplication::translate("mptcp::models::SystemBackend", "Not managed by NetworkManager");
    switch (d.state) {
    case ex::DeviceState::Activated:
        return QCoreApplication::translate("mptcp::models::SystemBackend", "Connected");
    case ex::DeviceState::Unavailable:
        return QCoreApplication::translate("mptcp::models::SystemBackend", "Unavailable");
    case ex::DeviceState::Disconnected:
        return QCoreApplication::translate("mptcp::models::SystemBackend", "Disconnected");
    case ex::DeviceState::Deactivating:
        return QCoreApplication::translate("mptcp::models::SystemBackend", "Disconnecting");
    case ex::DeviceState::Failed:
        return QCoreApplication::translate("mptcp::models::SystemBackend", "Connection failed");
    case ex::DeviceState::Prepare:
    case ex::DeviceState::Config:
    case ex::DeviceState::NeedAuth:
    case ex::DeviceState::IpConfig:
    case ex::DeviceState::IpCheck:
    case ex::DeviceState::Secondaries:
        return QCoreApplication::translate("mptcp::models::SystemBackend", "Connecting");
    default:
        return QCoreApplication::translate("mptcp::models::SystemBackend", "Unknown");
    }
}

QString sourceText(const ex::ResolvedFlags &flags)
{
    switch (flags.source) {
    case ex::FlagsSource::Connection:
        return QCoreApplication::translate("mptcp::models::SystemBackend", "from the connection");
    case ex::FlagsSource::ConfSection:
    case ex::FlagsSource::ConfGlobal:
        return QCoreApplication::translate("mptcp::models::SystemBackend", "from NetworkManager.conf");
    case ex::FlagsSource::BuiltIn:
        break;
    }
    return QCoreApplication::translate("mptcp::models::SystemBackend", "NetworkManager's built-in default");
}

Verdict verdictOf(ex::Verdict v)
{
    switch (v) {
    case ex::Verdict::Ok:
        return Verdict::Ok;
    case ex::Verdict::Missing:
        return Verdict::Missing;
    case ex::Verdict::Unexpected:
        return Verdict::Unexpected;
    case ex::Verdict::Mismatch:
        return Verdict::Mismatch;
    case ex::Verdict::Pending:
    case ex::Verdict::Unknown:
        return Verdict::Pending;
    case ex::Verdict::None:
        break;
    }
    return Verdict::None;
}

// libdbus reads DBUS_SYSTEM_BUS_ADDRESS once per process, when the first bus of any kind
// is opened (the GUI opens the session bus early), so a bus chosen later — the demo lab's
// private one — is only reached through its explicit address.
QDBusConnection systemBusConnection()
{
    const QByteArray address = qgetenv("DBUS_SYSTEM_BUS_ADDRESS");
    if (address.isEmpty())
        return QDBusConnection::systemBus();
    return QDBusConnection::connectToBus(QString::fromUtf8(address), QStringLiteral("mptcp-settings-system"));
}

} // namespace

struct SystemBackend::Impl {
    SystemBackend *q;
    nm::NetworkStateReader network;
    // Created once the system bus is connected (see connectHelper()), or when an action
    // needs it first.
    std::unique_ptr<helperclient::HelperClient> helper;
    QThread worker;
    KernelReader *reader = nullptr; // lives in `worker`
    ex::KernelState kernel;
    bool mptcpd = false;
    bool kernelRead = false;
    bool readPending = false; // a read is running; another was asked for meanwhile
    bool readRunning = false;
    bool helperReachable = true;
    QTimer coalesce; // single-shot: many events, one recomputation
    SystemState state;

    Impl(SystemBackend *owner, const nm::NmConfPaths &confPaths)
        : q(owner)
        , network(confPaths)
    {
        reader = new KernelReader;
        reader->moveToThread(&worker);
        QObject::connect(&worker, &QThread::finished, reader, &QObject::deleteLater);
        worker.setObjectName(QStringLiteral("mptcp-kernel-reader"));
        worker.start();
        coalesce.setSingleShot(true);
        coalesce.setInterval(50);
        QObject::connect(&coalesce, &QTimer::timeout, q, [this] { recompute(); });
    }

    ~Impl()
    {
        worker.quit();
        worker.wait();
    }

    // Runs `work` on the reader thread, then `done(its result)` back on the GUI thread,
    // unless the backend is gone by then.
    template<class Work, class Done> void onReaderThread(Work work, Done done)
    {
        QPointer<SystemBackend> guard(q);
        QMetaObject::invokeMethod(
            reader,
            [guard, work, done] {
                const auto result = work();
                QMetaObject::invokeMethod(
                    guard.data(),
                    [guard, done, result] {
                        if (guard)
                            done(result);
                    },
                    Qt::QueuedConnection);
            },
            Qt::QueuedConnection);
    }

    void requestKernelRead()
    {
        if (readRunning) {
            readPending = true;
            return;
        }
        readRunning = true;
        onReaderThread(
            [this] {
                // mptcpd is looked for in the reader thread's namespace, like the kernel.
                return std::pair { reader->read(), kernel::isMptcpdRunning() };
            },
            [this](const std::pair<ex::KernelState, bool> &read) {
                kernel = read.first;
                mptcpd = read.second;
                kernelRead = true;
                readRunning = false;
                if (readPending) {
                    readPending = false;
                    requestKernelRead();
                }
                coalesce.start();
            });
    }

    // QDBusConnection connects synchronously on first use (authentication, Hello): done
    // on the reader thread, so that the GUI thread neither waits for the bus nor pays
    // for it before the first frame. The helper client is then made on the GUI thread.
    void connectHelper()
    {
        onReaderThread([] { return systemBusConnection().isConnected(); },
            [this](bool connected) {
                // Without a system bus there is no helper to ask (containers, minimal sessions).
                helperReachable = connected;
                helperClient().subscribe([this](const helperclient::HelperError &e) {
                    if (!e.ok()) {
                        qCInfo(lcSystem) << "no live kernel events from the helper:" << e.message;
                        helperReachable = e.kind != helperclient::HelperError::Kind::NotAvailable;
                        coalesce.start();
                    }
                });
                coalesce.start();
            });
    }

    helperclient::HelperClient &helperClient()
    {
        if (!helper) {
            helper = std::make_unique<helperclient::HelperClient>(systemBusConnection());
            QObject::connect(
                helper.get(), &helperclient::HelperClient::stateChanged, q, [this] { requestKernelRead(); });
            QObject::connect(helper.get(), &helperclient::HelperClient::pathManagerEvent, q,
                [this](const QString &type, const QVariantMap &details) {
                    requestKernelRead();
                    Q_EMIT q->pathManagerEvent(type, details);
                });
        }
        return *helper;
    }

    void recompute();
    ActionCallback afterChange(ActionCallback done)
    {
        return [this, done = std::move(done)](const ActionResult &r) {
            requestKernelRead();
            done(r);
        };
    }
    helperclient::HelperClient::Done viaHelper(ActionCallback done)
    {
        return [this, done = afterChange(std::move(done))](const helperclient::HelperError &e) {
            const bool reachable = e.kind != helperclient::HelperError::Kind::NotAvailable;
            if (reachable != helperReachable) {
                helperReachable = reachable;
                coalesce.start();
            }
            done(fromHelper(e));
        };
    }
};

void SystemBackend::Impl::recompute()
{
    ex::Snapshot snapshot;
    snapshot.kernel = kernel;
    snapshot.others.mptcpdRunning = mptcpd;
    network.fill(snapshot);
    const ex::Explanation explanation = ex::explain(snapshot);
    const nm::NetworkManagerReader &nmReader = network.networkManager();

    SystemState s;
    s.loaded = kernelRead && nmReader.isReady();
    s.mptcpAvailable = kernel.mptcpAvailable;
    if (kernel.enabled)
        s.enabled = *kernel.enabled != 0;
    s.pathManager = ex::userspacePathManagerSelected(kernel)
        ? QCoreApplication::translate("mptcp::models::SystemBackend", "Userspace")
        : QCoreApplication::translate("mptcp::models::SystemBackend", "In-kernel");
    s.nmRunning = snapshot.networkManager.running;
    // Until NetworkManager answers, the explanation assumes it is absent: say it is being
    // read instead (a GUI holds libnm back until its first frame is shown).
    s.nmKnown = nmReader.isReady();
    s.nmVersion = nmReader.versionText();
    s.nmSupportsMptcp = nmReader.mptcpSupported();
    s.subflowsLimit = kernel.subflowsLimit;
    s.addAddrAcceptedLimit = kernel.addAddrAcceptedLimit;
    s.limitsMaximum = kernel.limitsMaximum;
    s.limitsPersistent = state.limitsPersistent;
    s.helperAvailable = helperReachable;
    s.verdict = explanation.verdict;

    const auto ifname = [&](int ifindex) -> QString {
        if (ifindex <= 0)
            return {};
        if (const nm::KernelLink *link = network.kernel().state().link(ifindex))
            return link->name;
        return QString::number(ifindex);
    };

    for (const ex::Device &d : std::as_const(snapshot.devices)) {
        // Loopback never carries MPTCP endpoints; a card for it is noise.
        if (d.type == ex::DeviceType::Loopback)
            continue;
        DeviceInfo info;
        info.ifname = d.ifname;
        info.kind = kindOf(d.type);
        info.stateText = stateText(d, s.nmKnown, s.nmRunning);
        info.connected = s.nmRunning ? d.state == ex::DeviceState::Activated : !d.addresses.isEmpty();
        if (d.connection) {
            info.connectionName = d.connection->id;
            info.connectionUuid = d.connection->uuid;
            info.connectionFlags = d.connection->savedMptcpFlags.value_or(d.connection->mptcpFlags);
        }
        const ex::ResolvedFlags def = ex::resolveFlags(0, d.confDefaults, snapshot.networkManager.version);
        info.defaultFlags = ex::nmFlagsText(def.flags).split(QLatin1Char(','), Qt::SkipEmptyParts);
        info.defaultSource = sourceText(def);
        if (s.globalDefault == 0 && (def.source == ex::FlagsSource::ConfGlobal))
            s.globalDefault = ex::parseConfFlags(def.confValue).value_or(0);
        for (const ex::DeviceSummary &summary : explanation.devices) {
            if (summary.device == d.ifname) {
                info.mptcpActive = summary.mptcpActive;
                info.summary = summary.verdict;
            }
        }
        for (const ex::Row &row : explanation.rows) {
            if (row.device != d.ifname)
                continue;
            AddressInfo a;
            a.address = row.address;
            a.ipv6 = row.family == ex::AddressFamily::IPv6;
            for (const ex::Address &addr : d.addresses) {
                if (addr.address == row.address)
                    a.prefixLength = addr.prefixLength;
            }
            if (row.expectedFlags)
                a.expected = row.expected;
            else
                a.reason = row.reasonText;
            if (row.kernelFlags)
                a.kernel = row.kernel;
            a.kernelEndpointId = row.kernelId;
            a.verdict = verdictOf(row.verdict);
            a.verdictText = row.verdictText.isEmpty() ? verdictSentence(a) : row.verdictText;
            info.addresses.append(a);
        }
        if (info.connected && !info.mptcpActive && s.verdictDetail.isEmpty())
            s.verdictDetail = info.summary;
        s.devices.append(info);
    }
    if (!s.nmKnown) {
        s.verdict = QCoreApplication::translate("mptcp::models::SystemBackend", "Reading NetworkManager…");
        s.verdictDetail.clear();
    }
    s.globalDefaultSource = s.globalDefault != 0
        ? QCoreApplication::translate("mptcp::models::SystemBackend", "Set in NetworkManager.conf: %1")
              .arg(ex::nmFlagsText(s.globalDefault))
        : QCoreApplication::translate("mptcp::models::SystemBackend", "Not set: NetworkManager %1 uses %2")
              .arg(s.nmVersion, ex::nmFlagsText(ex::builtInDefaultFlags(snapshot.networkManager.version)));

    int subflowEndpoints = 0;
    for (const ex::KernelEndpoint &e : std::as_const(kernel.endpoints)) {
        EndpointInfo info;
        info.id = e.id;
        info.address = e.address;
        info.port = e.port;
        info.flags = ex::kernelFlagWords(e.flags);
        info.interfaceName = ifname(e.ifindex);
        info.origin = EndpointOrigin::Unknown;
        for (const ex::Row &row : explanation.rows) {
            if (row.kernelId == e.id)
                info.origin = row.expectedFlags ? EndpointOrigin::NetworkManager : EndpointOrigin::Manual;
        }
        for (const ex::ExtraEndpoint &extra : explanation.extras) {
            if (extra.endpoint.id == e.id && extra.kind != ex::ExtraKind::Implicit)
                info.origin = EndpointOrigin::Manual;
        }
        if (e.flags & (ex::kernelflag::Subflow | ex::kernelflag::Fullmesh))
            ++subflowEndpoints;
        s.endpoints.append(info);
    }

    for (const ex::Warning &w : explanation.warnings) {
        WarningInfo info;
        info.text = w.text;
        info.severity = w.kind == ex::WarningKind::SysctlDisabled ? Severity::Error : Severity::Warning;
        if (w.fixAction == QLatin1String(ex::fixaction::EnableMptcpSysctl)) {
            info.fix = FixAction::EnableMptcp;
            info.fixLabel = QCoreApplication::translate("mptcp::models::SystemBackend", "Enable MPTCP");
        } else if (w.fixAction == QLatin1String(ex::fixaction::RaiseSubflowsLimit)) {
            info.fix = FixAction::SetSubflowsLimit;
            info.fixArgument = std::min<int>(subflowEndpoints, int(kernel.limitsMaximum));
            info.fixLabel = QCoreApplication::translate("mptcp::models::SystemBackend", "Allow %1 subflows")
                                .arg(info.fixArgument);
        } else if (w.fixAction == QLatin1String(ex::fixaction::RaiseAddAddrAccepted)) {
            info.severity = Severity::Info;
            info.fix = FixAction::SetAddAddrAcceptedLimit;
            info.fixArgument = std::clamp<int>(int(kernel.subflowsLimit.value_or(1)), 1, int(kernel.limitsMaximum));
            info.fixLabel = QCoreApplication::translate("mptcp::models::SystemBackend", "Accept %1 announced addresses")
                                .arg(info.fixArgument);
        }
        s.warnings.append(info);
    }
    for (const ex::ExtraEndpoint &extra : explanation.extras) {
        if (extra.kind != ex::ExtraKind::StaleAddress)
            continue;
        s.warnings.append({ Severity::Warning, extra.text, FixAction::DeleteEndpoint, extra.endpoint.id,
            QCoreApplication::translate("mptcp::models::SystemBackend", "Remove endpoint %1").arg(extra.endpoint.id) });
    }
    if (!(state == s)) {
        state = s;
        Q_EMIT q->stateChanged();
    }
}

SystemBackend::SystemBackend(const nm::NmConfPaths &confPaths, QObject *parent)
    : Backend(parent)
    , d(std::make_unique<Impl>(this, confPaths))
{
    connect(&d->network, &nm::NetworkStateReader::changed, this, [this] {
        // Addresses and connections changing is when NetworkManager edits endpoints.
        d->requestKernelRead();
        d->coalesce.start();
    });
    d->requestKernelRead();
    d->connectHelper();
}

SystemBackend::~SystemBackend() = default;

const SystemState &SystemBackend::state() const
{
    return d->state;
}

void SystemBackend::setMptcpEnabled(bool enabled, ActionCallback done)
{
    d->helperClient().setEnabled(enabled, false, d->viaHelper(std::move(done)));
}

void SystemBackend::setLimits(quint32 subflows, quint32 addAddrAccepted, bool keepAfterReboot, ActionCallback done)
{
    if (!keepAfterReboot && !d->state.limitsPersistent) {
        d->helperClient().setLimits(subflows, addAddrAccepted, d->viaHelper(std::move(done)));
        return;
    }
    // Saved for boot as one configuration: the current switch and endpoints with the new limits.
    helperclient::ConfigurationRequest config;
    config.enabled = d->kernel.enabled.value_or(1) != 0;
    config.subflows = subflows;
    config.addAddrAccepted = addAddrAccepted;
    config.persistent = keepAfterReboot;
    for (const EndpointInfo &e : std::as_const(d->state.endpoints))
        config.endpoints.append({ uint(e.id), e.address, e.port, e.flags, e.interfaceName });
    d->helperClient().applyConfiguration(
        config, [this, keepAfterReboot, done = d->viaHelper(std::move(done))](const helperclient::HelperError &e) {
            if (e.ok())
                d->state.limitsPersistent = keepAfterReboot;
            done(e);
        });
}

void SystemBackend::setSysctl(const QString &name, const QString &value, bool keepAfterReboot, ActionCallback done)
{
    d->helperClient().setSysctl(name, value, keepAfterReboot, d->viaHelper(std::move(done)));
}

void SystemBackend::addEndpoint(const EndpointSpec &spec, ActionCallback done)
{
    d->helperClient().addEndpoint(
        { uint(spec.id), spec.address, spec.port, spec.flags, spec.interfaceName }, d->viaHelper(std::move(done)));
}

void SystemBackend::setEndpointFlags(int id, const QStringList &flags, ActionCallback done)
{
    d->helperClient().setEndpointFlags(uint(id), flags, d->viaHelper(std::move(done)));
}

void SystemBackend::deleteEndpoint(int id, ActionCallback done)
{
    d->helperClient().deleteEndpoint(uint(id), d->viaHelper(std::move(done)));
}

void SystemBackend::flushEndpoints(ActionCallback done)
{
    d->helperClient().flushEndpoints(d->viaHelper(std::move(done)));
}

void SystemBackend::setConnectionMptcpFlags(const QString &uuid, quint32 nmFlags, ActionCallback done)
{
    auto finish = d->afterChange(std::move(done));
    d->network.networkManager().setConnectionMptcpFlags(
        uuid, nmFlags, [this, uuid, finish](const nm::NmChangeResult &r) {
            using Outcome = nm::NmChangeResult::Outcome;
            if (r.outcome == Outcome::NeedsReactivation) {
                // NetworkManager refused to reapply in place: activate the profile again.
                d->network.networkManager().reactivate(uuid, [finish](const nm::NmChangeResult &again) {
                    finish(again.outcome == Outcome::Failed ? ActionResult::failure(again.message)
                                                            : ActionResult::success());
                });
                return;
            }
            if (r.outcome == Outcome::Failed) {
                // NetworkManager's polkit refusal reads "Insufficient privileges" / "not authorized".
                const bool denied = r.message.contains(QLatin1String("privilege"), Qt::CaseInsensitive)
                    || r.message.contains(QLatin1String("authoriz"), Qt::CaseInsensitive);
                finish(ActionResult::failure(r.message, denied));
                return;
            }
            finish(ActionResult::success());
        });
}

void SystemBackend::setGlobalDefaultFlags(quint32 nmFlags, ActionCallback done)
{
    d->helperClient().setNetworkManagerDefaultFlags(
        nmFlagWords(nmFlags), [this, done = d->viaHelper(std::move(done))](bool, const helperclient::HelperError &e) {
            // NetworkManager reloads its configuration; the conf watcher picks the drop-in up.
            done(e);
        });
}

} // namespace mptcp::models
