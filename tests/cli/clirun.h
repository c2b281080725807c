// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QProcess>
#include <QStringList>

// Runs a program to completion for the command-line tests: exit code and both output streams. exitCode stays -1
// when the program did not finish normally within a minute.
namespace BundleScope::Test {

struct Run {
    int exitCode = -1;
    QByteArray out;
    QByteArray err;
};

inline Run runProgram(const QString& program, const QStringList& arguments, const QString& workingDirectory = {})
{
    QProcess process;
    if (!workingDirectory.isEmpty())
        process.setWorkingDirectory(workingDirectory);
    process.start(program, arguments);
    Run run;
    if (!process.waitForFinished(60000) || process.exitStatus() != QProcess::NormalExit)
        return run;
    run.exitCode = process.exitCode();
    run.out = process.readAllStandardOutput();
    run.err = process.readAllStandardError();
    return run;
}

#ifdef BUNDLESCOPE_EXE
inline Run runBundlescope(const QStringList& arguments, const QString& workingDirectory = {})
{
    return runProgram(QStringLiteral(BUNDLESCOPE_EXE), arguments, workingDirectory);
}
#endif

} // namespace BundleScope::Test
