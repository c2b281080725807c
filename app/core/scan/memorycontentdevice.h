// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QBuffer>

namespace BundleScope {

// A read-only QBuffer that owns its bytes: what ContentReaders of virtual trees hand out for a decompressed member.
class MemoryContentDevice : public QBuffer {
public:
    explicit MemoryContentDevice(QByteArray content)
        : m_content(std::move(content))
    {
        setBuffer(&m_content);
        open(QIODevice::ReadOnly);
    }

private:
    QByteArray m_content;
};

} // namespace BundleScope
