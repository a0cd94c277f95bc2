#include "differential.h"

#include "mptcp/kernel/kernelstate.h"
#include "nmsandbox.h"
#include "testsupport.h"

#include <QDeadlineTimer>
#include <QFile>
#include <QHash>
#include <QProcess>
#include <QTest>

#include <cstring>

#include <arpa/inet.h>
#include <net/if.h>
#include <netinet/in.h>
#include <sys/socket.h>
#include <unistd.h>

namespace mptcp::test {

namespace {

QString words(const std::optional<quint32> &flags)
{
    if (!flags)
        return QStringLiteral("null");
    const QStringList w = explain::kernelFlagWords(*flags);
    return QLatin1Char('[') + w.join(QLatin1Char(',')) + QLatin1Char(']');
}

// inet_ntop's form of an address text (what the readers print), the text itself if unparsable.
QString canonical(const QString &text)
{
    const QByteArray bytes = text.toLatin1();
    const int af = text.contains(QLatin1Char(':')) ? AF_INET6 : AF_INET;
    unsigned char buf[16] = {};
    char out[INET6_ADDRSTRLEN] = {};
    if (inet_pton(af, bytes.constData(), buf) != 1 || !inet_ntop(af, buf, out, sizeof out))
        return text;
    return QString::fromLatin1(out);
}

QString addressOnly(const QString &withPrefix)
{
    return canonical(withPrefix.section(QLatin1Char('/'), 0, 0));
}

// "ADDRESS REST" with the address in canonical form.
QString canonicalLine(const QString &line)
{
    const qsizetype space = line.indexOf(QLatin1Char(' '));
    return space < 0 ? canonical(line) : canonical(line.left(space)) + line.mid(space);
}

} // namespace

ProfileSpec ProfileSpec::standard(const QString &iface, int subnet, const QString &flags)
{
    ProfileSpec p;
    p.iface = iface;
    p.subnet = subnet;
    p.flags = flags;
    p.ipv4 = {QStringLiteral("10.0.%1.2/24").arg(subnet)};
    p.ipv6 = {QStringLiteral("2001:db8:%1::2/64").arg(subnet)};
    p.gw4 = QStringLiteral("10.0.%1.1").arg(subnet);
    p.gw6 = QStringLiteral("2001:db8:%1::1").arg(subnet);
    return p;
}

quint32 ProfileSpec::flagsValue() const
{
    return flags.toUInt(nullptr, 0);
}

NmDifferential::~NmDifferential()
{
    stop();
}

bool NmDifferential::start(const QList<ProfileSpec> &profiles, int mptcpSysctl, QString *error)
{
    Sandbox::Options o;
    o.links.clear();
    o.mptcpSysctl = mptcpSysctl;
    for (int i = 0; i < profiles.size(); ++i) {
        const ProfileSpec &p = profiles.at(i);
        o.links << QStringLiteral("%1:%2").arg(p.iface).arg(i);
        // Created simple; apply() below brings each to its spec through nmcli.
        o.connections[p.name() + QStringLiteral(".nmconnection")] = Sandbox::keyfile(
            p.name(), p.iface,
            {QStringLiteral("--subnet"), QString::number(i), QStringLiteral("--mptcp-flags"), p.flags});
        ProfileSpec initial = ProfileSpec::standard(p.iface, i, p.flags);
        m_profiles.insert(p.iface, initial);
        m_applied.insert(p.iface, initial.flagsValue());
        m_fresh.insert(p.iface);
    }
    if (!m_sb.up(o, error))
        return false;

    m_reader = sandboxNetworkStateReader(m_sb, error);
    if (!m_reader)
        return false;
    for (const ProfileSpec &p : profiles) {
        const QString problem = apply(p);
        if (!problem.isEmpty()) {
            *error = problem;
            return false;
        }
    }
    return true;
}

QString NmDifferential::stop()
{
    m_reader.reset();
    QString error;
    if (m_sb.isUp() && !m_sb.down(&error))
        return error;
    return {};
}

QString NmDifferential::nmcli(const QStringList &args)
{
    QString out;
    const int rc = m_sb.nmcli(args, &out);
    // nmcli 1.42 exits 0 on some refusals; "Error:" is what it prints then.
    if (rc != 0 || out.contains(QLatin1String("Error:")))
        return QStringLiteral("nmcli %1 failed (%2): %3").arg(args.join(QLatin1Char(' '))).arg(rc).arg(out.trimmed());
    return {};
}

QString NmDifferential::apply(const ProfileSpec &spec, bool force)
{
    if (!force && m_fresh.contains(spec.iface) && m_profiles.value(spec.iface) == spec)
        return {};
    QStringList args{QStringLiteral("connection"), QStringLiteral("modify"), spec.name(),
                     QStringLiteral("connection.mptcp-flags"), spec.flags};
    const auto family = [&](const QString &ip, const QStringList &addrs, const QString &gw, bool neverDefault) {
        args << ip + QStringLiteral(".method")
             << (addrs.isEmpty() ? QStringLiteral("disabled") : QStringLiteral("manual"));
        args << ip + QStringLiteral(".addresses") << addrs.join(QLatin1Char(','));
        args << ip + QStringLiteral(".gateway") << (addrs.isEmpty() ? QString() : gw);
        args << ip + QStringLiteral(".never-default") << (neverDefault ? QStringLiteral("yes") : QStringLiteral("no"));
        args << ip + QStringLiteral(".route-table") << QString::number(spec.routeTable);
    };
    family(QStringLiteral("ipv4"), spec.ipv4, spec.gw4, spec.neverDefault4);
    if (spec.ipv6SlaacWithPrivacy) {
        args << QStringLiteral("ipv6.method") << QStringLiteral("auto") << QStringLiteral("ipv6.addresses") << QString()
             << QStringLiteral("ipv6.gateway") << QString() << QStringLiteral("ipv6.never-default")
             << (spec.neverDefault6 ? QStringLiteral("yes") : QStringLiteral("no")) << QStringLiteral("ipv6.route-table")
             << QString::number(spec.routeTable) << QStringLiteral("ipv6.ip6-privacy") << QStringLiteral("2");
    } else {
        family(QStringLiteral("ipv6"), spec.ipv6, spec.gw6, spec.neverDefault6);
        args << QStringLiteral("ipv6.ip6-privacy") << QStringLiteral("-1");
    }
    QString problem = nmcli(args);
    if (!problem.isEmpty())
        return problem;
    const QStringList up{QStringLiteral("--wait"), QStringLiteral("20"), QStringLiteral("connection"),
                         QStringLiteral("up"), spec.name()};
    if (spec.ipv6SlaacWithPrivacy) {
        // Activation waits for IPv6: advertise the prefix until it is done.
        QProcess nmcliUp;
        nmcliUp.setProcessEnvironment(m_sb.clientEnvironment());
        nmcliUp.setProcessChannelMode(QProcess::MergedChannels);
        nmcliUp.start(QStringLiteral("nmcli"), up);
        QDeadlineTimer deadline(25000);
        while (!nmcliUp.waitForFinished(300) && !deadline.hasExpired()) {
            problem = sendRouterAdvertisement(spec.subnet);
            if (!problem.isEmpty())
                break;
        }
        if (nmcliUp.state() != QProcess::NotRunning) {
            nmcliUp.kill();
            nmcliUp.waitForFinished();
        }
        const QString out = QString::fromLocal8Bit(nmcliUp.readAll());
        if (problem.isEmpty() && (nmcliUp.exitCode() != 0 || out.contains(QLatin1String("Error:"))))
            problem = QStringLiteral("nmcli connection up %1 failed: %2").arg(spec.name(), out.trimmed());
    } else {
        problem = nmcli(up);
    }
    if (!problem.isEmpty())
        return problem;
    m_profiles.insert(spec.iface, spec);
    m_applied.insert(spec.iface, spec.flagsValue());
    m_fresh.insert(spec.iface);
    return {};
}

QString NmDifferential::applyAll(const QList<ProfileSpec> &specs, bool force)
{
    for (const ProfileSpec &s : specs) {
        const QString problem = apply(s, force);
        if (!problem.isEmpty())
            return problem;
    }
    return {};
}

QString NmDifferential::modifyOnly(const QString &iface, const QString &flags)
{
    const QString problem = nmcli({QStringLiteral("connection"), QStringLiteral("modify"),
                                   m_profiles.value(iface).name(), QStringLiteral("connection.mptcp-flags"), flags});
    if (problem.isEmpty())
        m_profiles[iface].flags = flags;
    return problem;
}

QString NmDifferential::deviceReapply(const QString &iface)
{
    const QString problem = nmcli({QStringLiteral("device"), QStringLiteral("reapply"), iface});
    if (problem.isEmpty())
        m_applied.insert(iface, m_profiles.value(iface).flagsValue());
    return problem;
}

QString NmDifferential::sendRouterAdvertisement(int subnet)
{
    EnteredNetns ns(m_sb.routerNetns());
    if (!ns.entered())
        return QStringLiteral("cannot enter %1").arg(m_sb.routerNetns());
    const QByteArray iface = QStringLiteral("rt%1").arg(subnet).toLatin1();
    const unsigned ifindex = if_nametoindex(iface.constData());
    const int fd = ::socket(AF_INET6, SOCK_RAW | SOCK_CLOEXEC, IPPROTO_ICMPV6);
    if (ifindex == 0 || fd < 0) {
        if (fd >= 0)
            ::close(fd);
        return QStringLiteral("cannot open an ICMPv6 socket on %1").arg(QString::fromLatin1(iface));
    }
    // RFC 4861: hop limit 255 and a link-local source (the kernel picks rtN's for ff02::1).
    const int hops = 255;
    const int outIf = int(ifindex);
    ::setsockopt(fd, IPPROTO_IPV6, IPV6_MULTICAST_HOPS, &hops, sizeof hops);
    ::setsockopt(fd, IPPROTO_IPV6, IPV6_MULTICAST_IF, &outIf, sizeof outIf);

    // Router advertisement (type 134) + one prefix information option (type 3, 4×8 bytes);
    // the kernel fills in the ICMPv6 checksum of raw ICMPv6 sockets.
    unsigned char ra[16 + 32] = {};
    ra[0] = 134;
    ra[4] = 64;                           // current hop limit
    const quint16 routerLifetime = htons(1800);
    std::memcpy(ra + 6, &routerLifetime, 2);
    unsigned char *pio = ra + 16;
    pio[0] = 3;
    pio[1] = 4;
    pio[2] = 64;                          // prefix length
    pio[3] = 0xc0;                        // on-link, autonomous
    const quint32 valid = htonl(3600);
    const quint32 preferred = htonl(1800);
    std::memcpy(pio + 4, &valid, 4);
    std::memcpy(pio + 8, &preferred, 4);
    const QByteArray prefix = QStringLiteral("2001:db8:%1::").arg(subnet).toLatin1();
    inet_pton(AF_INET6, prefix.constData(), pio + 16);

    sockaddr_in6 to{};
    to.sin6_family = AF_INET6;
    to.sin6_scope_id = ifindex;
    inet_pton(AF_INET6, "ff02::1", &to.sin6_addr);
    const ssize_t sent = ::sendto(fd, ra, sizeof ra, 0, reinterpret_cast<const sockaddr *>(&to), sizeof to);
    ::close(fd);
    if (sent != ssize_t(sizeof ra))
        return QStringLiteral("sending a router advertisement on %1 failed").arg(QString::fromLatin1(iface));
    return {};
}

QString NmDifferential::setSysctl(int value)
{
    EnteredNetns ns(m_sb.deviceNetns());
    QFile f(QStringLiteral("/proc/sys/net/mptcp/enabled"));
    if (!ns.entered() || !f.open(QIODevice::WriteOnly) || f.write(QByteArray::number(value)) < 0)
        return QStringLiteral("cannot set net.mptcp.enabled=%1 in %2").arg(value).arg(m_sb.deviceNetns());
    m_fresh.clear();
    return {};
}

QString NmDifferential::writeConf(const QString &name, const QByteArray &text)
{
    const QString path = m_sb.stateDir() + QStringLiteral("/etc-nm/conf.d/") + name;
    if (text.isEmpty()) {
        QFile::remove(path);
    } else {
        QFile f(path);
        if (!f.open(QIODevice::WriteOnly | QIODevice::Truncate) || f.write(text) != text.size())
            return QStringLiteral("cannot write %1").arg(path);
    }
    m_fresh.clear();
    return nmcli({QStringLiteral("general"), QStringLiteral("reload"), QStringLiteral("conf")});
}

explain::Snapshot NmDifferential::snapshot()
{
    explain::Snapshot s;
    {
        EnteredNetns ns(m_sb.deviceNetns());
        if (ns.entered())
            s.kernel = kernel::toKernelState(kernel::readKernel());
        else
            s.kernel.endpointsKnown = false;
    }
    m_reader->fill(s);
    // The reader knows whether it read the applied connection and which match-device specs
    // it cannot evaluate, and sees the address flags that tell NM's addresses from others,
    // but does not put these in the Snapshot yet (core/nm is not this test's); fill them in
    // the way the reader is meant to.
    QHash<QString, nm::NmDevice> nmDevices;
    for (const nm::NmDevice &d : m_reader->networkManager().devices())
        nmDevices.insert(d.device.ifname, d);
    for (explain::Device &d : s.devices) {
        const auto nd = nmDevices.constFind(d.ifname);
        if (nd == nmDevices.constEnd())
            continue;
        if (d.connection)
            d.connection->appliedKnown = nd->appliedKnown;
        for (explain::Address &a : d.addresses) {
            if (a.origin == explain::AddressOrigin::Unknown)
                a.origin = explain::addressOriginOnActivatedDevice(a);
        }
        for (explain::ConfDefault &c : d.confDefaults) {
            if (c.matchDevice.isEmpty())
                continue;
            const nm::DeviceMatch m = nm::matchDevice(nm::splitMatchSpecs(c.matchDevice), nd->match);
            c.matchUnknown = m.outcome == nm::MatchOutcome::Unknown;
            c.unsupportedSpec = m.unsupportedSpec;
        }
    }
    return s;
}

QStringList NmDifferential::kernelTable(const explain::Snapshot &snapshot) const
{
    QHash<int, QString> names;
    for (const explain::Device &d : snapshot.devices)
        names.insert(d.effectiveIpIfindex(), d.effectiveIpIfname());
    QStringList table;
    for (const explain::KernelEndpoint &e : snapshot.kernel.endpoints) {
        const QStringList w = explain::kernelFlagWords(e.flags);
        QString line = QStringLiteral("%1 %2 dev %3")
                           .arg(e.address, w.isEmpty() ? QStringLiteral("-") : w.join(QLatin1Char(',')),
                                names.value(e.ifindex, QStringLiteral("#%1").arg(e.ifindex)));
        if (e.port != 0)
            line += QStringLiteral(" port %1").arg(e.port);
        table << line;
    }
    table.sort();
    return table;
}

QString NmDifferential::readerLag(const explain::Snapshot &snapshot) const
{
    if (!snapshot.networkManager.running)
        return QStringLiteral("reader: NetworkManager not seen yet");
    for (auto it = m_profiles.constBegin(); it != m_profiles.constEnd(); ++it) {
        const explain::Device *dev = nullptr;
        for (const explain::Device &d : snapshot.devices) {
            if (d.ifname == it.key())
                dev = &d;
        }
        if (!dev || !dev->connection || dev->state != explain::DeviceState::Activated)
            return QStringLiteral("reader: %1 not activated yet").arg(it.key());
        if (!dev->connection->appliedKnown)
            return QStringLiteral("reader: applied connection of %1 not read yet").arg(it.key());
        if (dev->connection->mptcpFlags != m_applied.value(it.key()))
            return QStringLiteral("reader: %1 applied flags 0x%2, want 0x%3")
                .arg(it.key())
                .arg(dev->connection->mptcpFlags, 0, 16)
                .arg(m_applied.value(it.key()), 0, 16);
        QSet<QString> have;
        for (const explain::Address &a : dev->addresses)
            have.insert(a.address);
        for (const QString &a : it->ipv4 + (it->ipv6SlaacWithPrivacy ? QStringList() : it->ipv6)) {
            const QString plain = addressOnly(a);
            if (!have.contains(plain))
                return QStringLiteral("reader: %1 lacks address %2").arg(it.key(), plain);
        }
    }
    return {};
}

QString NmDifferential::awaitAgreement(const QStringList &expectedTable, const ScenarioCheck &check, int timeoutMs)
{
    QStringList want;
    for (const QString &line : expectedTable)
        want << canonicalLine(line);
    want.sort();
    QDeadlineTimer deadline(timeoutMs);
    QString last;
    do {
        QTest::qWait(50);
        const explain::Snapshot s = snapshot();
        const QStringList table = kernelTable(s);
        const QString lag = readerLag(s);
        const explain::Explanation e = explain::explain(s);
        QStringList problems;
        if (table != want)
            problems << QStringLiteral("kernel table is\n    %1\n  NetworkManager was expected to make\n    %2")
                            .arg(table.join(QLatin1String("\n    ")), want.join(QLatin1String("\n    ")));
        if (!lag.isEmpty())
            problems << lag;
        if (problems.isEmpty())
            problems << (check ? check(s, e) : strictAgreement(s, e));
        if (problems.isEmpty())
            return {};
        last = problems.join(QLatin1Char('\n')) + QLatin1Char('\n') + describe(s, e);
    } while (!deadline.hasExpired());
    QString addresses;
    m_sb.ip({QStringLiteral("-br"), QStringLiteral("addr")}, &addresses);
    return last + QStringLiteral("\nip -br addr:\n") + addresses;
}

QString NmDifferential::checkAgreementAfter(int settleMs, const ScenarioCheck &check)
{
    QTest::qWait(settleMs);
    QDeadlineTimer deadline(8000);
    QString last;
    do {
        const explain::Snapshot s = snapshot();
        const explain::Explanation e = explain::explain(s);
        const QString lag = readerLag(s);
        const QStringList problems = !lag.isEmpty() ? QStringList{lag} : check ? check(s, e) : strictAgreement(s, e);
        if (problems.isEmpty())
            return {};
        last = problems.join(QLatin1Char('\n')) + QLatin1Char('\n') + describe(s, e);
        QTest::qWait(50);
    } while (!deadline.hasExpired());
    return last;
}

QStringList NmDifferential::strictAgreement(const explain::Snapshot &snapshot, const explain::Explanation &e)
{
    QStringList problems;
    int predicted = 0;
    for (const explain::Row &r : e.rows) {
        if (r.verdict != explain::Verdict::Ok && r.verdict != explain::Verdict::None)
            problems << QStringLiteral("row %1 %2: verdict %3").arg(r.device, r.address, explain::verdictName(r.verdict));
        if (r.verdict == explain::Verdict::Ok)
            ++predicted;
    }
    for (const explain::ExtraEndpoint &x : e.extras)
        problems << QStringLiteral("kernel endpoint %1 (id %2) not predicted: %3")
                        .arg(x.endpoint.address)
                        .arg(x.endpoint.id)
                        .arg(x.text);
    if (predicted != snapshot.kernel.endpoints.size())
        problems << QStringLiteral("%1 kernel endpoints, %2 predicted").arg(snapshot.kernel.endpoints.size()).arg(predicted);
    return problems;
}

QString NmDifferential::describe(const explain::Snapshot &snapshot, const explain::Explanation &e)
{
    QStringList lines;
    lines << QStringLiteral("net.mptcp.enabled=%1").arg(snapshot.kernel.enabled.value_or(-1));
    for (const explain::Device &d : snapshot.devices) {
        lines << QStringLiteral("device %1 ifindex %2 state %3 flags %4 applied-known %5 gw4 %6 gw6 %7 conf %8")
                     .arg(d.ifname)
                     .arg(d.effectiveIpIfindex())
                     .arg(int(d.state))
                     .arg(d.connection ? QStringLiteral("0x%1").arg(d.connection->mptcpFlags, 0, 16) : QStringLiteral("-"))
                     .arg(d.connection && d.connection->appliedKnown)
                     .arg(d.nmDefaultRoute4)
                     .arg(d.nmDefaultRoute6)
                     .arg(d.confDefaults.size());
    }
    for (const explain::Row &r : e.rows) {
        lines << QStringLiteral("  %1 %2 expected=%3 kernel=%4 verdict=%5 | %6 | %7")
                     .arg(r.device, r.address, words(r.expectedFlags), words(r.kernelFlags),
                          explain::verdictName(r.verdict), r.reasonText, r.verdictText);
    }
    for (const explain::ExtraEndpoint &x : e.extras)
        lines << QStringLiteral("  extra %1 id %2 dev #%3 %4").arg(x.endpoint.address).arg(x.endpoint.id)
                     .arg(x.endpoint.ifindex).arg(x.text);
    for (const explain::Warning &w : e.warnings)
        lines << QStringLiteral("  warning %1: %2").arg(int(w.kind)).arg(w.text);
    return lines.join(QLatin1Char('\n'));
}

const explain::Row *rowFor(const explain::Explanation &explanation, const QString &address)
{
    for (const explain::Row &r : explanation.rows) {
        if (r.address == address)
            return &r;
    }
    return nullptr;
}

} // namespace mptcp::test
