// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

namespace BundleScope {

// The organization, application name and version both front ends register before touching QSettings or
// QStandardPaths, so the command line and the GUI share one settings file (ui/language), one estimate cache and one
// history folder. Call once on the main thread right after the Q(Core)Application exists.
class ApplicationIdentity {
public:
    static void apply();
};

} // namespace BundleScope
