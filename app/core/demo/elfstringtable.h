// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QHash>

namespace BundleScope {

// An ELF string table (.dynstr, .strtab, .shstrtab; gABI "String Table"): a NUL byte first, then each distinct string
// once, NUL-terminated. Value type used by ElfBuilder.
class ElfStringTable {
public:
    quint32 add(const QByteArray& text)
    {
        if (text.isEmpty())
            return 0;
        const auto it = m_offsets.constFind(text);
        if (it != m_offsets.constEnd())
            return *it;
        const quint32 offset = quint32(m_data.size());
        m_data.append(text).append('\0');
        m_offsets.insert(text, offset);
        return offset;
    }
    const QByteArray& data() const { return m_data; }

private:
    QByteArray m_data { 1, '\0' };
    QHash<QByteArray, quint32> m_offsets;
};

} // namespace BundleScope
