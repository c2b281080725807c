// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "common/result.h"
#include "export/archiveplan.h"
#include "scan/diskentries.h"

#include <QByteArray>

#include <vector>

namespace BundleScope {

// The exact byte layout of the uncompressed tar stream ArchiveWriter produces for a plan (KTar 6.13 + our
// normalization): per entry an optional GNU ././@LongLink block pair ('K' for symlink targets > 99 bytes, 'L' for
// names > 99 bytes, POSIX ustar + GNU extension), a 512-byte ustar header, the data padded to 512; then two zero
// blocks. read() materializes any byte range of that stream, so the estimator can compress real slices of the
// archive, headers and padding included. Immutable after construction; read() is thread-safe (the reader is).
class TarLayout {
public:
    struct Span {
        quint64 headerOffset = 0; // first byte of this entry's long-link blocks or header
        quint32 headerBytes = 0; // long-link blocks + header
        quint64 dataBytes = 0; // unpadded
        quint64 end() const { return headerOffset + headerBytes + ((dataBytes + 511) / 512) * 512; }
    };

    explicit TarLayout(const ArchivePlan& plan);

    quint64 length() const { return m_length; }
    const std::vector<Span>& spans() const { return m_spans; }
    // Index of the entry whose span holds `offset`; spans().size() for the trailing zero blocks.
    std::size_t spanAt(quint64 offset) const;
    // `length` bytes of the stream from `offset` (clamped to the stream), reading file data from `disk` (what the
    // plan was built from). A file that cannot be read completely (DiskEntries::readAt) is the error, never zeros.
    Result<QByteArray> read(const DiskEntries& disk, quint64 offset, quint64 length) const;
    // The header blocks of entry `index`, byte-identical to what the writer emits.
    QByteArray headerBlocks(std::size_t index) const;

private:
    const ArchivePlan& m_plan;
    std::vector<Span> m_spans;
    quint64 m_length = 0;
};

} // namespace BundleScope
