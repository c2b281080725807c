// SPDX-License-Identifier: GPL-3.0-or-later
#include "tarnormalizingdevice.h"

#include <algorithm>
#include <cstring>

namespace BundleScope {

namespace {
    constexpr int s_block = 512;
    constexpr qsizetype s_chunk = 1024 * 1024;
    // ustar field offsets (POSIX.1-1988, "pax" ustar Interchange Format).
    constexpr int s_uid = 108, s_gid = 116, s_size = 124, s_mtime = 136, s_checksum = 148, s_typeflag = 156;

    quint64 parseOctal(const char* field, int length)
    {
        quint64 value = 0;
        for (int i = 0; i < length; ++i) {
            const char c = field[i];
            if (c >= '0' && c <= '7')
                value = value * 8 + quint64(c - '0');
            else if (c != ' ' || value != 0)
                break;
        }
        return value;
    }
} // namespace

TarNormalizingDevice::TarNormalizingDevice(QIODevice* target, qint64 mtime, QObject* parent)
    : QIODevice(parent)
    , m_target(target)
    , m_mtimeField(QByteArray::number(mtime, 8).rightJustified(11, '0'))
{
    m_header.reserve(s_block);
    m_output.reserve(s_chunk + s_block);
}

bool TarNormalizingDevice::forward(const char* data, qint64 length)
{
    m_output.append(data, length);
    return m_output.size() < s_chunk || flushOutput();
}

bool TarNormalizingDevice::flushOutput()
{
    if (m_output.isEmpty())
        return true;
    const bool ok = m_target->write(m_output) == m_output.size();
    m_output.clear();
    if (!ok)
        setErrorString(m_target->errorString());
    return ok;
}

void TarNormalizingDevice::close()
{
    if (isOpen())
        flushOutput();
    QIODevice::close();
}

bool TarNormalizingDevice::finishHeader()
{
    char* h = m_header.data();
    const bool zeroBlock = std::all_of(m_header.cbegin(), m_header.cend(), [](char c) { return c == 0; });
    if (!zeroBlock) {
        ++m_headers;
        std::memcpy(h + s_uid, "0000000", 8); // 7 digits + NUL, as GNU tar writes root
        std::memcpy(h + s_gid, "0000000", 8);
        const char type = h[s_typeflag];
        m_longName = type == 'L' || type == 'K';
        if (m_longName)
            std::memcpy(h + s_mtime, m_mtimeField.constData(), 11);
        // Checksum: sum of all bytes with the field itself as spaces; 6 octal digits, NUL, space (as KTar and tar).
        std::memset(h + s_checksum, ' ', 8);
        unsigned sum = 0;
        for (int i = 0; i < s_block; ++i)
            sum += static_cast<unsigned char>(h[i]);
        const QByteArray digits = QByteArray::number(sum, 8).rightJustified(6, '0');
        std::memcpy(h + s_checksum, digits.constData(), 6);
        h[s_checksum + 6] = '\0';
        h[s_checksum + 7] = ' ';
        m_validRemaining = parseOctal(h + s_size, 11);
        const bool hasData = type == '0' || type == '\0' || type == '7' || m_longName;
        if (!hasData)
            m_validRemaining = 0;
        m_dataRemaining = (m_validRemaining + s_block - 1) / s_block * s_block;
    }
    const bool ok = forward(m_header.constData(), s_block);
    m_header.clear();
    return ok;
}

qint64 TarNormalizingDevice::writeData(const char* data, qint64 length)
{
    qint64 done = 0;
    while (done < length) {
        if (m_dataRemaining > 0) {
            const qint64 chunk = qint64(std::min<quint64>(m_dataRemaining, quint64(length - done)));
            if (!m_longName) {
                if (!forward(data + done, chunk))
                    return -1;
            } else {
                QByteArray copy(data + done, chunk);
                const qint64 valid = qint64(std::min<quint64>(m_validRemaining, quint64(chunk)));
                std::memset(copy.data() + valid, 0, size_t(chunk - valid));
                if (!forward(copy.constData(), chunk))
                    return -1;
            }
            m_dataRemaining -= quint64(chunk);
            m_validRemaining -= std::min<quint64>(m_validRemaining, quint64(chunk));
            done += chunk;
            continue;
        }
        const qint64 chunk = std::min<qint64>(s_block - m_header.size(), length - done);
        m_header.append(data + done, chunk);
        done += chunk;
        if (m_header.size() == s_block && !finishHeader())
            return -1;
    }
    return length;
}

} // namespace BundleScope
