#include "jsonwriter.h"

#include <QByteArray>
#include <charconv>
#include <type_traits>

namespace mptcp::cli {

namespace {
// Big enough that writing costs few syscalls, small enough to stay in the cache.
constexpr std::size_t ChunkSize = 64 * 1024;
} // namespace

JsonWriter::JsonWriter(FILE *stream)
    : m_stream(stream)
{
    m_out.reserve(stream ? ChunkSize + 4096 : 4096);
}

void JsonWriter::flush()
{
    if (!m_stream || m_out.empty())
        return;
    std::fwrite(m_out.data(), 1, m_out.size(), m_stream);
    std::fflush(m_stream);
    m_out.clear();
}

void JsonWriter::maybeFlush()
{
    if (m_stream && m_out.size() >= ChunkSize) {
        std::fwrite(m_out.data(), 1, m_out.size(), m_stream);
        m_out.clear();
    }
}

QString JsonWriter::text() const
{
    return QString::fromUtf8(m_out.data(), qsizetype(m_out.size()));
}

void JsonWriter::beginItem(const QAnyStringView *key)
{
    if (!m_nonEmpty.empty()) {
        if (m_nonEmpty.back())
            m_out += ',';
        m_nonEmpty.back() = true;
    }
    if (key) {
        appendString(*key);
        m_out += ':';
    }
}

// Escapes as iproute2's jsonw_puts() (\t \n \r \f \b \\ \"), and other control
// characters as \u00XX, which iproute2 writes raw (invalid JSON). Bytes from 0x80 up
// are parts of UTF-8 sequences and pass unchanged.
void JsonWriter::appendEscapedUtf8(const char *data, qsizetype size)
{
    const char *run = data; // start of the bytes not yet copied
    const char *const end = data + size;
    for (const char *p = data; p != end; ++p) {
        const auto c = static_cast<unsigned char>(*p);
        if (c >= 0x20 && c != '"' && c != '\\')
            continue;
        m_out.append(run, std::size_t(p - run));
        run = p + 1;
        switch (c) {
        case '\t':
            m_out += "\\t";
            break;
        case '\n':
            m_out += "\\n";
            break;
        case '\r':
            m_out += "\\r";
            break;
        case '\f':
            m_out += "\\f";
            break;
        case '\b':
            m_out += "\\b";
            break;
        case '\\':
            m_out += "\\\\";
            break;
        case '"':
            m_out += "\\\"";
            break;
        default: {
            static constexpr char Hex[] = "0123456789abcdef";
            const char escaped[] = { '\\', 'u', '0', '0', Hex[c >> 4], Hex[c & 0xf] };
            m_out.append(escaped, sizeof escaped);
        }
        }
    }
    m_out.append(run, std::size_t(end - run));
}

void JsonWriter::appendString(QAnyStringView text)
{
    m_out += '"';
    text.visit([this](auto view) {
        using View = std::decay_t<decltype(view)>;
        if constexpr (std::is_same_v<View, QUtf8StringView>) {
            appendEscapedUtf8(view.data(), view.size());
        } else if constexpr (std::is_same_v<View, QLatin1String>) {
            bool ascii = true;
            for (const char c : view)
                ascii = ascii && static_cast<unsigned char>(c) < 0x80;
            if (ascii) {
                appendEscapedUtf8(view.data(), view.size());
            } else {
                const QByteArray utf8 = QString(view).toUtf8();
                appendEscapedUtf8(utf8.constData(), utf8.size());
            }
        } else {
            const QByteArray utf8 = view.toUtf8();
            appendEscapedUtf8(utf8.constData(), utf8.size());
        }
    });
    m_out += '"';
}

void JsonWriter::beginObject()
{
    beginItem(nullptr);
    m_out += '{';
    m_nonEmpty.push_back(false);
}

void JsonWriter::beginObject(QAnyStringView key)
{
    beginItem(&key);
    m_out += '{';
    m_nonEmpty.push_back(false);
}

void JsonWriter::endObject()
{
    m_nonEmpty.pop_back();
    m_out += '}';
    maybeFlush();
}

void JsonWriter::beginArray()
{
    beginItem(nullptr);
    m_out += '[';
    m_nonEmpty.push_back(false);
}

void JsonWriter::beginArray(QAnyStringView key)
{
    beginItem(&key);
    m_out += '[';
    m_nonEmpty.push_back(false);
}

void JsonWriter::endArray()
{
    m_nonEmpty.pop_back();
    m_out += ']';
    maybeFlush();
}

void JsonWriter::string(QAnyStringView key, QAnyStringView value)
{
    beginItem(&key);
    appendString(value);
}

void JsonWriter::number(QAnyStringView key, qint64 value)
{
    beginItem(&key);
    char digits[24];
    const auto result = std::to_chars(digits, digits + sizeof digits, value);
    m_out.append(digits, std::size_t(result.ptr - digits));
}

void JsonWriter::boolean(QAnyStringView key, bool value)
{
    beginItem(&key);
    m_out += value ? "true" : "false";
}

void JsonWriter::null(QAnyStringView key)
{
    beginItem(&key);
    m_out += "null";
}

} // namespace mptcp::cli
