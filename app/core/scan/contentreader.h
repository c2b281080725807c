// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "model/nodetypes.h"

#include <QIODevice>

#include <memory>

namespace BundleScope {

// Opens the content of a file node for reading, wherever it lives: a file on disk for folder bundles, an entry
// decompressed on demand for one-file executables and archives. Thread-safe: analyzers call open() from workers.
class ContentReader {
public:
    virtual ~ContentReader() = default;
    // A device open for reading, positioned at 0, or nullptr (with errorString() set) when the node cannot be read.
    virtual std::unique_ptr<QIODevice> open(NodeId id) const = 0;
    // False when no content exists at all (a snapshot): open() then fails for every node, which is not a read error.
    virtual bool hasContent() const { return true; }
    // Up to maxBytes from the start of the file; empty on error. Convenience over open().
    QByteArray readHead(NodeId id, qint64 maxBytes) const
    {
        auto device = open(id);
        return device ? device->read(maxBytes) : QByteArray();
    }
};

} // namespace BundleScope
