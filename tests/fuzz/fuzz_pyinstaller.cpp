// SPDX-License-Identifier: GPL-3.0-or-later
// libFuzzer entry point for the PyInstaller parsers (built with clang and -DBUNDLESCOPE_FUZZ=ON, see CMakeLists.txt).
#include "pyinstallerfuzzharness.h"

#include <cstddef>
#include <cstdint>

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size)
{
    BundleScope::Fuzz::parsePyInstallerInput(QByteArray(reinterpret_cast<const char*>(data), qsizetype(size)));
    return 0;
}
