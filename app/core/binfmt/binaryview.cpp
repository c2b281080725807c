// SPDX-License-Identifier: GPL-3.0-or-later
#include "binaryview.h"

namespace BundleScope {

BinaryView::BinaryView(QIODevice& device, QString path)
    : BinaryView(device, 0, quint64(qMax<qint64>(0, device.size())), std::move(path))
{
}

BinaryView::BinaryView(QIODevice& device, quint64 base, quint64 size, QString path)
    : m_device(&device)
    , m_base(base)
    , m_size(size)
    , m_path(std::move(path))
{
}

BinaryView BinaryView::slice(quint64 offset, quint64 size) const
{
    const quint64 start = qMin(offset, m_size);
    return BinaryView(*m_device, m_base + start, qMin(size, m_size - start), m_path);
}

Result<QByteArray> BinaryView::read(quint64 offset, quint64 length, const QString& what) const
{
    if (!contains(offset, length))
        return malformed(tr("%1 (%2 bytes at offset %3) lies past the end of the file (%4 bytes)")
                             .arg(what)
                             .arg(length)
                             .arg(offset)
                             .arg(m_size));
    if (length > MaxRead)
        return malformed(tr("%1 is implausibly large (%2 bytes)").arg(what).arg(length));
    if (length == 0)
        return QByteArray();
    if (!m_device->seek(qint64(m_base + offset)))
        return makeError(Error::Code::Io, tr("Cannot seek to %1: %2").arg(offset).arg(m_device->errorString()), m_path);
    QByteArray data = m_device->read(qint64(length));
    if (quint64(data.size()) != length)
        return makeError(Error::Code::Io, tr("Cannot read %1: %2").arg(what, m_device->errorString()), m_path);
    return data;
}

Result<QByteArray> BinaryView::readAtMost(quint64 offset, quint64 length, const QString& what) const
{
    if (offset > m_size)
        return malformed(tr("%1 starts past the end of the file").arg(what));
    return read(offset, qMin(length, m_size - offset), what);
}

Error BinaryView::malformed(const QString& message) const
{
    return makeError(Error::Code::Malformed, message, m_path);
}

} // namespace BundleScope
