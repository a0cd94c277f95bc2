// Seeded mutation fuzzing of the two sock_diag parsers: golden replies mutated (bit
// flips, attribute length/type rewrites, truncation, extension, splicing) plus
// random bytes. Under ASan/UBSan any out-of-bounds read fails the run; the test
// itself checks every result is an EBADMSG Error or a coherent value.
#include "golden.h"

#include "mptcp/sockdiag/connections.h"

#include <QTest>

#include <cerrno>
#include <cstring>
#include <random>

using namespace mptcp::sockdiag;
using sdgolden::Bytes;

namespace {

constexpr int Iterations = 100000;

std::vector<Bytes> corpus()
{
    using namespace sdgolden;
    std::vector<Bytes> c{mptcpSocket(), subflowSocket()};
    Sock v6;
    v6.family = 10;
    v6.src = Bytes{0x20, 0x01, 0x0d, 0xb8, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 1};
    v6.dst = Bytes{0xfe, 0x80, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 2};
    c.push_back(message(v6, attr(diag::Info, mptcpInfo(Info{}, 48))));
    c.push_back(message(v6, cat({attr(diag::Info, tcpInfo(1, 2, 3, 4)), mptcpUlp(1, 2, 0x1ff, 3, 4)})));
    c.push_back(message(Sock{}, attr(diag::UlpInfo, str(diag::UlpName, "mptcp"))));
    c.push_back(message(Sock{}, attr(diag::UlpInfo, str(diag::UlpName, "tls"))));
    return c;
}

class Mutator {
public:
    explicit Mutator(std::uint32_t seed) : m_rng(seed) {}

    std::size_t below(std::size_t n) { return n ? std::uniform_int_distribution<std::size_t>(0, n - 1)(m_rng) : 0; }
    std::uint8_t byte() { return static_cast<std::uint8_t>(m_rng()); }

    Bytes random()
    {
        Bytes b(below(200));
        for (auto &x : b)
            x = byte();
        // Most get a plausible header so the attribute code is reached.
        if (b.size() >= 16 + 72 && below(4) != 0) {
            sdgolden::put(b, 0, b.size(), 4);
            sdgolden::put(b, 4, 20, 2);
            b[16] = below(2) ? 2 : 10;
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
            case 2: // rewrite a 16-bit length/type at an attribute-aligned offset
                if (b.size() > 16 + 72 + 4) {
                    const std::size_t off = 16 + 72 + 4 * below((b.size() - 16 - 72) / 4);
                    if (off + 2 <= b.size())
                        sdgolden::put(b, off, below(2) ? below(120) : m_rng(), 2);
                }
                break;
            case 3: // truncate, usually keeping nlmsg_len consistent
                if (!b.empty()) {
                    b.resize(below(b.size()));
                    if (b.size() >= 4 && below(4) != 0)
                        sdgolden::put(b, 0, b.size(), 4);
                }
                break;
            case 4: // extend with random bytes
                for (std::size_t n = below(40); n > 0; --n)
                    b.push_back(byte());
                if (b.size() >= 4 && below(2))
                    sdgolden::put(b, 0, b.size(), 4);
                break;
            case 5: { // splice another message's tail
                const Bytes &o = pool[below(pool.size())];
                const std::size_t at = below(b.size() + 1);
                const std::size_t from = below(o.size());
                b.resize(at);
                b.insert(b.end(), o.begin() + static_cast<std::ptrdiff_t>(from), o.end());
                if (b.size() >= 4 && below(2))
                    sdgolden::put(b, 0, b.size(), 4);
                break;
            }
            default: // nlmsg_len lies
                if (b.size() >= 4)
                    sdgolden::put(b, 0, below(b.size() + 64), 4);
                break;
            }
        }
        return b;
    }

private:
    std::mt19937 m_rng;
};

} // namespace

class TestSockDiagFuzz : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void parsersSurviveMutatedAndRandomInput()
    {
        const auto pool = corpus();
        Mutator m(0x5d1a6u);
        std::size_t parsed = 0, subflows = 0, rejected = 0;
        for (int i = 0; i < Iterations; ++i) {
            const Bytes in = (i % 5 == 0) ? m.random() : m.mutate(pool[m.below(pool.size())], pool);
            const std::span<const std::uint8_t> v(in.data(), in.size());
            auto c = parseMptcpDiagMessage(v);
            if (c.ok()) {
                ++parsed;
                // Coherent: the token and the fallback flag come from the info.
                QVERIFY(c->info.has_value() || c->token == 0);
                if (c->info) {
                    QCOMPARE(c->token, c->info->token);
                    QCOMPARE(c->fallback, bool(c->info->flags & InfoFallback));
                    QVERIFY(c->info->length <= 96);
                }
                QVERIFY(c->localAddress.family == 2 || c->localAddress.family == 10);
            } else {
                ++rejected;
                QCOMPARE(c.error().code, EBADMSG);
            }
            auto s = parseTcpSubflowDiagMessage(v);
            if (s.ok()) {
                if (s->has_value()) {
                    ++subflows;
                    QVERIFY((*s)->ifindex == 0 || (*s)->interfaceSource == InterfaceSource::BoundDevice);
                }
            } else {
                QCOMPARE(s.error().code, EBADMSG);
            }
        }
        qInfo("%d inputs: %zu MPTCP sockets parsed, %zu rejected, %zu subflows", Iterations, parsed, rejected, subflows);
        // The mutations must exercise both outcomes, or the fuzzer tests nothing.
        QVERIFY(parsed > 1000);
        QVERIFY(rejected > 1000);
        QVERIFY(subflows > 1000);
    }
};

QTEST_GUILESS_MAIN(TestSockDiagFuzz)
#include "tst_sockdiag_fuzz.moc"
