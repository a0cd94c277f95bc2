// Opening the project's own modules (see core/plugin/CMakeLists.txt). They are found, in
// this order, in $MPTCP_SETTINGS_PLUGIN_DIR; in the build tree's plugins/ directory when
// the running program is part of that build tree; in <libdir>/mptcp-settings relative to
// the program's directory (a relocated or DESTDIR install); in the configured install
// directory.
#pragma once

#include <string>
#include <vector>

namespace mptcp::plugin {

struct Module {
    void *handle = nullptr; // dlopen() handle, never closed
    std::string path; // the file opened, or the last one tried
    std::string error; // why nothing was opened: every place tried and dlerror()
};

// Where `fileName` is looked for, in order.
std::vector<std::string> candidates(const char *fileName);
// Opens the first candidate that exists (RTLD_NOW | RTLD_LOCAL).
Module open(const char *fileName);

} // namespace mptcp::plugin
