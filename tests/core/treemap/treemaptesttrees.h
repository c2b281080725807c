// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "model/bundletreebuilder.h"

#include <QByteArray>

#include <cmath>
#include <vector>

namespace BundleScope::Test {

// Builds small BundleTrees for the treemap tests and benchmark straight through BundleTreeBuilder, without touching
// the disk: explicit specs for exact checks and a deterministic pseudo-random tree for volume. Test code only.
class TreemapTestTrees {
public:
    struct Spec {
        QByteArray name;
        quint64 size = 0; // files only; a folder's size is the sum of its children
        std::vector<Spec> children;
        bool directory = false;
        Category category = Category::Data;
    };

    static Spec file(QByteArray name, quint64 size, Category category = Category::Data)
    {
        Spec spec;
        spec.name = std::move(name);
        spec.size = size;
        spec.category = category;
        return spec;
    }
    static Spec dir(QByteArray name, std::vector<Spec> children)
    {
        Spec spec;
        spec.name = std::move(name);
        spec.children = std::move(children);
        spec.directory = true;
        return spec;
    }

    // Files f0000, f0001, … with the given sizes, directly under the root.
    static BundleTreePtr flat(const std::vector<quint64>& sizes)
    {
        std::vector<Spec> files;
        for (std::size_t i = 0; i < sizes.size(); ++i)
            files.push_back(file(QByteArray("f") + QByteArray::number(qulonglong(i)).rightJustified(6, '0'), sizes[i]));
        return build(files);
    }

    static BundleTreePtr build(const std::vector<Spec>& rootChildren)
    {
        BundleTreeBuilder builder(QStringLiteral("/virtual/app"), BundleTree::SourceKind::Folder);
        addLevel(builder, builder.root(), rootChildren);
        return builder.finish();
    }

    // A deterministic tree of `folders` top-level folders, each with `subfolders` subfolders of `subfolders`
    // subfolders, each holding `filesPerFolder` files of heavy-tailed sizes (e^U(5,13): ~150 B to ~440 KB, a few
    // large ones), about 55 KB on average.
    static BundleTreePtr random(int folders, int subfolders, int filesPerFolder, quint64 seed = 1)
    {
        quint64 state = seed;
        auto next = [&state]() {
            state = state * 6364136223846793005ull + 1442695040888963407ull; // Knuth's MMIX LCG
            return double(state >> 11) / double(1ull << 53);
        };
        std::vector<Spec> top;
        for (int a = 0; a < folders; ++a) {
            std::vector<Spec> middle;
            for (int b = 0; b < subfolders; ++b) {
                std::vector<Spec> bottom;
                for (int c = 0; c < subfolders; ++c) {
                    std::vector<Spec> files;
                    for (int f = 0; f < filesPerFolder; ++f) {
                        const double exponent = next() < 0.002 ? 17.0 + 3.0 * next() : 5.0 + 8.0 * next();
                        files.push_back(
                            file(numbered("file", f), quint64(std::exp(exponent)), Category(f % (CategoryCount - 1))));
                    }
                    bottom.push_back(dir(numbered("c", c), std::move(files)));
                }
                middle.push_back(dir(numbered("b", b), std::move(bottom)));
            }
            top.push_back(dir(numbered("a", a), std::move(middle)));
        }
        return build(top);
    }

private:
    static QByteArray numbered(const char* prefix, int n)
    {
        return QByteArray(prefix) + QByteArray::number(n).rightJustified(5, '0');
    }

    static void addLevel(BundleTreeBuilder& builder, NodeId parent, const std::vector<Spec>& children)
    {
        if (children.empty())
            return;
        std::vector<BundleTreeBuilder::Entry> entries;
        entries.reserve(children.size());
        for (const Spec& child : children) {
            BundleTreeBuilder::Entry entry;
            entry.name = child.name;
            entry.kind = child.directory ? NodeKind::Directory : NodeKind::File;
            entry.size = child.size;
            entry.allocated = child.size;
            entry.category = child.directory ? Category::None : child.category;
            entries.push_back(entry);
        }
        const NodeId first = builder.addChildren(parent, entries);
        for (std::size_t i = 0; i < children.size(); ++i) {
            if (children[i].directory)
                addLevel(builder, first + NodeId(i), children[i].children);
        }
    }
};

} // namespace BundleScope::Test
