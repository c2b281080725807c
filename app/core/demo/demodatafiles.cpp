// SPDX-License-Identifier: GPL-3.0-or-later
#include "demodatafiles.h"

#include "demofilesink.h"
#include "demorandom.h"
#include "safetensorswriter.h"
#include "torcharchivewriter.h"

namespace BundleScope {

namespace {

    constexpr const char* s_words[] = { "Tensor", "Scalar", "Device", "Storage", "Layout", "Stride", "Dispatch",
        "Kernel", "Allocator", "Stream", "Event", "Graph", "Node", "Value", "Type", "Schema", "Operator", "Registry",
        "Context", "Generator", "Quantizer", "Backend", "Profiler", "Hooks" };
    constexpr quint32 s_wordCount = sizeof(s_words) / sizeof(s_words[0]);

    QByteArray word(DemoRandom& random)
    {
        return s_words[random.bounded(s_wordCount)];
    }

    QString indexedName(const char* const* names, int count, int index, const QString& suffix)
    {
        const QString base = QLatin1String(names[index % count]);
        return (index < count ? base : base + QString::number(index / count)) + suffix;
    }

} // namespace

QByteArray DemoDataFiles::header(const QString& path, int lines, DemoRandom& random)
{
    QByteArray out = "#pragma once\n// " + path.toUtf8() + "\n\n#include <c10/macros/Macros.h>\n\nnamespace at {\n\n";
    for (int i = 0; i < lines; i += 4) {
        const QByteArray name = word(random) + word(random);
        out += "struct TORCH_API " + name + QByteArray::number(i) + " {\n  " + word(random) + " "
            + word(random).toLower() + "() const;\n  int64_t " + word(random).toLower()
            + "_ = " + QByteArray::number(random.bounded(64)) + ";\n};\n";
    }
    return out + "\n} // namespace at\n";
}

QByteArray DemoDataFiles::text(const QByteArray& title, int lines, DemoRandom& random)
{
    QByteArray out = "# " + title + "\n\n";
    for (int i = 0; i < lines; ++i)
        out += "The " + word(random).toLower() + " keeps a " + word(random).toLower() + " per " + word(random).toLower()
            + ".\n";
    return out;
}

void DemoDataFiles::writeDevFiles(DemoFileSink& sink, const QString& internal, int scale, DemoRandom& random)
{
    static constexpr const char* folders[] = { "ATen", "ATen/core", "ATen/ops", "ATen/native", "c10/core", "c10/util",
        "c10/macros", "torch/csrc/api/include/torch", "torch/csrc/autograd", "caffe2/core" };
    static constexpr const char* names[] = { "Tensor", "TensorBase", "Dispatch", "Functions", "NativeFunctions",
        "ScalarType", "Device", "Allocator", "Storage", "Optional", "ArrayRef", "Exception", "Logging", "Half",
        "BFloat16", "Macros", "Export", "TypeIndex", "intrusive_ptr", "SmallVector", "irange", "Registry" };
    for (int i = 0; i < 300 * scale; ++i) {
        const QString path = internal + QStringLiteral("/torch/include/") + QLatin1String(folders[i % 10]) + u'/'
            + indexedName(names, 22, i / 10, QStringLiteral(".h"));
        sink.write(path, header(path, int(random.range(20, 240)), random));
    }
    for (int i = 0; i < 20; ++i) {
        const QString path = internal + QStringLiteral("/numpy/core/include/numpy/")
            + indexedName(names, 22, i, QStringLiteral(".h")).toLower();
        sink.write(path, header(path, int(random.range(20, 200)), random));
    }
    const struct {
        const char* path;
        int lines;
    } files[] = { { "/torch/_C/__init__.pyi", 3000 }, { "/torch/_C/_VariableFunctions.pyi", 2000 },
        { "/torch/return_types.pyi", 300 }, { "/numpy/__init__.pyi", 1500 }, { "/PIL/Image.pyi", 200 },
        { "/torch/share/cmake/Torch/TorchConfig.cmake", 150 },
        { "/torch/share/cmake/Torch/TorchConfigVersion.cmake", 40 },
        { "/torch/share/cmake/Caffe2/Caffe2Config.cmake", 120 },
        { "/torch/share/cmake/Caffe2/Caffe2Targets.cmake", 200 }, { "/numpy/core/lib/pkgconfig/npymath.ini", 20 },
        { "/numpy/LICENSE.txt", 60 }, { "/scipy/LICENSE.txt", 80 }, { "/PIL/README.md", 40 },
        { "/torch/utils/model_dump/README.md", 30 } };
    for (const auto& file : files)
        sink.write(internal + QLatin1String(file.path), text(file.path, file.lines * scale, random));
}

void DemoDataFiles::writeTclTk(DemoFileSink& sink, const QString& internal, int scale, DemoRandom& random)
{
    static constexpr const char* tclScripts[]
        = { "init", "auto", "clock", "history", "package", "parray", "safe", "tm", "word" };
    static constexpr const char* tkScripts[] = { "tk", "button", "console", "dialog", "entry", "listbox", "menu",
        "panedwindow", "scale", "scrlbar", "spinbox", "text", "tearoff", "focus", "bgerror", "palette" };
    static constexpr const char* encodings[] = { "cp", "iso8859-", "koi8-", "mac", "euc-", "shiftjis", "big5", "gb" };
    static constexpr const char* zones[] = { "Europe/Berlin", "Europe/Paris", "America/New_York", "Asia/Tokyo",
        "Africa/Cairo", "Australia/Sydney", "Pacific/Auckland", "America/Sao_Paulo" };
    const QString tcl = internal + QStringLiteral("/_tcl_data/");
    const QString tk = internal + QStringLiteral("/_tk_data/");
    for (const char* script : tclScripts)
        sink.write(tcl + QLatin1String(script) + QStringLiteral(".tcl"), text(script, 200, random));
    sink.write(tcl + QStringLiteral("tclIndex"), text("tclIndex", 80, random));
    for (int i = 0; i < 70 * scale; ++i) {
        QByteArray enc = "# Encoding file, single-byte\nS\n003F 0 1\n00\n";
        for (int row = 0; row < 16 * int(random.range(1, 12)); ++row)
            enc += random.bytes(32).toHex().toUpper() + '\n';
        sink.write(tcl + QStringLiteral("encoding/") + QLatin1String(encodings[i % 8]) + QString::number(1250 + i)
                + QStringLiteral(".enc"),
            enc);
    }
    for (int i = 0; i < 120 * scale; ++i)
        sink.write(tcl + QStringLiteral("tzdata/") + QLatin1String(zones[i % 8]) + QString::number(i),
            text("tzdata", int(random.range(5, 60)), random));
    for (const char* script : tkScripts)
        sink.write(tk + QLatin1String(script) + QStringLiteral(".tcl"), text(script, 150, random));
    for (int i = 0; i < 20; ++i) {
        sink.write(tk + QStringLiteral("ttk/theme%1.tcl").arg(i), text("ttk", 80, random));
        sink.write(tk + QStringLiteral("msgs/lang%1.msg").arg(i), text("msgs", 20, random));
    }
    for (int i = 0; i < 10; ++i)
        sink.write(tk + QStringLiteral("images/logo%1.gif").arg(i), "GIF89a" + random.bytes(2048));
}

Result<void> DemoDataFiles::writeModels(DemoFileSink& sink, const QString& internal, int scale, DemoRandom& random)
{
    QList<SafetensorsWriter::Tensor> tensors { { QStringLiteral("embeddings.word_embeddings.weight"),
        QStringLiteral("F16"), { 4000, 128 } } };
    for (int layer = 0; layer < 2 * scale; ++layer) {
        const QString prefix = QStringLiteral("encoder.layers.%1.").arg(layer);
        for (const char* name : { "query", "key", "value", "output" }) {
            tensors.append({ prefix + QStringLiteral("attention.") + QLatin1String(name) + QStringLiteral(".weight"),
                QStringLiteral("F32"), { 256, 256 } });
            tensors.append({ prefix + QStringLiteral("attention.") + QLatin1String(name) + QStringLiteral(".bias"),
                QStringLiteral("F32"), { 256 } });
        }
        tensors.append({ prefix + QStringLiteral("mlp.fc1.weight"), QStringLiteral("F16"), { 1024, 256 } });
        tensors.append({ prefix + QStringLiteral("mlp.fc2.weight"), QStringLiteral("F16"), { 256, 1024 } });
    }
    const QMap<QString, QString> metadata { { QStringLiteral("format"), QStringLiteral("pt") },
        { QStringLiteral("generator"), QStringLiteral("BundleScope demo") } };
    sink.write(
        internal + QStringLiteral("/models/encoder.safetensors"), SafetensorsWriter::write(tensors, metadata, random));

    const QList<TorchArchiveWriter::Tensor> classifier { { "fc.weight", { 512 * scale, 256 } },
        { "fc.bias", { 512 * scale } }, { "head.weight", { 10, 512 * scale } }, { "head.bias", { 10 } } };
    Result<QByteArray> checkpoint = TorchArchiveWriter::write(classifier, random);
    if (!checkpoint)
        return checkpoint.error();
    sink.write(internal + QStringLiteral("/models/classifier.pt"), *checkpoint);
    return {};
}

} // namespace BundleScope
