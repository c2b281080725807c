// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "analysis/analyzer.h"

#include <QCoreApplication>

namespace BundleScope {

// Files only developers need, found by path and extension: test, example and docs folders, test programs, headers,
// static libraries, CMake and pkg-config files, type stubs, C/C++/CUDA/Cython sources, __pycache__ copies and
// Python sources that also exist as bytecode. One candidate per (kind, package), its action a datas/binaries filter
// over fnmatch globs. Licence files are never proposed. Stateless; any thread.
class DevFilesAnalyzer : public Analyzer {
    Q_DECLARE_TR_FUNCTIONS(BundleScope::DevFilesAnalyzer)
public:
    // What a developer-only file is; the order is also the precedence when several apply.
    enum class FileKind {
        TestPrograms,
        Tests,
        Examples,
        Docs,
        PyCache,
        Headers,
        StaticLibs,
        CMake,
        PkgConfig,
        Stubs,
        CSources,
        PySources,
        None
    };

    Candidate::Kind kind() const override { return Candidate::Kind::DevFiles; }
    std::vector<Candidate> analyze(const AnalysisContext& context) const override;

    // The kind of one file from its path relative to the contents folder; `hasBytecode` tells whether a .pyc of a .py
    // exists beside it. Exposed for tests.
    static FileKind classify(QStringView contentsPath, bool hasBytecode);
    static QString kindId(FileKind kind); // "tests", "headers", …
};

} // namespace BundleScope
