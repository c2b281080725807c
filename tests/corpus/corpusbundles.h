// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QString>
#include <QStringList>

#include <vector>

// The corpus of real PyInstaller bundles built by tests/corpus/build-corpus.sh, as its corpus.tsv lists them, and the
// means to check a bundle the way a user would: run the real command line, unpack what it wrote with the system's own
// tools, and run the app. Everything here is test-only code (label `corpus`).
namespace BundleScope::Test {

struct CorpusBundle {
    QString name; // "inference"
    QString kind; // "onedir", "onefile" or "onedir-upx" (built with UPX forced: expected to crash at start)
    bool oneFile = false;
    QString path; // absolute
    QString smokeCommand; // run through /bin/sh in runDirectory()
    QString expectedOutput;

    bool runs() const { return kind != u"onedir-upx"; }
    // Where the smoke command runs: the bundle folder, or the folder holding a one-file executable.
    QString runDirectory() const;
};

struct CorpusProgramRun {
    bool finished = false; // false: could not start, crashed, or timed out
    int exitCode = -1;
    QByteArray output; // stdout and stderr merged
    double seconds = 0;
};

class Corpus {
public:
    // The folder named by $BUNDLESCOPE_CORPUS; empty when unset.
    static QString folder();
    // The bundles listed in folder()/corpus.tsv; `error` says why none could be read.
    static std::vector<CorpusBundle> bundles(QString* error);

    // Runs a program (no shell) to completion with stdin closed, or /bin/sh -c `command` in `directory`.
    static CorpusProgramRun run(
        const QString& program, const QStringList& arguments, int timeoutSeconds, const QString& workingDirectory = {});
    static CorpusProgramRun runShell(const QString& command, const QString& directory, int timeoutSeconds);

    // Runs the bundle's smoke command in `directory` (a copy of the bundle's run folder) and says what went wrong, or
    // an empty string when it printed what it should.
    static QString smokeFailure(const CorpusBundle& bundle, const QString& directory);

    // Differences between two trees as a user would see them after unpacking: missing or extra paths, files whose
    // bytes or executable bit differ, symlinks with another target. Empty when equal.
    static QStringList treeDifferences(const QString& expected, const QString& actual);

    // Apparent bytes of every entry below `root` except folders (files, symlinks, special files; each inode once),
    // an independent count of what the report calls totals.bytes; `files` gets the regular files (every name).
    static quint64 apparentBytes(const QString& root, quint64* files = nullptr);
};

} // namespace BundleScope::Test
