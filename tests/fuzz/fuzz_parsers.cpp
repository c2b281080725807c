// SPDX-License-Identifier: GPL-3.0-or-later
// libFuzzer entry point for every parser of untrusted bytes (built with clang and -DBUNDLESCOPE_FUZZ=ON, see
// CMakeLists.txt and run-fuzzers.sh). The parser comes from BUNDLESCOPE_FUZZ_PARSER (carchive, pyz, marshal, zlib,
// elf, pe, macho, safetensors, onnx, gguf, torchzip), so that each gets its own corpus and time budget.
#include "fuzzharness.h"

#include <cstddef>
#include <cstdint>
#include <cstdio>
#include <cstdlib>

namespace {
BundleScope::Fuzz::Parser s_parser = BundleScope::Fuzz::Parser::CArchive;
}

extern "C" int LLVMFuzzerInitialize(int*, char***)
{
    const char* id = std::getenv("BUNDLESCOPE_FUZZ_PARSER");
    const auto parser = BundleScope::Fuzz::parserFromId(QString::fromLatin1(id ? id : ""));
    if (!parser) {
        std::fprintf(stderr,
            "Set BUNDLESCOPE_FUZZ_PARSER to one of: carchive pyz marshal zlib elf pe macho "
            "safetensors onnx gguf torchzip\n");
        std::exit(2);
    }
    s_parser = *parser;
    return 0;
}

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size)
{
    (void)BundleScope::Fuzz::parse(s_parser, QByteArray(reinterpret_cast<const char*>(data), qsizetype(size)));
    return 0;
}
