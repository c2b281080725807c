// SPDX-License-Identifier: GPL-3.0-or-later
#include "torchzipreader.h"

#include <KZip>
#include <KZipFileEntry>

#include <QtEndian>

#include <algorithm>
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

    bool isIdentifier(QByteArrayView text, bool dotted)
    {
        if (text.isEmpty() || text.size() > 200)
            return false;
        for (char c : text) {
            const bool letter = (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '_';
            if (!letter && !(dotted && c == '.'))
                return false;
        }
        return true;
    }

    // Modules whose globals a plain state dict (OrderedDict of tensors, torch.save(model.state_dict())) pickles.
    bool isStateDictModule(QByteArrayView module)
    {
        static const QByteArrayView modules[] = { "collections", "builtins", "copyreg", "_codecs", "torch",
            "torch._utils", "torch._tensor", "numpy", "numpy.core.multiarray" };
        return std::find(std::begin(modules), std::end(modules), module) != std::end(modules);
    }

    // A payload for every stored (uncompressed) record of data/, in file order; false when one is compressed or
    // lies outside the device.
    bool collectPayloads(const KArchiveDirectory& data, const QHash<QString, QString>& types, const QString& fallback,
        quint64 deviceSize, WeightsInfo& info)
    {
        bool complete = true;
        for (const QString& key : data.entries()) {
            const auto* record = dynamic_cast<const KZipFileEntry*>(data.entry(key));
            if (!record)
                continue;
            const auto size = quint64(record->size());
            const auto position = quint64(std::max<qint64>(record->position(), 0));
            if (record->encoding() != 0 || quint64(record->compressedSize()) != size || position > deviceSize
                || size > deviceSize - position) {
                complete = false;
                continue;
            }
            info.payloads.push_back({ QStringLiteral("data/") + key, types.value(key, fallback), {}, position, size });
        }
        std::sort(info.payloads.begin(), info.payloads.end(),
            [](const TensorPayload& a, const TensorPayload& b) { return a.offset < b.offset; });
        return complete;
    }

} // namespace

QString TorchZipReader::pickledClass(const QByteArray& pickle)
{
    // Walks the opcodes (Lib/pickletools.py) so that text inside strings is never taken for a GLOBAL. Handles GLOBAL
    // (protocols 0-3; torch.save uses 2) and STACK_GLOBAL after two pushed strings (protocol 4+). Stops at an opcode
    // it does not know, at STOP or at the end: the answer is then what was seen so far.
    const qsizetype size = pickle.size();
    const char* data = pickle.constData();
    QByteArray strings[2]; // the last two strings pushed, for STACK_GLOBAL
    auto pushString = [&strings](QByteArray text) {
        strings[0] = std::move(strings[1]);
        strings[1] = std::move(text);
    };
    auto lengthAt = [&](qsizetype at, int bytes) -> qint64 {
        if (at + bytes > size)
            return -1;
        if (bytes == 1)
            return quint8(data[at]);
        if (bytes == 4)
            return qFromLittleEndian<quint32>(data + at);
        const quint64 value = qFromLittleEndian<quint64>(data + at);
        return value > quint64(size) ? -1 : qint64(value);
    };
    auto global = [](QByteArrayView module, QByteArrayView name) -> QString {
        if (!isIdentifier(module, true) || !isIdentifier(name, false) || isStateDictModule(module))
            return {};
        return QString::fromLatin1(module) + u'.' + QString::fromLatin1(name);
    };
    static const QByteArrayView noArgument(
        "()]}tRQ021N\x88\x89usae.b\x81\x82\x83\x84\x85\x86\x87ld\x90\x91\x92\x94\x97\x98o");
    static const QByteArrayView oneLine("ILFSVPpg");
    qsizetype pos = 0;
    while (pos < size) {
        const char op = data[pos++];
        int lengthBytes = 0, fixed = 0;
        switch (op) {
        case 'X':
        case 'T':
        case 'B':
            lengthBytes = 4;
            break;
        case 'U':
        case 'C':
        case '\x8c':
        case '\x8a':
            lengthBytes = 1;
            break;
        case '\x8b':
            lengthBytes = 4;
            break;
        case '\x8d':
        case '\x8e':
        case '\x96':
            lengthBytes = 8;
            break;
        case 'q':
        case 'h':
        case 'K':
        case '\x80':
            fixed = 1;
            break;
        case 'M':
            fixed = 2;
            break;
        case 'r':
        case 'j':
        case 'J':
            fixed = 4;
            break;
        case 'G':
        case '\x95':
            fixed = 8;
            break;
        default:
            break;
        }
        if (lengthBytes) {
            const qint64 length = lengthAt(pos, lengthBytes);
            if (length < 0 || pos + lengthBytes + length > size)
                return {};
            if (op == 'X' || op == '\x8c' || op == 'U' || op == 'T' || op == '\x8d')
                pushString(QByteArray(data + pos + lengthBytes, qsizetype(length)));
            pos += lengthBytes + qsizetype(length);
        } else if (fixed) {
            pos += fixed;
        } else if (op == 'c' || op == 'i') { // GLOBAL / INST: module\nname\n
            const qsizetype moduleEnd = pickle.indexOf('\n', pos);
            const qsizetype nameEnd = moduleEnd < 0 ? -1 : pickle.indexOf('\n', moduleEnd + 1);
            if (nameEnd < 0)
                return {};
            const QString found = global(QByteArrayView(data + pos, moduleEnd - pos),
                QByteArrayView(data + moduleEnd + 1, nameEnd - moduleEnd - 1));
            if (!found.isEmpty())
                return found;
            pos = nameEnd + 1;
        } else if (op == '\x93') { // STACK_GLOBAL
            const QString found = global(strings[0], strings[1]);
            if (!found.isEmpty())
                return found;
        } else if (oneLine.contains(op)) {
            const qsizetype end = pickle.indexOf('\n', pos);
            if (end < 0)
                return {};
            pos = end + 1;
        } else if (op == '.') {
            return {};
        } else if (!noArgument.contains(op)) {
            return {}; // an opcode we do not know: stop rather than guess
        }
    }
    return {};
}

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
    if (pickleBytes)
        info.pickledClass = pickledClass(*pickleBytes);
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
        const QString fallback = info.typeAssumed ? QStringLiteral("float32") : QStringLiteral("unknown");
        info.payloadsComplete = collectPayloads(*data, types, fallback, quint64(device.size()), info);
    }
    if (info.typeAssumed && info.tensorCount > 0)
        info.note = tr("Element type not found in data.pkl; assumed float32.");
    return info;
}

} // namespace BundleScope
