// Plain-text layout shared by mptcpctl's human-readable outputs.
#pragma once

#include <QString>
#include <QStringList>
#include <utility>
#include <vector>

namespace mptcp::cli {

QString withoutTrailingBlanks(QString line);
// Lines of a two-column block, labels padded to one width.
QString alignedRows(const std::vector<std::pair<QString, QString>> &rows, const QString &indent);
// A table with a header row; columns two spaces apart, the last one not padded.
QString table(const std::vector<QStringList> &rows, const QString &indent);

} // namespace mptcp::cli
