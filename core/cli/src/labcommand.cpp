#include "mptcp/lab/labcontroller.h"
#include "runtime.h"
#include "text.h"

#include <QFileInfo>
#include <cerrno>
#include <cstring>
#include <unistd.h>
#include <vector>

namespace mptcp::cli {

int runLab(const LabCommand &command)
{
    // $MPTCP_LAB_SCRIPT, else the installed script, else this build's (core/lab).
    const QString script = lab::LabController::defaultScriptPath();
    if (!QFileInfo(script).isFile())
        return fail(Text::tr("the lab script %1 does not exist; set MPTCP_LAB_SCRIPT to its path").arg(script));
    // The script is the lab: replacing this process keeps its output, exit status and
    // signals exactly its own.
    std::vector<QByteArray> words { QByteArrayLiteral("bash"), script.toLocal8Bit() };
    for (const QString &argument : command.arguments)
        words.push_back(argument.toLocal8Bit());
    std::vector<char *> argv;
    for (QByteArray &word : words)
        argv.push_back(word.data());
    argv.push_back(nullptr);
    std::fflush(stdout);
    ::execv("/bin/bash", argv.data());
    return fail(Text::tr("cannot run %1: %2").arg(script, QString::fromLocal8Bit(std::strerror(errno))));
}

} // namespace mptcp::cli
