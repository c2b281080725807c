// SPDX-License-Identifier: GPL-3.0-or-later
#include "commandline.h"

#include "clicommand.h"

#include <QTextStream>

#include <cstring>

namespace BundleScope {

namespace {
const char* const s_commands[] = { "report", "help" };
}

bool CommandLine::wantsCommandLine(int argc, char* argv[])
{
    if (argc < 2)
        return false;
    const char* first = argv[1];
    if (!std::strcmp(first, "--help") || !std::strcmp(first, "-h") || !std::strcmp(first, "--version"))
        return true;
    for (const char* command : s_commands) {
        if (!std::strcmp(first, command))
            return true;
    }
    return false;
}

int CommandLine::run(QCoreApplication& app)
{
    QCoreApplication::setApplicationName(QStringLiteral("bundlescope"));
    QCoreApplication::setApplicationVersion(QStringLiteral(BUNDLESCOPE_VERSION));
    const QStringList args = app.arguments();
    QTextStream out(stdout);
    if (args.value(1) == u"--version") {
        out << "bundlescope " << BUNDLESCOPE_VERSION << Qt::endl;
        return ExitCode::Ok;
    }
    QTextStream(stderr) << tr("Commands: report") << Qt::endl;
    return ExitCode::BadArguments;
}

} // namespace BundleScope
