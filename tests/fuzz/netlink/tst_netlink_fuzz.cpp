// Seeded mutation fuzzing of the three netlink parsers: golden messages mutated
// (bit flips, length-field rewrites, truncation, extension, splicing) plus purely
// random bytes. Run under ASan/UBSan, any out-of-bounds read is a failure; the
// test itself checks that every result is either an Error or a coherent value.
#include "golden.h"

#include "mptcp/netlink/pm.h"

#include <QTest>

#include <arpa/inet.h>
#include <cerrno>
#include <random>

using namespace mptcp::nl;
using golden::Bytes;

namespace {

constexpr int Iterations = 120000;

std::vector<Bytes> corpus()
{
    using namespace golden;
    std::vector<Bytes> c{endpointV4(), limits(2, 0)};
    const Bytes a6{0x20, 0x01, 0x0d, 0xb8, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 1};
    c.push_back(message(Family, pm::CmdGetAddr,
                        nest(pm::AttrAddr, cat({u16(pm::AddrFamily, 10), u8(pm::AddrId, 1), attr(pm::Addr6, a6),
                                                u32(pm::AddrFlags, 0x22), u32(pm::AddrIfIdx, 2)}))));
    for (std::uint8_t t : {1, 2, 3, 6, 7, 10, 11, 13, 15, 16, 99})
        c.push_back(fullEventV4(t));
    c.push_back(message(Family, 10, cat({u16(ev::Family, 10), attr(ev::Saddr6, a6), attr(ev::Daddr6, a6)})));
    return c;
}

class Mutator {
public:
    explicit Mutator(std::uint32_t seed) : m_rng(seed) {}

    std::size_t below(std::size_t n) { return n ? std::uniform_int_distribution<std::size_t>(0, n - 1)(m_rng) : 0; }
    std::uint8_t byte() { return static_cast<std::uint8_t>(m_rng()); }

    Bytes random()
    {
        Bytes b(below(96));
        for (auto &x : b)
            x = byte();
        // Half of them get a plausible nlmsghdr so the attribute code is reached.
        if (b.size() >= 20 && below(2)) {
            const auto len = static_cast<std::uint32_t>(b.size());
            std::memcpy(b.data(), &len, 4);
            b[4] = golden::Family;
            b[5] = 0;
        }
        return b;
    }

    Bytes mutate(Bytes b, const std::vector<Bytes> &pool)
    {
        const int rounds = 1 + static_cast<int>(below(4));
        for (int r = 0; r < rounds; ++r) {
            switch (below(7)) {
            case 0: // flip a bit
                if (!b.empty())
                    b[below(b.size())] ^= static_cast<std::uint8_t>(1u << below(8));
                break;
            case 1: // overwrite a byte
                if (!b.empty())
                    b[below(b.size())] = byte();
                break;
            case 2: // rewrite a 16-bit length/type field at an attribute-aligned offset
                if (b.size() >= 24) {
                    const std::size_t off = 20 + 4 * below((b.size() - 20) / 4);
                    const auto v = static_cast<std::uint16_t>(below(2) ? below(64) : m_rng());
                    if (off + 2 <= b.size())
                        std::memcpy(b.data() + off, &v, 2);
                }
                break;
            case 3: // truncate, sometimes keeping nlmsg_len consistent
                if (!b.empty()) {
                    b.resize(below(b.size()));
                    if (b.size() >= 4 && below(2)) {
                        const auto len = static_cast<std::uint32_t>(b.size());
                        std::memcpy(b.data(), &len, 4);
                    }
                }
                break;
            case 4: // append random bytes and claim them in nlmsg_len
                for (std::size_t i = below(12); i > 0; --i)
                    b.push_back(byte());
                if (b.size() >= 4) {
                    const auto len = static_cast<std::uint32_t>(b.size());
                    std::memcpy(b.data(), &len, 4);
                }
                break;
            case 5: // splice the attribute area of another golden message
            {
                const Bytes &other = pool[below(pool.size())];
                if (other.size() > 20 && b.size() > 20) {
                    b.resize(20 + below(b.size() - 20));
                    const std::size_t from = 20 + below(other.size() - 20);
                    b.insert(b.end(), other.begin() + static_cast<std::ptrdiff_t>(from), other.end());
                    const auto len = static_cast<std::uint32_t>(b.size());
                    std::memcpy(b.data(), &len, 4);
                }
                break;
            }
            default: // random nlmsg_len
                if (b.size() >= 4) {
                    const auto len = static_cast<std::uint32_t>(below(2) ? below(b.size() + 8) : m_rng());
                    std::memcpy(b.data(), &len, 4);
                }
                break;
            }
        }
        return b;
    }

private:
    std::mt19937 m_rng;
};

bool coherent(const IpAddress &a)
{
    return a.family == AF_INET || a.family == AF_INET6;
}

} // namespace

class TestNetlinkFuzz : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void parsersSurviveMutatedAndRandomInput()
    {
        const QByteArray seedEnv = qgetenv("MPTCP_FUZZ_SEED");
        const std::uint32_t seed = seedEnv.isEmpty() ? 0x6d707463u : seedEnv.toUInt();
        qInfo("seed %u (set MPTCP_FUZZ_SEED to replay another)", seed);
        const auto pool = corpus();
        Mutator m(seed);
        int accepted = 0;
        int rejected = 0;
        for (int i = 0; i < Iterations; ++i) {
            // An exactly sized heap copy, so ASan sees any read past the end.
            const Bytes input = (i % 10 == 0) ? m.random() : m.mutate(pool[m.below(pool.size())], pool);
            const std::span<const std::uint8_t> view(input.data(), input.size());

            const auto ep = parseEndpointMessage(view);
            const auto lim = parseLimitsMessage(view);
            const auto ev = parseEventMessage(view);
            for (const Error *e : {ep.ok() ? nullptr : &ep.error(), lim.ok() ? nullptr : &lim.error(),
                                   ev.ok() ? nullptr : &ev.error()}) {
                if (!e)
                    continue;
                ++rejected;
                // Messages are only formatted on failure: this loop runs 10^5 times under ASan.
                if (e->code != EBADMSG || e->message.empty())
                    QFAIL(qPrintable(QStringLiteral("input %1: code %2, message \"%3\"")
                                         .arg(i)
                                         .arg(e->code)
                                         .arg(QString::fromStdString(e->message))));
            }
            if (ep.ok()) {
                ++accepted;
                if (!coherent(ep->address))
                    QFAIL(qPrintable(QStringLiteral("input %1: endpoint without a valid address").arg(i)));
            }
            if (ev.ok()) {
                ++accepted;
                if (ev->saddr)
                    QVERIFY(coherent(*ev->saddr));
                if (ev->daddr)
                    QVERIFY(coherent(*ev->daddr));
                QVERIFY(!eventTypeName(ev->type).empty());
            }
            if (lim.ok())
                ++accepted;
        }
        qInfo("%d inputs: %d parses accepted, %d rejected", Iterations, accepted, rejected);
        // Both outcomes must be exercised, or the mutator is not reaching the parsers.
        QVERIFY(accepted > Iterations / 20);
        QVERIFY(rejected > Iterations / 2);
    }
};

QTEST_GUILESS_MAIN(TestNetlinkFuzz)
#include "tst_netlink_fuzz.moc"
