// SPDX-License-Identifier: GPL-3.0-or-later
#include "injectingreader.h"

#include <cstring>

namespace BundleScope::Test {

namespace {
    class FailingDevice : public QIODevice {
    public:
        FailingDevice(QByteArray content, qint64 failAt)
            : m_content(std::move(content))
            , m_failAt(failAt)
        {
        }
        bool isSequential() const override { return false; }
        qint64 size() const override { return m_content.size(); }
        bool seek(qint64 pos) override
        {
            m_pos = pos;
            return QIODevice::seek(pos);
        }

    protected:
        qint64 readData(char* data, qint64 maxSize) override
        {
            qint64 n = std::max<qint64>(0, std::min(maxSize, qint64(m_content.size()) - m_pos));
            if (m_pos <= m_failAt && m_failAt < m_pos + n) {
                if (m_pos == m_failAt) {
                    setErrorString(InjectingReader::injectedMessage());
                    return -1;
                }
                n = m_failAt - m_pos; // up to the bad byte; the next read fails
            }
            std::memcpy(data, m_content.constData() + m_pos, size_t(n));
            m_pos += n;
            return n;
        }
        qint64 writeData(const char*, qint64) override { return -1; }

    private:
        QByteArray m_content;
        qint64 m_failAt;
        qint64 m_pos = 0;
    };
} // namespace

InjectingReader::InjectingReader(const ContentReader& inner, NodeId failing, qint64 failAt)
    : m_inner(inner)
    , m_failing(failing)
    , m_failAt(failAt)
{
}

std::unique_ptr<QIODevice> InjectingReader::open(NodeId id) const
{
    auto device = m_inner.open(id);
    if (id != m_failing || !device)
        return device;
    auto failing = std::make_unique<FailingDevice>(device->readAll(), m_failAt);
    failing->open(QIODevice::ReadOnly | QIODevice::Unbuffered);
    return failing;
}

std::optional<QByteArray> InjectingReader::readContent(NodeId id, qint64 maxBytes) const
{
    return id == m_failing ? ContentReader::readContent(id, maxBytes) : m_inner.readContent(id, maxBytes);
}

} // namespace BundleScope::Test
