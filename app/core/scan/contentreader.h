// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "model/nodetypes.h"

#include <QIODevice>

#include <algorithm>
#include <memory>
#include <optional>

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
    // The whole content, cut at maxBytes, or nullopt when the node cannot be opened (a read error after opening gives
    // what was read). For callers that read many whole small files (the Python modules of a tree): readers with a
    // cheaper way than a QIODevice override it (a plain file: open, fstat, read, close).
    virtual std::optional<QByteArray> readContent(NodeId id, qint64 maxBytes) const
    {
        const std::unique_ptr<QIODevice> device = open(id);
        if (!device)
            return std::nullopt;
        // The device's own size when it knows it: QIODevice::read(max) allocates `max` bytes up front.
        const qint64 known = device->isSequential() ? -1 : device->size();
        return device->read(known >= 0 ? std::min(known, maxBytes) : maxBytes);
    }
};

} // namespace BundleScope
