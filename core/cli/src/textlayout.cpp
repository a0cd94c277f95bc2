#include "textlayout.h"

#include <algorithm>

namespace mptcp::cli {

QString withoutTrailingBlanks(QString line)
{
    while (line.endsWith(u' '))
        line.chop(1);
    return line;
}

QString alignedRows(const std::vector<std::pair<QString, QString>> &rows, const QString &indent)
{
    qsizetype width = 0;
    for (const auto &row : rows)
        width = std::max(width, row.first.size());
    QString text;
    for (const auto &[label, value] : rows)
        text += withoutTrailingBlanks(indent + label.leftJustified(width + 2) + value) + u'\n';
    return text;
}

QString table(const std::vector<QStringList> &rows, const QString &indent)
{
    std::vector<qsizetype> widths;
    for (const QStringList &row : rows) {
        widths.resize(std::max(widths.size(), std::size_t(row.size())));
        for (qsizetype i = 0; i < row.size(); ++i)
            widths[std::size_t(i)] = std::max(widths[std::size_t(i)], row[i].size());
    }
    QString text;
    for (const QStringList &row : rows) {
        QString line = indent;
        for (qsizetype i = 0; i < row.size(); ++i)
            line += row[i].leftJustified(widths[std::size_t(i)] + 2);
        text += withoutTrailingBlanks(line) + u'\n';
    }
    return text;
}

} // namespace mptcp::cli
