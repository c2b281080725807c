// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "clicommand.h"

#include <QCoreApplication>

namespace BundleScope {

// `bundlescope export PATH --format tar.gz|zip|tar.xz|tar.zst --out FILE [--level N] [--exclude-candidates]
// [--force] [--verify]`: scans PATH, estimates the archive, writes it reproducibly and atomically through
// ArchiveExporter and prints "Estimated X, actual Y (error Z%)". --exclude-candidates leaves out the files of every
// advised candidate that removes files (AnalysisRunner). Progress to stderr, results to stdout. Main thread; owned
// by CommandLine.
class ExportCommand : public CliCommand {
    Q_DECLARE_TR_FUNCTIONS(BundleScope::ExportCommand)
public:
    QString name() const override { return QStringLiteral("export"); }
    QString summary() const override;
    QString usage() const override;
    void addOptions(QCommandLineParser& parser) const override;
    int run(const QCommandLineParser& parser, QTextStream& out, QTextStream& err) const override;
};

} // namespace BundleScope
