// Seeded mutation fuzzing of the three netlink parsers: golden messages mutated
// (bit flips, length-field rewrites, truncation, extension, splicing) plus purely
// random bytes. Run under ASan/UBSan, any out-of-bounds read is a failure; the
// test itself checks that every result is either an Error or a coherent value.
#include "fuzzharness.h"
#include "golden.h"

#include "mptcp/netlink/pm.h"

#include <QTest>

#include <arpa/inet.h>
#include <cerrno>

using namespace mptcp::nl;
using mptcp::test::fuzz::Bytes;
namespace fuzz = mptcp::test::fuzz;

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

// Generic netlink: nlmsghdr (16) + genlmsghdr (4), then attributes.
fuzz::Format format()
{
    fuzz::Format f;
    f.headerSize = 20;
    f.randomMaxSize = 96;
    f.extendMax = 12;
    f.smallValue = 64;
    f.fixLengthOneIn = 2;
    // Half of the random inputs get a plausible header so the attribute code is reached.
    f.frame = [](Bytes &b, fuzz::Mutator &m) {
        if (m.below(2) == 0)
            return;
        fuzz::store(b, 0, b.size(), 4);
        fuzz::store(b, 4, golden::Family, 2);
    };
    return f;
}

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
        int accepted = 0;
        int rejected = 0;
        fuzz::run(format(), corpus(), Iterations, 10, 0x6d707463u, [&](int i, std::span<const std::uint8_t> view) {
            const auto ep = parseEndpointMessage(view);
            const auto lim = parseLimitsMessage(view);
            const auto ev = parseEventMessage(view);
            for (const Error *e : {ep.ok() ? nullptr : &ep.error(), lim.ok() ? nullptr : &lim.error(),
                                   ev.ok() ? nullptr : &ev.error()}) {
                if (!e)
                    continue;
                ++rejected;
                // Messages are only formatted on failure: this runs 10^5 times under ASan.
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
        });
        qInfo("%d inputs: %d parses accepted, %d rejected", Iterations, accepted, rejected);
        // Both outcomes must be exercised, or the mutator is not reaching the parsers.
        QVERIFY(accepted > Iterations / 20);
        QVERIFY(rejected > Iterations / 2);
    }
};

QTEST_GUILESS_MAIN(TestNetlinkFuzz)
#include "tst_netlink_fuzz.moc"
