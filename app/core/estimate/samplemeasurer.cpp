// SPDX-License-Identifier: GPL-3.0-or-later
#include "samplemeasurer.h"

#include "estimate/compressibilityproxy.h"
#include "estimate/estimatecache.h"
#include "estimate/samplecompressor.h"

#include <QCryptographicHash>
#include <QFileInfo>

#include <cmath>

namespace BundleScope {

SampleMeasurer::SampleMeasurer(
    const DiskEntries& disk, const EstimateOptions& options, const ArchivePlan& plan, const TarLayout& layout)
    : m_disk(disk)
    , m_options(options)
    , m_plan(plan)
    , m_layout(layout)
    , m_rootKey(QFileInfo(disk.tree().rootPath()).absoluteFilePath().toUtf8())
{
}

Result<QByteArray> SampleMeasurer::read(const EstimateSample& sample) const
{
    if (sample.source == EstimateSample::Source::TarStream)
        return m_layout.read(m_disk, sample.offset - sample.dictionary, sample.length + sample.dictionary);
    QByteArray data(qsizetype(sample.length + sample.dictionary), Qt::Uninitialized);
    const Result<void> read = m_disk.readAt(
        m_plan.entries()[sample.entry].node, sample.offset - sample.dictionary, data.data(), quint64(data.size()));
    if (!read)
        return read.error();
    return data;
}

QByteArray SampleMeasurer::cacheKey(const EstimateSample& sample) const
{
    QCryptographicHash hash(QCryptographicHash::Sha1);
    const auto addNumber = [&hash](quint64 value) {
        hash.addData(QByteArrayView(reinterpret_cast<const char*>(&value), sizeof(value)));
    };
    hash.addData(ArchiveFormats::id(sample.format).toLatin1());
    hash.addData(m_rootKey);
    for (quint64 value : { quint64(m_options.level), quint64(sample.source), sample.offset, sample.length,
             quint64(sample.dictionary), quint64(m_plan.mtime()), sample.proxy ? CompressibilityProxy::Version : 0 })
        addNumber(value);
    const BundleTree& tree = m_disk.tree();
    const auto addEntry = [&](std::size_t index) {
        const ArchiveEntry& entry = m_plan.entries()[index];
        hash.addData(entry.path);
        addNumber(entry.size);
        addNumber(quint64(tree.modificationTime(entry.node)));
    };
    if (sample.source == EstimateSample::Source::File) {
        addEntry(sample.entry);
    } else {
        const quint64 from = sample.offset - sample.dictionary, to = sample.offset + sample.length;
        const auto& spans = m_layout.spans();
        for (std::size_t i = m_layout.spanAt(from); i < spans.size() && spans[i].headerOffset < to; ++i)
            addEntry(i);
    }
    return hash.result();
}

void SampleMeasurer::measure(EstimateSample& sample) const
{
    const QByteArray key = m_options.useCache ? cacheKey(sample) : QByteArray();
    if (m_options.useCache) {
        if (const std::optional<quint64> cached = EstimateCache::instance().lookup(key)) {
            sample.compressed = *cached;
            sample.cached = true;
            return;
        }
    }
    Result<QByteArray> read = this->read(sample);
    if (!read) {
        // Not a number from zeros, and nothing cached: the bytes count as stored and the entry as an error.
        sample.readError = read.error();
        sample.compressed = sample.proxy ? quint64(double(sample.length) * ProxyScale) : sample.length;
        return;
    }
    const QByteArray data = std::move(*read);
    const QByteArrayView all(data);
    if (sample.proxy)
        sample.compressed = quint64(std::llround(CompressibilityProxy::cost(all, sample.dictionary) * ProxyScale));
    else
        sample.compressed = SampleCompressor::compressedSize(
            sample.format, m_options.level, all.sliced(sample.dictionary), all.first(sample.dictionary));
    if (m_options.useCache)
        EstimateCache::instance().insert(key, sample.compressed);
}

} // namespace BundleScope
