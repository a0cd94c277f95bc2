// Seeded mutation fuzzing of netlink message parsers, shared by the fuzz tests: golden
// messages mutated (bit flips, byte overwrites, attribute length/type rewrites,
// truncation, extension, splicing, a lying nlmsg_len) plus purely random bytes.
#pragma once

#include <cstddef>
#include <cstdint>
#include <functional>
#include <random>
#include <span>
#include <vector>

namespace mptcp::test::fuzz {

using Bytes = std::vector<std::uint8_t>;

// Writes `value` as a `size`-byte integer (1, 2, 4 or 8) at `offset`, in host byte order
// (netlink's); nothing when it does not fit.
void store(Bytes &bytes, std::size_t offset, std::uint64_t value, std::size_t size);

class Mutator;

// What the mutator knows about the messages of one parser family.
struct Format {
    std::size_t headerSize = 20; // bytes before the first attribute (nlmsghdr + family header)
    std::size_t randomMaxSize = 96; // purely random inputs are shorter than this
    std::size_t extendMax = 12; // an extension appends fewer random bytes than this
    std::uint16_t smallValue = 64; // half the length/type rewrites stay below this
    int fixLengthOneIn = 2; // after truncating/extending, nlmsg_len is fixed 1 - 1/N of the time
    // Makes a random input (at least headerSize long) look like a message of the family,
    // so that the attribute code is reached; may be empty.
    std::function<void(Bytes &, Mutator &)> frame;
};

class Mutator {
public:
    Mutator(const Format &format, std::uint32_t seed) : m_format(format), m_rng(seed) {}

    // Uniform in [0, n); 0 when n is 0.
    std::size_t below(std::size_t n) { return n ? std::uniform_int_distribution<std::size_t>(0, n - 1)(m_rng) : 0; }
    std::uint8_t byte() { return static_cast<std::uint8_t>(m_rng()); }
    std::uint32_t word() { return m_rng(); }

    Bytes random();
    // One to four mutations of `input`; `pool` supplies the tails for splicing.
    Bytes mutate(Bytes input, const std::vector<Bytes> &pool);

private:
    void fixLength(Bytes &b);
    const Format &m_format;
    std::mt19937 m_rng;
};

// Hands `iterations` inputs to `check`, every `randomOneIn`-th purely random, the others
// mutated from `corpus`; each is an exactly sized heap copy, so ASan sees any read past
// its end. The seed is MPTCP_FUZZ_SEED when set, else `defaultSeed`. Stops at the first
// input that fails a QTest check in `check`, naming its index and the seed for a replay.
void run(const Format &format, const std::vector<Bytes> &corpus, int iterations, int randomOneIn,
         std::uint32_t defaultSeed, const std::function<void(int index, std::span<const std::uint8_t> input)> &check);

} // namespace mptcp::test::fuzz
