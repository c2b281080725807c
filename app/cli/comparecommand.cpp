// SPDX-License-Identifier: GPL-3.0-or-later
#include "comparecommand.h"

#include "compare/bundlecomparison.h"
#include "compare/comparewriter.h"
#include "reportcommand.h"
#include "snapshotcommand.h"

#include <QCommandLineParser>
#include <QSaveFile>
#include <QTextStream>

namespace BundleScope {

namespace {
    const QString s_format = QStringLiteral("format");
    const QString s_top = QStringLiteral("top");
    const QString s_output = QStringLiteral("output");

    std::optional<CompareWriter::Format> formatFromName(const QString& name)
    {
        if (name == u"text")
            return CompareWriter::Format::Text;
        if (name == u"json")
            return CompareWriter::Format::Json;
        if (name == u"markdown" || name == u"md")
            return CompareWriter::Format::Markdown;
        return std::nullopt;
    }
} // namespace

QString CompareCommand::summary() const
{
    return tr("Compares two bundles or snapshots: totals, packages, categories and files that changed.");
}

QString CompareCommand::usage() const
{
    return tr("compare [options] BEFORE AFTER");
}

void CompareCommand::addOptions(QCommandLineParser& parser) const
{
    parser.addPositionalArgument(QStringLiteral("BEFORE"), tr("The baseline: a bundle or a snapshot file."));
    parser.addPositionalArgument(QStringLiteral("AFTER"), tr("The new build: a bundle or a snapshot file."));
    parser.addOption({ { QStringLiteral("f"), s_format }, tr("Output format: text, json or markdown (default: text)."),
        tr("format"), QStringLiteral("text") });
    parser.addOption(
        { { QStringLiteral("n"), s_top }, tr("Rows per table (default: 20)."), tr("N"), QStringLiteral("20") });
    parser.addOption({ { QStringLiteral("o"), s_output },
        tr("Writes the comparison to FILE instead of standard output."), tr("FILE") });
}

int CompareCommand::run(const QCommandLineParser& parser, QTextStream& out, QTextStream& err) const
{
    const QStringList paths = parser.positionalArguments();
    if (paths.size() != 2) {
        err << tr("bundlescope compare: needs exactly two paths, BEFORE and AFTER.") << Qt::endl;
        return ExitCode::BadArguments;
    }
    const auto format = formatFromName(parser.value(s_format));
    bool ok = false;
    const int top = parser.value(s_top).toInt(&ok);
    if (!format || !ok || top <= 0) {
        err << tr("bundlescope compare: --format must be text, json or markdown and --top a positive number.")
            << Qt::endl;
        return ExitCode::BadArguments;
    }
    std::vector<ScanResult> sides;
    for (const QString& path : paths) {
        Result<ScanResult> scanned = SnapshotCommand::scanPath(path);
        if (!scanned) {
            err << tr("bundlescope compare: %1").arg(scanned.error().toString()) << Qt::endl;
            return ReportCommand::exitCodeFor(scanned.error());
        }
        sides.push_back(std::move(*scanned));
    }
    const BundleComparison comparison
        = BundleComparison::compare(*sides[0].tree, *sides[1].tree, sides[0].reader.get(), sides[1].reader.get());
    const QByteArray bytes = CompareWriter::write(comparison, *format, top);
    if (parser.value(s_output).isEmpty()) {
        out << QString::fromUtf8(bytes) << Qt::flush;
        return ExitCode::Ok;
    }
    QSaveFile file(parser.value(s_output));
    if (!file.open(QIODevice::WriteOnly) || file.write(bytes) != bytes.size() || !file.commit()) {
        err << tr("bundlescope compare: cannot write %1: %2").arg(parser.value(s_output), file.errorString())
            << Qt::endl;
        return ExitCode::Failed;
    }
    return ExitCode::Ok;
}

} // namespace BundleScope
