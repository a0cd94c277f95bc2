// Compact JSON written in order, because iproute2's key order is part of the
// format scripts rely on (QJsonObject would sort the keys).
//
// The document is built as UTF-8 bytes. Keys and string values are QAnyStringView,
// so call sites pass literals ("state"), std::string and QString alike without a
// conversion through QString. Given a stream, the writer sends its bytes out in
// chunks as it goes: `mptcpctl --json connections` with 10 000 sockets writes
// megabytes, which as one growing QString cost more than listing the sockets.
#pragma once

#include <QAnyStringView>
#include <QString>
#include <cstdio>
#include <string>
#include <vector>

namespace mptcp::cli {

class JsonWriter {
public:
    // Without a stream the document stays in memory (text()); with one it is written
    // out whenever a chunk is full, and by flush().
    explicit JsonWriter(FILE *stream = nullptr);

    // Members of an object take a key; elements of an array do not.
    void beginObject();
    void beginObject(QAnyStringView key);
    void endObject();
    void beginArray();
    void beginArray(QAnyStringView key);
    void endArray();

    void string(QAnyStringView key, QAnyStringView value);
    void number(QAnyStringView key, qint64 value);
    void boolean(QAnyStringView key, bool value);
    void null(QAnyStringView key);
    // Outside any container: the end of a document.
    void newline() { m_out += '\n'; }

    // Writes what is buffered to the stream (no-op without one).
    void flush();
    // The document so far (without a stream: all of it).
    [[nodiscard]] QString text() const;

private:
    void beginItem(const QAnyStringView *key);
    void appendString(QAnyStringView text);
    void appendEscapedUtf8(const char *data, qsizetype size);
    void maybeFlush();

    std::string m_out;
    FILE *m_stream = nullptr;
    // Per open container: whether it already holds an item (so the next needs a comma).
    std::vector<bool> m_nonEmpty;
};

} // namespace mptcp::cli
