#include "mptcp/plugin/plugin.h"

#include <cstdlib>
#include <dlfcn.h>
#include <unistd.h>

namespace mptcp::plugin {

namespace {

std::string programDir()
{
    char buf[4096];
    const ssize_t n = ::readlink("/proc/self/exe", buf, sizeof buf - 1);
    if (n <= 0)
        return {};
    std::string exe(buf, size_t(n));
    const size_t slash = exe.rfind('/');
    return slash == std::string::npos ? std::string() : exe.substr(0, slash);
}

} // namespace

std::vector<std::string> candidates(const char *fileName)
{
    std::vector<std::string> dirs;
    if (const char *env = std::getenv("MPTCP_SETTINGS_PLUGIN_DIR"); env && *env)
        dirs.emplace_back(env);
    const std::string dir = programDir();
    const std::string buildRoot = MPTCP_BUILD_ROOT "/";
    if (!dir.empty() && (dir + '/').compare(0, buildRoot.size(), buildRoot) == 0)
        dirs.emplace_back(MPTCP_PLUGIN_BUILD_DIR);
    if (!dir.empty())
        dirs.push_back(dir + '/' + MPTCP_PLUGIN_FROM_BINDIR);
    dirs.emplace_back(MPTCP_PLUGIN_INSTALL_DIR);
    std::vector<std::string> out;
    for (const std::string &d : dirs) {
        std::string path = d + '/' + fileName;
        bool seen = false;
        for (const std::string &o : out)
            seen = seen || o == path;
        if (!seen)
            out.push_back(std::move(path));
    }
    return out;
}

Module open(const char *fileName)
{
    Module m;
    std::string tried;
    for (const std::string &path : candidates(fileName)) {
        m.path = path;
        if (::access(path.c_str(), F_OK) != 0) {
            tried += (tried.empty() ? "" : ", ") + path;
            continue;
        }
        m.handle = ::dlopen(path.c_str(), RTLD_NOW | RTLD_LOCAL);
        if (m.handle)
            return m;
        const char *why = ::dlerror();
        m.error = why ? why : "dlopen() failed";
        return m; // present but broken: do not silently take an older copy elsewhere
    }
    m.error = std::string(fileName) + " not found (looked in " + tried + ")";
    return m;
}

Entry callEntry(const char *fileName, const char *symbol)
{
    const Module module = open(fileName);
    if (!module.handle)
        return { nullptr, module.error, module.path };
    using EntryFn = const void *(*)();
    const auto fn = reinterpret_cast<EntryFn>(::dlsym(module.handle, symbol));
    if (!fn)
        return { nullptr, module.path + ": no " + symbol, module.path };
    const void *table = fn();
    return { table, table ? std::string() : module.path + ": " + symbol + " returned nothing", module.path };
}

} // namespace mptcp::plugin
