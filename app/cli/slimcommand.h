// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "clicommand.h"

#include <QCoreApplication>

namespace BundleScope {

// `bundlescope slim PATH --run CMD [--expect TEXT] [--timeout SECONDS] [--candidates advised|all|ID,ID…] [--trace]
// [--out FILE.tar.gz|.zip|.tar.xz|.tar.zst|DIR] [--format text|json]`: verified slimming (issue 14). Scans and
// analyses PATH, then SlimEngine runs CMD on a working copy, first untouched, then without candidates, until it knows
// which ones the app passes without; prints the table, the verified saving and the .spec fragment, and writes the
// slimmed bundle with --out (SlimOutput). SIGINT/SIGTERM cancel and clean up. Exit codes: 0 done, 2 bad arguments
// (also a one-file executable), 3 unreadable PATH, 4 baseline failed or the operation failed. Main thread; owned by
// CommandLine.
class SlimCommand : public CliCommand {
    Q_DECLARE_TR_FUNCTIONS(BundleScope::SlimCommand)
public:
    QString name() const override { return QStringLiteral("slim"); }
    QString summary() const override;
    QString usage() const override;
    void addOptions(QCommandLineParser& parser) const override;
    int run(const QCommandLineParser& parser, QTextStream& out, QTextStream& err) const override;
};

} // namespace BundleScope
