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

// A module's API table: what its entry point returned, or why there is none.
struct Entry {
    const void *table = nullptr;
    std::string error; // the module's own, or "<path>: no <symbol>"
    std::string path;
};
// Opens `fileName` and calls its entry point `symbol`, an extern "C" function without
// arguments that returns a pointer to the module's API table.
Entry callEntry(const char *fileName, const char *symbol);

// The same for a table whose first member is `int abi`: a module built for another
// version of the program (abi differs) is refused too. nullptr and `error` when refused.
template<class Api> const Api *openApi(const char *fileName, const char *symbol, int abi, std::string *error)
{
    const Entry entry = callEntry(fileName, symbol);
    const auto *api = static_cast<const Api *>(entry.table);
    if (api && api->abi == abi)
        return api;
    *error = api ? entry.path + ": built for another version of this program" : entry.error;
    return nullptr;
}

} // namespace mptcp::plugin
