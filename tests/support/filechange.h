// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

namespace BundleScope::Test {

// What happens to a file between the scan and a later read, for the read-error tests (they run as root, so
// permissions prove nothing): it vanishes, shrinks or grows, a FIFO takes its place, or (not a change on disk) a
// read error is injected through the ContentReader interface (InjectingReader).
enum class FileChange { Vanish, Shrink, Grow, Fifo, InjectReadError };

QString fileChangeName(FileChange change); // "vanished", "shrank"… for data-row names
// Applies a change on disk to the file at `path`: removes it, cuts `bytes` off its end, appends `bytes` bytes,
// replaces it with a FIFO. False (after a qWarning) when that fails; true and nothing done for InjectReadError.
bool applyFileChange(const QString& path, FileChange change, qint64 bytes = 10);

} // namespace BundleScope::Test
