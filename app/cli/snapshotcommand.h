// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "clicommand.h"

#include "common/result.h"
#include "scan/bundlesource.h"

#include <QCoreApplication>

namespace BundleScope {

// `bundlescope snapshot PATH --out FILE [--candidates]`: scans PATH (a bundle or another snapshot) and saves a
// "bundlescope.snapshot/1" file (SnapshotWriter; gzip when FILE ends in .gz or the JSON exceeds 1 MiB), optionally
// with the candidates and potential sections. Main thread; owned by CommandLine.
class SnapshotCommand : public CliCommand {
    Q_DECLARE_TR_FUNCTIONS(BundleScope::SnapshotCommand)
public:
    QString name() const override { return QStringLiteral("snapshot"); }
    QString summary() const override;
    QString usage() const override;
    void addOptions(QCommandLineParser& parser) const override;
    int run(const QCommandLineParser& parser, QTextStream& out, QTextStream& err) const override;

    // Opens PATH through SourceFactory (bundles, archives, one-file executables, snapshots) and scans it.
    static Result<ScanResult> scanPath(const QString& path);
};

} // namespace BundleScope
