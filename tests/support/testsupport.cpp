// SPDX-License-Identifier: GPL-3.0-or-later
#include "testsupport.h"

#include <KTar>
#include <KZip>

#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QFileInfo>
#include <QProcess>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QtDebug>

namespace BundleScope::Test {

bool writeFile(const QString& path, const QByteArray& content)
{
    if (!QDir().mkpath(QFileInfo(path).absolutePath()))
        return false;
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly | QIODevice::Truncate))
        return false;
    return file.write(content) == content.size();
}

std::unique_ptr<KArchive> archiveWriter(const QString& path)
{
    if (path.endsWith(QLatin1String(".zip")) || path.endsWith(QLatin1String(".whl")))
        return std::make_unique<KZip>(path);
    return std::make_unique<KTar>(path);
}

QByteArray readFile(const QString& path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

QStringList relativeFiles(const QString& root)
{
    QStringList files;
    QDirIterator it(
        root, QDir::Files | QDir::System | QDir::Hidden | QDir::NoDotAndDotDot, QDirIterator::Subdirectories);
    while (it.hasNext())
        files.append(it.next().mid(root.size() + 1));
    files.sort();
    return files;
}

QString elfFixturesDir()
{
    return QStringLiteral(BUNDLESCOPE_ELF_FIXTURES_DIR);
}

QString elfFixture(const QString& name)
{
    const QString path = elfFixturesDir() + u'/' + name;
    if (!QFileInfo::exists(path))
        qWarning("ELF fixture %s is missing: build the bundlescope_elf_fixtures target", qPrintable(path));
    return path;
}

bool haveElf32Fixture()
{
    return BUNDLESCOPE_ELF_FIXTURES_HAVE_32BIT != 0;
}

QString makeDemoBundle(const QTemporaryDir& dir, const DemoBundleGenerator::Options& options)
{
    if (!dir.isValid()) {
        qWarning("makeDemoBundle: invalid temporary folder: %s", qPrintable(dir.errorString()));
        return {};
    }
    const Result<QString> bundle = DemoBundleGenerator::generate(dir.path(), options);
    if (!bundle) {
        qWarning("makeDemoBundle: %s", qPrintable(bundle.error().toString()));
        return {};
    }
    return *bundle;
}

ToolRun runTool(const QString& program, const QStringList& arguments, const QString& package, int timeoutMs)
{
    ToolRun run;
    const QString executable = QStandardPaths::findExecutable(program);
    if (executable.isEmpty()) {
        run.error = QStringLiteral("%1 not found: install %2").arg(program, package);
        return run;
    }
    QProcess process;
    process.start(executable, arguments);
    if (!process.waitForStarted(timeoutMs)) {
        run.error = QStringLiteral("%1 did not start: %2").arg(program, process.errorString());
        return run;
    }
    run.started = true;
    if (!process.waitForFinished(timeoutMs)) {
        process.kill();
        process.waitForFinished();
        run.error = QStringLiteral("%1 timed out after %2 ms").arg(program).arg(timeoutMs);
        return run;
    }
    run.exitCode = process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1;
    run.standardOutput = process.readAllStandardOutput();
    run.standardError = process.readAllStandardError();
    return run;
}

} // namespace BundleScope::Test
