// SPDX-License-Identifier: GPL-3.0-or-later
#include "categoryrules.h"

namespace BundleScope {

namespace {

    using M = CategoryRule::Match;
    using C = Category;

    // Sources: PyInstaller's bundle layout (base_library.zip, PYZ-00.pyz, python3XX.zip on Windows); PEP 3147 (.pyc);
    // the usual file extensions of PyTorch, TensorFlow, ONNX, GGUF, safetensors and Keras checkpoints.
    constexpr CategoryRule s_rules[] = {
        // Names PyInstaller and build systems give special meaning; they win over their extension.
        { M::Name, "base_library.zip", C::PythonBytecode },
        { M::Glob, "python3*.zip", C::PythonBytecode },
        { M::Name, "cmakelists.txt", C::DevFiles },
        // Code, before the licence prefixes so that "authors.py" or "readme.pyc" stay code.
        { M::Extension, "so", C::NativeLibrary },
        { M::Glob, "*.so.#*", C::NativeLibrary }, // versioned shared objects: libfoo.so.1, libfoo.so.1.2.3
        { M::Extension, "pyd", C::NativeLibrary },
        { M::Extension, "dll", C::NativeLibrary },
        { M::Extension, "dylib", C::NativeLibrary },
        { M::Extension, "exe", C::Executable },
        { M::Extension, "pyc", C::PythonBytecode },
        { M::Extension, "pyo", C::PythonBytecode },
        { M::Extension, "pyz", C::PythonBytecode }, // PYZ-00.pyz
        { M::Extension, "py", C::PythonSource },
        { M::Extension, "pyw", C::PythonSource },
        // Licences and project documents, whatever their extension ("COPYING.LIB", "LICENSE-MIT", "README").
        { M::Glob, "license*", C::Docs },
        { M::Glob, "licence*", C::Docs },
        { M::Glob, "copying*", C::Docs },
        { M::Glob, "notice*", C::Docs },
        { M::Glob, "authors*", C::Docs },
        { M::Glob, "readme*", C::Docs },
        { M::Glob, "changelog*", C::Docs },
        // Model weights.
        { M::Extension, "pt", C::ModelWeights },
        { M::Extension, "pth", C::ModelWeights },
        { M::Extension, "bin", C::ModelWeights },
        { M::Extension, "safetensors", C::ModelWeights },
        { M::Extension, "onnx", C::ModelWeights },
        { M::Extension, "ckpt", C::ModelWeights },
        { M::Extension, "h5", C::ModelWeights },
        { M::Extension, "tflite", C::ModelWeights },
        { M::Extension, "gguf", C::ModelWeights },
        { M::Extension, "pb", C::ModelWeights },
        { M::Extension, "msgpack", C::ModelWeights },
        // Documentation.
        { M::Extension, "md", C::Docs },
        { M::Extension, "rst", C::Docs },
        { M::Extension, "txt", C::Docs },
        { M::Extension, "html", C::Docs },
        { M::Extension, "htm", C::Docs },
        { M::Extension, "pdf", C::Docs },
        // Development files: headers, static libraries, build-system files, stubs, C/C++/CUDA/Cython sources.
        { M::Extension, "h", C::DevFiles },
        { M::Extension, "hpp", C::DevFiles },
        { M::Extension, "hh", C::DevFiles },
        { M::Extension, "hxx", C::DevFiles },
        { M::Extension, "cuh", C::DevFiles },
        { M::Extension, "inc", C::DevFiles },
        { M::Extension, "a", C::DevFiles },
        { M::Extension, "lib", C::DevFiles },
        { M::Extension, "cmake", C::DevFiles },
        { M::Extension, "pc", C::DevFiles },
        { M::Extension, "pyi", C::DevFiles },
        { M::Extension, "c", C::DevFiles },
        { M::Extension, "cc", C::DevFiles },
        { M::Extension, "cpp", C::DevFiles },
        { M::Extension, "cxx", C::DevFiles },
        { M::Extension, "cu", C::DevFiles },
        { M::Extension, "pxd", C::DevFiles },
        { M::Extension, "pyx", C::DevFiles },
        { M::Extension, "la", C::DevFiles },
        { M::Extension, "prl", C::DevFiles },
        // Data read at run time: configuration, tables, arrays, images, fonts, translations, Tcl/Tk library files.
        { M::Extension, "json", C::Data },
        { M::Extension, "yaml", C::Data },
        { M::Extension, "yml", C::Data },
        { M::Extension, "toml", C::Data },
        { M::Extension, "ini", C::Data },
        { M::Extension, "cfg", C::Data },
        { M::Extension, "csv", C::Data },
        { M::Extension, "tsv", C::Data },
        { M::Extension, "xml", C::Data },
        { M::Extension, "dat", C::Data },
        { M::Extension, "npy", C::Data },
        { M::Extension, "npz", C::Data },
        { M::Extension, "pkl", C::Data },
        { M::Extension, "png", C::Data },
        { M::Extension, "jpg", C::Data },
        { M::Extension, "jpeg", C::Data },
        { M::Extension, "gif", C::Data },
        { M::Extension, "bmp", C::Data },
        { M::Extension, "ico", C::Data },
        { M::Extension, "svg", C::Data },
        { M::Extension, "ttf", C::Data },
        { M::Extension, "otf", C::Data },
        { M::Extension, "woff", C::Data },
        { M::Extension, "woff2", C::Data },
        { M::Extension, "qm", C::Data },
        { M::Extension, "mo", C::Data },
        { M::Extension, "tcl", C::Data },
        { M::Extension, "tm", C::Data },
        { M::Extension, "msg", C::Data },
        { M::Extension, "enc", C::Data },
        { M::Extension, "pem", C::Data },
        { M::Extension, "db", C::Data },
        { M::Extension, "sqlite", C::Data },
        { M::Extension, "wav", C::Data },
        { M::Extension, "css", C::Data },
        { M::Extension, "js", C::Data },
        { M::Extension, "qml", C::Data },
    };

    constexpr char asciiLower(char c)
    {
        return (c >= 'A' && c <= 'Z') ? char(c - 'A' + 'a') : c;
    }

    // Case-insensitive glob with '*' (any run) and '#' (one digit); iterative, no allocation.
    bool globMatch(std::string_view pattern, QByteArrayView name)
    {
        qsizetype p = 0, n = 0, starP = -1, starN = 0;
        const auto size = qsizetype(pattern.size());
        while (n < name.size()) {
            if (p < size && pattern[std::size_t(p)] == '*') {
                starP = p++;
                starN = n;
                continue;
            }
            if (p < size) {
                const char pc = pattern[std::size_t(p)];
                const char nc = asciiLower(name[n]);
                if (pc == '#' ? (nc >= '0' && nc <= '9') : pc == nc) {
                    ++p;
                    ++n;
                    continue;
                }
            }
            if (starP < 0)
                return false;
            p = starP + 1;
            n = ++starN;
        }
        while (p < size && pattern[std::size_t(p)] == '*')
            ++p;
        return p == size;
    }

    bool equalsLower(std::string_view lower, QByteArrayView name)
    {
        if (qsizetype(lower.size()) != name.size())
            return false;
        for (qsizetype i = 0; i < name.size(); ++i) {
            if (asciiLower(name[i]) != lower[std::size_t(i)])
                return false;
        }
        return true;
    }

} // namespace

std::span<const CategoryRule> CategoryRules::table()
{
    return s_rules;
}

QByteArrayView CategoryRules::extension(QByteArrayView name)
{
    for (qsizetype i = name.size() - 1; i > 0; --i) {
        if (name[i] == '.')
            return name.sliced(i + 1);
    }
    return {};
}

bool CategoryRules::matches(const CategoryRule& rule, QByteArrayView name)
{
    switch (rule.match) {
    case CategoryRule::Match::Extension:
        return equalsLower(rule.pattern, extension(name));
    case CategoryRule::Match::Name:
        return equalsLower(rule.pattern, name);
    case CategoryRule::Match::Glob:
        return globMatch(rule.pattern, name);
    }
    return false;
}

} // namespace BundleScope
