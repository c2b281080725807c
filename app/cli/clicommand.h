// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QStringList>

namespace BundleScope {

// Exit codes every command shares; users script against them.
namespace ExitCode {
    inline constexpr int Ok = 0;
    inline constexpr int CheckFailed = 1; // a budget or rule was exceeded
    inline constexpr int BadArguments = 2;
    inline constexpr int Unreadable = 3; // the path could not be opened or scanned
    inline constexpr int Failed = 4; // the operation itself failed (write error, cancelled…)
}

} // namespace BundleScope
