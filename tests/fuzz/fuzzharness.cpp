// SPDX-License-Identifier: GPL-3.0-or-later
#include "fuzzharness.h"

#include "binfmt/carchivereader.h"
#include "binfmt/elfreader.h"
#include "binfmt/ggufreader.h"
#include "binfmt/machoreader.h"
#include "binfmt/marshalreader.h"
#include "binfmt/onnxreader.h"
#include "binfmt/pereader.h"
#include "binfmt/pyzreader.h"
#include "binfmt/safetensorsreader.h"
#include "binfmt/torchzipreader.h"
#include "binfmt/zlibinflate.h"

#include <QBuffer>

namespace BundleScope::Fuzz {

namespace {
    constexpr qint64 s_maxEntryBytes = 1 << 20;

    QString codeName(Error::Code code)
    {
        switch (code) {
        case Error::Code::None:
            return QStringLiteral("None");
        case Error::Code::NotFound:
            return QStringLiteral("NotFound");
        case Error::Code::PermissionDenied:
            return QStringLiteral("PermissionDenied");
        case Error::Code::NotABundle:
            return QStringLiteral("NotABundle");
        case Error::Code::Malformed:
            return QStringLiteral("Malformed");
        case Error::Code::Unsupported:
            return QStringLiteral("Unsupported");
        case Error::Code::TooLarge:
            return QStringLiteral("TooLarge");
        case Error::Code::Io:
            return QStringLiteral("Io");
        case Error::Code::Cancelled:
            return QStringLiteral("Cancelled");
        case Error::Code::InvalidArgument:
            return QStringLiteral("InvalidArgument");
        case Error::Code::AlreadyExists:
            return QStringLiteral("AlreadyExists");
        }
        return QStringLiteral("?");
    }

    template <typename T> QString outcome(const Result<T>& result, const char* what, qsizetype count)
    {
        if (!result)
            return QStringLiteral("error ") + codeName(result.error().code);
        return QString::fromLatin1(what) + u' ' + QString::number(count);
    }

    qsizetype countItems(const MarshalValue& value)
    {
        qsizetype count = 1;
        for (const auto& item : value.items)
            count += countItems(*item);
        return count;
    }

    // Inflates every module of a PYZ read from `device`.
    void inflateModules(const QByteArray& data, const PyzInfo& pyz)
    {
        for (const PyzEntry& module : pyz.entries) {
            const auto bytes = ZlibInflate::inflate(
                QByteArrayView(data).sliced(module.offset, module.storedLength), s_maxEntryBytes);
            if (bytes) {
                MarshalReader code(*bytes);
                (void)code.readObject();
            }
        }
    }

    QString parseCArchive(const QByteArray& data, QBuffer& buffer)
    {
        const auto archive = CArchiveReader::read(buffer);
        if (archive) {
            for (const CArchiveEntry& entry : archive->entries) {
                (void)CArchiveReader::readEntry(buffer, entry, s_maxEntryBytes);
                if (entry.typeCode == 'z') {
                    if (const auto pyz = PyzReader::read(buffer, entry.offset, entry.storedLength))
                        inflateModules(data, *pyz);
                }
            }
        }
        return outcome(archive, "entries", archive ? qsizetype(archive->entries.size()) : 0);
    }
} // namespace

QString parserId(Parser parser)
{
    switch (parser) {
    case Parser::CArchive:
        return QStringLiteral("carchive");
    case Parser::Pyz:
        return QStringLiteral("pyz");
    case Parser::Marshal:
        return QStringLiteral("marshal");
    case Parser::Zlib:
        return QStringLiteral("zlib");
    case Parser::Elf:
        return QStringLiteral("elf");
    case Parser::Pe:
        return QStringLiteral("pe");
    case Parser::MachO:
        return QStringLiteral("macho");
    case Parser::Safetensors:
        return QStringLiteral("safetensors");
    case Parser::Onnx:
        return QStringLiteral("onnx");
    case Parser::Gguf:
        return QStringLiteral("gguf");
    case Parser::TorchZip:
        return QStringLiteral("torchzip");
    }
    return {};
}

std::optional<Parser> parserFromId(QStringView id)
{
    for (Parser parser : AllParsers) {
        if (parserId(parser) == id)
            return parser;
    }
    return std::nullopt;
}

QString parse(Parser parser, const QByteArray& input)
{
    QByteArray data = input;
    QBuffer buffer(&data);
    buffer.open(QIODevice::ReadOnly);
    const auto size = quint64(data.size());
    switch (parser) {
    case Parser::CArchive:
        return parseCArchive(data, buffer);
    case Parser::Pyz: {
        const auto pyz = PyzReader::read(buffer, 0, data.size());
        if (pyz)
            inflateModules(data, *pyz);
        return outcome(pyz, "entries", pyz ? qsizetype(pyz->entries.size()) : 0);
    }
    case Parser::Marshal: {
        MarshalReader reader(data);
        const auto value = reader.readObject();
        return outcome(value, "objects", value ? countItems(**value) : 0);
    }
    case Parser::Zlib: {
        const auto bytes = ZlibInflate::inflate(data, s_maxEntryBytes);
        return outcome(bytes, "bytes", bytes ? bytes->size() : 0);
    }
    case Parser::Elf: {
        const auto info = ElfReader::read(buffer);
        return outcome(info, "sections", info ? qsizetype(info->sections.size()) : 0);
    }
    case Parser::Pe: {
        const auto info = PeReader::read(buffer);
        return outcome(info, "sections", info ? qsizetype(info->sections.size()) : 0);
    }
    case Parser::MachO: {
        const auto info = MachOReader::read(buffer);
        return outcome(info, "slices", info ? qsizetype(info->slices.size()) : 0);
    }
    case Parser::Safetensors: {
        const auto info = SafetensorsReader::read(buffer, size);
        return outcome(info, "tensors", info ? qsizetype(info->tensorCount) : 0);
    }
    case Parser::Onnx: {
        const auto info = OnnxReader::read(buffer, size);
        return outcome(info, "tensors", info ? qsizetype(info->tensorCount) : 0);
    }
    case Parser::Gguf: {
        const auto info = GgufReader::read(buffer, size);
        return outcome(info, "tensors", info ? qsizetype(info->tensorCount) : 0);
    }
    case Parser::TorchZip: {
        const auto info = TorchZipReader::read(buffer);
        return outcome(info, "tensors", info ? qsizetype(info->tensorCount) : 0);
    }
    }
    return {};
}

} // namespace BundleScope::Fuzz
