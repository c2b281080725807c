// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "model/bundletree.h"

#include <QList>

namespace BundleScope::Test {

// One file of an in-memory bundle for annotation and report tests.
struct FakeFile {
    QString path; // '/'-separated, relative to the root
    quint64 size = 0;
    Category category = Category::Other;
    quint8 flags = NoFlags;
    QByteArray content; // what the FileReader returns (RECORD files)
};

// Builds a BundleTree through BundleTreeBuilder (children sorted by name bytes, one addChildren per folder), with a
// FileReader serving FakeFile::content; records the maxBytes the annotator asked for in *requestedMax when given.
std::shared_ptr<BundleTree> buildFakeTree(const QList<FakeFile>& files,
    BundleTree::SourceKind kind = BundleTree::SourceKind::Folder, bool withReader = true,
    qint64* requestedMax = nullptr);

} // namespace BundleScope::Test
