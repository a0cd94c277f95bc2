#include "jsonwriter.h"

namespace mptcp::cli {

void JsonWriter::beginItem(const QString *key)
{
    if (!m_nonEmpty.empty()) {
        if (m_nonEmpty.back())
            m_text += u',';
        m_nonEmpty.back() = true;
    }
    if (key) {
        appendString(*key);
        m_text += u':';
    }
}

// Escapes as iproute2's jsonw_puts() (\t \n \r \f \b \\ \"), and other control
// characters as \u00XX, which iproute2 writes raw (invalid JSON).
void JsonWriter::appendString(const QString &text)
{
    m_text += u'"';
    for (const QChar c : text) {
        switch (c.unicode()) {
        case u'\t':
            m_text += QLatin1String("\\t");
            break;
        case u'\n':
            m_text += QLatin1String("\\n");
            break;
        case u'\r':
            m_text += QLatin1String("\\r");
            break;
        case u'\f':
            m_text += QLatin1String("\\f");
            break;
        case u'\b':
            m_text += QLatin1String("\\b");
            break;
        case u'\\':
            m_text += QLatin1String("\\\\");
            break;
        case u'"':
            m_text += QLatin1String("\\\"");
            break;
        default:
            if (c.unicode() < 0x20)
                m_text += QStringLiteral("\\u%1").arg(c.unicode(), 4, 16, QLatin1Char('0'));
            else
                m_text += c;
        }
    }
    m_text += u'"';
}

void JsonWriter::beginObject()
{
    beginItem(nullptr);
    m_text += u'{';
    m_nonEmpty.push_back(false);
}

void JsonWriter::beginObject(const QString &key)
{
    beginItem(&key);
    m_text += u'{';
    m_nonEmpty.push_back(false);
}

void JsonWriter::endObject()
{
    m_nonEmpty.pop_back();
    m_text += u'}';
}

void JsonWriter::beginArray()
{
    beginItem(nullptr);
    m_text += u'[';
    m_nonEmpty.push_back(false);
}

void JsonWriter::beginArray(const QString &key)
{
    beginItem(&key);
    m_text += u'[';
    m_nonEmpty.push_back(false);
}

void JsonWriter::endArray()
{
    m_nonEmpty.pop_back();
    m_text += u']';
}

void JsonWriter::string(const QString &key, const QString &value)
{
    beginItem(&key);
    appendString(value);
}

void JsonWriter::number(const QString &key, qint64 value)
{
    beginItem(&key);
    m_text += QString::number(value);
}

void JsonWriter::boolean(const QString &key, bool value)
{
    beginItem(&key);
    m_text += value ? QLatin1String("true") : QLatin1String("false");
}

void JsonWriter::null(const QString &key)
{
    beginItem(&key);
    m_text += QLatin1String("null");
}

} // namespace mptcp::cli
