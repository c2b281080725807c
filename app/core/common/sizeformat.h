// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>
#include <QtGlobal>

#include <optional>

namespace BundleScope {

// Human-readable sizes (IEC units, locale-aware) and the parser the command line uses for --budget etc.
class SizeFormat {
public:
    static QString format(quint64 bytes, int precision = 1);
    // "1.5GiB", "300 MB", "1024", "2g" (binary when ambiguous, as du/ls do). nullopt when unparsable.
    static std::optional<quint64> parse(QStringView text);
    static QString percent(double fraction, int precision = 1);
};

} // namespace BundleScope
