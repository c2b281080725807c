// SPDX-License-Identifier: GPL-3.0-or-later
#include "colorscheme.h"

#include <QApplication>
#include <QSettings>
#include <QStyle>
#include <QStyleFactory>

#include <memory>

namespace BundleScope {

namespace {

    // Sets a role for the Active/Inactive groups and a dimmed variant for Disabled.
    void setRole(QPalette& palette, QPalette::ColorRole role, const QColor& color, const QColor& disabled)
    {
        palette.setColor(QPalette::Active, role, color);
        palette.setColor(QPalette::Inactive, role, color);
        palette.setColor(QPalette::Disabled, role, disabled);
    }

} // namespace

QString ColorScheme::settingsKey()
{
    return QStringLiteral("ui/palette");
}

std::optional<ColorScheme::Scheme> ColorScheme::parse(const QString& name)
{
    const QString key = name.trimmed().toLower();
    if (key == u"system" || key.isEmpty())
        return Scheme::System;
    if (key == u"light")
        return Scheme::Light;
    if (key == u"dark")
        return Scheme::Dark;
    return std::nullopt;
}

ColorScheme::Scheme ColorScheme::configured()
{
    return parse(QSettings().value(settingsKey()).toString()).value_or(Scheme::System); // see ApplicationIdentity
}

void ColorScheme::apply(Scheme scheme)
{
    if (scheme == Scheme::System)
        return;
    // Fusion draws everything from the palette; native styles may ignore parts of a custom one.
    if (QStyle* fusion = QStyleFactory::create(QStringLiteral("Fusion")))
        QApplication::setStyle(fusion); // the application takes ownership
    QApplication::setPalette(scheme == Scheme::Dark ? darkPalette() : lightPalette());
}

QPalette ColorScheme::lightPalette()
{
    const std::unique_ptr<QStyle> fusion(QStyleFactory::create(QStringLiteral("Fusion")));
    return fusion ? fusion->standardPalette() : QPalette(QColor(0xef, 0xef, 0xef));
}

QPalette ColorScheme::darkPalette()
{
    const QColor window(0x2b, 0x2d, 0x30);
    const QColor text(0xe6, 0xe6, 0xe6);
    const QColor disabledText(0x80, 0x80, 0x80);
    QPalette palette(window);
    setRole(palette, QPalette::Window, window, window);
    setRole(palette, QPalette::Button, QColor(0x3a, 0x3d, 0x41), QColor(0x33, 0x35, 0x38));
    // Base lighter than the window: Fusion outlines check boxes in window.darker(140), which vanishes on a darker
    // base (the candidates' unchecked boxes did).
    setRole(palette, QPalette::Base, QColor(0x36, 0x39, 0x3d), QColor(0x30, 0x32, 0x36));
    setRole(palette, QPalette::AlternateBase, QColor(0x3d, 0x40, 0x45), QColor(0x30, 0x32, 0x36));
    setRole(palette, QPalette::ToolTipBase, QColor(0x3a, 0x3d, 0x41), QColor(0x3a, 0x3d, 0x41));
    setRole(palette, QPalette::ToolTipText, text, text);
    setRole(palette, QPalette::Text, text, disabledText);
    setRole(palette, QPalette::WindowText, text, disabledText);
    setRole(palette, QPalette::ButtonText, text, disabledText);
    setRole(palette, QPalette::BrightText, QColor(0xff, 0x6b, 0x6b), QColor(0xff, 0x6b, 0x6b));
    setRole(palette, QPalette::Highlight, QColor(0x3d, 0x8e, 0xd6), QColor(0x4a, 0x4d, 0x52));
    setRole(palette, QPalette::HighlightedText, Qt::white, disabledText);
    setRole(palette, QPalette::PlaceholderText, QColor(0x9a, 0x9a, 0x9a), QColor(0x6a, 0x6a, 0x6a));
    setRole(palette, QPalette::Link, QColor(0x7c, 0xb7, 0xff), disabledText);
    setRole(palette, QPalette::LinkVisited, QColor(0xc3, 0x9b, 0xff), disabledText);
    setRole(palette, QPalette::Light, QColor(0x4a, 0x4d, 0x52), QColor(0x4a, 0x4d, 0x52));
    setRole(palette, QPalette::Midlight, QColor(0x40, 0x43, 0x47), QColor(0x40, 0x43, 0x47));
    setRole(palette, QPalette::Mid, QColor(0x24, 0x25, 0x28), QColor(0x24, 0x25, 0x28));
    setRole(palette, QPalette::Dark, QColor(0x1a, 0x1b, 0x1d), QColor(0x1a, 0x1b, 0x1d));
    setRole(palette, QPalette::Shadow, QColor(0x0d, 0x0d, 0x0e), QColor(0x0d, 0x0d, 0x0e));
    return palette;
}

bool ColorScheme::isDark(const QPalette& palette)
{
    return palette.color(QPalette::WindowText).lightness() > palette.color(QPalette::Window).lightness();
}

} // namespace BundleScope
