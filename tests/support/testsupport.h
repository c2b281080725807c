// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "demo/demobundlegenerator.h"

#include <QByteArray>
#include <QString>
#include <QStringList>

#include <memory>

class KArchive;
class QTemporaryDir;

namespace BundleScope::Test {

// Writes `content` to `path`, creating parent folders; QFAIL-friendly: returns false on error.
bool writeFile(const QString& path, const QByteArray& content);

// An unopened archive writer for `path`: KZip for .zip/.whl, else KTar (compressed after the name: .tar.gz, .tar.xz…).
std::unique_ptr<KArchive> archiveWriter(const QString& path);

// The whole content of `path`; empty when it cannot be read.
QByteArray readFile(const QString& path);
// Sorted paths, relative to `root`, of every file and symbolic link below it (hidden ones included).
QStringList relativeFiles(const QString& root);

// The folder of the ELF fixtures compiled at build time (tests/support/CMakeLists.txt lists them).
QString elfFixturesDir();
// Absolute path of one fixture, e.g. elfFixture(QStringLiteral("libdbg.so")) or "lib/libfxa.so.1".
QString elfFixture(const QString& name);
// True when the build could compile libfx32.so (an ELFCLASS32 shared object).
bool haveElf32Fixture();

// Generates a demo bundle inside `dir` and returns its path; empty (after a qWarning with the reason) on failure.
QString makeDemoBundle(const QTemporaryDir& dir, const DemoBundleGenerator::Options& options = {});

// The result of running an external tool such as readelf or strip.
struct ToolRun {
    bool started = false; // false: the program is not installed (see `error`)
    int exitCode = -1;
    QByteArray standardOutput;
    QByteArray standardError;
    QString error; // "readelf not found: install binutils" etc.
};
// Runs `program` with `arguments`, waiting at most `timeoutMs`. `package` names what to install when it is missing.
ToolRun runTool(const QString& program, const QStringList& arguments, const QString& package, int timeoutMs = 30000);

} // namespace BundleScope::Test
