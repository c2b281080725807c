// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "analysis/analyzer.h"
#include "binfmt/binaryformat.h"

#include <QCoreApplication>
#include <QIODevice>

#include <optional>

namespace BundleScope {

// What UPX compression of the bundle's binaries would save, per platform. Windows PE: an estimate from xz-compressed
// 64 KiB samples (KCompressionDevice), advised, with the upx_exclude list for files UPX breaks or does not help.
// Linux ELF and macOS Mach-O: the would-be saving, not advised (PyInstaller 6 disables UPX on Linux because of
// known compatibility problems; UPX invalidates Mach-O code signatures). A bundle whose ELF files are already packed
// (forced with PYINSTALLER_FORCE_UPX, or packed by hand) gets a high-confidence finding instead: packed shared
// libraries crash at load on Linux; rebuild without UPX. Stateless; any thread.
class UpxAnalyzer : public Analyzer {
    Q_DECLARE_TR_FUNCTIONS(BundleScope::UpxAnalyzer)
public:
    static constexpr quint64 MinimumSize = 128 * 1024; // smaller files gain too little to pay for the stub
    static constexpr qint64 SampleSize = 64 * 1024;
    static constexpr int SamplesPerFile = 4;
    // Per analysis; larger files are sampled first, the rest use the pooled ratio. xz at its default preset runs at
    // about 1-4 MB/s here, so 4 MiB keeps the analyzer to a few seconds.
    static constexpr quint64 SampleBudget = 4ull * 1024 * 1024;
    static constexpr quint64 MarkerScanLimit = 64ull * 1024 * 1024; // Qt plugins are far smaller

    // Why a binary must stay uncompressed (upx_exclude), in the order the rules are checked.
    enum class Skip {
        None,
        NotABinary,
        TooSmall,
        VcRuntime,
        PythonDll,
        CudaLibrary,
        ChecksumCompanion,
        AlreadyPacked,
        ControlFlowGuard,
        QtPlugin,
    };
    struct FileCheck {
        BinaryFormat::Kind format = BinaryFormat::Kind::Unknown;
        Skip skip = Skip::NotABinary;
        bool packed = false; // an ELF file already UPX-packed, whatever its size (UpxDetector)
        // Why the file could not be read completely (Code::None when it could): format, skip and packed then mean
        // nothing, and the file is reported as a read error instead.
        Error error;
    };

    Candidate::Kind kind() const override { return Candidate::Kind::Upx; }
    std::vector<Candidate> analyze(const AnalysisContext& context) const override;

    // Exposed for tests.
    static FileCheck check(const BundleTree& tree, NodeId id, const ContentReader& reader);
    static Skip skipByName(QStringView fileName);
    static bool hasChecksumCompanion(const BundleTree& tree, NodeId id); // .NAME.hmac / NAME.chk beside it
    static QString skipReason(Skip skip); // translated
    // xz-compressed and raw byte counts over `samples` slices spread over the device; nullopt when unreadable or
    // cancelled (checked between slices).
    static std::optional<std::pair<quint64, quint64>> sample(
        QIODevice& device, int samples, const CancellationToken& token = {});

private:
    enum class Group { Elf, Pe, MachO, Count };
    struct Eligible {
        NodeId id = InvalidNode;
        quint64 size = 0;
    };
    static void inspect(const BundleTree& tree, NodeId id, QIODevice& device, FileCheck& result);
    static Skip inspectContent(QIODevice& device, BinaryFormat::Kind format, quint64 size);
    static bool containsMarker(QIODevice& device, QByteArrayView marker, quint64 limit);
    // Savings of `files`, from which it removes those whose samples could not be read (reported on the context).
    static std::vector<Candidate::FileSaving> estimate(
        const AnalysisContext& context, std::vector<Eligible>& files, quint64& budget);
    static Candidate makeCandidate(
        Group group, std::vector<Candidate::FileSaving> files, quint64 bytes, const QStringList& excluded);
    static Candidate packedFinding(const BundleTree& tree, const std::vector<NodeId>& packed);
};

} // namespace BundleScope
