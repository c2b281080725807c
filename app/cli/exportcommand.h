// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QCoreApplication>
#include <QStringList>

namespace BundleScope {

// `bundlescope export PATH --format tar.gz|zip|tar.xz|tar.zst --out FILE [--level N] [--exclude-candidates]
// [--force] [--verify]`: scans PATH, estimates the archive, writes it reproducibly and atomically, and prints
// "Estimated X, actual Y (error Z%)". Progress and diagnostics go to stderr, the result line to stdout. Exit codes
// from clicommand.h. Runs on the main thread of a QCoreApplication.
class ExportCommand {
    Q_DECLARE_TR_FUNCTIONS(BundleScope::ExportCommand)
public:
    static int run(const QStringList& arguments); // arguments[0] is the program, [1] "export"
};

} // namespace BundleScope
