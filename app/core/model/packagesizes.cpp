// SPDX-License-Identifier: GPL-3.0-or-later
#include "packagesizes.h"

#include <algorithm>

namespace BundleScope {

std::vector<PackageSizes::Entry> PackageSizes::compute(const BundleTree& tree)
{
    std::vector<Entry> entries(std::size_t(tree.packageNames().size()));
    for (NodeId id = 0; id < tree.nodeCount(); ++id) {
        if (tree.isDirectory(id) || tree.package(id) >= entries.size())
            continue;
        const quint64 bytes = tree.hasFlag(id, HardLinkDuplicate) ? 0 : tree.size(id);
        Entry& entry = entries[tree.package(id)];
        entry.bytes += bytes;
        entry.files += 1;
        const std::vector<PackageId> users = tree.packageUsers(id);
        if (users.empty()) // several users: some other package needs it too
            entry.exclusiveBytes += bytes;
        for (PackageId user : users) {
            if (user != tree.package(id))
                entry.sharedWith.push_back(user);
        }
    }
    for (Entry& entry : entries) {
        std::sort(entry.sharedWith.begin(), entry.sharedWith.end());
        entry.sharedWith.erase(std::unique(entry.sharedWith.begin(), entry.sharedWith.end()), entry.sharedWith.end());
    }
    return entries;
}

bool PackageSizes::goesWith(const BundleTree& tree, NodeId id, const std::vector<PackageId>& excluded)
{
    auto isExcluded = [&excluded](PackageId p) { return std::binary_search(excluded.begin(), excluded.end(), p); };
    const std::vector<PackageId> users = tree.packageUsers(id);
    if (users.empty())
        return isExcluded(tree.package(id));
    return std::all_of(users.begin(), users.end(), isExcluded);
}

quint64 PackageSizes::bytesGoingWith(const BundleTree& tree, const std::vector<PackageId>& excluded)
{
    quint64 total = 0;
    for (NodeId id = 0; id < tree.nodeCount(); ++id) {
        if (!tree.isDirectory(id) && !tree.hasFlag(id, HardLinkDuplicate) && goesWith(tree, id, excluded))
            total += tree.size(id);
    }
    return total;
}

} // namespace BundleScope
