// SPDX-License-Identifier: GPL-3.0-or-later
#include "demobundlegenerator.h"

#include "demodatafiles.h"
#include "demofilesink.h"
#include "demonativelibraries.h"
#include "demopythonpackages.h"
#include "demorandom.h"

#include <QDir>
#include <QFileInfo>

namespace BundleScope {

Result<QString> DemoBundleGenerator::generate(const QString& parentDir, const Options& options)
{
    const QString& app = options.appName;
    if (app.isEmpty() || app.contains(u'/') || app.contains(u'\\') || app == QLatin1String(".")
        || app == QLatin1String(".."))
        return makeError(
            Error::Code::InvalidArgument, tr("The application name “%1” is not a valid folder name.").arg(app));
    if (options.scale < 1 || options.scale > 1000)
        return makeError(
            Error::Code::InvalidArgument, tr("The scale must be between 1 and 1000, not %1.").arg(options.scale));
    const QDir parent(parentDir);
    if (!parent.exists())
        return makeError(Error::Code::NotFound, tr("The folder does not exist."), parentDir);
    const QString target = parent.absoluteFilePath(app);
    if (QFileInfo::exists(target))
        return makeError(Error::Code::AlreadyExists, tr("The demo bundle folder already exists."), target);

    const QString staging = parent.absoluteFilePath(u'.' + app + QStringLiteral(".partial"));
    QDir(staging).removeRecursively();
    Result<void> written = writeTree(staging, options);
    if (written && !QDir().rename(staging, target))
        written = makeError(Error::Code::Io, tr("Cannot rename the generated bundle into place."), target);
    if (!written) {
        QDir(staging).removeRecursively();
        return written.error();
    }
    return target;
}

Result<void> DemoBundleGenerator::writeTree(const QString& root, const Options& options)
{
    DemoFileSink sink(root);
    const DemoRandom random(options.seed);
    const QString internal = QStringLiteral("_internal");
    const int scale = options.scale;

    DemoNativeLibraries::write(sink, internal, options.appName, scale, options.withCuda, random);
    DemoPythonPackages::writePackages(sink, internal, scale, options.withCuda, random);
    DemoRandom stream = random.fork(QByteArray("base_library.zip"));
    Result<void> step = DemoPythonPackages::writeBaseLibrary(sink, internal, scale, stream);
    if (!step)
        return step;
    stream = random.fork(QByteArray("dev files"));
    DemoDataFiles::writeDevFiles(sink, internal, scale, stream);
    stream = random.fork(QByteArray("tcl/tk"));
    DemoDataFiles::writeTclTk(sink, internal, scale, stream);
    stream = random.fork(QByteArray("models"));
    step = DemoDataFiles::writeModels(sink, internal, scale, stream);
    if (!step)
        return step;
    DemoPythonPackages::writeDistInfos(sink, internal, options.withCuda);
    if (!sink.ok())
        return sink.error();
    return {};
}

} // namespace BundleScope
