// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "analysis/analyzer.h"
#include "binfmt/binaryformat.h"

#include <QCoreApplication>
#include <QIODevice>

#include <optional>

namespace BundleScope {

// Debug symbols PyInstaller's strip=True would remove. Parses every native library and executable (ELF, PE, Mach-O)
// and reports what strip would save, grouped per binary format: ELF exactly (ElfStripModel, checked against GNU
// strip), PE from the COFF symbol table, DWARF sections and out-of-section debug data, Mach-O as an estimate of
// `strip -S` (STABS entries + __DWARF). Already stripped files yield nothing. Signed PE and Mach-O files go into a
// separate, not-advised candidate. Stateless; any thread.
class StripAnalyzer : public Analyzer {
    Q_DECLARE_TR_FUNCTIONS(BundleScope::StripAnalyzer)
public:
    // What strip would do to one binary.
    struct Measurement {
        BinaryFormat::Kind format = BinaryFormat::Kind::Unknown;
        quint64 saving = 0;
        bool isSigned = false;
        bool exact = false;
    };

    Candidate::Kind kind() const override { return Candidate::Kind::StripDebug; }
    std::vector<Candidate> analyze(const AnalysisContext& context) const override;

    // Parses one binary; nullopt when it is not ELF/PE/Mach-O or does not parse. Exposed for tests and the CLI.
    static std::optional<Measurement> measure(QIODevice& device, const QString& path = {});

private:
    enum class Group { Elf, Pe, PeSigned, MachO, MachOSigned, Count };
    static Group groupOf(const Measurement& measurement);
    static Candidate makeCandidate(Group group, std::vector<Candidate::FileSaving> files, quint64 bytes);
};

} // namespace BundleScope
