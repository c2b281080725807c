// SPDX-License-Identifier: GPL-3.0-or-later
#include "torchzipreader.h"

#include <KZip>

#include <QtEndian>

#include <memory>
#include <optional>

namespace BundleScope {

namespace {
    // At most `limit` bytes of a zip member, read in chunks; nullopt when it holds more or cannot be opened.
    // KArchiveFile::data() trusts the sizes in the zip headers and allocates what they claim: a fuzzer found a
    // 1.3 KB checkpoint whose data.pkl made it ask for 4 GiB.
    std::optional<QByteArray> readBounded(const KArchiveFile& file, qint64 limit)
    {
        const std::unique_ptr<QIODevice> device(file.createDevice());
        if (!device)
            return std::nullopt;
        QByteArray out;
        while (out.size() <= limit) {
            const QByteArray chunk = device->read(64 * 1024);
            if (chunk.isEmpty())
                return out;
            out += chunk;
        }
        return std::nullopt;
    }

    QString typeOfStorage(QByteArrayView name)
    {
        static const QHash<QByteArray, QString> types {
            { "FloatStorage", QStringLiteral("float32") },
            { "HalfStorage", QStringLiteral("float16") },
            { "BFloat16Storage", QStringLiteral("bfloat16") },
            { "DoubleStorage", QStringLiteral("float64") },
            { "LongStorage", QStringLiteral("int64") },
            { "IntStorage", QStringLiteral("int32") },
            { "ShortStorage", QStringLiteral("int16") },
            { "CharStorage", QStringLiteral("int8") },
            { "ByteStorage", QStringLiteral("uint8") },
            { "BoolStorage", QStringLiteral("bool") },
            { "QInt8Storage", QStringLiteral("quantized") },
            { "QUInt8Storage", QStringLiteral("quantized") },
            { "QInt32Storage", QStringLiteral("quantized") },
        };
        return types.value(name.toByteArray());
    }

    // BINUNICODE 'X' <u32 length> <utf-8> at `pos`: the storage key; empty when not there.
    QString keyAt(const QByteArray& pickle, qsizetype pos)
    {
        if (pos + 5 > pickle.size() || pickle.at(pos) != 'X')
            return {};
        const quint32 length = qFromLittleEndian<quint32>(pickle.constData() + pos + 1);
        if (length == 0 || length > 64 || pos + 5 + qsizetype(length) > pickle.size())
            return {};
        return QString::fromUtf8(pickle.constData() + pos + 5, length);
    }

    // A memo reference at `pos`: BINGET/BINPUT 'h'/'q' <u8> or LONG_BINGET/LONG_BINPUT 'j'/'r' <u32>.
    // Returns the index and the length of the opcode, or -1.
    std::pair<qint64, int> memoAt(const QByteArray& pickle, qsizetype pos, char shortOp, char longOp)
    {
        if (pos + 2 <= pickle.size() && pickle.at(pos) == shortOp)
            return { quint8(pickle.at(pos + 1)), 2 };
        if (pos + 5 <= pickle.size() && pickle.at(pos) == longOp)
            return { qFromLittleEndian<quint32>(pickle.constData() + pos + 1), 5 };
        return { -1, 0 };
    }

} // namespace

QHash<QString, QString> TorchZipReader::storageTypes(const QByteArray& pickle)
{
    QHash<QString, QString> keys;
    QHash<qint64, QString> memo;
    static const QByteArray global("ctorch\n");
    // First pass: GLOBAL torch.<Type>Storage, remembered under its BINPUT slot, possibly directly followed by a key.
    for (qsizetype pos = pickle.indexOf(global); pos >= 0; pos = pickle.indexOf(global, pos + 1)) {
        const qsizetype nameStart = pos + global.size();
        const qsizetype nameEnd = pickle.indexOf('\n', nameStart);
        if (nameEnd < 0 || nameEnd - nameStart > 40)
            continue;
        const QString type = typeOfStorage(QByteArrayView(pickle).sliced(nameStart, nameEnd - nameStart));
        if (type.isEmpty())
            continue;
        const auto [slot, length] = memoAt(pickle, nameEnd + 1, 'q', 'r');
        if (slot >= 0)
            memo.insert(slot, type);
        const QString key = keyAt(pickle, nameEnd + 1 + length);
        if (!key.isEmpty())
            keys.insert(key, type);
    }
    // Second pass: later storages of a type already seen refer to it through BINGET.
    for (qsizetype pos = 0; pos < pickle.size() && !memo.isEmpty(); ++pos) {
        const auto [slot, length] = memoAt(pickle, pos, 'h', 'j');
        if (slot < 0 || !memo.contains(slot))
            continue;
        const QString key = keyAt(pickle, pos + length);
        if (!key.isEmpty() && !keys.contains(key))
            keys.insert(key, memo.value(slot));
    }
    return keys;
}

Result<WeightsInfo> TorchZipReader::read(QIODevice& device)
{
    if (device.isSequential())
        return makeError(Error::Code::Unsupported, tr("A torch checkpoint needs random access to read."));
    KZip zip(&device);
    if (!zip.open(QIODevice::ReadOnly))
        return makeError(Error::Code::Malformed, tr("Not a zip-format torch checkpoint: %1").arg(zip.errorString()));
    const KArchiveDirectory* root = zip.directory();
    const QStringList top = root->entries();
    const KArchiveEntry* folder = top.size() == 1 ? root->entry(top.first()) : nullptr;
    const auto* archive = folder && folder->isDirectory() ? static_cast<const KArchiveDirectory*>(folder) : nullptr;
    const KArchiveFile* pickle = archive ? archive->file(QStringLiteral("data.pkl")) : nullptr;
    const KArchiveEntry* dataEntry = archive ? archive->entry(QStringLiteral("data")) : nullptr;
    if (!pickle)
        return makeError(Error::Code::Malformed, tr("Zip file without <name>/data.pkl: not a torch checkpoint."));
    WeightsInfo info;
    info.format = WeightsInfo::Format::TorchZip;
    const std::optional<QByteArray> pickleBytes
        = pickle->size() <= MaxPickle ? readBounded(*pickle, MaxPickle) : std::optional<QByteArray>();
    const QHash<QString, QString> types = pickleBytes ? storageTypes(*pickleBytes) : QHash<QString, QString>();
    info.typeAssumed = types.isEmpty();
    if (dataEntry && dataEntry->isDirectory()) {
        const auto* data = static_cast<const KArchiveDirectory*>(dataEntry);
        for (const QString& key : data->entries()) {
            const KArchiveFile* record = data->file(key);
            if (!record)
                continue;
            const QString fallback = info.typeAssumed ? QStringLiteral("float32") : QStringLiteral("unknown");
            info.bytesByType[types.value(key, fallback)] += quint64(record->size());
            ++info.tensorCount;
        }
    }
    if (info.typeAssumed && info.tensorCount > 0)
        info.note = tr("Element type not found in data.pkl; assumed float32.");
    return info;
}

} // namespace BundleScope
