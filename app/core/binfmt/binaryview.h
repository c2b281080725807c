// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "common/result.h"

#include <QCoreApplication>
#include <QIODevice>

namespace BundleScope {

// Bounds-checked random access to one binary file (or one slice of a Mach-O universal file) for the ELF, PE and
// Mach-O readers. Reads through seek() + read() so a 1 GB library is never loaded whole; every range is checked
// against the size first and single reads are capped, so a lying header cannot cause an unbounded allocation.
// Not thread-safe: created on the stack by a reader call, on the caller's thread; does not own the device.
class BinaryView {
    Q_DECLARE_TR_FUNCTIONS(BundleScope::BinaryView)
public:
    static constexpr quint64 MaxRead = 64ull * 1024 * 1024;

    BinaryView(QIODevice& device, QString path);
    BinaryView slice(quint64 offset, quint64 size) const; // clipped to this view

    quint64 size() const { return m_size; }
    bool contains(quint64 offset, quint64 length) const { return offset <= m_size && length <= m_size - offset; }
    const QString& path() const { return m_path; }

    // Exactly `length` bytes at `offset`, or Malformed naming `what` when the range leaves the file.
    Result<QByteArray> read(quint64 offset, quint64 length, const QString& what) const;
    // Up to `length` bytes at `offset` (fewer at the end of the file); Malformed only when offset is past the end.
    Result<QByteArray> readAtMost(quint64 offset, quint64 length, const QString& what) const;
    Error malformed(const QString& message) const;

private:
    BinaryView(QIODevice& device, quint64 base, quint64 size, QString path);

    QIODevice* m_device;
    quint64 m_base = 0;
    quint64 m_size = 0;
    QString m_path;
};

} // namespace BundleScope
