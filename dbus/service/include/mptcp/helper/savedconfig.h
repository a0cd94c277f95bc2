// The configuration kept across reboots, and the files the helper writes outside
// the kernel. All paths come from HelperPaths, fixed when the helper starts; no
// D-Bus method takes a path.
//
// /etc/mptcp-settings/configuration.json (format 1, UTF-8 JSON object):
//   {
//     "format": 1,
//     "enabled": true,                                 // net.mptcp.enabled
//     "limits": { "subflows": 2, "add_addr_accepted": 2 },
//     "endpoints": [
//       { "id": 1, "address": "192.0.2.10", "port": 0,
//         "flags": ["subflow"], "interface": "eth0" }   // id 0 = kernel chooses; interface "" = none
//     ]
//   }
// Unknown keys, a wrong type or any value the D-Bus methods would refuse make the
// whole file invalid: it is reported and nothing is applied.
#pragma once

#include "mptcp/helper/validation.h"

#include <QByteArray>
#include <QString>

#include <optional>

namespace mptcp::helper {

struct HelperPaths {
    QString configurationFile; // <root>/etc/mptcp-settings/configuration.json
    QString sysctlDropIn;      // <root>/etc/sysctl.d/90-mptcp-settings.conf
    QString nmDropIn;          // <root>/etc/NetworkManager/conf.d/90-mptcp-settings.conf
    QString sysctlOptionsDropIn; // <root>/etc/sysctl.d/90-mptcp-settings-options.conf (SetSysctl)

    // `root` "/" gives the installed locations; tests use a scratch directory.
    static HelperPaths underRoot(const QString &root);
};

constexpr int SavedFormatVersion = 1;

QByteArray serializeConfiguration(const Configuration &config);
Checked<Configuration> parseConfiguration(const QByteArray &json);

// sysctl.d drop-in text for net.mptcp.enabled.
QByteArray sysctlDropInText(bool enabled);
// The SetSysctl drop-in after keeping `key` = `value` (nullopt: no longer keeping
// it); the other settings stay, in their order. Empty when nothing is left to
// keep, so the file can go.
QByteArray updatedSysctlOptions(const QByteArray &current, const QString &key, const std::optional<QString> &value);
// NetworkManager conf.d drop-in: the default connection.mptcp-flags as a NUMBER
// (NM ignores flag words in NetworkManager.conf).
QByteArray nmDropInText(std::uint32_t nmFlags);

// Write-to-temp-and-rename (QSaveFile), creating the directory (0755) if needed;
// returns an empty string on success, else what went wrong.
QString writeFileAtomically(const QString &path, const QByteArray &contents);
// Removes `path` if present; empty string on success or when it did not exist.
QString removeFile(const QString &path);

} // namespace mptcp::helper
