// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>

namespace BundleScope::Fuzz {

// Feeds one input to every PyInstaller-format parser (CArchive cookie + TOC, member decompression, PYZ TOC, marshal).
// Shared by the libFuzzer target and by the regression test that replays seeds and known findings.
void parsePyInstallerInput(const QByteArray& input);

} // namespace BundleScope::Fuzz
