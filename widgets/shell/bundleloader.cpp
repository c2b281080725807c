// SPDX-License-Identifier: GPL-3.0-or-later
#include "bundleloader.h"

#include "demo/demobundlegenerator.h"
#include "scan/nestedbundleextractor.h"
#include "scan/scancontroller.h"
#include "scan/sourcefactory.h"

#include <QDir>
#include <QFileInfo>
#include <QtConcurrent>

namespace BundleScope {

BundleLoader::BundleLoader(QObject* parent)
    : QObject(parent)
    , m_controller(new ScanController(this))
{
    connect(m_controller, &ScanController::progressChanged, this, &BundleLoader::progressChanged);
    connect(m_controller, &ScanController::scanFinished, this, &BundleLoader::onFinished);
    connect(m_controller, &ScanController::scanFailed, this, &BundleLoader::onScanEnded);
    connect(m_controller, &ScanController::scanCancelled, this, &BundleLoader::onScanEnded);
    connect(m_controller, &ScanController::scanFailed, this, &BundleLoader::failed);
    connect(m_controller, &ScanController::scanCancelled, this, &BundleLoader::cancelled);
    connect(&m_demoWatcher, &QFutureWatcher<DemoOutcome>::finished, this, &BundleLoader::onDemoGenerated);
    connect(&m_extractWatcher, &QFutureWatcher<ExtractOutcome>::finished, this,
        [this] { onExtracted(m_extractWatcher.result()); });
}

BundleLoader::~BundleLoader()
{
    m_extractToken.cancel();
    m_extractWatcher.waitForFinished(); // the worker writes into m_pendingDir
    m_demoWatcher.waitForFinished(); // the worker writes into m_demoDir
}

void BundleLoader::open(const QString& path)
{
    if (isBusy())
        return;
    const QString absolute = QFileInfo(path).absoluteFilePath();
    Result<std::unique_ptr<BundleSource>> source = SourceFactory::create(absolute);
    if (!source) {
        Q_EMIT failed(source.error());
        return;
    }
    start(std::move(*source), absolute);
}

void BundleLoader::openDemo()
{
    if (isBusy())
        return;
    if (!m_demoBundle.isEmpty()) {
        open(m_demoBundle);
        return;
    }
    m_demoDir = std::make_unique<QTemporaryDir>(QDir::tempPath() + QStringLiteral("/bundlescope-demo-XXXXXX"));
    if (!m_demoDir->isValid()) {
        const QString reason = m_demoDir->errorString();
        m_demoDir.reset();
        Q_EMIT failed(makeError(Error::Code::Io, tr("Cannot create a folder for the demo bundle: %1").arg(reason)));
        return;
    }
    Q_EMIT demoStarted();
    m_demoWatcher.setFuture(QtConcurrent::run([parentDir = m_demoDir->path()] {
        const Result<QString> bundle = DemoBundleGenerator::generate(parentDir, DemoBundleGenerator::Options {});
        return bundle ? DemoOutcome { *bundle, {} } : DemoOutcome { {}, bundle.error() };
    }));
}

void BundleLoader::onDemoGenerated()
{
    const DemoOutcome outcome = m_demoWatcher.result();
    if (outcome.path.isEmpty()) {
        m_demoDir.reset();
        Q_EMIT failed(outcome.error);
        return;
    }
    m_demoBundle = outcome.path;
    open(m_demoBundle);
}

void BundleLoader::start(std::unique_ptr<BundleSource> source, const QString& path)
{
    if (isBusy() || !source)
        return;
    m_path = path;
    if (m_controller->start(std::move(source)))
        Q_EMIT started(path);
}

bool BundleLoader::openNested(const ScanResult& outer, NodeId id)
{
    if (isBusy() || !outer.tree || !NestedBundleExtractor::isNestedBundle(*outer.tree, id))
        return false;
    m_pendingDir = std::make_unique<QTemporaryDir>(QDir::tempPath() + QStringLiteral("/bundlescope-nested-XXXXXX"));
    const QString parent = m_openPath.isEmpty() ? outer.tree->rootPath() : m_openPath;
    m_path = parent + QStringLiteral(" \u203a ") + outer.tree->name(id);
    m_extractToken = CancellationToken();
    if (outer.tree->size(id) <= SynchronousExtractBytes) {
        const Result<QString> file = NestedBundleExtractor::extract(outer, id, *m_pendingDir, m_extractToken);
        onExtracted(file ? ExtractOutcome { *file, {} } : ExtractOutcome { {}, file.error() });
        return true;
    }
    Q_EMIT started(m_path); // the progress page, with Cancel, while extracting
    m_extractWatcher.setFuture(
        QtConcurrent::run([outer, id, dir = m_pendingDir.get(), token = m_extractToken]() -> ExtractOutcome {
            const Result<QString> file = NestedBundleExtractor::extract(outer, id, *dir, token);
            return file ? ExtractOutcome { *file, {} } : ExtractOutcome { {}, file.error() };
        }));
    return true;
}

void BundleLoader::onExtracted(const ExtractOutcome& outcome)
{
    if (outcome.path.isEmpty()) {
        m_pendingDir.reset();
        if (outcome.error.code == Error::Code::Cancelled)
            Q_EMIT cancelled();
        else
            Q_EMIT failed(outcome.error);
        return;
    }
    Result<std::unique_ptr<BundleSource>> source = SourceFactory::create(outcome.path);
    if (!source) {
        m_pendingDir.reset();
        Q_EMIT failed(source.error());
        return;
    }
    if (m_controller->start(std::move(*source)))
        Q_EMIT started(m_path);
}

void BundleLoader::onScanEnded()
{
    m_pendingDir.reset();
}

void BundleLoader::cancel()
{
    m_extractToken.cancel();
    m_controller->cancel();
}

bool BundleLoader::isBusy() const
{
    return m_controller->isRunning() || m_demoWatcher.isRunning() || m_extractWatcher.isRunning();
}

void BundleLoader::onFinished(const ScanResult& result)
{
    // The previously opened extracted file goes once the new bundle has replaced it in the window.
    const std::unique_ptr<QTemporaryDir> previous = std::move(m_openDir);
    m_openDir = std::move(m_pendingDir);
    m_openPath = m_path;
    Q_EMIT finished(result, m_path);
}

} // namespace BundleScope
