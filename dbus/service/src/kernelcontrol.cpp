#include "mptcp/helper/kernelcontrol.h"

#include <QCoreApplication>
#include <QFile>
#include <QLoggingCategory>

#include <net/if.h>

#include <cerrno>
#include <cstring>
#include <functional>

Q_LOGGING_CATEGORY(lcKernel, "mptcp.helper.kernel")

namespace mptcp::helper {

namespace {

// Translation context for lupdate and at run time.
struct KernelControlText {
    Q_DECLARE_TR_FUNCTIONS(mptcp::helper::KernelControl)
};

Failure kernelRefused(const nl::Error &error)
{
    return Failure{ErrorName::KernelRefused, QString::fromStdString(error.describe())};
}

Outcome fromResult(const nl::Result<void> &result)
{
    if (result.ok())
        return std::nullopt;
    return kernelRefused(result.error());
}

QString endpointLabel(const EndpointRequest &request)
{
    const EndpointSpec spec = toSpec(request);
    QString label = spec.address;
    if (spec.id)
        label += QStringLiteral(" id %1").arg(spec.id);
    if (spec.port)
        label += QStringLiteral(" port %1").arg(spec.port);
    return label;
}

} // namespace

KernelControl::KernelControl(QString procSysDir)
    : m_procSys(std::move(procSysDir))
    , m_sysctlDir(m_procSys + QStringLiteral("/net/mptcp"))
{
}

nl::PathManager *KernelControl::pathManager(Failure *failure)
{
    if (!m_pm) {
        auto opened = nl::PathManager::open();
        if (!opened.ok()) {
            *failure = kernelRefused(opened.error());
            return nullptr;
        }
        m_pm.emplace(std::move(opened.value()));
    }
    return &*m_pm;
}

std::optional<StateSnapshot> KernelControl::readState(Failure *failure)
{
    StateSnapshot state;
    auto sysctls = nl::readSysctls(m_sysctlDir.toStdString());
    if (!sysctls.ok()) {
        *failure = kernelRefused(sysctls.error());
        return std::nullopt;
    }
    for (const nl::SysctlEntry &entry : sysctls->all)
        state.sysctls.insert(QString::fromStdString(entry.key), QString::fromStdString(entry.value));
    nl::PathManager *pm = pathManager(failure);
    if (!pm)
        return std::nullopt;
    auto limits = pm->getLimits();
    if (!limits.ok()) {
        *failure = kernelRefused(limits.error());
        return std::nullopt;
    }
    state.limits = *limits;
    auto endpoints = pm->dumpEndpoints();
    if (!endpoints.ok()) {
        *failure = kernelRefused(endpoints.error());
        return std::nullopt;
    }
    for (const nl::Endpoint &e : *endpoints) {
        EndpointRequest request{e, {}};
        char name[IF_NAMESIZE] = {};
        if (e.ifindex > 0 && ::if_indextoname(static_cast<unsigned>(e.ifindex), name))
            request.interface = QString::fromLatin1(name);
        state.endpoints << toSpec(request);
    }
    return state;
}

Outcome KernelControl::setLimits(const nl::Limits &limits)
{
    Failure failure;
    nl::PathManager *pm = pathManager(&failure);
    if (!pm)
        return failure;
    return fromResult(pm->setLimits(limits.subflows, limits.addAddrAccepted));
}

Outcome KernelControl::resolveInterface(const QString &name, const QString &argument, std::int32_t *ifindex)
{
    *ifindex = 0;
    if (name.isEmpty())
        return std::nullopt;
    const unsigned index = ::if_nametoindex(name.toLatin1().constData());
    if (index == 0)
        return Failure{ErrorName::InvalidArgument,
                       KernelControlText::tr("argument \"%1\": no interface named \"%2\" exists").arg(argument, name)};
    *ifindex = static_cast<std::int32_t>(index);
    return std::nullopt;
}

Outcome KernelControl::addEndpoint(const EndpointRequest &request)
{
    nl::Endpoint endpoint = request.endpoint;
    if (Outcome bad = resolveInterface(request.interface, QStringLiteral("interface"), &endpoint.ifindex))
        return bad;
    Failure failure;
    nl::PathManager *pm = pathManager(&failure);
    if (!pm)
        return failure;
    return fromResult(pm->addEndpoint(endpoint));
}

Outcome KernelControl::deleteEndpoint(std::uint8_t id)
{
    Failure failure;
    nl::PathManager *pm = pathManager(&failure);
    if (!pm)
        return failure;
    return fromResult(pm->deleteEndpoint(nl::EndpointSelector{id, std::nullopt, 0}));
}

Outcome KernelControl::setEndpointFlags(std::uint8_t id, std::uint32_t flags)
{
    Failure failure;
    nl::PathManager *pm = pathManager(&failure);
    if (!pm)
        return failure;
    return fromResult(pm->setFlags(nl::EndpointSelector{id, std::nullopt, 0}, flags));
}

Outcome KernelControl::flushEndpoints()
{
    Failure failure;
    nl::PathManager *pm = pathManager(&failure);
    if (!pm)
        return failure;
    return fromResult(pm->flushEndpoints());
}

std::optional<bool> KernelControl::readEnabled()
{
    QFile file(m_sysctlDir + QStringLiteral("/enabled"));
    if (!file.open(QIODevice::ReadOnly))
        return std::nullopt;
    return file.readAll().trimmed() != "0";
}

Outcome KernelControl::setEnabled(bool enabled)
{
    QFile file(m_sysctlDir + QStringLiteral("/enabled"));
    // procfs: a plain write, there is nothing to rename.
    if (!file.open(QIODevice::WriteOnly) || file.write(enabled ? "1\n" : "0\n") < 0 || !file.flush())
        return Failure{ErrorName::KernelRefused, KernelControlText::tr("cannot set net.mptcp.enabled: %1").arg(file.errorString())};
    return std::nullopt;
}

Outcome KernelControl::checkSysctl(const SysctlRequest &request)
{
    using Kind = SysctlRequest::Kind;
    if (request.kind == Kind::RpFilter && request.interface != QLatin1String("all")
        && request.interface != QLatin1String("default")) {
        std::int32_t ifindex = 0;
        if (Outcome bad = resolveInterface(request.interface, QStringLiteral("name"), &ifindex))
            return bad;
    }
    if (!QFile::exists(m_procSys + QLatin1Char('/') + request.procPath()))
        return Failure{ErrorName::InvalidArgument,
                       KernelControlText::tr("argument \"name\": this kernel has no %1").arg(request.name)};
    if (request.kind == Kind::PathManager) {
        QFile available(m_sysctlDir + QStringLiteral("/available_path_managers"));
        if (!available.open(QIODevice::ReadOnly))
            return Failure{ErrorName::InvalidArgument,
                           KernelControlText::tr("argument \"name\": this kernel does not list its path managers "
                                                 "(net.mptcp.available_path_managers)")};
        const QString offered = QString::fromUtf8(available.readAll()).simplified();
        if (!offered.split(QLatin1Char(' ')).contains(request.value))
            return Failure{ErrorName::InvalidArgument,
                           KernelControlText::tr("argument \"value\": \"%1\" is not a path manager of this kernel (available: %2)")
                               .arg(request.value, offered)};
    }
    return std::nullopt;
}

std::optional<QString> KernelControl::readSysctl(const SysctlRequest &request, Failure *failure)
{
    QFile file(m_procSys + QLatin1Char('/') + request.procPath());
    if (!file.open(QIODevice::ReadOnly)) {
        *failure = Failure{ErrorName::KernelRefused,
                           KernelControlText::tr("cannot read %1: %2").arg(request.name, file.errorString())};
        return std::nullopt;
    }
    return QString::fromUtf8(file.readAll()).trimmed();
}

Outcome KernelControl::writeSysctl(const SysctlRequest &request, const QString &value)
{
    QFile file(m_procSys + QLatin1Char('/') + request.procPath());
    // procfs: a plain write of the whole value, there is nothing to rename.
    const QByteArray text = value.toUtf8() + '\n';
    if (!file.open(QIODevice::WriteOnly) || file.write(text) != text.size() || !file.flush())
        return Failure{ErrorName::KernelRefused,
                       KernelControlText::tr("cannot set %1 to %2: %3").arg(request.name, value, file.errorString())};
    return std::nullopt;
}

Outcome KernelControl::checkInterfaces(const Configuration &config)
{
    for (std::size_t i = 0; i < config.endpoints.size(); ++i) {
        std::int32_t ifindex = 0;
        if (Outcome bad = resolveInterface(config.endpoints[i].interface,
                                           QStringLiteral("endpoints[%1].interface").arg(i), &ifindex))
            return bad;
    }
    return std::nullopt;
}

Outcome KernelControl::applyConfiguration(const Configuration &config)
{
    if (Outcome bad = checkInterfaces(config))
        return bad;
    Failure failure;
    nl::PathManager *pm = pathManager(&failure);
    if (!pm)
        return failure;

    // What to go back to.
    const std::optional<bool> oldEnabled = readEnabled();
    auto oldLimits = pm->getLimits();
    auto oldEndpoints = pm->dumpEndpoints();
    if (!oldEnabled)
        return Failure{ErrorName::KernelRefused, KernelControlText::tr("cannot read net.mptcp.enabled")};
    if (!oldLimits.ok())
        return kernelRefused(oldLimits.error());
    if (!oldEndpoints.ok())
        return kernelRefused(oldEndpoints.error());

    struct Step {
        QString label;
        std::function<Outcome()> run;
    };
    std::vector<Step> steps;
    steps.push_back({KernelControlText::tr("set net.mptcp.enabled"), [&] { return setEnabled(config.enabled); }});
    steps.push_back({KernelControlText::tr("set limits"), [&] { return fromResult(pm->setLimits(config.limits.subflows, config.limits.addAddrAccepted)); }});
    steps.push_back({KernelControlText::tr("remove the current endpoints"), [&] { return fromResult(pm->flushEndpoints()); }});
    for (std::size_t i = 0; i < config.endpoints.size(); ++i) {
        const EndpointRequest &request = config.endpoints[i];
        steps.push_back({KernelControlText::tr("add endpoints[%1] (%2)").arg(i).arg(endpointLabel(request)), [&, i] {
                             const EndpointRequest &r = config.endpoints[i];
                             nl::Endpoint endpoint = r.endpoint;
                             if (Outcome bad = resolveInterface(r.interface, QStringLiteral("interface"), &endpoint.ifindex))
                                 return bad;
                             return fromResult(pm->addEndpoint(endpoint));
                         }});
    }

    for (std::size_t k = 0; k < steps.size(); ++k) {
        Outcome failed = steps[k].run();
        if (!failed)
            continue;
        // Roll back everything, in reverse order of the steps.
        QStringList rollbackErrors;
        if (auto r = pm->flushEndpoints(); !r.ok())
            rollbackErrors << QString::fromStdString(r.error().describe());
        for (const nl::Endpoint &e : *oldEndpoints) {
            // Implicit endpoints belong to the kernel; it recreates them as needed.
            if (e.flags & nl::FlagImplicit)
                continue;
            if (auto r = pm->addEndpoint(e); !r.ok())
                rollbackErrors << QString::fromStdString(r.error().describe());
        }
        if (auto r = pm->setLimits(oldLimits->subflows, oldLimits->addAddrAccepted); !r.ok())
            rollbackErrors << QString::fromStdString(r.error().describe());
        if (Outcome r = setEnabled(*oldEnabled))
            rollbackErrors << r->message;
        QString message = KernelControlText::tr("step %1 of %2 (%3) failed: %4").arg(k + 1).arg(steps.size()).arg(steps[k].label, failed->message);
        if (rollbackErrors.isEmpty()) {
            message += KernelControlText::tr("; the previous state was restored");
        } else {
            qCWarning(lcKernel) << "rollback incomplete:" << rollbackErrors;
            message += KernelControlText::tr("; restoring the previous state also failed: %1").arg(rollbackErrors.join(QStringLiteral("; ")));
        }
        return Failure{failed->errorName, message};
    }
    return std::nullopt;
}

} // namespace mptcp::helper
