// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "common/error.h"
#include "export/archiveformat.h"

#include <QtGlobal>

#include <cstddef>
#include <optional>
#include <vector>

namespace BundleScope {

// One slice the estimator compresses: a window of the tar stream, or a window (or all) of one file for zip.
// `dictionary` bytes before `offset` prime the deflate window. With `proxy`, the slice is not compressed but measured
// with CompressibilityProxy (its cost in 1/16 bytes goes to `compressed`, so the cache keeps it like a size).
// Filled in by the estimator's workers. A slice that could not be read completely carries readError and counts as
// incompressible (its compressed size is its length: an upper bound, never the size of zeros); it is never cached.
struct EstimateSample {
    enum class Source { TarStream, File };
    ArchiveFormat format = ArchiveFormat::TarGz;
    Source source = Source::TarStream;
    std::size_t entry = 0; // plan entry, for Source::File
    quint64 offset = 0;
    quint64 length = 0;
    quint32 dictionary = 0;
    quint64 compressed = 0; // result
    bool cached = false;
    bool proxy = false;
    std::optional<Error> readError; // result: the entry that could not be read, and why

    // Compressed bytes per input byte, less `subtract` bytes of fixed cost (1 for an empty sample).
    double ratio(quint64 subtract = 0) const
    {
        if (length == 0)
            return 1.0;
        return double(compressed > subtract ? compressed - subtract : 0) / double(length);
    }
};

using EstimateSamples = std::vector<EstimateSample>;

} // namespace BundleScope
