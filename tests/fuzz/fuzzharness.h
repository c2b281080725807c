// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QString>

#include <array>
#include <optional>

namespace BundleScope::Fuzz {

// Every parser that reads untrusted bytes from a bundle.
enum class Parser { CArchive, Pyz, Marshal, Zlib, Elf, Pe, MachO, Safetensors, Onnx, Gguf, TorchZip };
inline constexpr std::array<Parser, 11> AllParsers { Parser::CArchive, Parser::Pyz, Parser::Marshal, Parser::Zlib,
    Parser::Elf, Parser::Pe, Parser::MachO, Parser::Safetensors, Parser::Onnx, Parser::Gguf, Parser::TorchZip };

QString parserId(Parser parser); // "carchive", "pyz", "marshal", "zlib", "elf", "pe", "macho", "safetensors"…
std::optional<Parser> parserFromId(QStringView id);

// Feeds one input to one parser (and, for containers, to the parsers of what they hold: CArchive members and their
// PYZ, PYZ modules) and says what came out, e.g. "entries 3", "sections 12", "tensors 2" or "error Malformed".
// Shared by the libFuzzer target (fuzz_parsers.cpp) and the regression test, which compares the outcome with the
// expected one. Deterministic; any thread.
QString parse(Parser parser, const QByteArray& input);

} // namespace BundleScope::Fuzz
