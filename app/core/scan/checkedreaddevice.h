// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "common/result.h"
#include "model/bundletree.h"
#include "scan/contentreader.h"

#include <QIODevice>

#include <memory>

namespace BundleScope {

// The content of one file node for a parser, held to what the scan found, so that a read failure is told apart from
// a malformed file. Parsers (ELF, PE, weights, bytecode) read whatever a device gives and call a short or failed read
// "truncated": on their own they would skip the file or, worse, compute a figure from the part they got. Through this
// device the first failure is kept: a read error of the underlying device, an end before the size the scan found, more
// bytes than it found. The caller asks failure() after parsing and reports an error on the entry instead of using the
// parser's result (issue 16.1: a partial read never becomes a number).
// open() refuses up front what cannot be read as scanned: a node that cannot be opened (vanished, no longer a regular
// file, unreadable) and a file on disk whose size is not the scan's (it shrank or grew since). Sizes are checked for
// the entries that are real files (DiskEntries::isReal); the members a launcher or one-file executable shows are
// decoded from their container when opened, which fails as a whole when the container changed.
// Unbuffered (each read reaches the underlying device), read-only; one instance per reader thread, owned by its caller.
class CheckedReadDevice : public QIODevice {
    Q_OBJECT
public:
    // `id`'s content from `reader`, checked against `tree`: an Error (Error::Code::Io, the entry's path) when it
    // cannot be opened or its size differs from the scan's. A reader without content (a snapshot) gives
    // Error::Code::Unsupported: there is nothing to read, which is no read failure.
    [[nodiscard]] static Result<std::unique_ptr<CheckedReadDevice>> open(
        const BundleTree& tree, const ContentReader& reader, NodeId id);
    // The whole content of `id` (files larger than maxBytes are refused with Error::Code::TooLarge), through the
    // reader's readContent() fast path: an Error (Io) when it cannot be read or its length is not the scan's size.
    // For callers that read many small whole files (Python modules).
    [[nodiscard]] static Result<QByteArray> readAll(
        const BundleTree& tree, const ContentReader& reader, NodeId id, qint64 maxBytes);

    ~CheckedReadDevice() override;
    Q_DISABLE_COPY_MOVE(CheckedReadDevice)

    // The first read failure (Error::Code::Io, with the entry's path), or an Error with Code::None while there was
    // none.
    const Error& failure() const { return m_failure; }
    bool hasFailed() const { return m_failure.isError(); }

    bool isSequential() const override;
    qint64 size() const override;
    bool seek(qint64 pos) override;
    qint64 bytesAvailable() const override;

protected:
    qint64 readData(char* data, qint64 maxSize) override;
    qint64 writeData(const char* data, qint64 maxSize) override;

private:
    CheckedReadDevice(std::unique_ptr<QIODevice> inner, qint64 expectedSize, QString path);
    static qint64 expectedSize(const BundleTree& tree, const ContentReader& reader, NodeId id);
    void fail(const QString& message);

    std::unique_ptr<QIODevice> m_inner;
    qint64 m_expected; // the scan's size; -1 when the scan's size is not the decoded content's (virtual members)
    qint64 m_position = 0; // of the next byte m_inner delivers
    QString m_path;
    Error m_failure;
};

} // namespace BundleScope
