// SPDX-License-Identifier: GPL-3.0-or-later
// bundlescope_iconrender: a build-time host tool that renders the application icon's SVG to one square PNG,
//   bundlescope_iconrender INPUT.svg SIZE OUTPUT.png
// so that the hicolor theme (freedesktop Icon Theme Specification, "Directory Layout") and the window icon get
// pixel-exact bitmaps at every size instead of a scaled SVG. Runs once per size from add_custom_command.
#include <QCoreApplication>
#include <QImage>
#include <QPainter>
#include <QSaveFile>
#include <QSvgRenderer>

#include <cstdio>

namespace {

int fail(const QString& message)
{
    std::fprintf(stderr, "bundlescope_iconrender: %s\n", qUtf8Printable(message));
    return 1;
}

QImage render(QSvgRenderer& renderer, int size)
{
    QImage image(size, size, QImage::Format_ARGB32_Premultiplied);
    image.fill(Qt::transparent);
    QPainter painter(&image);
    painter.setRenderHint(QPainter::Antialiasing);
    renderer.render(&painter, QRectF(0, 0, size, size));
    painter.end();
    return image.convertToFormat(QImage::Format_ARGB32);
}

} // namespace

int main(int argc, char* argv[])
{
    // No QGuiApplication: the icon has no text, and raster painting into a QImage needs no platform plugin.
    const QCoreApplication app(argc, argv);
    const QStringList args = QCoreApplication::arguments();
    if (args.size() != 4)
        return fail(QStringLiteral("usage: bundlescope_iconrender INPUT.svg SIZE OUTPUT.png"));
    bool ok = false;
    const int size = args.at(2).toInt(&ok);
    if (!ok || size < 8 || size > 4096)
        return fail(QStringLiteral("invalid size %1").arg(args.at(2)));
    QSvgRenderer renderer(args.at(1));
    if (!renderer.isValid())
        return fail(QStringLiteral("cannot read SVG %1").arg(args.at(1)));
    const QImage image = render(renderer, size);
    QSaveFile file(args.at(3));
    if (!file.open(QIODevice::WriteOnly) || !image.save(&file, "PNG") || !file.commit())
        return fail(QStringLiteral("cannot write %1: %2").arg(args.at(3), file.errorString()));
    return 0;
}
