// SPDX-License-Identifier: GPL-3.0-or-later
#include "guiapplication.h"

#include "colorscheme.h"
#include "common/applicationidentity.h"
#include "common/translationloader.h"
#include "history/historyrecorder.h"
#include "shell/mainwindow.h"
#include "shell/screenshotter.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QDockWidget>
#include <QIcon>
#include <QRegularExpression>
#include <QTimer>

#include <cstdio>
#include <optional>

namespace BundleScope {

namespace {

    struct GuiOptions {
        QString path;
        bool demo = false;
        QString dock; // --show-dock
        ColorScheme::Scheme scheme = ColorScheme::Scheme::System;
        std::optional<Screenshotter::Options> screenshot;
    };

    std::optional<QSize> parseSize(const QString& text)
    {
        static const QRegularExpression re(QStringLiteral("^(\\d{2,5})[xX](\\d{2,5})$"));
        const QRegularExpressionMatch match = re.match(text);
        if (!match.hasMatch())
            return std::nullopt;
        return QSize(match.captured(1).toInt(), match.captured(2).toInt());
    }

    // Parses the command line; on a usage error prints it and returns nullopt.
    std::optional<GuiOptions> parseArguments(const QCoreApplication& app)
    {
        QCommandLineParser parser;
        parser.setApplicationDescription(GuiApplication::tr("Explore, slim and ship PyInstaller bundles."));
        parser.addHelpOption();
        parser.addVersionOption();
        parser.addPositionalArgument(
            GuiApplication::tr("path"), GuiApplication::tr("Bundle folder, one-file executable or archive to open."));
        const QCommandLineOption demo(QStringLiteral("demo"), GuiApplication::tr("Open a generated demo bundle."));
        const QCommandLineOption screenshot(QStringLiteral("screenshot"),
            GuiApplication::tr("Render the window to a PNG file and exit."), GuiApplication::tr("file"));
        const QCommandLineOption size(QStringLiteral("size"), GuiApplication::tr("Screenshot size, e.g. 1400x900."),
            GuiApplication::tr("WxH"), QStringLiteral("1400x900"));
        const QCommandLineOption tab(QStringLiteral("tab"), GuiApplication::tr("Tab to show: explorer or breakdown."),
            GuiApplication::tr("name"), QStringLiteral("explorer"));
        const QCommandLineOption palette(QStringLiteral("palette"),
            GuiApplication::tr("Colour scheme: system, light or dark (default: the setting ui/palette, else system)."),
            GuiApplication::tr("scheme"));
        const QCommandLineOption showDock(QStringLiteral("show-dock"),
            GuiApplication::tr("Dock to show at start: candidates, details or history."), GuiApplication::tr("name"));
        const QCommandLineOption verify(QStringLiteral("verify"),
            GuiApplication::tr("With --screenshot: run Verify… on every candidate with this smoke command first."),
            GuiApplication::tr("command"));
        const QCommandLineOption expect(QStringLiteral("expect"),
            GuiApplication::tr("With --verify: text the command's output must contain."), GuiApplication::tr("text"));
        parser.addOptions({ demo, screenshot, size, tab, palette, showDock, verify, expect });
        parser.process(app);

        GuiOptions options;
        options.demo = parser.isSet(demo);
        options.path = parser.positionalArguments().value(0);
        options.dock = parser.value(showDock).toLower();
        const std::optional<ColorScheme::Scheme> scheme
            = parser.isSet(palette) ? ColorScheme::parse(parser.value(palette)) : ColorScheme::configured();
        if (!scheme) {
            std::fprintf(stderr, "%s\n",
                qUtf8Printable(GuiApplication::tr("Unknown colour scheme %1: use system, light or dark.")
                                   .arg(parser.value(palette))));
            return std::nullopt;
        }
        options.scheme = *scheme;
        if (!parser.isSet(screenshot))
            return options;
        Screenshotter::Options shot;
        shot.output = parser.value(screenshot);
        const std::optional<QSize> parsedSize = parseSize(parser.value(size));
        const QString tabName = parser.value(tab).toLower();
        if (!parsedSize || (tabName != u"explorer" && tabName != u"breakdown")) {
            std::fprintf(stderr, "%s\n",
                qUtf8Printable(GuiApplication::tr("Usage: --screenshot OUT.png [--size WxH] [--tab explorer|breakdown] "
                                                  "[--show-dock candidates|details|history] [--palette "
                                                  "system|light|dark] [--verify CMD [--expect TEXT]] [PATH|--demo]")));
            return std::nullopt;
        }
        shot.size = *parsedSize;
        shot.tab = tabName == u"breakdown" ? BundleView::Tab::Breakdown : BundleView::Tab::Explorer;
        shot.welcome = options.path.isEmpty() && !options.demo;
        shot.verifyCommand = parser.value(verify);
        shot.verifyExpect = parser.value(expect);
        options.screenshot = shot;
        return options;
    }

} // namespace

// Every rendered size (resources/CMakeLists.txt), so window managers and task bars pick a pixel-exact bitmap even
// where the SVG image plugin is missing; the SVG stays as the fallback for sizes in between.
QIcon GuiApplication::applicationIcon()
{
    QIcon icon;
    for (int size : { 16, 22, 24, 32, 48, 64, 128, 256, 512 })
        icon.addFile(QStringLiteral(":/icons/app/bundlescope-%1.png").arg(size), QSize(size, size));
    icon.addFile(QStringLiteral(":/icons/bundlescope.svg"));
    return icon;
}

int GuiApplication::run(int argc, char* argv[])
{
    QApplication app(argc, argv);
    ApplicationIdentity::apply();
    TranslationLoader::install();
    QApplication::setApplicationDisplayName(tr("BundleScope"));
    QApplication::setWindowIcon(applicationIcon());
    // Wayland compositors match windows to packaging/<id>.desktop (and its hicolor icon) by this name.
    QGuiApplication::setDesktopFileName(QStringLiteral("org.bundlescope.BundleScope"));
    const std::optional<GuiOptions> options = parseArguments(app);
    if (!options)
        return 2;
    ColorScheme::apply(options->scheme);

    MainWindow window;
    if (!options->dock.isEmpty()) {
        QDockWidget* dock = window.docks()->dock(options->dock);
        if (!dock) {
            std::fprintf(stderr, "%s\n",
                qUtf8Printable(tr("Unknown dock %1: use candidates, details or history.").arg(options->dock)));
            return 2;
        }
        dock->show();
    }
    std::optional<Screenshotter> screenshotter;
    if (options->screenshot) {
        window.historyRecorder()->setSuspended(true); // a screenshot is not a build to remember
        screenshotter.emplace(&window, *options->screenshot);
        QObject::connect(&*screenshotter, &Screenshotter::finished, &app, &QCoreApplication::exit);
        screenshotter->arm();
    } else {
        window.show();
    }
    // Opened from the event loop, so that a failure reported at once still reaches a running loop.
    QTimer::singleShot(0, &window, [&window, &options] {
        if (options->demo)
            window.openDemo();
        else if (!options->path.isEmpty())
            window.openPath(options->path);
    });
    return app.exec();
}

} // namespace BundleScope
