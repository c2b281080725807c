// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QPalette>
#include <QString>

#include <optional>

namespace BundleScope {

// The colour scheme of the desktop GUI: the platform's palette ("system", the default), or Fusion with a fixed light
// or dark palette, chosen by `--palette light|dark|system` or the QSettings key "ui/palette". Also tells widgets that
// draw their own colours (charts, overlays) whether the palette in effect is dark. Static helpers used on the GUI
// thread by GuiApplication before the first window exists, and by widgets while painting.
class ColorScheme {
public:
    enum class Scheme { System, Light, Dark };

    static QString settingsKey(); // "ui/palette"
    // "system", "light" or "dark" (case-insensitive); nullopt for anything else.
    static std::optional<Scheme> parse(const QString& name);
    // The scheme stored in QSettings (organization "BundleScope", application "bundlescope"); System when unset.
    static Scheme configured();
    // Switches the application to the scheme: Fusion and lightPalette()/darkPalette(), or leaves the platform's.
    static void apply(Scheme scheme);
    static QPalette lightPalette();
    static QPalette darkPalette();
    // True when window text is lighter than the window: light text on a dark background.
    static bool isDark(const QPalette& palette);
};

} // namespace BundleScope
