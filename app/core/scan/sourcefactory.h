// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "common/result.h"
#include "scan/bundlesource.h"

#include <QCoreApplication>

#include <memory>

namespace BundleScope {

// Picks the BundleSource for what the user opened: a folder today; one-file executables and archives are detected
// here once their sources exist. Stateless, any thread.
class SourceFactory {
    Q_DECLARE_TR_FUNCTIONS(BundleScope::SourceFactory)
public:
    static Result<std::unique_ptr<BundleSource>> create(const QString& path);
};

} // namespace BundleScope
