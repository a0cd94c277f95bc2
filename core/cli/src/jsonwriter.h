// Compact JSON written in order, because iproute2's key order is part of the
// format scripts rely on (QJsonObject would sort the keys).
#pragma once

#include <QString>
#include <vector>

namespace mptcp::cli {

class JsonWriter {
public:
    // Members of an object take a key; elements of an array do not.
    void beginObject();
    void beginObject(const QString &key);
    void endObject();
    void beginArray();
    void beginArray(const QString &key);
    void endArray();

    void string(const QString &key, const QString &value);
    void number(const QString &key, qint64 value);
    void boolean(const QString &key, bool value);
    void null(const QString &key);

    [[nodiscard]] const QString &text() const { return m_text; }

private:
    void beginItem(const QString *key);
    void appendString(const QString &text);

    QString m_text;
    // Per open container: whether it already holds an item (so the next needs a comma).
    std::vector<bool> m_nonEmpty;
};

} // namespace mptcp::cli
