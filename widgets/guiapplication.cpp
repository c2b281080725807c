// SPDX-License-Identifier: GPL-3.0-or-later
#include "guiapplication.h"

#include "common/translationloader.h"
#include "shell/mainwindow.h"
#include "shell/screenshotter.h"

#include <QApplication>
#include <QCommandLineParser>
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
        parser.addOptions({ demo, screenshot, size, tab });
        parser.process(app);

        GuiOptions options;
        options.demo = parser.isSet(demo);
        options.path = parser.positionalArguments().value(0);
        if (!parser.isSet(screenshot))
            return options;
        Screenshotter::Options shot;
        shot.output = parser.value(screenshot);
        const std::optional<QSize> parsedSize = parseSize(parser.value(size));
        const QString tabName = parser.value(tab).toLower();
        if (!parsedSize || (tabName != u"explorer" && tabName != u"breakdown")
            || (options.path.isEmpty() && !options.demo)) {
            std::fprintf(stderr, "%s\n",
                qUtf8Printable(GuiApplication::tr("Usage: --screenshot OUT.png [--size WxH] "
                                                  "[--tab explorer|breakdown] PATH|--demo")));
            return std::nullopt;
        }
        shot.size = *parsedSize;
        shot.tab = tabName == u"breakdown" ? BundleView::Tab::Breakdown : BundleView::Tab::Explorer;
        options.screenshot = shot;
        return options;
    }

} // namespace

int GuiApplication::run(int argc, char* argv[])
{
    QApplication app(argc, argv);
    QApplication::setOrganizationName(QStringLiteral("BundleScope"));
    QApplication::setApplicationName(QStringLiteral("bundlescope"));
    TranslationLoader::install();
    QApplication::setApplicationDisplayName(tr("BundleScope"));
    QApplication::setApplicationVersion(QStringLiteral(BUNDLESCOPE_VERSION));
    QApplication::setWindowIcon(QIcon(QStringLiteral(":/icons/bundlescope.svg")));
    const std::optional<GuiOptions> options = parseArguments(app);
    if (!options)
        return 2;

    MainWindow window;
    std::optional<Screenshotter> screenshotter;
    if (options->screenshot) {
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
