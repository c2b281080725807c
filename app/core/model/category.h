// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QCoreApplication>
#include <QString>

#include <array>
#include <cstdint>

namespace BundleScope {

// What a file is, as far as slimming a bundle is concerned. The order is stable: reports and snapshots store ids.
enum class Category : std::uint8_t {
    Other,
    NativeLibrary, // .so / .so.N / .pyd / .dll / .dylib, or ELF/PE/Mach-O shared object by magic
    Executable, // launcher, helper programs
    PythonBytecode, // .pyc, PYZ archives, base_library.zip
    PythonSource, // .py
    ModelWeights, // .pt .pth .bin .safetensors .onnx .ckpt .h5 .tflite .gguf .pb .msgpack
    Data, // everything a program reads at run time that is neither code nor weights
    Docs, // md / rst / txt / html / licences
    DevFiles, // headers, static libraries, cmake and pkg-config files, .pyi stubs, C/C++ sources
    Tests, // anything under a tests/ testing/ examples/ … folder of a package
    None, // directories and symlinks: their bytes are their children's
};

inline constexpr int CategoryCount = int(Category::None) + 1;

class CategoryInfo {
    Q_DECLARE_TR_FUNCTIONS(BundleScope::CategoryInfo)
public:
    static QString displayName(Category category); // translated
    static QString id(Category category); // stable machine name used in JSON: "native_library"
    static Category fromId(QStringView id); // Category::Other when unknown
    static std::array<Category, CategoryCount - 1> fileCategories(); // all but None
};

} // namespace BundleScope
