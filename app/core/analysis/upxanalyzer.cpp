// SPDX-License-Identifier: GPL-3.0-or-later
#include "upxanalyzer.h"

#include "binfmt/elfreader.h"
#include "binfmt/pereader.h"
#include "binfmt/upxdetector.h"
#include "common/logging.h"
#include "scan/checkedreaddevice.h"

#include <KCompressionDevice>

#include <QBuffer>
#include <QRegularExpression>

#include <algorithm>
#include <array>

namespace BundleScope {

namespace {

    quint64 xzSize(const QByteArray& raw)
    {
        QBuffer buffer;
        buffer.open(QIODevice::WriteOnly);
        KCompressionDevice xz(&buffer, false, KCompressionDevice::Xz);
        if (!xz.open(QIODevice::WriteOnly))
            return quint64(raw.size());
        xz.write(raw);
        xz.close();
        return quint64(buffer.size());
    }

} // namespace

UpxAnalyzer::Skip UpxAnalyzer::skipByName(QStringView fileName)
{
    const QString name = fileName.toString().toLower();
    if (name.startsWith(QLatin1String("vcruntime")) && name.endsWith(QLatin1String(".dll")))
        return Skip::VcRuntime;
    if (name.startsWith(QLatin1String("python3")) && name.endsWith(QLatin1String(".dll")))
        return Skip::PythonDll;
    static const QRegularExpression cuda(QStringLiteral(
        "cuda|cudnn|cublas|cufft|curand|cusolver|cusparse|nvrtc|nvjitlink|nccl|cupti|nvtoolsext|nvblas|cufile"));
    return cuda.match(name).hasMatch() ? Skip::CudaLibrary : Skip::None;
}

bool UpxAnalyzer::hasChecksumCompanion(const BundleTree& tree, NodeId id)
{
    const QString folder = tree.path(tree.parent(id));
    const QString prefix = folder.isEmpty() ? QString() : folder + QLatin1Char('/');
    const QString name = tree.name(id);
    const QStringList companions { QString(QLatin1Char('.') + name + QLatin1String(".hmac")),
        QString(name + QLatin1String(".chk")), QString(name + QLatin1String(".hmac")) };
    for (const QString& companion : companions) {
        if (tree.findPath(QString(prefix + companion)) != InvalidNode)
            return true;
    }
    return false;
}

bool UpxAnalyzer::containsMarker(QIODevice& device, QByteArrayView marker, quint64 limit)
{
    if (!device.seek(0))
        return false;
    QByteArray carry;
    quint64 scanned = 0;
    while (scanned < limit && !device.atEnd()) {
        const QByteArray chunk = device.read(1024 * 1024);
        if (chunk.isEmpty())
            break;
        scanned += quint64(chunk.size());
        const QByteArray window = carry + chunk;
        if (window.contains(marker))
            return true;
        carry = window.right(marker.size() - 1);
    }
    return false;
}

UpxAnalyzer::Skip UpxAnalyzer::inspectContent(QIODevice& device, BinaryFormat::Kind format, quint64 size)
{
    if (format == BinaryFormat::Kind::Pe) {
        const Result<PeInfo> info = PeReader::read(device);
        if (!info)
            return Skip::NotABinary;
        if (info->hasSection(u"UPX0") || info->hasSection(u"UPX1"))
            return Skip::AlreadyPacked;
        if (info->hasGuardCf())
            return Skip::ControlFlowGuard;
    }
    bool elfPlugin = false;
    if (format == BinaryFormat::Kind::Elf) {
        const Result<ElfInfo> info = ElfReader::read(device);
        if (!info)
            return Skip::NotABinary;
        elfPlugin = std::any_of(info->sections.cbegin(), info->sections.cend(),
            [](const ElfSection& s) { return s.name == QLatin1String(".qtmetadata"); });
    }
    if (UpxDetector::hasMagic(device))
        return Skip::AlreadyPacked;
    if (elfPlugin)
        return Skip::QtPlugin;
    // PE and Mach-O plugins keep the marker in a data section: scan files of plugin size.
    if (format != BinaryFormat::Kind::Elf && size <= MarkerScanLimit
        && containsMarker(device, "QTMETADATA", MarkerScanLimit))
        return Skip::QtPlugin;
    return Skip::None;
}

UpxAnalyzer::FileCheck UpxAnalyzer::check(const BundleTree& tree, NodeId id, const ContentReader& reader)
{
    FileCheck result;
    Result<std::unique_ptr<CheckedReadDevice>> device = CheckedReadDevice::open(tree, reader, id);
    if (!device) {
        if (device.error().code == Error::Code::Io)
            result.error = device.error();
        return result;
    }
    inspect(tree, id, **device, result);
    // A read that failed half-way decides nothing: not packed, not eligible, not excluded.
    if ((*device)->hasFailed())
        return FileCheck { BinaryFormat::Kind::Unknown, Skip::NotABinary, false, (*device)->failure() };
    return result;
}

void UpxAnalyzer::inspect(const BundleTree& tree, NodeId id, QIODevice& device, FileCheck& result)
{
    result.format = BinaryFormat::detect(device.peek(4096));
    if (result.format == BinaryFormat::Kind::Unknown)
        return;
    if (result.format == BinaryFormat::Kind::Elf)
        result.packed = UpxDetector::hasMagic(device);
    const quint64 size = tree.size(id);
    if (size < MinimumSize) {
        result.skip = Skip::TooSmall;
        return;
    }
    result.skip = skipByName(tree.name(id));
    if (result.skip == Skip::None && result.format == BinaryFormat::Kind::Elf && hasChecksumCompanion(tree, id))
        result.skip = Skip::ChecksumCompanion;
    if (result.skip == Skip::None)
        result.skip = inspectContent(device, result.format, size);
}

QString UpxAnalyzer::skipReason(Skip skip)
{
    switch (skip) {
    case Skip::None:
        return {};
    case Skip::NotABinary:
        return tr("not a readable binary");
    case Skip::TooSmall:
        return tr("smaller than 128 KiB");
    case Skip::VcRuntime:
        return tr("Visual C++ runtime");
    case Skip::PythonDll:
        return tr("Python DLL");
    case Skip::CudaLibrary:
        return tr("CUDA library (UPX breaks its embedded GPU code)");
    case Skip::ChecksumCompanion:
        return tr("checked against a .hmac/.chk checksum at load time");
    case Skip::AlreadyPacked:
        return tr("already UPX-packed");
    case Skip::ControlFlowGuard:
        return tr("Control Flow Guard enabled (UPX-packed CFG binaries crash)");
    case Skip::QtPlugin:
        return tr("Qt plugin (Qt reads its metadata from the file)");
    }
    return {};
}

std::optional<std::pair<quint64, quint64>> UpxAnalyzer::sample(
    QIODevice& device, int samples, const CancellationToken& token)
{
    const qint64 size = device.size();
    if (size <= 0 || samples <= 0)
        return std::nullopt;
    quint64 compressed = 0, raw = 0;
    for (int i = 0; i < samples; ++i) {
        if (token.isCancelled())
            return std::nullopt;
        const qint64 span = qMax<qint64>(0, size - SampleSize);
        const qint64 offset = samples == 1 ? 0 : span * i / (samples - 1);
        if (!device.seek(offset))
            return std::nullopt;
        const QByteArray slice = device.read(SampleSize);
        if (slice.isEmpty())
            return std::nullopt;
        raw += quint64(slice.size());
        compressed += xzSize(slice);
    }
    return std::make_pair(compressed, raw);
}

std::vector<Candidate::FileSaving> UpxAnalyzer::estimate(
    const AnalysisContext& context, std::vector<Eligible>& files, quint64& budget)
{
    std::sort(files.begin(), files.end(), [](const Eligible& a, const Eligible& b) { return a.size > b.size; });
    std::vector<std::pair<Eligible, double>> ratios;
    std::vector<NodeId> unreadable;
    quint64 pooledCompressed = 0, pooledRaw = 0;
    for (const Eligible& file : files) {
        if (context.token.isCancelled())
            return {};
        std::optional<std::pair<quint64, quint64>> sampled;
        if (budget >= quint64(SampleSize)) {
            const int samples = int(qMin<quint64>(SamplesPerFile, (file.size + SampleSize - 1) / SampleSize));
            budget -= qMin(budget, quint64(samples) * SampleSize);
            Result<std::unique_ptr<CheckedReadDevice>> device
                = CheckedReadDevice::open(context.tree, context.reader, file.id);
            if (device)
                sampled = sample(**device, samples, context.token);
            // A file whose samples cannot be read gets no figure at all, not the others' pooled ratio.
            if (!device || (*device)->hasFailed()) {
                context.readFailed(file.id, device ? (*device)->failure() : device.error());
                unreadable.push_back(file.id);
                continue;
            }
        }
        if (sampled) {
            pooledCompressed += sampled->first;
            pooledRaw += sampled->second;
        }
        ratios.emplace_back(file, sampled ? double(sampled->first) / double(sampled->second) : -1.0);
    }
    std::erase_if(files, [&unreadable](const Eligible& file) {
        return std::find(unreadable.begin(), unreadable.end(), file.id) != unreadable.end();
    });
    const double pooled = pooledRaw > 0 ? double(pooledCompressed) / double(pooledRaw) : 1.0;
    std::vector<Candidate::FileSaving> savings;
    for (const auto& [file, ratio] : ratios) {
        const double kept = qBound(0.0, ratio < 0 ? pooled : ratio, 1.0);
        const quint64 saving = quint64(double(file.size) * (1.0 - kept));
        if (saving > 0)
            savings.push_back({ file.id, saving, false });
    }
    return savings;
}

std::vector<Candidate> UpxAnalyzer::analyze(const AnalysisContext& context) const
{
    const BundleTree& tree = context.tree;
    if (!context.reader.hasContent())
        return {}; // a snapshot: no binaries to inspect
    std::array<std::vector<Eligible>, std::size_t(Group::Count)> eligible;
    std::array<QStringList, std::size_t(Group::Count)> excluded;
    std::vector<NodeId> packedElf;
    for (NodeId id = 0; id < tree.nodeCount(); ++id) {
        if (context.token.isCancelled())
            return {};
        const Category category = tree.category(id);
        if (tree.kind(id) != NodeKind::File || tree.hasFlag(id, HardLinkDuplicate)
            || (category != Category::NativeLibrary && category != Category::Executable))
            continue;
        const FileCheck fileCheck = check(tree, id, context.reader);
        if (fileCheck.error.isError()) {
            context.readFailed(id, fileCheck.error);
            continue;
        }
        if (fileCheck.packed)
            packedElf.push_back(id);
        if (fileCheck.format == BinaryFormat::Kind::Unknown || fileCheck.skip == Skip::NotABinary)
            continue;
        const Group group = fileCheck.format == BinaryFormat::Kind::Elf ? Group::Elf
            : fileCheck.format == BinaryFormat::Kind::Pe                ? Group::Pe
                                                                        : Group::MachO;
        if (fileCheck.skip == Skip::None)
            eligible[std::size_t(group)].push_back({ id, tree.size(id) });
        else if (fileCheck.skip != Skip::TooSmall)
            excluded[std::size_t(group)].append(tree.name(id));
        qCDebug(lcAnalysis) << "upx:" << tree.path(id) << skipReason(fileCheck.skip);
    }
    std::vector<Candidate> candidates;
    if (!packedElf.empty())
        candidates.push_back(packedFinding(tree, packedElf));
    quint64 budget = SampleBudget;
    for (std::size_t group = 0; group < eligible.size(); ++group) {
        std::vector<Candidate::FileSaving> savings = estimate(context, eligible[group], budget);
        if (context.token.isCancelled())
            return {};
        quint64 bytes = 0;
        for (const Eligible& file : eligible[group])
            bytes += file.size;
        if (!savings.empty())
            candidates.push_back(makeCandidate(Group(group), std::move(savings), bytes, excluded[group]));
    }
    return candidates;
}

Candidate UpxAnalyzer::packedFinding(const BundleTree& tree, const std::vector<NodeId>& packed)
{
    Candidate c;
    c.kind = Candidate::Kind::Upx;
    c.id = QStringLiteral("upx:packed-elf");
    c.confidence = Candidate::Confidence::High;
    c.advised = true; // a finding to act on; it saves nothing, so it adds nothing to the potential
    int libraries = 0;
    for (NodeId id : packed) {
        c.files.push_back({ id, 0, false });
        c.bytes += tree.size(id);
        if (tree.category(id) == Category::NativeLibrary || tree.name(id).contains(QLatin1String(".so")))
            ++libraries;
    }
    c.title = libraries > 0
        ? tr("%n shared librar(y/ies) are UPX-packed: the bundle crashes on Linux", nullptr, libraries)
        : tr("%n ELF program(s) are UPX-packed", nullptr, int(packed.size()));
    c.why = tr("A UPX-packed shared library crashes when the dynamic loader maps it (PyInstaller refuses UPX on Linux "
               "since 5.0 for this reason). Their imports cannot be read either, so BundleScope calls no library "
               "unreferenced while the bundle has packed files.");
    c.action = tr("Rebuild without UPX: pyinstaller --noupx, or upx=False in EXE() and COLLECT() of the .spec file "
                  "(and do not set PYINSTALLER_FORCE_UPX).");
    return c;
}

Candidate UpxAnalyzer::makeCandidate(
    Group group, std::vector<Candidate::FileSaving> files, quint64 bytes, const QStringList& excluded)
{
    Candidate c;
    c.kind = Candidate::Kind::Upx;
    c.bytes = bytes;
    c.estimated = true;
    c.confidence = Candidate::Confidence::Low;
    for (const Candidate::FileSaving& file : files)
        c.saving += file.saving;
    const int count = int(files.size());
    c.files = std::move(files);
    QStringList names = excluded;
    names.removeDuplicates();
    names.sort();
    c.upxExclude = names; // for the spec fragment generator
    QStringList quoted;
    for (const QString& name : std::as_const(names))
        quoted.append(QLatin1Char('"') + name + QLatin1Char('"'));
    const QString exclude = quoted.join(QLatin1String(", "));
    const QString startup
        = tr("Compressed binaries are unpacked in memory at every start: expect start-up 1-5% slower. "
             "The saving is estimated from xz-compressed 64 KiB samples, which understates what UPX reaches on "
             "whole files.");
    if (group == Group::Pe) {
        c.id = QStringLiteral("upx:pe");
        c.title = tr("Compress %n Windows binaries with UPX", nullptr, count);
        c.why = startup + QLatin1Char(' ')
            + tr("Files UPX breaks or does not help (Control Flow Guard, Qt plugins, the VC++ runtime, python3*.dll, "
                 "CUDA libraries, already packed files) go into upx_exclude.");
        c.action = tr("Install UPX, set upx=True and upx_exclude=[%1] in EXE() and COLLECT() of the .spec file.")
                       .arg(exclude);
        c.confidence = Candidate::Confidence::Medium;
        return c;
    }
    c.advised = false;
    c.action = tr("None: leave upx=False.");
    if (group == Group::Elf) {
        c.id = QStringLiteral("upx:elf");
        c.title = tr("UPX on Linux: not advised (%n binaries)", nullptr, count);
        c.why = tr("PyInstaller 6 disables UPX on Linux unless PYINSTALLER_FORCE_UPX is set, because of known "
                   "compatibility problems. A forced UPX build of a real torch bundle went from 911 MB to 411 MB "
                   "and then crashed at start (SIGTRAP while loading a packed libz).")
            + QLatin1Char(' ') + startup;
    } else {
        c.id = QStringLiteral("upx:macho");
        c.title = tr("UPX on macOS: not advised (%n binaries)", nullptr, count);
        c.why = tr("UPX invalidates Mach-O code signatures, which macOS requires (always on Apple silicon).")
            + QLatin1Char(' ') + startup;
    }
    return c;
}

} // namespace BundleScope
