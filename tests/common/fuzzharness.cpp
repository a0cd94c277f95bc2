#include "fuzzharness.h"

#include <QByteArray>
#include <QTest>

#include <cstring>

namespace mptcp::test::fuzz {

void store(Bytes &bytes, std::size_t offset, std::uint64_t value, std::size_t size)
{
    if (offset + size > bytes.size())
        return;
    // The low `size` bytes of the integer in host order, as netlink wants them.
    const auto v16 = static_cast<std::uint16_t>(value);
    const auto v32 = static_cast<std::uint32_t>(value);
    const void *from = size == 2 ? static_cast<const void *>(&v16)
        : size == 4              ? static_cast<const void *>(&v32)
                                 : static_cast<const void *>(&value);
    if (size == 1)
        bytes[offset] = static_cast<std::uint8_t>(value);
    else if (size == 2 || size == 4 || size == 8)
        std::memcpy(bytes.data() + offset, from, size);
}

void Mutator::fixLength(Bytes &b)
{
    if (b.size() >= 4 && below(std::size_t(m_format.fixLengthOneIn)) != 0)
        store(b, 0, b.size(), 4);
}

Bytes Mutator::random()
{
    Bytes b(below(m_format.randomMaxSize));
    for (auto &x : b)
        x = byte();
    if (m_format.frame && b.size() >= m_format.headerSize)
        m_format.frame(b, *this);
    return b;
}

Bytes Mutator::mutate(Bytes b, const std::vector<Bytes> &pool)
{
    const std::size_t header = m_format.headerSize;
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
        case 2: // rewrite a 16-bit attribute length or type (attributes are 4-byte aligned)
            if (b.size() >= header + 4) {
                const std::size_t off = header + 4 * below((b.size() - header) / 4) + 2 * below(2);
                store(b, off, below(2) ? below(m_format.smallValue) : word(), 2);
            }
            break;
        case 3: // truncate
            if (!b.empty()) {
                b.resize(below(b.size()));
                fixLength(b);
            }
            break;
        case 4: // extend with random bytes
            for (std::size_t n = below(m_format.extendMax); n > 0; --n)
                b.push_back(byte());
            fixLength(b);
            break;
        case 5: { // splice in the tail of another message
            const Bytes &other = pool[below(pool.size())];
            const std::size_t at = below(b.size() + 1);
            const std::size_t from = below(other.size());
            b.resize(at);
            b.insert(b.end(), other.begin() + static_cast<std::ptrdiff_t>(from), other.end());
            fixLength(b);
            break;
        }
        default: // nlmsg_len lies
            if (b.size() >= 4)
                store(b, 0, below(2) ? below(b.size() + 64) : word(), 4);
            break;
        }
    }
    return b;
}

void run(const Format &format, const std::vector<Bytes> &corpus, int iterations, int randomOneIn,
         std::uint32_t defaultSeed, const std::function<void(int, std::span<const std::uint8_t>)> &check)
{
    const QByteArray seedText = qgetenv("MPTCP_FUZZ_SEED");
    const std::uint32_t seed = seedText.isEmpty() ? defaultSeed : seedText.toUInt();
    qInfo("seed %u (set MPTCP_FUZZ_SEED to replay another)", seed);
    Mutator m(format, seed);
    for (int i = 0; i < iterations; ++i) {
        const Bytes input = (i % randomOneIn == 0) ? m.random() : m.mutate(corpus[m.below(corpus.size())], corpus);
        check(i, std::span<const std::uint8_t>(input.data(), input.size()));
        if (QTest::currentTestFailed()) {
            qWarning("failed at input %d of seed %u: %s", i, seed,
                     QByteArray(reinterpret_cast<const char *>(input.data()), qsizetype(input.size())).toHex().constData());
            return;
        }
    }
}

} // namespace mptcp::test::fuzz
