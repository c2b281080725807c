// SPDX-License-Identifier: GPL-3.0-or-later
#include "estimatecachefile.h"

#include <QDataStream>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSaveFile>

namespace BundleScope {

namespace {
    constexpr quint32 s_maxRecords = 10'000'000; // a sanity bound against a corrupt count
}

Result<std::vector<EstimateCacheFile::Record>> EstimateCacheFile::read(const QString& fileName)
{
    QFile file(fileName);
    if (!file.open(QIODevice::ReadOnly))
        return makeError(Error::Code::Io, tr("Cannot read the estimate cache: %1").arg(file.errorString()), fileName);
    QDataStream in(&file);
    in.setVersion(QDataStream::Qt_6_4);
    quint32 magic = 0, version = 0, count = 0;
    in >> magic >> version >> count;
    if (in.status() != QDataStream::Ok || magic != Magic || version != FormatVersion || count > s_maxRecords)
        return makeError(Error::Code::Unsupported, tr("The estimate cache has another format or version."), fileName);
    if (quint64(file.size()) < quint64(count) * (4 + KeyBytes + 16))
        return makeError(Error::Code::Malformed, tr("The estimate cache is truncated."), fileName);
    std::vector<Record> records(count);
    for (Record& record : records) {
        in >> record.key >> record.compressed >> record.used;
        if (in.status() != QDataStream::Ok || record.key.size() != KeyBytes)
            return makeError(Error::Code::Malformed, tr("The estimate cache is damaged."), fileName);
    }
    if (!in.atEnd())
        return makeError(Error::Code::Malformed, tr("The estimate cache is damaged."), fileName);
    return records;
}

Result<void> EstimateCacheFile::write(const QString& fileName, const std::vector<Record>& records)
{
    if (!QDir().mkpath(QFileInfo(fileName).absolutePath()))
        return makeError(Error::Code::Io, tr("Cannot create the folder of the estimate cache."), fileName);
    QByteArray bytes;
    QDataStream out(&bytes, QIODevice::WriteOnly);
    out.setVersion(QDataStream::Qt_6_4);
    out << Magic << FormatVersion << quint32(records.size());
    for (const Record& record : records)
        out << record.key << record.compressed << record.used;
    // One unbuffered write: a short write (a full disk) shows in its result instead of in a flush inside commit(),
    // which Qt 6.4 can miss.
    QSaveFile file(fileName);
    if (!file.open(QIODevice::WriteOnly | QIODevice::Unbuffered))
        return makeError(Error::Code::Io, tr("Cannot write the estimate cache: %1").arg(file.errorString()), fileName);
    if (file.write(bytes) != bytes.size()) {
        const QString reason = file.errorString();
        file.cancelWriting();
        return makeError(Error::Code::Io, tr("Cannot write the estimate cache: %1").arg(reason), fileName);
    }
    if (!file.commit())
        return makeError(Error::Code::Io, tr("Cannot write the estimate cache: %1").arg(file.errorString()), fileName);
    return {};
}

} // namespace BundleScope
