// NetworkManager.conf as NetworkManager merges it, and the per-device lookup of
// [connection*] defaults such as connection.mptcp-flags. NM has no D-Bus API for these
// defaults, so they are read from the files with NM's own rules (src/core/nm-config.c,
// nm-config-data.c and nm-core-utils.c of NM 1.42). Pure functions on values, plus one
// function that reads the files (its paths can point at a temporary tree for tests).
#pragma once

#include "mptcp/explain/snapshot.h"

#include <QByteArray>
#include <QLatin1String>
#include <QList>
#include <QPair>
#include <QString>
#include <QStringList>
#include <optional>

namespace mptcp::nm {

// Where NetworkManager looks for its configuration (Debian's build of NM).
struct NmConfPaths {
    QString systemDir = QStringLiteral("/usr/lib/NetworkManager/conf.d");
    QString runDir = QStringLiteral("/run/NetworkManager/conf.d");
    QString oldMainFile = QStringLiteral("/etc/NetworkManager/nm-system-settings.conf");
    QString mainFile = QStringLiteral("/etc/NetworkManager/NetworkManager.conf");
    QString etcDir = QStringLiteral("/etc/NetworkManager/conf.d");

    // The same layout below `root` (e.g. a temporary directory in tests).
    static NmConfPaths underRoot(const QString &root);
};

// The *.conf files NM reads, in reading order (later ones override earlier keys):
// systemDir, then runDir, then the main file, then etcDir; each directory sorted by
// name; a name in etcDir hides the same name in runDir and systemDir, a name in runDir
// hides it in systemDir (read_entire_config() in nm-config.c). Pure: takes the *.conf
// names found in each directory and the main file NM uses.
QStringList confReadOrder(const NmConfPaths &paths, QStringList systemNames, QStringList runNames, QStringList etcNames,
    const QString &mainFile);

struct NmConfFile {
    QString path;
    QByteArray text;
    bool isMain = false; // the main file is read even when its [.config] enable= says no
};

// A value as NM sees it after merging: the unescaped text and the file that set it last.
struct NmConfValue {
    QString text;
    QString file;
};

// One [connection*] section of the merged configuration.
struct NmConfSection {
    QString name; // "connection" or "connection-xyz" / "connection.xyz"
    std::optional<NmConfValue> matchDevice; // raw match-device text; nullopt = key absent
    bool stopMatch = false; // stop-match=yes
    QString stopMatchFile; // the file that set stop-match
    QList<QPair<QString, NmConfValue>> values; // other keys; a key whose text cannot be unescaped is left out

    [[nodiscard]] const NmConfValue *value(const QString &key) const;
};

struct NmConfMerged {
    QStringList files; // the files read, in order
    QList<NmConfSection> connectionSections; // in NM's lookup order: highest priority first, [connection] last
    QStringList problems; // files NM would reject or whose inclusion is unknown, in plain words
    bool complete = true; // false when a problem makes the result uncertain
};

// Merges the files (already in reading order) like NM does. `nmVersion` decides
// "[.config] enable=nm-version..." conditions; without it such files count as uncertain.
NmConfMerged mergeNmConf(const QList<NmConfFile> &files, std::optional<explain::NmVersion> nmVersion = std::nullopt);

// Reads and merges the configuration found at `paths`.
NmConfMerged readNmConf(const NmConfPaths &paths = {}, std::optional<explain::NmVersion> nmVersion = std::nullopt);

// nm_match_spec_split(): ',' or ';' separated, '\' escapes, surrounding blanks dropped.
QStringList splitMatchSpecs(const QString &text);

// The facts about a device that `match-device=` can test.
struct DeviceMatchData {
    QString interfaceName;
    QString typeDescription; // as `nmcli -f GENERAL.TYPE device show` prints it ("ethernet", "wifi", ...)
    QString driver;
    QString driverVersion;
    QString hwAddress; // the permanent MAC; "" when the device has none
};

enum class MatchOutcome { Match, NoMatch, Unknown };

struct DeviceMatch {
    MatchOutcome outcome = MatchOutcome::NoMatch;
    QString unsupportedSpec; // with Unknown: the spec that cannot be evaluated here (s390-subchannels:, dhcp-plugin:)
};

// nm_match_spec_device() + nm_device_spec_match_list(): "*", interface-name: (=exact,
// ~glob, default glob), type:, driver:[/version-glob], mac:, except: prefixes, and bare
// specs compared with the MAC and the interface name. Only a positive match counts.
DeviceMatch matchDevice(const QStringList &specs, const DeviceMatchData &device);

// _nm_utils_ascii_str_to_int64(value, base 0, 0, G_MAXINT64): decimal, 0x-hex or
// leading-0 octal, blanks around allowed; anything else (e.g. "enabled,subflow") fails.
std::optional<qint64> parseConfNumber(const QString &text);

// The result of NM's connection-default lookup for one property and one device
// (_match_section_infos_lookup(): the first section, in lookup order, that sets the
// property or has stop-match=yes and whose match-device matches, wins).
struct ConnectionDefault {
    enum class Status { NotSet, Set, Unknown };
    Status status = Status::NotSet;
    QString value; // the winning text (may be "" for a stop-match section)
    std::optional<qint64> number; // the value NM uses; nullopt = not a number, NM falls back to its default
    QString file;
    QString section;
    QString unsupportedSpec; // with Unknown: the match-device spec that could not be evaluated
};

ConnectionDefault lookupConnectionDefault(
    const NmConfMerged &conf, const QString &property, const DeviceMatchData &device);

// Every section that can decide connection.mptcp-flags for the device (it sets the key or
// has stop-match=yes), in NM's lookup order, with its match result: what the explain
// engine shows as Device::confDefaults. A section whose match cannot be evaluated is
// reported with matchesDevice=false (see lookupConnectionDefault() for the verdict).
QList<explain::ConfDefault> mptcpConfDefaults(const NmConfMerged &conf, const DeviceMatchData &device);

inline constexpr QLatin1String kMptcpFlagsKey { "connection.mptcp-flags" };

} // namespace mptcp::nm
