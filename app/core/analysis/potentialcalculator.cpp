// SPDX-License-Identifier: GPL-3.0-or-later
#include "potentialcalculator.h"

#include <QHash>

#include <algorithm>

namespace BundleScope {

namespace {

    struct FileEffect {
        bool removed = false;
        quint64 partial = 0;
    };

    // Bytes a node contributes to the bundle total: hard-link duplicates add nothing.
    quint64 countedSize(const BundleTree& tree, NodeId id)
    {
        return tree.hasFlag(id, HardLinkDuplicate) ? 0 : tree.size(id);
    }

    void addEffect(
        const BundleTree& tree, NodeId id, const Candidate::FileSaving& saving, QHash<NodeId, FileEffect>& effects)
    {
        if (tree.isDirectory(id)) {
            // A whole folder: every file below it is affected; a partial saving cannot be split, so it is removal only.
            for (NodeId child : tree.children(id)) {
                if (saving.removesFile)
                    addEffect(tree, child, saving, effects);
            }
            return;
        }
        FileEffect& effect = effects[id];
        if (saving.removesFile)
            effect.removed = true;
        else
            effect.partial += saving.saving;
    }

} // namespace

Potential PotentialCalculator::compute(const BundleTree& tree, const std::vector<const Candidate*>& candidates)
{
    QHash<NodeId, FileEffect> effects;
    quint64 unattributed = 0;
    for (const Candidate* candidate : candidates) {
        if (candidate->files.empty()) {
            unattributed += candidate->saving;
            continue;
        }
        for (const Candidate::FileSaving& saving : candidate->files) {
            if (tree.isValid(saving.node))
                addEffect(tree, saving.node, saving, effects);
        }
    }
    quint64 saving = unattributed;
    for (auto it = effects.cbegin(); it != effects.cend(); ++it) {
        const quint64 size = countedSize(tree, it.key());
        saving += it->removed ? size : std::min(it->partial, size);
    }
    Potential potential;
    potential.bytesBefore = tree.totalSize();
    potential.saving = std::min(saving, potential.bytesBefore);
    potential.bytesAfter = potential.bytesBefore - potential.saving;
    return potential;
}

Potential PotentialCalculator::advised(const BundleTree& tree, const std::vector<Candidate>& candidates)
{
    std::vector<const Candidate*> chosen;
    for (const Candidate& candidate : candidates) {
        if (candidate.advised)
            chosen.push_back(&candidate);
    }
    return compute(tree, chosen);
}

Potential PotentialCalculator::selected(
    const BundleTree& tree, const std::vector<Candidate>& candidates, const QSet<QString>& selected)
{
    std::vector<const Candidate*> chosen;
    for (const Candidate& candidate : candidates) {
        if (selected.contains(candidate.id))
            chosen.push_back(&candidate);
    }
    return compute(tree, chosen);
}

} // namespace BundleScope
