// SPDX-License-Identifier: GPL-3.0-or-later
// packaging_iconcheck PREFIX SIZE...: checks that an installed tree holds the application icon in the hicolor theme
// (freedesktop Icon Theme Specification, "Directory Layout"): the scalable SVG and, for every SIZE, a PNG in
// share/icons/hicolor/SIZExSIZE/apps that loads as a QImage of exactly SIZE × SIZE with visible pixels.
// Called by check_package.sh on the scratch prefix or the dpkg -x'ed root; prints what is wrong and exits 1.
#include <QCoreApplication>
#include <QFileInfo>
#include <QImage>

#include <cstdio>

namespace {

const char* const appId = "org.bundlescope.BundleScope";

QString checkPng(const QString& prefix, int size)
{
    const QString path
        = QStringLiteral("%1/share/icons/hicolor/%2x%2/apps/%3.png").arg(prefix).arg(size).arg(QLatin1String(appId));
    if (!QFileInfo::exists(path))
        return QStringLiteral("missing %1").arg(path);
    const QImage image(path);
    if (image.isNull())
        return QStringLiteral("%1 does not load as an image").arg(path);
    if (image.size() != QSize(size, size))
        return QStringLiteral("%1 is %2x%3, expected %4x%4").arg(path).arg(image.width()).arg(image.height()).arg(size);
    const QRgb centre = image.pixel(size / 2, size / 2);
    if (qAlpha(centre) != 255)
        return QStringLiteral("%1 is transparent in the middle").arg(path);
    return {};
}

} // namespace

int main(int argc, char* argv[])
{
    const QCoreApplication app(argc, argv);
    const QStringList args = QCoreApplication::arguments();
    if (args.size() < 3) {
        std::fprintf(stderr, "usage: packaging_iconcheck PREFIX SIZE...\n");
        return 2;
    }
    QStringList problems;
    const QString svg
        = QStringLiteral("%1/share/icons/hicolor/scalable/apps/%2.svg").arg(args.at(1), QLatin1String(appId));
    if (!QFileInfo::exists(svg))
        problems.append(QStringLiteral("missing %1").arg(svg));
    for (qsizetype i = 2; i < args.size(); ++i) {
        const QString problem = checkPng(args.at(1), args.at(i).toInt());
        if (!problem.isEmpty())
            problems.append(problem);
    }
    for (const QString& problem : std::as_const(problems))
        std::fprintf(stderr, "%s\n", qUtf8Printable(problem));
    if (problems.isEmpty())
        std::printf("%lld icon sizes and the scalable icon installed\n", static_cast<long long>(args.size() - 2));
    return problems.isEmpty() ? 0 : 1;
}
