// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "analysis/analyzer.h"
#include "scan/bundlesource.h"

#include <QMap>
#include <QTemporaryDir>

#include <vector>

namespace BundleScope::Test {

// A one-folder bundle written into a QTemporaryDir (<tmp>/app/_internal/...) and scanned with FolderSource, plus a
// way to run one analyzer over it. For the analysis tests; one per test function, on the test thread.
class AnalysisFixture {
public:
    AnalysisFixture();
    Q_DISABLE_COPY_MOVE(AnalysisFixture)

    QString root() const { return m_dir.path() + QStringLiteral("/app"); }
    // Writes a file below the bundle root, creating folders; false on error.
    bool write(const QString& relativePath, const QByteArray& content);
    // A file of `size` pseudo-random bytes (seeded by `seed`, so equal seeds give equal content).
    bool writeSized(const QString& relativePath, qint64 size, quint32 seed = 1);
    bool scan(); // adds the launcher <root>/app when missing, (re)scans the folder; false on error
    const BundleTree& tree() const { return *m_scan.tree; }
    const ContentReader& reader() const { return *m_scan.reader; }
    const ScanResult& scanResult() const { return m_scan; }
    NodeId node(const QString& relativePath) const { return m_scan.tree->findPath(relativePath); }

    std::vector<Candidate> run(const Analyzer& analyzer, TargetPlatform platform = TargetPlatform::Linux,
        quint64 lazyLoadThreshold = 100ull * 1024 * 1024) const;

private:
    QTemporaryDir m_dir;
    ScanResult m_scan;
};

// A tree built in memory from "path" -> size (folders implied by the paths), for tests that need exact sizes
// without disk files. Hard-link duplicates are listed in `hardLinks`.
BundleTreePtr buildTree(const QMap<QString, quint64>& files, const QStringList& hardLinks = {},
    BundleTree::SourceKind kind = BundleTree::SourceKind::Folder);

// The candidate with this id, or nullptr.
const Candidate* findCandidate(const std::vector<Candidate>& candidates, const QString& id);

} // namespace BundleScope::Test
