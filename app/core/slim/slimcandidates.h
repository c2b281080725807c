// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "analysis/candidate.h"
#include "common/result.h"
#include "model/bundletree.h"
#include "slim/slimresult.h"
#include "slim/tracelog.h"

#include <QCoreApplication>
#include <QSet>
#include <QStringList>

#include <vector>

namespace BundleScope {

// Which analysis candidates a slim run tries.
struct SlimSelection {
    enum class Mode { Advised, All, Ids };
    Mode mode = Mode::Advised;
    QStringList ids; // Mode::Ids
    // "advised", "all" or "ID,ID…"; empty text means advised.
    static SlimSelection parse(const QString& text);
};

// Turns candidates into SlimItems: the on-disk actions that apply them (files moved away; duplicates replaced by a
// relative symlink to Candidate::keep; modules inside a launcher's PYZ — virtual nodes below an Expandable launcher,
// STYLE.md rule 14 — removed by rewriting the launcher), or a not_tried verdict with the reason when they cannot be
// applied that way: they rewrite files (strip, UPX), need a code change or a rebuild (fp16 weights, lazy loading,
// one-file layout), or name launcher members other than PYZ modules. Also builds the "unused in the run" items from a
// TraceLog and the .spec fragment of the verified removals. Stateless; any thread.
class SlimCandidates {
    Q_DECLARE_TR_FUNCTIONS(BundleScope::SlimCandidates)
public:
    // Errors: InvalidArgument when an id asked for does not exist.
    [[nodiscard]] static Result<std::vector<SlimItem>> fromAnalysis(
        const BundleTree& tree, const std::vector<Candidate>& candidates, const SlimSelection& selection);
    // Items for the large files and folders a traced run never touched, leaving out paths `existing` items already
    // act on.
    static std::vector<SlimItem> fromTrace(const BundleTree& tree, const TraceLog& trace,
        const std::vector<SlimItem>& existing, quint64 minBytes, int limit);
    // The PyInstaller .spec fragment for the items with verdict Removed (SpecFragmentGenerator).
    static QString specFragment(
        const BundleTree& tree, const std::vector<Candidate>& candidates, const std::vector<SlimItem>& items);

    // The actions removing the dotted `modules` and every module below them from the PYZ of each launcher in the
    // bundle, as Analysis(excludes=[...]) would keep them out; empty when none is there.
    static std::vector<SlimAction> pyzModuleActions(const BundleTree& tree, const QStringList& modules);

    // Whether a node is a launcher member rather than a file on disk.
    static bool isVirtual(const BundleTree& tree, NodeId id);
    // The files and symlinks at or below `id` (a directory expands to its content).
    static std::vector<NodeId> filesBelow(const BundleTree& tree, NodeId id);

private:
    static QString notTriedReason(const Candidate& candidate);
    static SlimItem makeItem(const BundleTree& tree, const Candidate& candidate);
};

} // namespace BundleScope
