// Seeded random inputs against the helper's validation (label "fuzz", meant for
// ASan/UBSan builds): nothing crashes, every accepted value obeys the kernel's and
// NetworkManager's rules, every rejection explains itself, and accepted values
// survive the trip to the wire form and to the saved-configuration file unchanged.
// MPTCP_FUZZ_SEED and MPTCP_FUZZ_CASES override the defaults.
#include "mptcp/helper/savedconfig.h"
#include "mptcp/helper/validation.h"

#include <QTest>

#include <algorithm>
#include <random>

using namespace mptcp::helper;

namespace {

class Generator {
public:
    explicit Generator(std::uint64_t seed) : m_rng(seed) {}

    uint below(uint n) { return std::uniform_int_distribution<uint>(0, n - 1)(m_rng); }
    bool chance(uint percent) { return below(100) < percent; }

    uint number()
    {
        static constexpr uint edges[] = {0, 1, 2, 7, 8, 9, 254, 255, 256, 65535, 65536, 0x7fffffff, 0xffffffff};
        return chance(50) ? edges[below(std::size(edges))] : std::uniform_int_distribution<uint>()(m_rng);
    }

    QString garbage(int maxLen)
    {
        QString s;
        const int len = static_cast<int>(below(static_cast<uint>(maxLen) + 1));
        for (int i = 0; i < len; ++i) {
            // Mostly ASCII, sometimes control characters, surrogates and other planes.
            const uint pick = below(10);
            const char16_t c = pick < 7 ? char16_t(0x20 + below(95)) : pick < 8 ? char16_t(below(0x20)) : char16_t(below(0xffff) + 1);
            s.append(QChar(c));
        }
        return s;
    }

    QString address()
    {
        static const char *const pool[] = {"10.0.0.1", "192.0.2.255", "0.0.0.0", "255.255.255.255", "224.1.1.1",
                                           "2001:db8::1", "::", "::1", "ff02::1", "::ffff:1.2.3.4", "fe80::1%lo",
                                           "1.2.3", "1.2.3.4.5", "01.2.3.4", "1::2::3", "2001:db8::1/64", "abc"};
        if (chance(30))
            return garbage(50);
        if (chance(30))
            return QStringLiteral("%1.%2.%3.%4").arg(below(300)).arg(below(300)).arg(below(300)).arg(below(300));
        return QLatin1String(pool[below(std::size(pool))]);
    }

    QStringList words(std::initializer_list<const char *> pool)
    {
        QStringList out;
        const uint n = below(chance(5) ? 12 : 4);
        for (uint i = 0; i < n; ++i) {
            if (chance(10))
                out << garbage(12);
            else
                out << QLatin1String(pool.begin()[below(static_cast<uint>(pool.size()))]);
        }
        return out;
    }

    QString interface()
    {
        static const char *const pool[] = {"", "eth0", "veth1", "lo", "abcdefghijklmno", "abcdefghijklmnop", "a/b", ".", "..", "x y", "wlan0:1"};
        return chance(20) ? garbage(20) : QLatin1String(pool[below(std::size(pool))]);
    }

    EndpointSpec endpoint()
    {
        return EndpointSpec{chance(60) ? below(260) : number(), address(), chance(60) ? (chance(50) ? 0u : below(70000)) : number(),
                            words({"signal", "subflow", "backup", "fullmesh", "laminar", "implicit", "SIGNAL"}), interface()};
    }

    QByteArray mutate(QByteArray json)
    {
        const uint edits = 1 + below(4);
        for (uint i = 0; i < edits && !json.isEmpty(); ++i) {
            const qsizetype at = below(static_cast<uint>(json.size()));
            switch (below(4)) {
            case 0: json[at] = char(below(256)); break;
            case 1: json.remove(at, 1 + below(8)); break;
            case 2: json.insert(at, "\"x\":[1,{}],"); break;
            default: json.truncate(at); break;
            }
        }
        return json;
    }

private:
    std::mt19937_64 m_rng;
};

bool endpointObeysKernelRules(const EndpointRequest &r)
{
    const std::uint32_t f = r.endpoint.flags;
    using namespace mptcp::nl;
    if (f & ~std::uint32_t(FlagSignal | FlagSubflow | FlagBackup | FlagFullmesh | FlagLaminar))
        return false;
    if ((f & FlagSignal) && (f & FlagFullmesh))
        return false;
    if (r.endpoint.port && (f & (FlagSignal | FlagSubflow)) != FlagSignal)
        return false;
    if (r.endpoint.address.family != 2 /*AF_INET*/ && r.endpoint.address.family != 10 /*AF_INET6*/)
        return false;
    return r.interface.size() <= MaxInterfaceNameLength;
}

} // namespace

class TestHelperFuzz : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void randomArgumentsNeverYieldInvalidRequests();
};

void TestHelperFuzz::randomArgumentsNeverYieldInvalidRequests()
{
    const std::uint64_t seed = qEnvironmentVariableIsSet("MPTCP_FUZZ_SEED") ? qEnvironmentVariable("MPTCP_FUZZ_SEED").toULongLong() : 20261127;
    const int cases = qEnvironmentVariableIsSet("MPTCP_FUZZ_CASES") ? qEnvironmentVariableIntValue("MPTCP_FUZZ_CASES") : 120000;
    qInfo("seed %llu, %d cases", static_cast<unsigned long long>(seed), cases);
    Generator gen(seed);
    int accepted = 0;
    int rejected = 0;
    auto check = [&](bool ok, const QString &error, const char *what, int i) {
        if (ok) {
            ++accepted;
            return;
        }
        ++rejected;
        if (error.isEmpty() || error.size() > 400)
            QFAIL(qPrintable(QStringLiteral("case %1 (%2): rejection without a bounded message: %3").arg(i).arg(QLatin1String(what), error)));
    };

    for (int i = 0; i < cases; ++i) {
        switch (i % 7) {
        case 0: {
            const uint s = gen.chance(50) ? gen.below(12) : gen.number();
            const uint a = gen.chance(50) ? gen.below(12) : gen.number();
            const auto r = validateLimits(s, a);
            QCOMPARE(r.ok(), s <= MaxLimit && a <= MaxLimit);
            check(r.ok(), r.error, "limits", i);
            break;
        }
        case 1: {
            const EndpointSpec spec = gen.endpoint();
            const auto r = validateEndpoint(spec, QStringLiteral("e"));
            check(r.ok(), r.error, "endpoint", i);
            if (r.ok()) {
                QVERIFY2(endpointObeysKernelRules(*r.value), qPrintable(spec.address));
                QCOMPARE(r.value->endpoint.id, spec.id);
                // Wire form and back give the same request.
                const auto again = validateEndpoint(toSpec(*r.value), QStringLiteral("e"));
                QVERIFY(again.ok());
                QVERIFY(*again.value == *r.value);
            }
            break;
        }
        case 2: {
            const auto words = gen.words({"backup", "fullmesh", "signal", "nobackup"});
            const auto r = validateChangeFlags(words);
            check(r.ok(), r.error, "change flags", i);
            if (r.ok())
                QVERIFY((*r.value & ~std::uint32_t(mptcp::nl::FlagBackup | mptcp::nl::FlagFullmesh)) == 0);
            break;
        }
        case 3: {
            const auto words = gen.words({"disabled", "enabled", "also-without-sysctl", "also-without-default-route", "signal",
                                          "subflow", "backup", "fullmesh", "laminar", "0x22"});
            const auto r = validateNetworkManagerFlags(words);
            check(r.ok(), r.error, "nm flags", i);
            if (r.ok()) {
                const std::uint32_t f = *r.value;
                QVERIFY(f <= 0x1ff);
                QVERIFY(!(f & 0x1) || f == 0x1);
                QVERIFY(!((f & 0x10) && (f & 0x80)));
                QVERIFY(f == 0 || f == 0x1 || (f & 0x2));
            }
            break;
        }
        case 4: {
            EndpointList endpoints;
            const uint n = gen.below(gen.chance(2) ? 80 : 5);
            for (uint k = 0; k < n; ++k)
                endpoints << gen.endpoint();
            const auto r = validateConfiguration(gen.chance(50), gen.below(10), gen.below(10), endpoints);
            check(r.ok(), r.error, "configuration", i);
            if (r.ok()) {
                const auto back = parseConfiguration(serializeConfiguration(*r.value));
                QVERIFY2(back.ok(), qPrintable(back.error));
                QVERIFY(*back.value == *r.value);
            }
            break;
        }
        case 5: {
            static const char *const names[] = {"net.mptcp.enabled", "net.mptcp.pm_type", "net.mptcp.path_manager",
                                                "net.ipv4.conf.%1.rp_filter", "net.ipv4.ip_forward", "net.ipv4.conf.%1.forwarding"};
            static const char *const values[] = {"0", "1", "2", "3", "kernel", "userspace", "-1", "01", " 1", "1\n", ""};
            QString name = gen.chance(10) ? gen.garbage(40) : QLatin1String(names[gen.below(std::size(names))]);
            if (name.contains(QLatin1String("%1")))
                name = name.arg(gen.chance(20) ? QStringLiteral("all") : gen.interface());
            const QString value = gen.chance(20) ? gen.garbage(10) : QLatin1String(values[gen.below(std::size(values))]);
            const auto r = validateSysctl(name, value);
            check(r.ok(), r.error, "sysctl", i);
            if (r.ok()) {
                // Whatever was asked, only these files can be written, with a plain value.
                const QString path = r.value->procPath();
                QVERIFY2(!path.contains(QLatin1String("..")) && path.count(QLatin1Char('/')) == (path.startsWith(QLatin1String("net/ipv4/")) ? 4 : 2),
                         qPrintable(path));
                QVERIFY2(path == QLatin1String("net/mptcp/enabled") || path == QLatin1String("net/mptcp/pm_type")
                             || path == QLatin1String("net/mptcp/path_manager")
                             || (path.startsWith(QLatin1String("net/ipv4/conf/")) && path.endsWith(QLatin1String("/rp_filter"))),
                         qPrintable(path));
                QVERIFY2(!value.isEmpty() && std::all_of(value.cbegin(), value.cend(), [](QChar c) { return c.isLetterOrNumber() || c == QLatin1Char('_'); })
                             && value.size() < 16,
                         qPrintable(value));
            }
            break;
        }
        default: {
            const QByteArray good = R"({"format":1,"enabled":true,"limits":{"subflows":2,"add_addr_accepted":1},)"
                                    R"("endpoints":[{"id":1,"address":"10.0.0.2","port":0,"flags":["subflow"],"interface":""}]})";
            const auto r = parseConfiguration(gen.mutate(good));
            check(r.ok(), r.error, "saved file", i);
            if (r.ok())
                for (const EndpointRequest &e : r.value->endpoints)
                    QVERIFY(endpointObeysKernelRules(e));
            break;
        }
        }
    }
    qInfo("accepted %d, rejected %d", accepted, rejected);
    QVERIFY(accepted > cases / 20);
    QVERIFY(rejected > cases / 20);
}

QTEST_GUILESS_MAIN(TestHelperFuzz)
#include "tst_helper_fuzz.moc"
