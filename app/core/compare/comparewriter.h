// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "compare/bundlecomparison.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QJsonObject>

namespace BundleScope {

// Formats a BundleComparison as text, Markdown (fits a pull-request comment) or JSON ("bundlescope.compare/2",
// app/core/compare/COMPARE.md), listing at most `top` rows per table. Stateless, any thread.
class CompareWriter {
    Q_DECLARE_TR_FUNCTIONS(BundleScope::CompareWriter)
public:
    enum class Format { Text, Json, Markdown };

    static QByteArray write(const BundleComparison& comparison, Format format, int top);
    static QJsonObject toJson(const BundleComparison& comparison, int top);

private:
    static QByteArray text(const BundleComparison& comparison, int top, bool markdown);
};

} // namespace BundleScope
