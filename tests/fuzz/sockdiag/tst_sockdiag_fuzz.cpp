// Seeded mutation fuzzing of the two sock_diag parsers: golden replies mutated (bit
// flips, attribute length/type rewrites, truncation, extension, splicing) plus
// random bytes. Under ASan/UBSan any out-of-bounds read fails the run; the test
// itself checks every result is an EBADMSG Error or a coherent value.
#include "fuzzharness.h"
#include "golden.h"

#include "mptcp/sockdiag/connections.h"

#include <QTest>

#include <cerrno>

using namespace mptcp::sockdiag;
using mptcp::test::fuzz::Bytes;
namespace fuzz = mptcp::test::fuzz;

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

// sock_diag: nlmsghdr (16) + inet_diag_msg (72), then attributes.
fuzz::Format format()
{
    fuzz::Format f;
    f.headerSize = 16 + 72;
    f.randomMaxSize = 200;
    f.extendMax = 40;
    f.smallValue = 120;
    f.fixLengthOneIn = 4;
    // Most random inputs get a plausible header (SOCK_DIAG_BY_FAMILY, AF_INET or AF_INET6).
    f.frame = [](Bytes &b, fuzz::Mutator &m) {
        if (m.below(4) == 0)
            return;
        fuzz::store(b, 0, b.size(), 4);
        fuzz::store(b, 4, 20, 2);
        b[16] = m.below(2) ? 2 : 10;
    };
    return f;
}

} // namespace

class TestSockDiagFuzz : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void parsersSurviveMutatedAndRandomInput()
    {
        std::size_t parsed = 0, subflows = 0, rejected = 0;
        fuzz::run(format(), corpus(), Iterations, 5, 0x5d1a6u, [&](int, std::span<const std::uint8_t> v) {
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
        });
        qInfo("%d inputs: %zu MPTCP sockets parsed, %zu rejected, %zu subflows", Iterations, parsed, rejected, subflows);
        // The mutations must exercise both outcomes, or the fuzzer tests nothing.
        QVERIFY(parsed > 1000);
        QVERIFY(rejected > 1000);
        QVERIFY(subflows > 1000);
    }
};

QTEST_GUILESS_MAIN(TestSockDiagFuzz)
#include "tst_sockdiag_fuzz.moc"
