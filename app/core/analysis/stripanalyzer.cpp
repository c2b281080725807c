// SPDX-License-Identifier: GPL-3.0-or-later
#include "stripanalyzer.h"

#include "binfmt/elfreader.h"
#include "binfmt/machoreader.h"
#include "binfmt/pereader.h"
#include "common/logging.h"
#include "scan/checkedreaddevice.h"

#include <array>
#include <optional>
#include <type_traits>

namespace BundleScope {

namespace {
    // Reader::read(device, path)'s value, or nothing (logged) when the file is not what its magic says.
    template <typename Reader> auto readOrSkip(QIODevice& device, const QString& path)
    {
        auto info = Reader::read(device, path);
        using Info = std::remove_cvref_t<decltype(*info)>;
        if (!info) {
            qCDebug(lcAnalysis) << "strip: skipping" << info.error().toString();
            return std::optional<Info>();
        }
        return std::optional<Info>(std::move(*info));
    }
} // namespace

std::optional<StripAnalyzer::Measurement> StripAnalyzer::measure(QIODevice& device, const QString& path)
{
    if (!device.seek(0))
        return std::nullopt;
    Measurement m;
    m.format = BinaryFormat::detect(device.peek(4096));
    switch (m.format) {
    case BinaryFormat::Kind::Elf: {
        const auto info = readOrSkip<ElfReader>(device, path);
        // Object files: PyInstaller never strips them, and the layout model is for linked files.
        if (!info || info->fileType == ElfInfo::Relocatable)
            return std::nullopt;
        m.saving = info->debugBytes().stripAll; // PyInstaller runs plain `strip` (= --strip-all) outside macOS
        m.exact = true;
        return m;
    }
    case BinaryFormat::Kind::Pe: {
        const auto info = readOrSkip<PeReader>(device, path);
        if (!info)
            return std::nullopt;
        m.saving = info->debugBytes();
        m.isSigned = info->isSigned();
        return m;
    }
    case BinaryFormat::Kind::MachO:
    case BinaryFormat::Kind::MachOFat: {
        const auto info = readOrSkip<MachOReader>(device, path);
        if (!info)
            return std::nullopt;
        m.saving = info->stripEstimate(); // PyInstaller runs `strip -S` on macOS
        m.isSigned = info->isSigned();
        return m;
    }
    case BinaryFormat::Kind::Unknown:
        break;
    }
    return std::nullopt;
}

StripAnalyzer::Group StripAnalyzer::groupOf(const Measurement& measurement)
{
    switch (measurement.format) {
    case BinaryFormat::Kind::Elf:
        return Group::Elf;
    case BinaryFormat::Kind::Pe:
        return measurement.isSigned ? Group::PeSigned : Group::Pe;
    default:
        break;
    }
    return measurement.isSigned ? Group::MachOSigned : Group::MachO;
}

std::vector<Candidate> StripAnalyzer::analyze(const AnalysisContext& context) const
{
    const BundleTree& tree = context.tree;
    if (!context.reader.hasContent())
        return {}; // a snapshot: no binaries to measure
    std::array<std::vector<Candidate::FileSaving>, std::size_t(Group::Count)> files;
    std::array<quint64, std::size_t(Group::Count)> bytes {};
    for (NodeId id = 0; id < tree.nodeCount(); ++id) {
        if (context.token.isCancelled())
            return {};
        const Category category = tree.category(id);
        if (tree.kind(id) != NodeKind::File || tree.hasFlag(id, HardLinkDuplicate)
            || (category != Category::NativeLibrary && category != Category::Executable))
            continue;
        Result<std::unique_ptr<CheckedReadDevice>> device = CheckedReadDevice::open(tree, context.reader, id);
        if (!device) {
            context.readFailed(id, device.error());
            continue;
        }
        const std::optional<Measurement> measurement = measure(**device, tree.path(id));
        // A read that failed half-way is no measurement, whatever the reader made of the bytes it got.
        if ((*device)->hasFailed()) {
            context.readFailed(id, (*device)->failure());
            continue;
        }
        if (!measurement || measurement->saving == 0)
            continue;
        const auto group = std::size_t(groupOf(*measurement));
        files[group].push_back({ id, qMin(measurement->saving, tree.size(id)), false });
        bytes[group] += tree.size(id);
    }
    std::vector<Candidate> candidates;
    for (std::size_t group = 0; group < files.size(); ++group) {
        if (!files[group].empty())
            candidates.push_back(makeCandidate(Group(group), std::move(files[group]), bytes[group]));
    }
    return candidates;
}

Candidate StripAnalyzer::makeCandidate(Group group, std::vector<Candidate::FileSaving> files, quint64 bytes)
{
    Candidate c;
    c.kind = Candidate::Kind::StripDebug;
    c.bytes = bytes;
    for (const Candidate::FileSaving& file : files)
        c.saving += file.saving;
    const int count = int(files.size());
    c.files = std::move(files);
    c.action = tr("Set strip=True in EXE() and COLLECT() of the .spec file. PyInstaller then runs `strip` on every "
                  "collected binary (`strip -S`, debug symbols only, on macOS).");
    switch (group) {
    case Group::Elf:
        c.id = QStringLiteral("strip_debug:elf");
        c.title = tr("Strip symbols and debug info from %n Linux binaries", nullptr, count);
        c.why = tr("These ELF files carry symbol tables or DWARF debug sections that nothing needs at run time. The "
                   "saving is exact: it is computed from the layout strip writes.");
        c.confidence = Candidate::Confidence::High;
        break;
    case Group::Pe:
    case Group::PeSigned:
        c.id = group == Group::Pe ? QStringLiteral("strip_debug:pe") : QStringLiteral("strip_debug:pe_signed");
        c.title = tr("Strip debug symbols from %n Windows binaries", nullptr, count);
        c.why = tr("These PE files carry a COFF symbol table, DWARF sections (MinGW builds) or debug data that "
                   "strip removes; the figure is the size of those parts.");
        c.confidence = Candidate::Confidence::Medium;
        break;
    case Group::MachO:
    case Group::MachOSigned:
        c.id = group == Group::MachO ? QStringLiteral("strip_debug:macho") : QStringLiteral("strip_debug:macho_signed");
        c.title = tr("Strip debug symbols from %n macOS binaries", nullptr, count);
        c.why = tr("These Mach-O files carry debug symbol entries (STABS) or DWARF. The saving is an estimate: "
                   "`strip -S` also rewrites __LINKEDIT, and the signature must be re-created afterwards.");
        c.confidence = Candidate::Confidence::Medium;
        c.estimated = true;
        break;
    case Group::Count:
        break;
    }
    if (group == Group::PeSigned || group == Group::MachOSigned) {
        c.advised = false;
        c.title = tr("Signed binaries with debug symbols: stripping not advised (%n files)", nullptr, count);
        c.why += QLatin1Char(' ')
            + tr("These files are code-signed: stripping invalidates the signature, and the PyInstaller "
                 "documentation advises against stripping signed binaries.");
    }
    return c;
}

} // namespace BundleScope
